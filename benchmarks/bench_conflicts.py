"""Conflict reports stay linear: N clusters on one control plane IP.

Validates plans of N = 125 ... 1000 copies of a cluster that all use the same
control plane IP and the same load balancer range (plus N different overlapping
load balancer entries and N logical networks on one prefix), and prints the time, the
number of problems and the growth exponent of each (the slope of log cost over
log N: about 1 is linear, 2 quadratic).  As a baseline in the same run it
counts the pairs an all-pairs report would give (N(N-1)/2 per shared address).

Run:  python benchmarks/bench_conflicts.py
"""

from __future__ import annotations

import copy
import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aksarc_gui.assets import sample_plan_path  # noqa: E402
from aksarc_gui.domain import load_plan_text  # noqa: E402
from aksarc_gui.planning.validate import validate  # noqa: E402

SIZES = (125, 250, 500, 1000)


def plan_text(count: int) -> str:
    """``count`` clusters on one control plane IP and one load balancer range, plus ``count``
    different load balancer entries of the first cluster that all overlap, and ``count``
    logical networks on one prefix (capped by the format's limits)."""
    data = json.loads(sample_plan_path().read_text(encoding="utf-8"))
    shape = data["clusters"][0]  # a control plane IP and a load balancer range
    data["clusters"] = [{**copy.deepcopy(shape), "name": f"cluster-{i:04d}"} for i in range(count)]
    data["clusters"][0]["load_balancer"]["addresses"] += [f"10.220.32.{50 + i % 3}-10.220.33.{i % 250}"
                                                          for i in range(count - 1)]
    net = data["logical_networks"][0]
    data["logical_networks"] += [{**copy.deepcopy(net), "name": f"lnet-{i:04d}"} for i in range(count - 1)]
    return json.dumps(data)


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log y over log x."""
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-9)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


def main() -> None:
    times, counts, baseline = [], [], []
    for n in SIZES:
        plan = load_plan_text(plan_text(n))
        best = math.inf
        for _ in range(3):
            started = time.perf_counter()
            problems = validate(plan)
            best = min(best, time.perf_counter() - started)
        times.append(best)
        counts.append(len(problems))
        baseline.append(4 * n * (n - 1) // 2)  # all pairs: shared IP, shared range, overlapping entries, prefix
        print(f"N={n:5d}  validate {best * 1000:8.1f} ms  problems {len(problems):6d}  all-pairs baseline {baseline[-1]:8d}")
    print(f"growth exponent: time {slope(list(SIZES), times):.2f}, problems {slope(list(SIZES), counts):.2f}, "
          f"all-pairs baseline {slope(list(SIZES), baseline):.2f}  (1 = linear, 2 = quadratic)")


if __name__ == "__main__":
    main()

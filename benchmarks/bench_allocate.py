"""How long `allocate` takes on a big plan, and how it grows with the number of clusters.

1. A /16 with 32 clusters near the scale limits.  Target: interactive, well under
   100 ms (the GUI's "Suggest addresses" runs it on a click).
2. 128 .. 1,000 clusters on a /12 with fragmented free space: the growth exponent k
   (time ~ clusters^k; target O(n log n), k <= 1.2).  1,000 is the most clusters a
   plan may hold (docs/plan-format.md, bounds), so the series stops there instead of
   at 1,024.

Run: python benchmarks/bench_allocate.py [--repeat N]
"""

from __future__ import annotations

import argparse
import gc
import math
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netaddr import IPNetwork  # noqa: E402

from aksarc_gui.domain.plan import MAX_CLUSTERS, Plan  # noqa: E402
from aksarc_gui.planning.allocate import allocate  # noqa: E402
from aksarc_gui.planning.capacity import capacity  # noqa: E402
from aksarc_gui.planning.validate import validate  # noqa: E402

TARGET_MS = 100.0
GROWTH_TARGET = 1.2
SCALING_SIZES = (128, 256, 512, MAX_CLUSTERS)  # MAX_CLUSTERS: 1,000, the most a plan loads with
CLUSTERS = 32  # the most one Azure Local instance runs


def big_plan() -> Plan:
    """32 clusters of 5 control plane nodes and three node pools (190 nodes each), 12 services each,
    with reservations scattered through the upper three quarters of the /16 (fragmented free space)."""
    clusters = []
    for i in range(CLUSTERS):
        services = [{"name": f"svc{j}", "instances": 1 + j % 4,
                     "ports": [{"port": 443 if j % 2 else 8000 + j, "protocol": "TCP"}]} for j in range(12)]
        clusters.append({
            "name": f"cluster-{i:02d}", "logical_network": "lnet-big",
            "control_plane": {"count": 5, "ip": None},
            "node_pools": [{"name": f"pool{k}", "count": c} for k, c in enumerate((64, 64, 57))],
            "load_balancer": {"kind": "metallb", "name": f"lb-{i:02d}", "addresses": []},
            "services": services,
        })
    reservations = [{"name": f"res-{k}", "start": f"10.50.{k}.200", "end": f"10.50.{k}.210", "note": ""}
                    for k in range(64, 256, 4)]
    return Plan.model_validate({
        "platform": {"release": "2405"},
        "logical_networks": [{"name": "lnet-big", "address_prefix": "10.50.0.0/16", "gateway": "10.50.0.1",
                              "dns_servers": ["10.50.0.10", "10.50.0.11"], "ip_pool": None}],
        "reservations": reservations, "clusters": clusters,
    }, strict=False)


def scaled_plan(clusters: int) -> Plan:
    """``clusters`` small clusters on one /12, each with a MetalLB load balancer to fill, and a
    reservation every 64 addresses through the upper half (free space in many pieces)."""
    items = [{"name": f"c{i:04d}", "logical_network": "lnet",
              "control_plane": {"count": 1, "ip": None},
              "node_pools": [{"name": "pool1", "count": 2}],
              "load_balancer": {"kind": "metallb", "name": f"lb{i:04d}", "addresses": []},
              "services": [{"name": f"s{j}", "instances": 1 + (i + j) % 5,
                            "ports": [{"port": 443, "protocol": "TCP"}]} for j in range(1 + i % 3)]}
             for i in range(clusters)]
    reservations = [{"name": f"r{k}", "start": f"10.{64 + k // 4 // 256 % 16}.{k // 4 % 256}.{64 * (k % 4) + 3}",
                     "end": f"10.{64 + k // 4 // 256 % 16}.{k // 4 % 256}.{64 * (k % 4) + 5}", "note": ""}
                    for k in range(8 * 4 * 256, 8 * 4 * 256 + clusters * 8)]
    return Plan.model_validate({
        "platform": {"release": "2405"},
        "logical_networks": [{"name": "lnet", "address_prefix": "10.64.0.0/12", "gateway": "10.64.0.1",
                              "dns_servers": ["10.64.0.10"], "ip_pool": None}],
        "reservations": reservations, "clusters": items,
    }, strict=False)


def growth(repeat: int) -> None:
    """The exponent of the algorithm: timed with the cyclic collector paused, because a full
    collection walks the whole heap (the plan and its 8 reservations a cluster included) and
    adds a term that grows with what the process holds, not with the work allocate does.
    The exponent with the collector running is printed too."""
    paused, running, calls = [], [], []
    for n in SCALING_SIZES:
        plan = scaled_plan(n)
        result = allocate(plan)
        assert result.plan is not None, result.shortfall
        runs = max(5, repeat // 4)
        running.append(min(timed(lambda: allocate(plan), runs)))
        gc.disable()
        try:
            paused.append(min(timed(lambda: allocate(plan), runs)))
        finally:
            gc.enable()
        lines = lines_run(lambda: allocate(plan)) if n in (SCALING_SIZES[0], SCALING_SIZES[-1]) else None
        if lines is not None:
            calls.append(lines)
        print(f"allocate, {n:5d} clusters: {paused[-1]:8.1f} ms ({running[-1]:.1f} ms with the collector running)"
              + (f", {lines} Python lines run" if lines is not None else ""))
    span = math.log(SCALING_SIZES[-1] / SCALING_SIZES[0])
    k = math.log(paused[-1] / paused[0]) / span
    k_running = math.log(running[-1] / running[0]) / span
    print(f"growth exponent {SCALING_SIZES[0]} -> {SCALING_SIZES[-1]} clusters: {k:.2f} "
          f"(target O(n log n): <= {GROWTH_TARGET}); with the collector running: {k_running:.2f}")
    k_calls = math.log(calls[-1] / calls[0]) / span
    print(f"growth exponent of the work (Python lines run, the same on any machine): {k_calls:.2f} "
          f"(target <= {GROWTH_TARGET})")


def lines_run(fn) -> int:
    """Lines of Python that ``fn`` runs (loop iterations included): a measure of work that a busy
    machine cannot skew."""
    count = 0

    def trace(_frame, _event, _arg):  # noqa: ANN001, ANN202
        nonlocal count
        count += 1
        return trace

    sys.settrace(trace)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        gc.collect()  # every run starts from the same collector state, whatever ran before
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    plan = big_plan()
    result = allocate(plan)
    if result.plan is None:
        print(f"benchmark plan does not fit: {result.shortfall}")
        return 1
    errors = [p for p in validate(result.plan) if p.severity.value == "error"]
    nodes = sum(c.control_plane.count + sum(p.count for p in c.node_pools) for c in plan.clusters)
    print(f"plan: /16, {len(plan.clusters)} clusters, {nodes} node VMs, {len(plan.reservations)} reservations; "
          f"{len(result.changes)} fields filled, {len(errors)} validation errors")
    # The failure path does more work (it searches the headroom and the prefix that would fit).
    cramped = plan.model_copy(deep=True)
    cramped.logical_networks[0].address_prefix = IPNetwork("10.50.0.0/20")
    short = allocate(cramped)
    print(f"cramped /20: {short.shortfall}")
    cases = [("allocate", lambda: allocate(plan)), ("shortfall", lambda: allocate(cramped)),
             ("capacity", lambda: capacity(result.plan))]
    for name, fn in cases:
        times = timed(fn, args.repeat)
        median = statistics.median(times)
        print(f"{name:9s} median {median:7.2f} ms  best {min(times):7.2f} ms  "
              f"ratio to the {TARGET_MS:.0f} ms target {median / TARGET_MS:.3f}")
    growth(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Export speed: the workbook against raw openpyxl, and how exports grow with the plan.

1. The workbook of the 32-cluster /16 plan (bench_edit.py) against a raw openpyxl
   write of the same cells: the baseline reads the exported workbook back and
   writes its values into a fresh workbook without any formatting, tables or
   merges; both are timed interleaved in this run (median of --runs).
   Target: <= 2x.
2. Scripts and workbook from the sample plan to a large one (32 clusters on nine
   networks): milliseconds per export and the ratio large / sample.
3. The workbook of plans with 250 .. 2,000 logical networks: the growth exponent
   (time ~ networks^k, target: linear, k <= 1.2).

    python benchmarks/export_speed.py [--runs 7] [--max-networks 2000]
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import math
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_edit import large_plan as sixteen_plan  # noqa: E402

from aksarc_gui.assets import sample_plan_path  # noqa: E402
from aksarc_gui.domain import Plan, load_plan_text  # noqa: E402
from aksarc_gui.domain.plan import MAX_NETWORKS  # noqa: E402
from aksarc_gui.export.commands import render_script  # noqa: E402
from aksarc_gui.export.workbook import workbook_bytes  # noqa: E402

RAW_TARGET, GROWTH_TARGET = 2.0, 1.2


def large_plan_text() -> str:
    data = json.loads(sample_plan_path().read_text(encoding="utf-8"))
    template_net, template_cluster = data["logical_networks"][0], data["clusters"][0]
    nets, clusters = [], []
    for n in range(9):
        net = copy.deepcopy(template_net)
        if n < 8:
            base = f"10.{n}.0"
            net.update(name=f"lnet-{n}", address_prefix=f"{base}.0/22", gateway=f"{base}.1",
                       dns_servers=[f"{base}.2"], ip_pool={"start": f"10.{n}.1.0", "end": f"10.{n}.2.255"}, vlan=10 + n)
        else:
            net.update(name="lnet-big", address_prefix="10.100.0.0/16", gateway="10.100.0.1", dns_servers=[],
                       ip_pool={"start": "10.100.16.0", "end": "10.100.200.255"}, vlan=99)
        nets.append(net)
    for c in range(32):
        n = c % 8
        cluster = copy.deepcopy(template_cluster)
        cluster.update(name=f"cluster-{c}", logical_network=f"lnet-{n}")
        cluster["control_plane"]["ip"] = f"10.{n}.3.{10 + c}"
        cluster["load_balancer"].update(name=f"lb-{c}", addresses=[f"10.{n}.3.{100 + 4 * (c // 8)}/30"])
        cluster["services"] = [{"name": f"svc-{s}", "instances": 2, "ports": [{"port": 8000 + s, "protocol": "TCP"}]}
                               for s in range(16)]
        clusters.append(cluster)
    data.update(logical_networks=nets, clusters=clusters)
    return json.dumps(data)


def many_networks_plan(count: int) -> Plan:
    """``count`` /24 logical networks (drawn address by address) and no clusters."""
    data = json.loads(sample_plan_path().read_text(encoding="utf-8"))
    template = data["logical_networks"][0]
    nets = []
    for n in range(count):
        net = copy.deepcopy(template)
        second, third = 16 + n // 256, n % 256
        base = f"10.{second}.{third}"
        net.update(name=f"lnet-{n:04d}", address_prefix=f"{base}.0/24", gateway=f"{base}.1",
                   dns_servers=[f"{base}.2"], ip_pool={"start": f"{base}.100", "end": f"{base}.199"},
                   vlan=2 + n % 4000)
        nets.append(net)
    data.update(logical_networks=nets, clusters=[], reservations=[])
    return load_plan_text(json.dumps(data))


def seconds(fn, repeat: int = 3, clock=time.perf_counter) -> float:  # noqa: ANN001
    """Best of ``repeat`` runs.  The growth is timed in CPU time: a machine busy with other work
    stretches wall time unevenly between sizes, which would bend the exponent."""
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        fn()
        best = min(best, clock() - start)
    return best


def cells_of(data: bytes) -> list[tuple[str, list[tuple[int, int, object]]]]:
    """Every sheet's non-empty cells of an exported workbook."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    return [(ws.title, [(c.row, c.column, c.value) for row in ws.iter_rows() for c in row if c.value is not None])
            for ws in book.worksheets]


def raw_write(sheets: list[tuple[str, list[tuple[int, int, object]]]]) -> bytes:
    """The baseline: the same cells written with plain openpyxl, no formatting."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, cells in sheets:
        ws = book.create_sheet(title)
        for row, column, value in cells:
            ws.cell(row=row, column=column, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def against_raw(runs: int) -> None:
    plan = sixteen_plan()
    sheets = cells_of(workbook_bytes(plan))
    raw_write(sheets)
    ours, raw = [], []
    for _ in range(runs):  # interleaved, so a busy moment hits both sides
        start = time.perf_counter()
        workbook_bytes(plan)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        raw_write(sheets)
        raw.append(time.perf_counter() - start)
    ours_s, raw_s = statistics.median(ours), statistics.median(raw)
    cells = sum(len(c) for _, c in sheets)
    print(f"/16 plan workbook ({cells} cells): {ours_s * 1000:.0f} ms; raw openpyxl, same cells: "
          f"{raw_s * 1000:.0f} ms (median of {runs})")
    print(f"ratio to raw openpyxl: {ours_s / raw_s:.2f}x (target <= {RAW_TARGET:.0f}x)")


def growth_with_plan() -> None:
    sample = load_plan_text(sample_plan_path().read_text(encoding="utf-8"))
    large = load_plan_text(large_plan_text())
    for label, fn in (("workbook", workbook_bytes), ("bash", lambda p: render_script(p, "bash")),
                      ("powershell", lambda p: render_script(p, "powershell"))):
        small_s, large_s = seconds(lambda: fn(sample)), seconds(lambda: fn(large))
        print(f"{label:<11} sample {small_s * 1000:8.1f} ms   large {large_s * 1000:8.1f} ms   "
              f"ratio {large_s / small_s:6.1f}")


def growth_with_networks(max_networks: int) -> None:
    if max_networks > MAX_NETWORKS:
        print(f"(a plan holds at most {MAX_NETWORKS} logical networks, docs/plan-format.md: a larger one is refused "
              f"at load with that message, so the series stops at {MAX_NETWORKS})")
    sizes = [n for n in (125, 250, 500, 1000) if n <= min(max_networks, MAX_NETWORKS)]
    times = []
    for n in sizes:
        plan = many_networks_plan(n)
        times.append(seconds(lambda: workbook_bytes(plan), repeat=2, clock=time.process_time))
        print(f"workbook, {n:5d} networks: {times[-1]:6.2f} s of CPU time")
    if len(sizes) >= 2:
        k = math.log(times[-1] / times[0]) / math.log(sizes[-1] / sizes[0])
        print(f"growth exponent {sizes[0]} -> {sizes[-1]} networks: {k:.2f} (target linear, <= {GROWTH_TARGET})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--max-networks", type=int, default=MAX_NETWORKS)
    args = parser.parse_args()
    against_raw(args.runs)
    growth_with_plan()
    growth_with_networks(args.max_networks)


if __name__ == "__main__":
    main()

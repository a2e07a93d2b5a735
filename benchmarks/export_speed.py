"""How export time grows from the sample plan to a large one.

Prints milliseconds per export and the ratio large / sample.  The large plan has 32
clusters (the Azure Local maximum) on eight /22 logical networks (drawn address
by address) and one /16 (listed as ranges), with 16 services per cluster.
Run: python benchmarks/export_speed.py
"""

from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aksarc_gui.assets import sample_plan_path  # noqa: E402
from aksarc_gui.domain import load_plan_text  # noqa: E402
from aksarc_gui.export.commands import render_script  # noqa: E402
from aksarc_gui.export.workbook import workbook_bytes  # noqa: E402


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


def seconds(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    sample = load_plan_text(sample_plan_path().read_text(encoding="utf-8"))
    large = load_plan_text(large_plan_text())
    for label, fn in (("workbook", workbook_bytes), ("bash", lambda p: render_script(p, "bash")),
                      ("powershell", lambda p: render_script(p, "powershell"))):
        small_s, large_s = seconds(lambda: fn(sample)), seconds(lambda: fn(large))
        print(f"{label:<11} sample {small_s * 1000:8.1f} ms   large {large_s * 1000:8.1f} ms   "
              f"ratio {large_s / small_s:6.1f}")


if __name__ == "__main__":
    main()

"""How long `allocate` takes on a big plan: a /16 with 32 clusters near the scale limits.

Target: interactive, well under 100 ms (the GUI's "Suggest addresses" runs it on a click).
Run: python benchmarks/bench_allocate.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netaddr import IPNetwork  # noqa: E402

from aksarc_gui.domain.plan import Plan  # noqa: E402
from aksarc_gui.planning.allocate import allocate  # noqa: E402
from aksarc_gui.planning.capacity import capacity  # noqa: E402
from aksarc_gui.planning.validate import validate  # noqa: E402

TARGET_MS = 100.0
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


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
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
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Validation cost follows the number of objects, not the number of addresses.

Prints the time to validate the same plan shape laid out in a /24 and in a /8
(every range scaled by 65536, so the /8 pool holds millions of addresses) and
their ratio, which should be close to 1; then the time for a large plan: a /16,
32 clusters of 200 nodes, 500 services.

Run:  python benchmarks/bench_validate.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netaddr import IPAddress  # noqa: E402

from aksarc_gui.domain.plan import Plan  # noqa: E402
from aksarc_gui.planning.budget import budget  # noqa: E402
from aksarc_gui.planning.occupancy import occupancy  # noqa: E402
from aksarc_gui.planning.validate import validate  # noqa: E402


def ip(value: int) -> str:
    return str(IPAddress(value, 4))


def shaped_plan(prefixlen: int) -> Plan:
    """One logical network, 4 clusters, LB ranges, a reservation; two deliberate errors
    (a control plane IP inside the pool, a load balancer one address short) so that the
    free-address suggestions run too."""
    scale = 1 << (24 - prefixlen)  # /24 -> 1, /8 -> 65536
    # 30.0.0.0/8 rather than 10.0.0.0/8, which would hold the pod and service CIDRs (CIDR-1, CIDR-2).
    base = int(IPAddress("30.0.0.0"))

    def at(offset: int) -> int:
        return base + offset * scale

    clusters = []
    for c in range(4):
        cp = at(110 + c) if c else at(50)  # cluster 0: inside the pool (CP-3)
        need = 3
        lb_first = at(120 + 10 * c)
        lb_last = lb_first + need - 1 - (1 if c == 1 else 0)  # cluster 1: one short (LB-4)
        clusters.append({
            "name": f"cluster-{c}", "logical_network": "lnet",
            "control_plane": {"count": 3, "ip": ip(cp)},
            "node_pools": [{"name": "nodepool1", "count": 5}],
            "load_balancer": {"kind": "metallb", "name": f"lb-{c}", "advertise_mode": "ARP",
                              "addresses": [f"{ip(lb_first)}-{ip(lb_last)}"]},
            "services": [{"name": "web", "instances": need, "ports": [{"port": 443, "protocol": "TCP"}]}],
        })
    return Plan.model_validate({
        "platform": {"release": "2405"},
        "management_network": {"address_prefix": "192.168.100.0/24", "gateway": "192.168.100.1", "vlan": 100,
                               "host_ips": ["192.168.100.11", "192.168.100.12"],
                               "infra_ip_pool": {"start": "192.168.100.50", "end": "192.168.100.55"}},
        "logical_networks": [{"name": "lnet", "address_prefix": f"{ip(base)}/{prefixlen}", "gateway": ip(at(1)),
                              "dns_servers": [ip(at(2)), ip(at(3))], "vlan": 32,
                              "ip_pool": {"start": ip(at(10)), "end": ip(at(100) - 1)}}],
        "reservations": [{"name": "printers", "start": ip(at(200)), "end": ip(at(210) - 1)}],
        "clusters": clusters,
    })


def large_plan() -> Plan:
    """A /16 with 32 clusters of 200 nodes (5 control plane + 195 workers) and 500 services."""
    base = int(IPAddress("10.50.0.0"))
    clusters_n, services_n = 32, 500
    pool_size = clusters_n * (200 + 1)
    cursor = base + 10 + pool_size
    clusters = []
    for c in range(clusters_n):
        cp = cursor
        cursor += 1
        services = [{"name": f"svc-{c}-{s}", "instances": 1 + s % 3,
                     "ports": [{"port": 8000 + s % 4, "protocol": "TCP"}]}
                    for s in range(services_n) if s % clusters_n == c]
        need = max((sum(sv["instances"] for sv in services if sv["ports"][0]["port"] == p) for p in range(8000, 8004)),
                   default=0)
        lb_first = cursor
        cursor += need + 4  # a little spare
        clusters.append({
            "name": f"cluster-{c:02d}", "logical_network": "lnet",
            "control_plane": {"count": 5, "ip": ip(cp)},
            "node_pools": [{"name": f"pool{p}", "count": n} for p, n in enumerate((64, 64, 64, 3))],
            "load_balancer": {"kind": "metallb", "name": f"lb-{c}", "advertise_mode": "ARP",
                              "addresses": [f"{ip(lb_first)}-{ip(lb_first + need + 3)}"]},
            "services": services,
        })
    return Plan.model_validate({
        "platform": {"release": "2405"},
        "management_network": {"address_prefix": "192.168.100.0/24", "gateway": "192.168.100.1", "vlan": 100,
                               "host_ips": [f"192.168.100.{h}" for h in range(11, 27)],
                               "infra_ip_pool": {"start": "192.168.100.50", "end": "192.168.100.55"}},
        "logical_networks": [{"name": "lnet", "address_prefix": "10.50.0.0/16", "gateway": "10.50.0.1",
                              "dns_servers": ["10.50.0.2", "10.50.0.3"], "vlan": 32,
                              "ip_pool": {"start": ip(base + 10), "end": ip(base + 10 + pool_size - 1)}}],
        "clusters": clusters,
    })


def best_of(fn, repeat: int = 7, number: int = 20) -> float:
    """Best mean seconds per call over ``repeat`` rounds of ``number`` calls (least disturbed by other load)."""
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        rounds.append((time.perf_counter() - start) / number)
    return min(rounds)


def main() -> None:
    small, huge = shaped_plan(24), shaped_plan(8)
    rules_small = sorted({p.rule for p in validate(small)} - {"PORT-1", "PORT-2", "PORT-3", "PORT-4", "PROXY-1"})
    rules_huge = sorted({p.rule for p in validate(huge)} - {"PORT-1", "PORT-2", "PORT-3", "PORT-4", "PROXY-1"})
    assert rules_small == rules_huge, (rules_small, rules_huge)
    t24 = best_of(lambda: validate(small))
    t8 = best_of(lambda: validate(huge))
    print(f"same shape, problems found in both: {', '.join(rules_small)}")
    print(f"validate /24: {t24 * 1e3:8.3f} ms")
    print(f"validate /8:  {t8 * 1e3:8.3f} ms")
    print(f"ratio /8:/24: {t8 / t24:8.2f}")

    big = large_plan()
    b = budget(big)
    problems = validate(big)
    errors = [p for p in problems if p.severity.value == "error"]
    nodes = b.node_vms
    services = sum(len(c.services) for c in big.clusters)
    print(f"large plan: /16, {len(big.clusters)} clusters, {nodes} node VMs, {services} services, "
          f"{b.load_balancer} LB IPs, pool {b.pool} of {b.logical_networks[0].pool_size}; "
          f"{len(errors)} errors, {len(problems)} problems")
    t_big = best_of(lambda: validate(big), repeat=5, number=5)
    t_occ = best_of(lambda: occupancy(big, "lnet"), repeat=5, number=5)
    t_budget = best_of(lambda: budget(big), repeat=5, number=5)
    print(f"validate large: {t_big * 1e3:8.2f} ms")
    print(f"occupancy large: {t_occ * 1e3:8.2f} ms   budget large: {t_budget * 1e3:8.2f} ms")


if __name__ == "__main__":
    main()

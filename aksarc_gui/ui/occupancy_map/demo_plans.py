"""Large plans for the demo, the benchmark and the tests of the map (Qt-free).

``wide_plan(16)`` is a /16 logical network, ``wide_plan(8)`` a /8, each with a
big pool, several clusters with load balancer blocks and reservations scattered
over the whole prefix, so every zoom level has something to show.
"""

from __future__ import annotations

from netaddr import IPAddress, IPNetwork

from aksarc_gui.domain.plan import Plan

PREFIXES = {8: "10.0.0.0/8", 12: "10.16.0.0/12", 16: "10.50.0.0/16", 20: "10.60.16.0/20", 24: "10.70.1.0/24"}


def wide_plan(prefixlen: int = 16, clusters: int = 6, scattered: int = 48) -> Plan:
    if prefixlen not in PREFIXES:
        raise ValueError(f"no demo plan for a /{prefixlen}; pick one of {sorted(PREFIXES)}")
    net = IPNetwork(PREFIXES[prefixlen])
    first, size = net.first, net.size

    def at(offset: int) -> str:
        return str(IPAddress(first + offset))

    pool_size = max(32, size // 32)
    lb_base = pool_size + 64
    # reservations spread evenly over the rest of the prefix, clear of the pool and the load balancers
    spread_from = lb_base + 16 * clusters + 256
    spread = [spread_from + (size - spread_from - 64) * i // max(1, scattered) for i in range(scattered)]
    data = {
        "name": f"Demo plan on a /{prefixlen}",
        "logical_networks": [{
            "name": f"lnet-wide-{prefixlen}",
            "address_prefix": str(net),
            "gateway": at(1),
            "dns_servers": [at(1), at(2)],
            "ip_pool": {"start": at(16), "end": at(16 + pool_size - 1)},
            "vm_switch_name": "vm-switch-01",
        }],
        "reservations": [
            {"name": f"reserved-{i:02d}", "start": at(start), "end": at(start + (i % 4) * 3)}
            for i, start in enumerate(spread)
        ],
        "clusters": [
            {
                "name": f"cluster-{c + 1}",
                "logical_network": f"lnet-wide-{prefixlen}",
                "control_plane": {"count": 3, "ip": at(lb_base - 16 + c)},
                "node_pools": [{"name": "workers", "count": 4 + 3 * c}],
                "load_balancer": {"kind": "metallb", "name": f"lb-{c + 1}",
                                  "addresses": [f"{at(lb_base + 16 * c)}-{at(lb_base + 16 * c + 9)}"]},
                "services": [{"name": "web", "instances": 2 + c, "ports": [{"port": 443, "protocol": "TCP"}]}],
            }
            for c in range(clusters)
        ],
    }
    return Plan.model_validate(data)

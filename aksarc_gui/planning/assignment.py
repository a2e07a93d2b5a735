"""Which service instance gets which (load balancer IP, port).

Instances that expose the same (port, protocol) need different IPs; a service on
another port reuses them (rule LB-4).  So within each (port, protocol) group the
k-th instance gets the k-th address of the cluster's load balancer addresses.
Only the addresses actually handed out are computed: a /16 of load balancer
addresses is never enumerated.
"""

from __future__ import annotations

from dataclasses import dataclass

from aksarc_gui.domain.ipv4 import AddressBlock, int_to_ip
from aksarc_gui.domain.plan import Cluster, Plan


@dataclass(frozen=True, slots=True)
class ServiceBinding:
    cluster: str
    service: str
    service_index: int
    instance: int  # 1-based
    port: int | None
    protocol: str | None
    ip: str | None  # None: the load balancer has too few addresses (or none)


def nth_address(blocks: list[AddressBlock], n: int) -> int | None:
    """The n-th (0-based) address across the blocks in order, or None past the end."""
    for block in blocks:
        if n < block.size:
            return block.first + n
        n -= block.size
    return None


def cluster_bindings(cluster: Cluster) -> list[ServiceBinding]:
    blocks = list(cluster.load_balancer.addresses) if cluster.load_balancer else []
    used: dict[tuple[object, ...], int] = {}
    out: list[ServiceBinding] = []
    for s_index, service in enumerate(cluster.services):
        ports = [(p.port, p.protocol) for p in service.ports] or [(None, None)]
        for instance in range(1, service.instances + 1):
            for port, protocol in ports:
                key: tuple[object, ...] = (port, protocol) if port is not None else ("service", s_index)
                slot = used.get(key, 0)
                used[key] = slot + 1
                address = nth_address(blocks, slot)
                out.append(ServiceBinding(cluster.name, service.name, s_index, instance, port, protocol,
                                          None if address is None else int_to_ip(address)))
    return out


def service_bindings(plan: Plan) -> list[ServiceBinding]:
    return [b for c in plan.clusters for b in cluster_bindings(c)]

"""Which service instance gets which (load balancer IP, port).

Instances that expose the same (port, protocol) need different IPs; a service on
another port reuses them (rule LB-4).  The colouring that counts the addresses
(``sharing.colour``) also places them: an instance coloured k gets the k-th
address of the cluster's load balancer addresses, so the assignment always fits
in exactly the count LB-4 asks for.  Only the addresses actually handed out are
computed: a /16 of load balancer addresses is never enumerated.
"""

from __future__ import annotations

from dataclasses import dataclass

from aksarc_gui.domain.ipv4 import AddressBlock, int_to_ip
from aksarc_gui.domain.plan import Cluster, Plan
from aksarc_gui.planning.memo import per_object
from aksarc_gui.planning.sharing import colour


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
    slots = colour(cluster).slots
    out: list[ServiceBinding] = []
    for s_index, service in enumerate(cluster.services):
        ports = [(p.port, p.protocol) for p in service.ports] or [(None, None)]
        for instance in range(1, service.instances + 1):
            address = nth_address(blocks, slots[(s_index, instance)])
            ip = None if address is None else int_to_ip(address)
            for port, protocol in ports:
                out.append(ServiceBinding(cluster.name, service.name, s_index, instance, port, protocol, ip))
    return out


def service_bindings(plan: Plan) -> list[ServiceBinding]:
    return [b for c in plan.clusters for b in cluster_bindings(c)]


# MetalLB puts two services on one address only when both carry this annotation with the same
# value (https://metallb.universe.tf/usage/#ip-address-sharing); newer MetalLB releases also read
# metallb.io/allow-shared-ip.
SHARED_IP_ANNOTATION = "metallb.universe.tf/allow-shared-ip"


def sharing_key(cluster: Cluster) -> str:
    """The annotation value the planner suggests for every service of the cluster that shares addresses."""
    return f"{cluster.name}-shared"


@dataclass(frozen=True, slots=True)
class SharedAddress:
    slot: int  # 0-based position in the load balancer's addresses
    ip: str | None  # None: the load balancer has too few addresses (or none)
    services: tuple[str, ...]


@per_object
def shared_addresses(cluster: Cluster) -> list[SharedAddress]:
    """Addresses the plan gives to instances of two or more services (empty: nothing relies on sharing)."""
    blocks = list(cluster.load_balancer.addresses) if cluster.load_balancer else []
    out = []
    for slot, services in colour(cluster).sharing().items():
        address = nth_address(blocks, slot)
        out.append(SharedAddress(slot, None if address is None else int_to_ip(address),
                                 tuple(cluster.services[i].name for i in services)))
    return out


@per_object
def sharing_services(cluster: Cluster) -> set[int]:
    """Indexes of the services that share an address with another service: they need the annotation."""
    return {i for services in colour(cluster).sharing().values() for i in services}

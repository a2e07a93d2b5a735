"""What the New Plan wizard collects, and the plan it makes from it.  Qt-free, so it is tested alone.

The wizard asks only what a person knows up front (the subnet, gateway, DNS,
VLAN, switch; the clusters and their services); every address inside the
subnet is then placed by ``planning.allocate``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic_core import PydanticCustomError

from aksarc_gui.domain.ipv4 import is_ascii_number, parse_ipv4, parse_ipv4_network
from aksarc_gui.domain.plan import Plan
from aksarc_gui.i18n import translate
from aksarc_gui.planning.allocate import AllocationResult, allocate

RELEASES = ("2311", "2402", "2405", "2408", "2411", "2503")
DEFAULT_RELEASE = "2405"
DEFAULT_SWITCH = "ConvergedSwitch(management_compute_storage)"
CONTROL_PLANE_COUNTS = (1, 3, 5)
MAX_NODES_PER_POOL = 64


class DraftError(ValueError):
    """Input a person has to correct; ``str()`` says what and how."""


def parse_network(text: str) -> str:
    try:
        return str(parse_ipv4_network(text.strip()))
    except PydanticCustomError:
        raise DraftError(translate("Wizard", "Not an IPv4 network: write it as address/length, e.g. 10.220.32.0/24."))


def parse_address(text: str) -> str:
    try:
        return str(parse_ipv4(text.strip()))
    except PydanticCustomError:
        raise DraftError(translate("Wizard", "{text} is not an IPv4 address (e.g. 10.220.32.1).").format(text=text.strip()))


def parse_address_list(text: str) -> list[str]:
    """Addresses separated by spaces, commas or semicolons (empty text: none)."""
    return [parse_address(part) for part in re.split(r"[\s,;]+", text.strip()) if part]


def parse_worker_pools(text: str) -> list[int]:
    """Worker node pools as node counts: "5" is one pool of 5, "3, 2" two pools."""
    counts = []
    for part in re.split(r"[\s,;+]+", text.strip()):
        if not part:
            continue
        if not is_ascii_number(part) or not 1 <= int(part) <= MAX_NODES_PER_POOL:
            raise DraftError(translate("Wizard", "Write the worker nodes of each node pool as numbers from 1 to {max}, "
                                          "separated by commas (e.g. 5 or 3, 2).").format(max=MAX_NODES_PER_POOL))
        counts.append(int(part))
    if not counts:
        raise DraftError(translate("Wizard", "A cluster needs at least one node pool with one worker node."))
    return counts


@dataclass
class NetworkDraft:
    name: str = "aks-lnet-01"
    prefix: str = ""
    gateway: str = ""
    dns_servers: list[str] = field(default_factory=list)
    vlan: int | None = None
    vm_switch_name: str = DEFAULT_SWITCH
    release: str = DEFAULT_RELEASE


@dataclass
class ServiceDraft:
    name: str
    instances: int
    port: int
    protocol: str = "TCP"


@dataclass
class ClusterDraft:
    name: str
    control_plane_count: int = 1
    worker_pools: list[int] = field(default_factory=lambda: [1])
    load_balancer: str = "metallb"  # "metallb", "external" or "" (none)
    services: list[ServiceDraft] = field(default_factory=list)


def lb_name(cluster_name: str) -> str:
    """A load balancer name the k8s-runtime pattern accepts (3-24 of letters, digits, '-')."""
    base = re.sub(r"[^a-zA-Z0-9-]+", "-", f"lb-{cluster_name}").strip("-")[:24]
    return base if len(base) >= 3 else "lb-cluster"


def draft_plan(network: NetworkDraft, clusters: list[ClusterDraft], name: str = "") -> Plan:
    """The plan as the person described it: no pool, no control plane IPs, no LB addresses yet."""
    data = {
        "name": name,
        "platform": {"release": network.release},
        "logical_networks": [{
            "name": network.name, "address_prefix": network.prefix, "gateway": network.gateway or None,
            "dns_servers": network.dns_servers, "ip_allocation_method": "Static", "ip_pool": None,
            "vm_switch_name": network.vm_switch_name, "vlan": network.vlan,
        }],
        "clusters": [{
            "name": c.name, "logical_network": network.name,
            "control_plane": {"count": c.control_plane_count, "ip": None},
            "node_pools": [{"name": f"nodepool{i + 1}", "count": n} for i, n in enumerate(c.worker_pools)],
            # A load balancer without services would get no addresses, and MetalLB cannot be
            # created without any (LB-9): a cluster gets one only when it has services.
            "load_balancer": {"kind": c.load_balancer, "name": lb_name(c.name), "addresses": []}
            if c.load_balancer and c.services else None,
            "services": [{"name": s.name, "instances": s.instances,
                          "ports": [{"port": s.port, "protocol": s.protocol}]} for s in c.services],
        } for c in clusters],
    }
    return Plan.model_validate(data, strict=False)


def allocated_plan(network: NetworkDraft, clusters: list[ClusterDraft], headroom_pct: int,
                   name: str = "") -> AllocationResult:
    return allocate(draft_plan(network, clusters, name), headroom_pct=headroom_pct)

"""What the New Plan wizard collects, and the plan it makes from it.  Qt-free, so it is tested alone.

The wizard asks only what a person knows up front (the subnet, gateway, DNS,
VLAN, switch; the clusters and their services); every address inside the
subnet is then placed by ``planning.allocate``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic_core import PydanticCustomError

from netaddr import IPAddress

from aksarc_gui.domain.ipv4 import int_to_ip, is_ascii_number, parse_ipv4, parse_ipv4_network
from aksarc_gui.domain.plan import Plan
from aksarc_gui.i18n import translate
from aksarc_gui.planning.allocate import INFRA_POOL_SIZE, AllocationResult, allocate, infra_pool_start
from aksarc_gui.planning.budget import AUTO_CONTROL_PLANE_RELEASE
from aksarc_gui.planning.firewall import BOTH_WAYS_RELEASE, LEGACY_URL_RELEASE
from aksarc_gui.planning.proxy import bypass_list, url_problem
from aksarc_gui.planning.rules.names import CLUSTER_NAME, LNET_NAME

RELEASES = ("2311", "2402", "2405", "2408", "2411", "2503", "2504", "2505", "2506", "2507", "2508", "2509")
DEFAULT_RELEASE = "2405"
DEFAULT_SWITCH = "ConvergedSwitch(management_compute_storage)"
CONTROL_PLANE_COUNTS = (1, 3, 5)
MAX_NODES_PER_POOL = 64  # SCALE-2: a node pool added after the cluster
MAX_NODES_FIRST_POOL = 200  # SCALE-2: the default pool az aksarc create makes


def release_effects(release: str) -> str:
    """What the release changes in the plan, in the words of the rules it decides (docs/rules.md)."""
    number = int(release) if is_ascii_number(release) else 0
    lines = [translate("Wizard", "From 2411 on, the platform picks each cluster's control plane IP from the IP "
                                 "pool: the pool gets one more address per cluster (CP-1, POOL-3).")
             if number >= AUTO_CONTROL_PLANE_RELEASE else
             translate("Wizard", "Before 2411, each cluster's control plane IP is an address of its own, outside "
                                 "the IP pool: the planner places it (CP-1).")]
    if number <= LEGACY_URL_RELEASE:
        lines.append(translate("Wizard", "2402 and earlier: the firewall also allows gcr.io and "
                                         "storage.googleapis.com (URL-2)."))
    if number >= BOTH_WAYS_RELEASE:
        lines.append(translate("Wizard", "From 2504 on, the flows between the management and the AKS VLAN are "
                                         "opened in both directions (PORT-1..4)."))
    return " ".join(lines)


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


def parse_ports(text: str, protocol: str = "TCP") -> list[tuple[int, str]]:
    """Ports of one service: "80, 443" is two ports of ``protocol``; "53/udp" names its own protocol."""
    ports: list[tuple[int, str]] = []
    for part in re.split(r"[\s,;]+", text.strip()):
        if not part:
            continue
        number, _, proto = part.partition("/")
        proto = (proto or protocol).upper()
        if not is_ascii_number(number) or not 1 <= int(number) <= 65535 or proto not in ("TCP", "UDP"):
            raise DraftError(translate("Wizard", "{text} is not a port: write port numbers from 1 to 65535 separated "
                                                 "by commas (e.g. 80, 443; 53/udp for another protocol).")
                             .format(text=part))
        if (int(number), proto) not in ports:
            ports.append((int(number), proto))
    if not ports:
        raise DraftError(translate("Wizard", "A service needs at least one port (e.g. 443, or 80, 443)."))
    return ports


def check_cluster_name(name: str) -> str:
    """The cluster name as typed, or DraftError: the NAME-2 pattern (an RFC 1123 label), no commas."""
    if not name:
        raise DraftError(translate("Wizard", "Give the cluster a name."))
    if "," in name:
        raise DraftError(translate("Wizard", "The cluster name {name} holds a comma: a cluster name is one word "
                                             "of lowercase letters, digits and '-'.").format(name=name))
    if not CLUSTER_NAME.fullmatch(name):
        raise DraftError(translate("Wizard", "The cluster name {name} is not allowed: use 1-63 lowercase letters, "
                                             "digits or '-', starting with a letter and not ending with '-' "
                                             "(NAME-2).").format(name=name))
    return name


def check_service_name(name: str) -> str:
    """A Kubernetes service name: the same label rule (lowercase letters, digits, '-', a letter first)."""
    if not name:
        raise DraftError(translate("Wizard", "Give the service a name."))
    if not CLUSTER_NAME.fullmatch(name):
        raise DraftError(translate("Wizard", "The service name {name} is not allowed: Kubernetes takes 1-63 "
                                             "lowercase letters, digits or '-', starting with a letter and not "
                                             "ending with '-'.").format(name=name))
    return name


def check_network_name(name: str) -> str:
    if not name:
        raise DraftError(translate("Wizard", "Give the logical network a name."))
    if not LNET_NAME.fullmatch(name):
        raise DraftError(translate("Wizard", "The logical network name {name} is not allowed: use 1-64 letters, "
                                             "digits, '-', '.' or '_', starting and ending with a letter or digit "
                                             "(NAME-1).").format(name=name))
    return name


@dataclass
class PoolDraft:
    """A node pool: ``count`` nodes, or with the cluster autoscaler from ``min_count`` to ``max_count``."""

    count: int
    min_count: int | None = None
    max_count: int | None = None

    @property
    def largest(self) -> int:
        return self.max_count if self.max_count is not None else self.count


def parse_node_pools(text: str) -> list[PoolDraft]:
    """Worker node pools: "5" is one pool of 5, "3, 2" two pools, "2-6" a pool the autoscaler sizes from 2
    to 6 (it starts with 2).  The first pool holds up to 200 nodes, each later one 64 (SCALE-2)."""
    pools: list[PoolDraft] = []
    for part in re.split(r"[\s,;+]+", text.strip()):
        if not part:
            continue
        limit = MAX_NODES_FIRST_POOL if not pools else MAX_NODES_PER_POOL
        low, dash, high = part.partition("-")
        numbers = [low, high] if dash else [low]
        if not all(is_ascii_number(n) and 1 <= int(n) <= limit for n in numbers):
            raise DraftError(translate("Wizard", "Write the worker nodes of each node pool as numbers from 1 to {max} "
                                                 "({first} for the first pool), separated by commas (e.g. 5 or 3, 2); "
                                                 "a range such as 2-6 turns the autoscaler on.")
                             .format(max=MAX_NODES_PER_POOL, first=MAX_NODES_FIRST_POOL))
        if dash:
            lo, hi = int(low), int(high)
            if lo > hi:
                raise DraftError(translate("Wizard", "The node range {text} runs backwards: write the smallest size "
                                                     "first (e.g. 2-6).").format(text=part))
            pools.append(PoolDraft(lo, lo, hi))
        else:
            pools.append(PoolDraft(int(low)))
    if not pools:
        raise DraftError(translate("Wizard", "A cluster needs at least one node pool with one worker node."))
    return pools


def parse_worker_pools(text: str) -> list[int]:
    """The largest size of each node pool (what the IP pool must hold)."""
    return [p.largest for p in parse_node_pools(text)]


def parse_bypass(text: str) -> list[str]:
    """A proxy bypass list as typed: entries separated by commas or spaces."""
    return [part for part in re.split(r"[\s,;]+", text.strip()) if part]


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
class ManagementDraft:
    """The management network Azure Local was deployed on, and its deployment settings."""

    prefix: str = ""  # empty: not known yet, the plan gets no management network
    gateway: str = ""
    dns_servers: list[str] = field(default_factory=list)
    vlan: int | None = None
    host_ips: list[str] = field(default_factory=list)
    infra_pool: tuple[str, str] | None = None  # None: placed by the allocation
    http_proxy: str = ""
    https_proxy: str = ""
    no_proxy: list[str] = field(default_factory=list)
    arc_gateway: bool = False

    @property
    def proxy(self) -> bool:
        return bool(self.http_proxy or self.https_proxy)


@dataclass
class ServiceDraft:
    name: str
    instances: int
    ports: list[tuple[int, str]] = field(default_factory=lambda: [(443, "TCP")])
    shares_ip: bool = True


@dataclass
class ClusterDraft:
    name: str
    control_plane_count: int = 1
    worker_pools: list[PoolDraft | int] = field(default_factory=lambda: [PoolDraft(1)])
    load_balancer: str = "metallb"  # "metallb", "external" or "" (none)
    services: list[ServiceDraft] = field(default_factory=list)


def lb_name(cluster_name: str) -> str:
    """A load balancer name the k8s-runtime pattern accepts (3-24 of letters, digits, '-')."""
    base = re.sub(r"[^a-zA-Z0-9-]+", "-", f"lb-{cluster_name}").strip("-")[:24]
    return base if len(base) >= 3 else "lb-cluster"


def _node_pool(index: int, pool: PoolDraft | int) -> dict[str, object]:
    pool = pool if isinstance(pool, PoolDraft) else PoolDraft(pool)
    out: dict[str, object] = {"name": f"nodepool{index + 1}", "count": pool.count}
    if pool.max_count is not None:
        out["autoscaler"] = {"min_count": pool.min_count, "max_count": pool.max_count}
    return out


def _management(mgmt: ManagementDraft | None) -> dict[str, object] | None:
    if mgmt is None or not mgmt.prefix:
        return None
    return {"address_prefix": mgmt.prefix, "gateway": mgmt.gateway or None, "dns_servers": mgmt.dns_servers,
            "vlan": mgmt.vlan, "host_ips": mgmt.host_ips,
            "infra_ip_pool": {"start": mgmt.infra_pool[0], "end": mgmt.infra_pool[1]} if mgmt.infra_pool else None}


def draft_plan(network: NetworkDraft, clusters: list[ClusterDraft], name: str = "",
               management: ManagementDraft | None = None) -> Plan:
    """The plan as the person described it: no pool, no control plane IPs, no LB addresses yet."""
    proxy = management is not None and management.proxy
    data = {
        "name": name,
        "platform": {"release": network.release,
                     "proxy": {"http_proxy": management.http_proxy, "https_proxy": management.https_proxy,
                               "no_proxy": management.no_proxy} if proxy else None,
                     "arc_gateway": management is not None and management.arc_gateway},
        "management_network": _management(management),
        "logical_networks": [{
            "name": network.name, "address_prefix": network.prefix, "gateway": network.gateway or None,
            "dns_servers": network.dns_servers, "ip_allocation_method": "Static", "ip_pool": None,
            "vm_switch_name": network.vm_switch_name, "vlan": network.vlan,
        }],
        "clusters": [{
            "name": c.name, "logical_network": network.name,
            "control_plane": {"count": c.control_plane_count, "ip": None},
            "node_pools": [_node_pool(i, p) for i, p in enumerate(c.worker_pools)],
            # A load balancer without services would get no addresses, and MetalLB cannot be
            # created without any (LB-9): a cluster gets one only when it has services.
            "load_balancer": {"kind": c.load_balancer, "name": lb_name(c.name), "addresses": []}
            if c.load_balancer and c.services else None,
            "services": [{"name": s.name, "instances": s.instances, "shares_ip": s.shares_ip,
                          "ports": [{"port": port, "protocol": proto} for port, proto in s.ports]}
                         for s in c.services],
        } for c in clusters],
    }
    plan = Plan.model_validate(data, strict=False)
    if proxy:  # the bypass list completed with what AKS Arc needs (PROXY-2), the person's entries kept
        data["platform"]["proxy"]["no_proxy"] = bypass_list(plan)
        plan = Plan.model_validate(data, strict=False)
    return plan


def allocated_plan(network: NetworkDraft, clusters: list[ClusterDraft], headroom_pct: int,
                   name: str = "", management: ManagementDraft | None = None,
                   extra_nodes: int | None = None) -> AllocationResult:
    """The allocated plan.  With ``extra_nodes`` the pool is sized by it alone ("room for N more node
    VMs") and ``headroom_pct`` applies to the load balancer ranges only."""
    plan = draft_plan(network, clusters, name, management)
    if extra_nodes is None:
        return allocate(plan, headroom_pct=headroom_pct)
    return allocate(plan, headroom_pct=headroom_pct, extra_nodes=extra_nodes, pool_headroom_pct=0)


def parse_range(text: str) -> tuple[str, str]:
    """"192.168.100.13 - 192.168.100.18" (or with no spaces) as (start, end)."""
    start, dash, end = text.strip().partition("-")
    if not dash:
        raise DraftError(translate("Wizard", "Write the infrastructure pool as start - end "
                                             "(e.g. 192.168.100.13 - 192.168.100.18)."))
    return parse_address(start), parse_address(end)


def _proxy_url(url: str) -> str:
    if not url:
        raise DraftError(translate("Wizard", "Azure Local takes both proxy URLs: write the HTTP and the HTTPS "
                                             "proxy as http://host:port (PROXY-3)."))
    if url_problem(url):
        raise DraftError(translate("Wizard", "{url} is not a proxy address Azure Local takes: write "
                                             "http://host:port, without a user name or password (PROXY-3).")
                         .format(url=url))
    return url


def management_draft(prefix: str, gateway: str = "", dns: str = "", vlan: int | None = None, hosts: str = "",
                     infra: str = "", http_proxy: str = "", https_proxy: str = "", no_proxy: str = "",
                     arc_gateway: bool = False) -> ManagementDraft:
    """The management page's texts as a draft, or DraftError naming the first thing to correct."""
    http_proxy, https_proxy = http_proxy.strip(), https_proxy.strip()
    proxy = {}
    if http_proxy or https_proxy:  # Azure Local takes both URLs (an empty one is PROXY-3)
        proxy = {"http_proxy": _proxy_url(http_proxy), "https_proxy": _proxy_url(https_proxy),
                 "no_proxy": parse_bypass(no_proxy)}
    if not prefix.strip():
        if gateway.strip() or hosts.strip() or infra.strip():
            raise DraftError(translate("Wizard", "Write the management network's address prefix first."))
        return ManagementDraft(arc_gateway=arc_gateway, **proxy)
    net = parse_ipv4_network(parse_network(prefix)).cidr

    def inside(address: str, gateway: bool) -> str:
        if IPAddress(address) in net:
            return address
        message = (translate("Wizard", "The gateway {address} is not inside the management prefix {prefix} (MGMT-3).")
                   if gateway else
                   translate("Wizard", "The server IP {address} is not inside the management prefix {prefix} "
                                       "(MGMT-3)."))
        raise DraftError(message.format(address=address, prefix=net))

    gateway_ip = (inside(parse_address(gateway), True) if gateway.strip()
                  else str(net[1]) if net.size > 2 else "")
    host_ips = [inside(h, False) for h in parse_address_list(hosts)]
    if len(set(host_ips)) != len(host_ips):
        raise DraftError(translate("Wizard", "A server IP is listed twice."))
    dns_servers = parse_address_list(dns)
    pool = None
    if infra.strip():
        start, end = parse_range(infra)
        first, last = int(IPAddress(start)), int(IPAddress(end))
        if first > last or IPAddress(start) not in net or IPAddress(end) not in net:
            raise DraftError(translate("Wizard", "The infrastructure pool must run upwards inside {prefix}.")
                             .format(prefix=net))
        if last - first + 1 < INFRA_POOL_SIZE:
            raise DraftError(translate("Wizard", "The infrastructure pool holds {size} addresses; the deployment "
                                                 "takes at least six (MGMT-1).").format(size=last - first + 1))
        used = [a for a in [gateway_ip, *host_ips, *dns_servers] if a and first <= int(IPAddress(a)) <= last]
        if used:
            raise DraftError(translate("Wizard", "The infrastructure pool holds {address}, which is already used "
                                                 "(MGMT-2).").format(address=used[0]))
        pool = (start, end)
    return ManagementDraft(prefix=str(net), gateway=gateway_ip, dns_servers=dns_servers, vlan=vlan,
                           host_ips=host_ips, infra_pool=pool, arc_gateway=arc_gateway, **proxy)


def suggested_infra_pool(network: NetworkDraft | None, management: ManagementDraft) -> tuple[str, str] | None:
    """Six free addresses for the infrastructure pool, after the servers (None: none free)."""
    if not management.prefix:
        return None
    empty = ManagementDraft(**{**management.__dict__, "infra_pool": None, "http_proxy": "", "https_proxy": ""})
    plan = draft_plan(network, [], management=empty) if network is not None and network.prefix else \
        draft_plan(NetworkDraft(prefix=management.prefix), [], management=empty).model_copy(
            update={"logical_networks": []})
    start = infra_pool_start(plan)
    return None if start is None else (int_to_ip(start), int_to_ip(start + INFRA_POOL_SIZE - 1))

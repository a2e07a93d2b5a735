"""What the az files say, as plain records: the :class:`Snapshot` the readers fill.

Records compare by value, not by where they were read (``where``), so the same resource read
from a ``list`` and from a ``show`` is one record.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Where:
    source: str
    path: str

    def __str__(self) -> str:
        return f"{self.source}: {self.path}" if self.path else self.source


@dataclass(frozen=True)
class AzPool:
    start: str
    end: str
    kind: str = "vm"  # ipPoolType: "vm" or "vippool"
    name: str = ""
    used: int | None = None  # info.used: addresses of this pool Azure has handed out


@dataclass(frozen=True)
class AzNetwork:
    name: str
    address_prefix: str
    gateway: str | None = None
    dns_servers: tuple[str, ...] = ()
    ip_allocation_method: str = "Static"
    pools: tuple[AzPool, ...] = ()
    vlan: int | None = None
    vm_switch_name: str = ""
    resource_group: str = ""
    custom_location: str = ""
    location: str = ""
    where: Where = field(default=Where("", ""), compare=False)

    @property
    def vm_pools(self) -> tuple[AzPool, ...]:
        return tuple(p for p in self.pools if p.kind != "vippool")


@dataclass(frozen=True)
class AzNodePool:
    name: str
    count: int = 1
    vm_size: str = ""
    os_type: str = "Linux"
    autoscale: bool = False
    min_count: int | None = None
    max_count: int | None = None


@dataclass(frozen=True)
class AzCluster:
    name: str
    network: str  # logical network name (last segment of vnetSubnetIds[0]); "" when none
    control_plane_count: int = 1
    control_plane_vm_size: str = ""
    control_plane_ip: str | None = None
    kubernetes_version: str = ""
    pod_cidr: str | None = None
    node_pools: tuple[AzNodePool, ...] = ()
    resource_group: str = ""
    where: Where = field(default=Where("", ""), compare=False)


@dataclass(frozen=True)
class AzAgentPool:
    cluster: str
    pool: AzNodePool
    where: Where = field(default=Where("", ""), compare=False)


@dataclass(frozen=True)
class AzNic:
    name: str
    ip: str
    network: str
    vm: str = ""
    where: Where = field(default=Where("", ""), compare=False)


@dataclass(frozen=True)
class AzLoadBalancer:
    cluster: str
    name: str
    addresses: tuple[str, ...] = ()
    advertise_mode: str = "ARP"
    where: Where = field(default=Where("", ""), compare=False)


@dataclass
class Snapshot:
    """Everything read from the files, de-duplicated; ``notes`` are warnings for the user."""

    networks: list[AzNetwork] = field(default_factory=list)
    clusters: list[AzCluster] = field(default_factory=list)
    agent_pools: list[AzAgentPool] = field(default_factory=list)
    nics: list[AzNic] = field(default_factory=list)
    load_balancers: list[AzLoadBalancer] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)  # resource types the files held: the diff compares only these
    listed: set[str] = field(default_factory=set)  # types read from a list: only those can say what is missing
    by_identity: dict[tuple[str, ...], object] = field(default_factory=dict, repr=False)  # identity -> record, for de-duplication

    def network(self, name: str) -> AzNetwork | None:
        found = self.by_identity.get(("AzNetwork", name.lower()))
        return found if isinstance(found, AzNetwork) else None

    def cluster(self, name: str) -> AzCluster | None:
        return next((c for c in self.clusters if c.name.lower() == name.lower()), None)

    def pools_of(self, cluster: AzCluster) -> tuple[AzNodePool, ...]:
        """The cluster's node pools: its agentPoolProfiles, updated and extended by agent pool resources
        (``az aksarc nodepool list`` is the newer word on counts)."""
        pools = {p.name.lower(): p for p in cluster.node_pools}
        for ap in self.agent_pools:
            if ap.cluster.lower() == cluster.name.lower():
                pools[ap.pool.name.lower()] = ap.pool
        return tuple(pools.values())

    def is_empty(self) -> bool:
        return not (self.networks or self.clusters or self.agent_pools or self.nics or self.load_balancers)


# -- ids ----------------------------------------------------------------------------------------

def id_segments(resource_id: str) -> dict[str, str]:
    """``/subscriptions/s/resourceGroups/rg/providers/P/x/n`` -> {"subscriptions": "s", "resourcegroups": "rg", "x": "n"}.

    Keys are lower case (ARM ids are case-insensitive); a later key of the same name wins, so
    the nested ``.../agentPools/p`` of a child resource is found by its own key."""
    parts = [p for p in resource_id.split("/") if p]
    out: dict[str, str] = {}
    i = 0
    while i + 1 < len(parts):
        if parts[i].lower() == "providers":
            i += 2  # "providers/Namespace": the namespace is no key/value pair
            continue
        out[parts[i].lower()] = parts[i + 1]
        i += 2
    return out


def last_segment(resource_id: str) -> str:
    return resource_id.rstrip("/").rsplit("/", 1)[-1]

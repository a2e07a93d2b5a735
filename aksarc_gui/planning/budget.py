"""The IP budget, counted exactly as the article's planning table does.

- one pool IP per node VM, control plane nodes and workers alike (POOL-1); a
  node pool with the cluster autoscaler counts its largest size, ``max_count``
  (the pool must hold the pool at its largest plus the upgrade IP);
- one pool IP per cluster for the rolling upgrade (POOL-2);
- one control plane IP per cluster, outside the pool (CP-1) -- from release 2411
  on, a cluster without one gets it automatically *from the pool*;
- load balancer IPs: per cluster, the fewest addresses such that no two service
  instances exposing a common (port, protocol) share one (LB-4; ``sharing``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from aksarc_gui.domain.plan import Cluster, LogicalNetwork, NodePool, Plan
from aksarc_gui.planning.memo import per_object
from aksarc_gui.planning.sharing import colour

AUTO_CONTROL_PLANE_RELEASE = 2411  # Azure Local 2411: control plane IP optional, taken from the pool


@dataclass(frozen=True, slots=True)
class ClusterBudget:
    name: str
    logical_network: str
    node_vms: int
    upgrade: int
    control_plane: int  # reserved outside the pool
    auto_control_plane: int  # picked by the platform from the pool (2411+, no IP given)
    load_balancer: int

    @property
    def pool(self) -> int:
        return self.node_vms + self.upgrade + self.auto_control_plane

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "node_vms": self.node_vms, "upgrade": self.upgrade,
                "control_plane": self.control_plane, "load_balancer": self.load_balancer}


@dataclass(frozen=True, slots=True)
class NetworkBudget:
    name: str
    pool_size: int
    pool_required: int

    @property
    def pool_free(self) -> int:
        return self.pool_size - self.pool_required

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "pool_size": self.pool_size,
                "pool_required": self.pool_required, "pool_free": self.pool_free}


@dataclass(frozen=True, slots=True)
class Budget:
    clusters: tuple[ClusterBudget, ...]
    logical_networks: tuple[NetworkBudget, ...]

    @property
    def pool(self) -> int:
        return sum(c.pool for c in self.clusters)

    @property
    def node_vms(self) -> int:
        return sum(c.node_vms for c in self.clusters)

    @property
    def upgrade(self) -> int:
        return sum(c.upgrade for c in self.clusters)

    @property
    def control_plane(self) -> int:
        return sum(c.control_plane for c in self.clusters)

    @property
    def load_balancer(self) -> int:
        return sum(c.load_balancer for c in self.clusters)

    @property
    def total(self) -> int:
        return self.pool + self.control_plane + self.load_balancer

    def cluster(self, name: str) -> ClusterBudget | None:
        return next((c for c in self.clusters if c.name == name), None)

    def network(self, name: str) -> NetworkBudget | None:
        return next((n for n in self.logical_networks if n.name == name), None)

    def as_json(self) -> dict[str, object]:
        return {"pool": self.pool, "control_plane": self.control_plane, "load_balancer": self.load_balancer,
                "total": self.total, "clusters": [c.as_json() for c in self.clusters],
                "logical_networks": [n.as_json() for n in self.logical_networks]}


def port_keys(cluster: Cluster) -> Counter[tuple[object, ...]]:
    """Instances per (port, protocol).  A service with no port cannot share: it gets a key of its own."""
    demand: Counter[tuple[object, ...]] = Counter()
    for index, service in enumerate(cluster.services):
        if not service.ports:
            demand[("service", index)] += service.instances
        for key in {(p.port, p.protocol) for p in service.ports}:
            demand[key] += service.instances
    return demand


def load_balancer_need(cluster: Cluster) -> int:
    """Rule LB-4: the minimum number of load balancer IPs the cluster's services need.

    Exact for every plan a cluster really has; for a huge one the search is bounded and
    this is the best count found (``sharing.colour(cluster).exact`` says which).
    """
    return colour(cluster).count


def largest_size(pool: NodePool) -> int:
    """The most nodes the pool can have: ``max_count`` with the autoscaler on (never below ``count``)."""
    if pool.autoscaler is None:
        return pool.count
    return max(pool.count, pool.autoscaler.max_count)


def node_vm_count(cluster: Cluster) -> int:
    return cluster.control_plane.count + sum(largest_size(pool) for pool in cluster.node_pools)


def auto_control_plane(plan: Plan, cluster: Cluster) -> bool:
    return cluster.control_plane.ip is None and plan.release_number() >= AUTO_CONTROL_PLANE_RELEASE


def cluster_budget(plan: Plan, cluster: Cluster) -> ClusterBudget:
    auto = auto_control_plane(plan, cluster)
    return ClusterBudget(
        name=cluster.name,
        logical_network=cluster.logical_network,
        node_vms=node_vm_count(cluster),
        upgrade=1,
        control_plane=0 if auto else 1,
        auto_control_plane=1 if auto else 0,
        load_balancer=load_balancer_need(cluster),
    )


def pool_size(network: LogicalNetwork) -> int:
    if network.ip_pool is None:
        return 0
    return max(0, int(network.ip_pool.end) - int(network.ip_pool.start) + 1)


@per_object
def budget(plan: Plan) -> Budget:
    clusters = tuple(cluster_budget(plan, c) for c in plan.clusters)
    required: dict[str, int] = {}  # one pass, not clusters x networks
    for c in clusters:
        required[c.logical_network] = required.get(c.logical_network, 0) + c.pool
    networks = tuple(
        NetworkBudget(name=n.name, pool_size=pool_size(n), pool_required=required.get(n.name, 0))
        for n in plan.logical_networks
    )
    return Budget(clusters, networks)

"""What-if capacity: how much the plan can grow before a rule breaks.

- nodes: how many more node VMs the logical network's pool holds before POOL-3
  breaks (a node pool with the autoscaler already counts at its ``max_count``).  The pool is shared, so each cluster on the network can grow by that
  number (but not all of them at once); a cluster is also capped by the AKS Arc
  scale limit of 200 nodes.
- load balancer: how many more service instances each cluster's LB addresses
  carry before LB-4 breaks, on its busiest (port, protocol) and on a new one.
- growth: the addresses of each prefix that nothing uses (outside pool, control
  plane IPs, LB ranges, gateway, DNS, reservations...), the longest free run and
  the biggest CIDR block that is free, for a future pool or LB range.
All from claims and range math: a /8 costs what a /24 costs.
"""

from __future__ import annotations

from dataclasses import dataclass

from aksarc_gui.domain.plan import Cluster, Plan
from aksarc_gui.planning.budget import budget, load_balancer_need, node_vm_count
from aksarc_gui.planning.claims import plan_claims
from aksarc_gui.planning.ranges import (
    Range,
    count,
    free_gaps,
    largest,
    largest_aligned_block,
    largest_aligned_span,
    range_text,
    usable,
)

MAX_NODES_PER_CLUSTER = 200  # AKS Arc scale limit (az-cli reference, section 6)


@dataclass(frozen=True, slots=True)
class ClusterCapacity:
    name: str
    logical_network: str
    node_vms: int
    more_nodes: int  # node VMs this cluster alone could add (0 when the pool is already short)
    limited_by: str  # "pool", "cluster_limit" or "unknown_network"
    lb_addresses: int  # distinct addresses in its load balancer entries
    lb_need: int  # LB-4 minimum for its services
    more_lb_instances: int  # instances that can still be added on its busiest (port, protocol)
    lb_instances_per_new_port: int  # instances a service on a port nobody uses yet can have

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "logical_network": self.logical_network, "node_vms": self.node_vms,
                "more_nodes": self.more_nodes, "limited_by": self.limited_by,
                "lb_addresses": self.lb_addresses, "lb_need": self.lb_need,
                "more_lb_instances": self.more_lb_instances,
                "lb_instances_per_new_port": self.lb_instances_per_new_port}


@dataclass(frozen=True, slots=True)
class NetworkCapacity:
    name: str
    prefix: str
    pool_size: int
    pool_required: int
    more_nodes: int  # node VMs the pool still holds, shared by every cluster on the network
    pool_shortfall: int  # addresses the pool lacks today (0 when POOL-3 holds)
    free_addresses: int  # host addresses nothing in the plan uses
    longest_free: Range | None
    largest_free_block: str | None  # biggest free CIDR block, e.g. "10.0.0.64/26"

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "prefix": self.prefix, "pool_size": self.pool_size,
                "pool_required": self.pool_required, "more_nodes": self.more_nodes,
                "pool_shortfall": self.pool_shortfall, "free_addresses": self.free_addresses,
                "longest_free": range_text(*self.longest_free) if self.longest_free else None,
                "longest_free_size": self.longest_free[1] - self.longest_free[0] + 1 if self.longest_free else 0,
                "largest_free_block": self.largest_free_block}


@dataclass(frozen=True, slots=True)
class Capacity:
    networks: tuple[NetworkCapacity, ...]
    clusters: tuple[ClusterCapacity, ...]

    def network(self, name: str) -> NetworkCapacity | None:
        return next((n for n in self.networks if n.name == name), None)

    def cluster(self, name: str) -> ClusterCapacity | None:
        return next((c for c in self.clusters if c.name == name), None)

    def as_json(self) -> dict[str, object]:
        return {"logical_networks": [n.as_json() for n in self.networks],
                "clusters": [c.as_json() for c in self.clusters]}


def lb_address_count(cluster: Cluster) -> int:
    """Distinct addresses of the cluster's LB entries (an address listed twice counts once)."""
    if cluster.load_balancer is None:
        return 0
    return count((b.first, b.last) for b in cluster.load_balancer.addresses)


def capacity(plan: Plan) -> Capacity:
    b = budget(plan)
    taken = [(c.first, c.last) for c in plan_claims(plan)]
    networks: list[NetworkCapacity] = []
    for net, nb in zip(plan.logical_networks, b.logical_networks):  # budget keeps the plan's order
        lo, hi = usable(net.address_prefix.cidr)
        gaps = free_gaps(lo, hi, taken)
        widest = largest(gaps)
        # as (prefix length, first address): one IPNetwork for the winner, not one per gap
        spans = [span for g in gaps if (span := largest_aligned_span(*g)) is not None]
        best = min(spans, default=None)
        biggest = largest_aligned_block(best[1], best[1] + (1 << (32 - best[0])) - 1) if best is not None else None
        networks.append(NetworkCapacity(
            name=net.name, prefix=str(net.address_prefix.cidr), pool_size=nb.pool_size,
            pool_required=nb.pool_required, more_nodes=max(0, nb.pool_free),
            pool_shortfall=max(0, -nb.pool_free), free_addresses=count(gaps), longest_free=widest,
            largest_free_block=str(biggest) if biggest is not None else None))

    by_name = {n.name: n for n in networks}
    clusters: list[ClusterCapacity] = []
    for cluster in plan.clusters:
        vms = node_vm_count(cluster)
        net_cap = by_name.get(cluster.logical_network)
        room_in_cluster = max(0, MAX_NODES_PER_CLUSTER - vms)
        if net_cap is None:
            more, limit = 0, "unknown_network"
        elif net_cap.more_nodes <= room_in_cluster:
            more, limit = net_cap.more_nodes, "pool"
        else:
            more, limit = room_in_cluster, "cluster_limit"
        addresses, need = lb_address_count(cluster), load_balancer_need(cluster)
        clusters.append(ClusterCapacity(
            name=cluster.name, logical_network=cluster.logical_network, node_vms=vms, more_nodes=more,
            limited_by=limit, lb_addresses=addresses, lb_need=need,
            more_lb_instances=max(0, addresses - need), lb_instances_per_new_port=addresses))
    return Capacity(tuple(networks), tuple(clusters))

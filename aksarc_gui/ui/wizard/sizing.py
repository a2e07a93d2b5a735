"""How big the New Plan wizard makes the IP pool.  Qt-free, so it is tested alone.

A pool cannot be changed once the logical network exists, so the wizard asks for
it in the words an admin uses, "room for N more node VMs", and proposes a fair
share of the free space:

    spare  = the free addresses of the logical network once today's needs are placed
             (the pool for today's node VMs, upgrade and automatic control plane IPs,
             the control plane IPs, the load balancer ranges with their headroom, and
             the infrastructure pool when it shares the subnet)
    shares = 1 (the IP pool) + 1 per load balancer on the network + 1 (kept free for
             what comes later: another cluster's control plane IP, reservations)
    room   = spare // shares

Load balancer ranges can be added to later (another address block), the pool
cannot: it gets a whole share, each load balancer one too, and one share stays
free.  When the aligned layout cannot place that much, the room is lowered to
the largest that fits.  Explained for users in docs/allocation.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.allocate import allocate
from aksarc_gui.planning.budget import cluster_budget
from aksarc_gui.planning.claims import plan_claims
from aksarc_gui.planning.ranges import count, free_gaps, usable

RESERVE_SHARES = 1  # one share of the spare addresses stays free


@dataclass(frozen=True, slots=True)
class PoolSizing:
    """The pool of the wizard's logical network, part by part."""

    node_vms: int  # control plane and worker VMs, autoscaled pools at their largest
    upgrade: int  # one per cluster (POOL-2)
    auto_control_plane: int  # one per cluster from 2411 on (CP-1, POOL-3)
    room: int  # "room for N more node VMs"

    @property
    def size(self) -> int:
        return self.node_vms + self.upgrade + self.auto_control_plane + self.room


def pool_sizing(plan: Plan, room: int) -> PoolSizing:
    """The pool of the plan's first logical network with ``room`` more node VMs."""
    net = plan.logical_networks[0]
    budgets = [cluster_budget(plan, c) for c in plan.clusters if c.logical_network == net.name]
    vms = sum(b.node_vms for b in budgets)
    upgrade = len(budgets)
    return PoolSizing(vms, upgrade, sum(b.pool for b in budgets) - vms - upgrade, room)


def _fits(plan: Plan, lb_headroom_pct: int, room: int) -> bool:
    return allocate(plan, headroom_pct=lb_headroom_pct, extra_nodes=room, pool_headroom_pct=0).plan is not None


def fair_share_room(plan: Plan, lb_headroom_pct: int = 0) -> int:
    """The default "room for N more node VMs" of the plan's first logical network (0 when nothing fits)."""
    today = allocate(plan, headroom_pct=lb_headroom_pct, extra_nodes=0, pool_headroom_pct=0)
    if today.plan is None:
        return 0
    net = today.plan.logical_networks[0]
    lo, hi = usable(net.address_prefix.cidr)
    spare = count(free_gaps(lo, hi, [(c.first, c.last) for c in plan_claims(today.plan)]))
    balancers = sum(1 for c in today.plan.clusters
                    if c.logical_network == net.name and c.load_balancer is not None)
    room = spare // (1 + balancers + RESERVE_SHARES)
    if _fits(plan, lb_headroom_pct, room):
        return room
    low, high = 0, room  # 0 fits (today's plan was placed); find the largest room that does
    while low < high:
        mid = (low + high + 1) // 2
        if _fits(plan, lb_headroom_pct, mid):
            low = mid
        else:
            high = mid - 1
    return low

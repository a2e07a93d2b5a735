"""How big the New Plan wizard makes the IP pool.  Qt-free, so it is tested alone.

A pool cannot be changed once the logical network exists, so the wizard asks for
it in the words an admin uses, "room for N more node VMs", and proposes a fair
share of the free space: ``planning/pool_room.py`` (shared with Edit > Suggest
Addresses) says how it is computed; docs/allocation.md explains it for users.
"""

from __future__ import annotations

from dataclasses import dataclass

from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.budget import cluster_budget
from aksarc_gui.planning.pool_room import fair_share_room as planned_fair_share


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


def fair_share_room(plan: Plan, lb_headroom_pct: int = 0) -> int:
    """The default "room for N more node VMs" of the wizard's logical network (0 when nothing fits)."""
    return planned_fair_share(plan, lb_headroom_pct)

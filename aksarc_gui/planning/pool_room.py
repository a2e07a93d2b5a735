"""The room to leave in a new IP pool: "room for N more node VMs", a fair share of the free space.

A logical network's IP pool cannot be changed once the network exists, so the New Plan wizard
and Edit > Suggest Addresses ask for the pool in the words an admin uses and propose a fair share
of the free addresses of each network whose pool is still empty:

    spare  = the free addresses of the network once today's needs are placed (the pool for today's
             node VMs, upgrade and automatic control plane IPs, the control plane IPs, the load
             balancer ranges with their headroom, the infrastructure pool when it shares the subnet)
    shares = 1 (the IP pool) + 1 per load balancer on the network + 1 (kept free for what comes
             later: another cluster's control plane IP, reservations)
    room   = spare // shares, the smallest over the networks to fill (one N applies to every pool)

Load balancer ranges can be added to later (another address block), the pool cannot: it gets a
whole share, each load balancer one too, and one share stays free.  When the aligned layout
cannot place that much, the room is lowered to the largest that fits.  Explained for users in
docs/allocation.md.
"""

from __future__ import annotations

from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.allocate import allocate
from aksarc_gui.planning.claims import plan_claims
from aksarc_gui.planning.ranges import count, free_gaps, usable

RESERVE_SHARES = 1  # one share of the spare addresses stays free


def _fits(plan: Plan, lb_headroom_pct: int, room: int) -> bool:
    return allocate(plan, headroom_pct=lb_headroom_pct, extra_nodes=room, pool_headroom_pct=0).plan is not None


def fair_share_room(plan: Plan, lb_headroom_pct: int = 0) -> int:
    """The default "room for N more node VMs" of the pools ``allocate`` would fill (0 when none or nothing fits)."""
    to_fill = {n.name for n in plan.logical_networks if n.ip_pool is None and not n.deployed}
    if not to_fill:
        return 0
    today = allocate(plan, headroom_pct=lb_headroom_pct, extra_nodes=0, pool_headroom_pct=0)
    if today.plan is None:
        return 0
    taken = [(c.first, c.last) for c in plan_claims(today.plan)]
    rooms = []
    for net in today.plan.logical_networks:
        if net.name not in to_fill or today.plan.network(net.name) is not net:
            continue  # a second network of one name (NAME-5) is not filled
        lo, hi = usable(net.address_prefix.cidr)
        spare = count(free_gaps(lo, hi, taken))
        balancers = sum(1 for c in today.plan.clusters
                        if c.logical_network == net.name and c.load_balancer is not None)
        rooms.append(spare // (1 + balancers + RESERVE_SHARES))
    room = min(rooms, default=0)
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

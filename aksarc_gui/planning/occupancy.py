"""What sits where in one network: the segments the map and the workbook draw.

``occupancy(plan, network)`` cuts the prefix into maximal runs of addresses that
have the same occupants.  It works on range boundaries (a sweep), so a /8 costs
what a /24 costs.  For display, a node VM pool is split into what the clusters
need (node VMs, upgrade spares, automatic control plane IPs) and what is spare,
and each load balancer block into the addresses its services use and the rest.
The split is illustrative: the platform hands out pool addresses itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from netaddr import IPNetwork

from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.budget import auto_control_plane, load_balancer_need, node_vm_count
from aksarc_gui.planning.claims import Claim, Role, compatible, plan_claims

MANAGEMENT = ""  # the network name that stands for the management network


@dataclass(frozen=True, slots=True)
class Occupant:
    role: Role
    owner: str
    path: str


@dataclass(frozen=True, slots=True)
class Segment:
    first: int
    last: int
    occupants: tuple[Occupant, ...]  # empty: free

    @property
    def size(self) -> int:
        return self.last - self.first + 1

    @property
    def role(self) -> Role:
        """The role to colour the segment with (the first occupant's; FREE when empty)."""
        return self.occupants[0].role if self.occupants else Role.FREE

    @property
    def conflict(self) -> bool:
        occ = self.occupants
        return any(not compatible(a.role, b.role) for i, a in enumerate(occ) for b in occ[i + 1:])


@dataclass(frozen=True, slots=True)
class Occupancy:
    name: str  # logical network name, or MANAGEMENT
    prefix: IPNetwork
    segments: tuple[Segment, ...]

    def at(self, address: int) -> Segment | None:
        """The segment holding ``address`` (binary search)."""
        lo, hi = 0, len(self.segments) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            seg = self.segments[mid]
            if address < seg.first:
                hi = mid - 1
            elif address > seg.last:
                lo = mid + 1
            else:
                return seg
        return None

    def totals(self) -> dict[Role, int]:
        """Addresses per role (each occupant counted; conflicts count for every role involved)."""
        out: dict[Role, int] = {}
        for seg in self.segments:
            for role in {o.role for o in seg.occupants} or {Role.FREE}:
                out[role] = out.get(role, 0) + seg.size
        return out

    def conflict_count(self) -> int:
        return sum(s.size for s in self.segments if s.conflict)


def _pool_parts(plan: Plan, net_name: str, claim: Claim) -> list[tuple[int, int, Occupant]]:
    """Split a pool claim into node VMs / upgrade / automatic control plane per cluster, then spare."""
    parts: list[tuple[int, int, Occupant]] = []
    cursor = claim.first
    for c, cluster in enumerate(plan.clusters):
        if cluster.logical_network != net_name:
            continue
        base = f"clusters[{c}]"
        wants = [(node_vm_count(cluster), Role.POOL_NODES, f"{base}.node_pools"),
                 (1, Role.POOL_UPGRADE, base)]
        if auto_control_plane(plan, cluster):
            wants.append((1, Role.POOL_AUTO_CP, f"{base}.control_plane.ip"))
        for count, role, path in wants:
            if count <= 0 or cursor > claim.last:
                continue
            end = min(claim.last, cursor + count - 1)
            parts.append((cursor, end, Occupant(role, cluster.name, path)))
            cursor = end + 1
    if cursor <= claim.last:
        parts.append((cursor, claim.last, Occupant(Role.POOL_SPARE, claim.owner, claim.path)))
    return parts


def _lb_parts(plan: Plan, claims: list[Claim]) -> dict[Claim, list[tuple[int, int, Occupant]]]:
    """Per load balancer block: the addresses the services use (in order across blocks), then spare."""
    out: dict[Claim, list[tuple[int, int, Occupant]]] = {}
    need_left: dict[str, int] = {c.name: load_balancer_need(c) for c in plan.clusters}
    for claim in claims:  # document order, so "the first N addresses" means what the assignment uses
        if claim.role is not Role.LOAD_BALANCER:
            continue
        left = need_left.get(claim.owner, 0)
        used = min(left, claim.size)
        need_left[claim.owner] = left - used
        parts = []
        if used:
            parts.append((claim.first, claim.first + used - 1, Occupant(Role.LB_USED, claim.owner, claim.path)))
        if used < claim.size:
            parts.append((claim.first + used, claim.last, Occupant(Role.LB_SPARE, claim.owner, claim.path)))
        out[claim] = parts
    return out


def network_prefix(plan: Plan, name: str) -> IPNetwork | None:
    if name == MANAGEMENT:
        return plan.management_network.address_prefix.cidr if plan.management_network else None
    net = plan.network(name)
    return net.address_prefix.cidr if net else None


def occupancy(plan: Plan, name: str, claims: list[Claim] | None = None) -> Occupancy | None:
    """Segments of the logical network ``name`` (or MANAGEMENT); None when there is no such network."""
    prefix = network_prefix(plan, name)
    if prefix is None:
        return None
    lo, hi = prefix.first, prefix.last
    claims = plan_claims(plan) if claims is None else claims
    lb_parts = _lb_parts(plan, claims)

    pieces: list[tuple[int, int, Occupant]] = []
    if prefix.prefixlen <= 30:
        pieces.append((lo, lo, Occupant(Role.NETWORK, name, "")))
        pieces.append((hi, hi, Occupant(Role.BROADCAST, name, "")))
    for claim in claims:
        if claim.last < lo or claim.first > hi:
            continue
        if claim.role is Role.POOL:
            pieces.extend(_pool_parts(plan, claim.owner, claim))
        elif claim.role is Role.LOAD_BALANCER:
            pieces.extend(lb_parts[claim])
        else:
            pieces.append((claim.first, claim.last, Occupant(claim.role, claim.owner, claim.path)))

    # Sweep over boundaries: each run between two consecutive boundaries has one occupant set.
    bounds = {lo, hi + 1}
    for first, last, _ in pieces:
        bounds.add(max(first, lo))
        bounds.add(min(last, hi) + 1)
    points = sorted(b for b in bounds if lo <= b <= hi + 1)
    starts = sorted(range(len(pieces)), key=lambda i: pieces[i][0])
    active: list[int] = []
    cursor = 0
    segments: list[Segment] = []
    for a, b in zip(points, points[1:]):
        while cursor < len(starts) and pieces[starts[cursor]][0] <= a:
            active.append(starts[cursor])
            cursor += 1
        active = [i for i in active if pieces[i][1] >= a]
        if len(active) == 1:  # most runs have one occupant: nothing to order
            occupants: tuple[Occupant, ...] = (pieces[active[0]][2],)
        else:
            occupants = tuple(pieces[i][2] for i in sorted(active, key=lambda i: (pieces[i][0], i)))
        if segments and segments[-1].occupants == occupants and segments[-1].last == a - 1:
            segments[-1] = Segment(segments[-1].first, b - 1, occupants)
        else:
            segments.append(Segment(a, b - 1, occupants))
    return Occupancy(name, prefix, tuple(segments))

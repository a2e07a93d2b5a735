"""Which rule of the article two roles on one address break (Qt-free).

The map shows the rule id next to a conflict so the user can look it up (see the
rule list in the docs).  The pairs follow the rules' own words; a pair no rule
names (say a load balancer address on the gateway) gets no id rather than a
guessed one.
"""

from __future__ import annotations

from collections.abc import Iterable

from aksarc_gui.planning.claims import Role, compatible
from aksarc_gui.planning.occupancy import Occupant

POOL_ROLES = frozenset({Role.POOL, Role.POOL_NODES, Role.POOL_UPGRADE, Role.POOL_AUTO_CP, Role.POOL_SPARE})
LB_ROLES = frozenset({Role.LOAD_BALANCER, Role.LB_USED, Role.LB_SPARE})
MANAGEMENT_ROLES = frozenset({Role.INFRA_POOL, Role.HOST})


def rule_for_pair(a: Role, b: Role) -> str | None:
    """The rule id that forbids roles ``a`` and ``b`` on one address; None if none names the pair."""
    if compatible(a, b):
        return None
    pair = {a, b}
    if pair & {Role.NETWORK, Role.BROADCAST}:
        return None  # no rule id: the prefix's own network/broadcast address
    in_pool, in_lb = bool(pair & POOL_ROLES), bool(pair & LB_ROLES)
    if Role.CONTROL_PLANE in pair and in_pool:
        return "CP-3"  # control plane IP inside the IP pool
    if in_lb and in_pool:
        return "LB-1"  # load balancer IPs never collide with the IP pool
    if in_lb and (Role.CONTROL_PLANE in pair or pair <= LB_ROLES):
        return "LB-2"  # ... nor with a control plane IP, nor with each other
    if Role.CONTROL_PLANE in pair:
        return "CP-4"  # the control plane IP overlaps nothing else
    if pair & MANAGEMENT_ROLES:
        return "MGMT-2"  # infrastructure IPs vs hosts and the logical networks
    if in_pool and not pair <= POOL_ROLES:
        return "LNET-5"  # the IP pool is for VMs only
    return None


def conflicting_pairs(occupants: Iterable[Occupant]) -> list[tuple[Occupant, Occupant, str | None]]:
    """Every incompatible pair among ``occupants`` with its rule id (None when no rule names it)."""
    occ = list(occupants)
    out = []
    for i, a in enumerate(occ):
        for b in occ[i + 1:]:
            if not compatible(a.role, b.role):
                out.append((a, b, rule_for_pair(a.role, b.role)))
    return out


def rules_for(occupants: Iterable[Occupant]) -> list[str]:
    """The distinct rule ids the occupants of one address break, in a stable order."""
    return sorted({rule for _, _, rule in conflicting_pairs(occupants) if rule})

"""Every address or range the plan puts to a use, as integer ranges with a role.

Validation, the occupancy map and the workbook all start from this one list.
Claims are ranges (``first``..``last`` as integers), so nothing here or in the
overlap search ever loops over the addresses of a network.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from enum import Enum

from aksarc_gui.domain.plan import Plan
from aksarc_gui.i18n import QT_TRANSLATE_NOOP
from aksarc_gui.planning.memo import per_object


class Role(str, Enum):
    NETWORK = "network"
    BROADCAST = "broadcast"
    GATEWAY = "gateway"
    DNS = "dns"
    POOL = "pool"  # a logical network's VM IP pool (claims); the map splits it below
    POOL_NODES = "pool_nodes"
    POOL_UPGRADE = "pool_upgrade"
    POOL_AUTO_CP = "pool_auto_control_plane"
    POOL_SPARE = "pool_spare"
    CONTROL_PLANE = "control_plane"
    LOAD_BALANCER = "load_balancer"  # a load balancer address block (claims); split below
    LB_USED = "lb_used"
    LB_SPARE = "lb_spare"
    INFRA_POOL = "infra_pool"
    HOST = "host"
    RESERVATION = "reservation"
    FREE = "free"


ROLE_LABELS: dict[Role, str] = {
    Role.NETWORK: QT_TRANSLATE_NOOP("Roles", "network address"),
    Role.BROADCAST: QT_TRANSLATE_NOOP("Roles", "broadcast address"),
    Role.GATEWAY: QT_TRANSLATE_NOOP("Roles", "gateway"),
    Role.DNS: QT_TRANSLATE_NOOP("Roles", "DNS server"),
    Role.POOL: QT_TRANSLATE_NOOP("Roles", "node VM IP pool"),
    Role.POOL_NODES: QT_TRANSLATE_NOOP("Roles", "node VMs"),
    Role.POOL_UPGRADE: QT_TRANSLATE_NOOP("Roles", "upgrade spare"),
    Role.POOL_AUTO_CP: QT_TRANSLATE_NOOP("Roles", "control plane IP (automatic)"),
    Role.POOL_SPARE: QT_TRANSLATE_NOOP("Roles", "pool, unused"),
    Role.CONTROL_PLANE: QT_TRANSLATE_NOOP("Roles", "control plane IP"),
    Role.LOAD_BALANCER: QT_TRANSLATE_NOOP("Roles", "load balancer pool"),
    Role.LB_USED: QT_TRANSLATE_NOOP("Roles", "load balancer, used by services"),
    Role.LB_SPARE: QT_TRANSLATE_NOOP("Roles", "load balancer, unused"),
    Role.INFRA_POOL: QT_TRANSLATE_NOOP("Roles", "infrastructure pool"),
    Role.HOST: QT_TRANSLATE_NOOP("Roles", "physical host"),
    Role.RESERVATION: QT_TRANSLATE_NOOP("Roles", "reservation"),
    Role.FREE: QT_TRANSLATE_NOOP("Roles", "free"),
}


def role_label(role: Role) -> str:
    from aksarc_gui.i18n import translate

    return translate("Roles", ROLE_LABELS[role])


@dataclass(frozen=True, slots=True)
class Claim:
    first: int
    last: int
    role: Role
    owner: str  # what the claim belongs to: a network, cluster, reservation or host name
    path: str  # JSON path of the field that makes the claim
    network: str | None = None  # the logical network it belongs to ("" = management network)

    @property
    def size(self) -> int:
        return self.last - self.first + 1


# Two claims on one address are a conflict unless the pair is listed here.  A
# gateway that is also a DNS server is common (the article's own example does it).
COMPATIBLE: frozenset[frozenset[Role]] = frozenset({
    frozenset({Role.GATEWAY, Role.DNS}),
    frozenset({Role.DNS}),  # two networks naming the same DNS server
    frozenset({Role.GATEWAY}),  # the same gateway named twice is a duplicate the rules report, not a clash
})


def compatible(a: Role, b: Role) -> bool:
    return frozenset({a, b}) in COMPATIBLE


@per_object
def plan_claims(plan: Plan) -> list[Claim]:
    """All claims of the plan in document order.  Reversed ranges are left out (validation reports them)."""
    out: list[Claim] = []

    def add(first: int, last: int, role: Role, owner: str, path: str, network: str | None) -> None:
        if first <= last:
            out.append(Claim(first, last, role, owner, path, network))

    mgmt = plan.management_network
    if mgmt is not None:
        if mgmt.gateway is not None:
            g = int(mgmt.gateway)
            add(g, g, Role.GATEWAY, "", "management_network.gateway", "")
        for d, dns in enumerate(mgmt.dns_servers):
            add(int(dns), int(dns), Role.DNS, "", f"management_network.dns_servers[{d}]", "")
        for i, host in enumerate(mgmt.host_ips):
            add(int(host), int(host), Role.HOST, str(host), f"management_network.host_ips[{i}]", "")
        if mgmt.infra_ip_pool is not None:
            add(int(mgmt.infra_ip_pool.start), int(mgmt.infra_ip_pool.end), Role.INFRA_POOL, "",
                "management_network.infra_ip_pool", "")

    for n, net in enumerate(plan.logical_networks):
        base = f"logical_networks[{n}]"
        if net.gateway is not None:
            add(int(net.gateway), int(net.gateway), Role.GATEWAY, net.name, f"{base}.gateway", net.name)
        for d, dns in enumerate(net.dns_servers):
            add(int(dns), int(dns), Role.DNS, net.name, f"{base}.dns_servers[{d}]", net.name)
        if net.ip_pool is not None:
            add(int(net.ip_pool.start), int(net.ip_pool.end), Role.POOL, net.name, f"{base}.ip_pool", net.name)

    for r, res in enumerate(plan.reservations):
        add(int(res.start), int(res.end), Role.RESERVATION, res.name, f"reservations[{r}]", None)

    for c, cluster in enumerate(plan.clusters):
        base = f"clusters[{c}]"
        ip = cluster.control_plane.ip
        if ip is not None:
            add(int(ip), int(ip), Role.CONTROL_PLANE, cluster.name, f"{base}.control_plane.ip", cluster.logical_network)
        if cluster.load_balancer is not None:
            for a, block in enumerate(cluster.load_balancer.addresses):
                add(block.first, block.last, Role.LOAD_BALANCER, cluster.name,
                    f"{base}.load_balancer.addresses[{a}]", cluster.logical_network)
    return out


def overlapping_pairs(claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Pairs of claims that share addresses, at most a few per claim: reports stay linear.

    ``claims`` must be in document order.  One sweep over the claims sorted by start:

    * identical claims (same range, same role: a thousand clusters on one control plane
      IP) are one group; its first claim in document order is paired with each of the
      others, so N claims on one address give N - 1 pairs, not N(N - 1)/2;
    * every claim is paired with the earliest claim (in document order) of each role that
      is still open where it starts, once in its own network and once in any network:
      a control plane IP meets its own network's pool (CP-3) and another network's pool
      (CP-4), a pool each gateway, reservation or server IP inside it (LNET-5), and so on,
      while N ranges that all overlap give about N pairs, not N(N - 1)/2.

    Every claim that clashes with something meets at least one thing it clashes with.
    Cost is O(n log n) whatever the plan: a /8 costs what a /24 costs, and the number of
    pairs is at most a small multiple of the number of claims.
    """
    groups: dict[tuple[int, int, Role], list[int]] = {}
    for i, claim in enumerate(claims):
        groups.setdefault((claim.first, claim.last, claim.role), []).append(i)
    pairs: list[tuple[Claim, Claim]] = []
    for members in groups.values():
        pairs.extend((claims[members[0]], claims[m]) for m in members[1:])
    # open claims per role, and per (role, network): heaps of (document index, last address);
    # starts only grow, so an entry that ended before one start has ended for every later one
    by_role: dict[Role, list[tuple[int, int]]] = {}
    by_network: dict[tuple[Role, str | None], list[tuple[int, int]]] = {}
    # equal starts: the longer range first, so it is open when the ranges it holds arrive
    for first, last, role in sorted(groups, key=lambda k: (k[0], -k[1])):
        members = groups[(first, last, role)]
        head = claims[members[0]]
        partners: set[int] = set()
        for heaps in (by_network.items(), by_role.items()):
            for key, heap in heaps:
                if isinstance(key, tuple) and key[1] != head.network:
                    continue
                while heap and heap[0][1] < first:
                    heapq.heappop(heap)
                if heap:
                    partners.add(heap[0][0])
        for partner in sorted(partners):
            pairs.extend((claims[partner], claims[m]) for m in members)
        heapq.heappush(by_role.setdefault(role, []), (members[0], last))
        heapq.heappush(by_network.setdefault((role, head.network), []), (members[0], last))
    return pairs

"""Fill in the addresses a plan leaves empty: IP pools, control plane IPs, load balancer ranges,
and the management network's infrastructure pool.

``allocate(plan)`` keeps everything the user set and places only what is
missing, in the free gaps of each logical network's prefix.  Free gaps come from
``claims.plan_claims`` (every address any part of the plan uses, whatever its
network), so nothing placed here can collide with a gateway, a DNS server, a
reservation, a management host, the infrastructure pool or another network.
Everything is integer range math: the cost depends on the number of claims,
not on the size of the prefix.

The layout is the one a network engineer draws by hand: the node VM pool first,
right after the low addresses (gateway, DNS), then the control plane IPs side
by side, then one load balancer range per cluster, starting on a multiple of 8
(16 for bigger ranges).  When that natural layout does not fit, a compact one
(biggest range first, into the tightest gap) is tried before giving up.  When
nothing fits, the result carries no plan and a message that says how much is
missing and what would fit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

from netaddr import IPNetwork

from aksarc_gui.domain.ipv4 import int_to_ip
from aksarc_gui.domain.plan import Cluster, LogicalNetwork, Plan
from aksarc_gui.i18n import translate
from aksarc_gui.planning.budget import (
    AUTO_CONTROL_PLANE_RELEASE,
    auto_control_plane,
    cluster_budget,
    load_balancer_need,
)
from aksarc_gui.planning.claims import plan_claims
from aksarc_gui.planning.freespace import GapList, best_fit_starts
from aksarc_gui.planning.ranges import Range, count, free_gaps, largest, range_text, usable

DEFAULT_HEADROOM_PCT = 20
# A logical network without clusters still needs a pool (ip_pool may not stay empty): room for the
# smallest cluster -- one control plane VM, one worker, one upgrade address.
EMPTY_NETWORK_POOL = 3
MAX_PREFIX_HINT_STEPS = 8
# The deployment takes exactly six infrastructure IPs (MGMT-1: "at least six"; more are not used).
INFRA_POOL_SIZE = 6  # "a /N would fit": look at most this many prefix lengths up

PieceKind = Literal["pool", "control_plane", "load_balancer"]


@dataclass(frozen=True, slots=True)
class Change:
    """One field the allocation filled: its JSON path, the value before (None: empty) and after."""

    path: str
    old: str | None
    new: str

    def as_json(self) -> dict[str, str | None]:
        return {"path": self.path, "old": self.old, "new": self.new}

    def __str__(self) -> str:
        return translate("Allocate", "{path}: {old} -> {new}").format(path=self.path, old=self.old if self.old is not None else translate("Allocate", "(empty)"), new=self.new)


@dataclass(frozen=True, slots=True)
class AllocationResult:
    plan: Plan | None  # None: no layout fits; ``shortfall`` says why
    changes: list[Change] = field(default_factory=list)
    shortfall: str | None = None
    notes: list[str] = field(default_factory=list)  # what was left alone and why (unknown networks, ...)

    @property
    def ok(self) -> bool:
        return self.plan is not None

    def as_json(self) -> dict[str, object]:
        return {"ok": self.ok, "changes": [c.as_json() for c in self.changes],
                "shortfall": self.shortfall, "notes": list(self.notes)}


@dataclass(frozen=True, slots=True)
class _Piece:
    """A contiguous range to place: the pool, the control plane IPs of a network, or one LB range."""

    kind: PieceKind
    size: int
    clusters: tuple[int, ...] = ()  # cluster indexes it serves (control plane: one address each, in order)

    @property
    def align(self) -> int:
        if self.kind != "load_balancer":
            return 1
        return 8 if self.size <= 8 else 16


def _headroom(amount: int, pct: Fraction) -> int:
    """``pct`` percent of ``amount``, rounded up."""
    value = amount * pct / 100
    return int(-(-value.numerator // value.denominator))


def pool_required(plan: Plan, net: LogicalNetwork) -> int:
    """What the network's pool must hold (POOL-3, automatic control plane IPs included)."""
    return sum(cluster_budget(plan, c).pool for c in plan.clusters if c.logical_network == net.name)


def pool_target(plan: Plan, net: LogicalNetwork, pct: Fraction, extra_nodes: int) -> int:
    required = pool_required(plan, net)
    if not any(c.logical_network == net.name for c in plan.clusters):
        required = EMPTY_NETWORK_POOL + (1 if plan.release_number() >= AUTO_CONTROL_PLANE_RELEASE else 0)
    return required + _headroom(required, pct) + extra_nodes


def _needs_cp(plan: Plan, cluster: Cluster) -> bool:
    return cluster.control_plane.ip is None and not auto_control_plane(plan, cluster) and not cluster.deployed


def _lb_need(cluster: Cluster) -> int:
    """Addresses to place for the cluster's load balancer: the LB-4 count, and at least one for a
    MetalLB load balancer, which cannot be created without addresses (LB-9)."""
    lb = cluster.load_balancer
    need = load_balancer_need(cluster)
    return max(need, 1) if lb is not None and lb.kind == "metallb" else need


def _needs_lb(cluster: Cluster) -> bool:
    lb = cluster.load_balancer
    return lb is not None and not lb.deployed and not lb.addresses and _lb_need(cluster) > 0


def _pieces(plan: Plan, net: LogicalNetwork, pct: Fraction, extra_nodes: int,
            pool_pct: Fraction | None = None) -> list[_Piece]:
    pieces: list[_Piece] = []
    # Deployed objects (imported from Azure) are never given or moved an address: Azure fixed them.
    if net.ip_pool is None and not net.deployed:
        pieces.append(_Piece("pool", pool_target(plan, net, pct if pool_pct is None else pool_pct, extra_nodes)))
    # Clusters name their network; with two networks of one name (a NAME-5 error) they belong to the
    # first, as everywhere else (Plan.network), so nothing is placed twice.
    owner = plan.network(net.name) is net
    on_net = [i for i, c in enumerate(plan.clusters) if owner and c.logical_network == net.name]
    cps = tuple(i for i in on_net if _needs_cp(plan, plan.clusters[i]))
    if cps:
        pieces.append(_Piece("control_plane", len(cps), cps))
    for i in on_net:
        cluster = plan.clusters[i]
        if _needs_lb(cluster):
            need = _lb_need(cluster)
            pieces.append(_Piece("load_balancer", need + _headroom(need, pct), (i,)))
    return pieces


# -- placing ranges in gaps ---------------------------------------------------------------------

def _natural(pieces: list[_Piece], gaps: list[Range], pool_end: int | None) -> list[int] | None:
    """Pool lowest, then control plane IPs after it, then aligned LB ranges after those."""
    free = GapList(gaps)
    cursor = pool_end + 1 if pool_end is not None else 0
    starts: list[int] = []
    for piece in pieces:
        tries = [(cursor, piece.align), (cursor, 1), (0, piece.align), (0, 1)]
        if piece.kind == "pool":
            tries = [(0, 1)]
        start = next((s for nb, al in tries if (s := free.fit(piece.size, nb, al)) is not None), None)
        if start is None:
            return None
        free.take(start, piece.size)
        starts.append(start)
        cursor = start + piece.size
    return starts


def _compact(pieces: list[_Piece], gaps: list[Range]) -> list[int] | None:
    """Biggest piece first into the smallest gap that holds it: fits more than the natural layout."""
    return best_fit_starts([p.size for p in pieces], gaps)


def _layout(pieces: list[_Piece], gaps: list[Range], pool_end: int | None) -> list[int] | None:
    if not pieces:
        return []
    return _natural(pieces, gaps, pool_end) or _compact(pieces, gaps)


# -- one network --------------------------------------------------------------------------------

@dataclass
class _Context:
    plan: Plan
    taken: list[Range]  # every claimed range, plus what earlier networks got in this run
    pool_pct: Fraction | None = None  # the pools' own headroom (None: the same as the LB ranges')

    def gaps(self, prefix: IPNetwork) -> list[Range]:
        lo, hi = usable(prefix)
        return free_gaps(lo, hi, self.taken)


def _pool_end(net: LogicalNetwork) -> int | None:
    return int(net.ip_pool.end) if net.ip_pool is not None else None


def _feasible(ctx: _Context, net: LogicalNetwork, prefix: IPNetwork, pct: Fraction, extra_nodes: int) -> bool:
    return _layout(_pieces(ctx.plan, net, pct, extra_nodes, ctx.pool_pct), ctx.gaps(prefix),
                   _pool_end(net)) is not None


def _piece_label(plan: Plan, piece: _Piece) -> str:
    if piece.kind == "pool":
        return translate("Allocate", "IP pool")
    if piece.kind == "control_plane":
        return translate("Allocate", "control plane IPs")
    return translate("Allocate", "load balancer range of {cluster}").format(cluster=plan.clusters[piece.clusters[0]].name)


def _shortfall(ctx: _Context, net: LogicalNetwork, pct: Fraction, extra_nodes: int) -> str:
    """Why nothing fits on ``net``, by how much, and what would fit."""
    plan = ctx.plan
    prefix = net.address_prefix.cidr
    pieces = _pieces(plan, net, pct, extra_nodes, ctx.pool_pct)
    gaps = ctx.gaps(prefix)
    needed = sum(p.size for p in pieces)
    free = count(gaps)
    widest = largest(gaps)
    widest_size = widest[1] - widest[0] + 1 if widest else 0
    lines: list[str] = []
    if needed > free:
        lines.append(translate("Allocate", "{network} ({prefix}): the layout needs {needed} addresses but only {free} "
                                    "are free: it needs {missing} more addresses.").format(network=net.name, prefix=prefix, needed=needed, free=free, missing=needed - free))
    else:
        biggest = max(pieces, key=lambda p: p.size)
        lines.append(translate("Allocate", "{network} ({prefix}): {free} addresses are free, but in ranges too short: "
                                    "the {piece} needs {size} addresses in a row and the longest free range "
                                    "has {longest}.").format(network=net.name, prefix=prefix, free=free, piece=_piece_label(plan, biggest), size=biggest.size, longest=widest_size))
    on_net = [c for c in plan.clusters if c.logical_network == net.name]
    pool_piece = next((p for p in pieces if p.kind == "pool"), None)
    if pool_piece is not None and on_net and widest_size < pool_piece.size:
        fixed = sum(cluster_budget(plan, c).pool - cluster_budget(plan, c).node_vms for c in on_net)
        lines.append(translate("Allocate", "The longest free range can hold a pool for {fit} node VMs; the clusters "
                                    "have {have}.").format(fit=max(0, widest_size - fixed), have=sum(cluster_budget(plan, c).node_vms for c in on_net)))
    if (pct > 0 or extra_nodes > 0) and _feasible(ctx, net, prefix, Fraction(0), 0):
        best = _best_headroom(ctx, net, prefix, pct, extra_nodes)
        lines.append(translate("Allocate", "It fits with a headroom of {pct}% (asked: {asked}%).").format(pct=best, asked=_pct_text(pct)) if best is not None else
                     translate("Allocate", "It fits without headroom."))
    bigger = _bigger_prefix(ctx, net, pct, extra_nodes)
    if bigger is not None:
        lines.append(translate("Allocate", "A /{bits} ({network}) would fit.").format(bits=bigger.prefixlen, network=bigger))
    return " ".join(lines)


def _pct_text(pct: Fraction) -> str:
    return str(pct.numerator) if pct.denominator == 1 else f"{float(pct):g}"


def _best_headroom(ctx: _Context, net: LogicalNetwork, prefix: IPNetwork, pct: Fraction,
                   extra_nodes: int) -> int | None:
    """The largest whole percentage below ``pct`` that fits (extra nodes kept); None when only 0 without them."""
    lo, hi = 0, int(pct)
    if not _feasible(ctx, net, prefix, Fraction(0), extra_nodes):
        return None
    while lo < hi:  # invariant: lo fits
        mid = (lo + hi + 1) // 2
        if _feasible(ctx, net, prefix, Fraction(mid), extra_nodes):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _bigger_prefix(ctx: _Context, net: LogicalNetwork, pct: Fraction, extra_nodes: int) -> IPNetwork | None:
    prefix = net.address_prefix.cidr
    for bits in range(prefix.prefixlen - 1, max(0, prefix.prefixlen - MAX_PREFIX_HINT_STEPS) - 1, -1):
        wider = IPNetwork(f"{prefix.ip}/{bits}").cidr
        if _feasible(ctx, net, wider, pct, extra_nodes):
            return wider
    return None


# -- the whole plan -----------------------------------------------------------------------------

def _lb_text(first: int, size: int) -> str:
    # A single address as /32: the az k8s-runtime examples pass single addresses that way.
    return f"{int_to_ip(first)}/32" if size == 1 else range_text(first, first + size - 1)


def allocate(plan: Plan, headroom_pct: int | float = DEFAULT_HEADROOM_PCT, extra_nodes: int = 0,
             pool_headroom_pct: int | float | None = None) -> AllocationResult:
    """A copy of ``plan`` with empty pools, control plane IPs and LB ranges filled; the input is not touched.

    ``headroom_pct``: percent added to each pool and LB range (rounded up); ``extra_nodes``: pool
    addresses added on top, "room for N more nodes"; ``pool_headroom_pct``: the pools' percentage
    when it differs from the load balancer ranges' (the New Plan wizard sizes the pool by
    ``extra_nodes`` alone and passes 0).
    """
    if headroom_pct < 0 or extra_nodes < 0 or (pool_headroom_pct is not None and pool_headroom_pct < 0):
        raise ValueError("headroom_pct, pool_headroom_pct and extra_nodes must be >= 0")
    pct = Fraction(headroom_pct)
    pool_pct = None if pool_headroom_pct is None else Fraction(pool_headroom_pct)
    ctx = _Context(plan, [(c.first, c.last) for c in plan_claims(plan)], pool_pct)
    data = plan.model_dump(mode="json")
    changes: list[Change] = []
    problems: list[str] = []
    notes: list[str] = []

    known = {n.name for n in plan.logical_networks}
    for cluster in plan.clusters:
        if cluster.logical_network not in known:
            notes.append(translate("Allocate", "{cluster}: its logical network \"{network}\" is not in the plan; "
                                        "nothing was allocated for it.").format(cluster=cluster.name, network=cluster.logical_network))
        elif cluster.services and cluster.load_balancer is None:
            notes.append(translate("Allocate", "{cluster}: it has services but no load balancer; add one (MetalLB or "
                                        "your own) and allocate again to get its addresses.").format(cluster=cluster.name))

    for n, net in enumerate(plan.logical_networks):
        pieces = _pieces(plan, net, pct, extra_nodes, ctx.pool_pct)
        if not pieces:
            continue
        starts = _layout(pieces, ctx.gaps(net.address_prefix.cidr), _pool_end(net))
        if starts is None:
            problems.append(_shortfall(ctx, net, pct, extra_nodes))
            continue
        for piece, start in zip(pieces, starts):
            end = start + piece.size - 1
            ctx.taken.append((start, end))  # later networks (overlapping prefixes) must avoid it
            if piece.kind == "pool":
                data["logical_networks"][n]["ip_pool"] = {"start": int_to_ip(start), "end": int_to_ip(end)}
                changes.append(Change(f"logical_networks[{n}].ip_pool", None, range_text(start, end)))
            elif piece.kind == "control_plane":
                for offset, c in enumerate(piece.clusters):
                    ip = int_to_ip(start + offset)
                    data["clusters"][c]["control_plane"]["ip"] = ip
                    changes.append(Change(f"clusters[{c}].control_plane.ip", None, ip))
            else:
                c = piece.clusters[0]
                text = _lb_text(start, piece.size)
                data["clusters"][c]["load_balancer"]["addresses"] = [text]
                changes.append(Change(f"clusters[{c}].load_balancer.addresses", None, text))

    # Last, so a logical network sharing the management subnet keeps its natural layout; when six
    # addresses do not fit, the logical networks still get theirs and a note says why (a missing
    # infrastructure pool is only a warning, MGMT-1).
    infra = _infra_pool(plan, ctx)
    if isinstance(infra, str):
        notes.append(infra)
    elif infra is not None:
        data["management_network"]["infra_ip_pool"] = {"start": int_to_ip(infra), "end": int_to_ip(infra + INFRA_POOL_SIZE - 1)}
        changes.append(Change("management_network.infra_ip_pool", None, range_text(infra, infra + INFRA_POOL_SIZE - 1)))

    if problems:
        return AllocationResult(None, [], "\n".join(problems), notes)
    changes.sort(key=lambda ch: _path_key(ch.path))
    return AllocationResult(Plan.model_validate(data), changes, None, notes)


def _path_key(path: str) -> tuple[int, int, str]:
    """Document order: the management network, then logical networks, then clusters, by index."""
    head, _, rest = path.partition("[")
    if not rest:
        return (0, 0, path)
    index = int(rest.split("]", 1)[0])
    return (1 if head == "logical_networks" else 2, index, path)


def _infra_pool(plan: Plan, ctx: _Context) -> int | str | None:
    """Where the management network's empty infrastructure pool goes (MGMT-1: six contiguous free
    addresses), after the servers' IPs when there is room, as the deployment guide lays it out;
    None: nothing to place; a note when no six free addresses remain."""
    mgmt = plan.management_network
    if mgmt is None or mgmt.infra_ip_pool is not None:
        return None
    gaps = ctx.gaps(mgmt.address_prefix.cidr)
    start = infra_pool_start(plan, ctx.taken)
    if start is None:
        prefix = mgmt.address_prefix.cidr
        return translate("Allocate", "Management network ({prefix}): the infrastructure IP pool was left empty: it "
                                     "needs {size} contiguous free addresses and the longest free range has "
                                     "{longest}.").format(
            prefix=prefix, size=INFRA_POOL_SIZE, longest=_longest(gaps))
    ctx.taken.append((start, start + INFRA_POOL_SIZE - 1))
    return start


def infra_pool_start(plan: Plan, taken: list[Range] | None = None) -> int | None:
    """The first address of six free ones for the infrastructure pool (None: no room, or no management
    network); ``taken``: what is used besides the plan's claims (default: the claims alone)."""
    mgmt = plan.management_network
    if mgmt is None:
        return None
    prefix = mgmt.address_prefix.cidr
    lo, hi = usable(prefix)
    gaps = free_gaps(lo, hi, taken if taken is not None else [(c.first, c.last) for c in plan_claims(plan)])
    after_hosts = max((int(h) + 1 for h in mgmt.host_ips if h in prefix), default=0)
    start = _fit(gaps, INFRA_POOL_SIZE, after_hosts, 1)
    return start if start is not None else _fit(gaps, INFRA_POOL_SIZE, 0, 1)


def _longest(gaps: list[Range]) -> int:
    widest = largest(gaps)
    return widest[1] - widest[0] + 1 if widest else 0

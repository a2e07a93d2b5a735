"""Zoom levels and what each cell of the grid holds (Qt-free).

A view is an aligned subnet of the network's prefix.  Up to a /22 the grid has
one cell per address; above that each cell is a block (a /24 for a /16, a /16 for
an /8: 256 cells or fewer) that the user zooms into.  Cell contents come from one
sweep over the occupancy segments that touch the view, found by bisection, so
the cost is cells + segments in view, never the number of addresses.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from netaddr import IPAddress, IPNetwork

from aksarc_gui.planning.claims import Role
from aksarc_gui.planning.occupancy import Occupancy, Occupant, Segment

ADDRESS_GRID_PREFIXLEN = 22  # a /22 (1024 addresses) or smaller: one cell per address

# Which role wins a cell when shares tie, and the order of the share strip and the
# bar: reserved-but-spare first, single addresses last so they stay on top.
DRAW_ORDER: tuple[Role, ...] = (
    Role.FREE, Role.POOL_SPARE, Role.LB_SPARE, Role.RESERVATION, Role.POOL, Role.INFRA_POOL,
    Role.POOL_NODES, Role.POOL_UPGRADE, Role.LOAD_BALANCER, Role.LB_USED, Role.POOL_AUTO_CP,
    Role.HOST, Role.DNS, Role.GATEWAY, Role.CONTROL_PLANE, Role.NETWORK, Role.BROADCAST,
)
DRAW_RANK = {role: i for i, role in enumerate(DRAW_ORDER)}


def block_prefixlen(view_prefixlen: int) -> int:
    """Prefix length of one grid cell for a view of ``/view_prefixlen``."""
    if view_prefixlen >= ADDRESS_GRID_PREFIXLEN:
        return 32
    return min(view_prefixlen + 8, 24)


@dataclass(frozen=True, slots=True)
class View:
    first: int
    prefixlen: int

    @property
    def size(self) -> int:
        return 1 << (32 - self.prefixlen)

    @property
    def last(self) -> int:
        return self.first + self.size - 1

    @property
    def block_prefixlen(self) -> int:
        return block_prefixlen(self.prefixlen)

    @property
    def block_size(self) -> int:
        return 1 << (32 - self.block_prefixlen)

    @property
    def cell_count(self) -> int:
        return self.size // self.block_size

    @property
    def columns(self) -> int:
        n = self.cell_count
        return 32 if n > 256 else min(16, n)

    @property
    def rows(self) -> int:
        return -(-self.cell_count // self.columns)

    def cidr(self) -> str:
        return f"{IPAddress(self.first)}/{self.prefixlen}"

    def contains(self, address: int) -> bool:
        return self.first <= address <= self.last

    def child(self, address: int) -> View | None:
        """The block holding ``address`` as a view of its own; None at single addresses."""
        if self.block_size == 1 or not self.contains(address):
            return None
        return View(address - (address - self.first) % self.block_size, self.block_prefixlen)


def root_view(prefix: IPNetwork) -> View:
    return View(prefix.first, prefix.prefixlen)


def path_matches(path: str, prefixes: Iterable[str]) -> bool:
    """``path`` is one of ``prefixes`` or lies below one ("clusters[0]" covers
    "clusters[0].control_plane.ip" but not "clusters[01]")."""
    for p in prefixes:
        if p and (path == p or path.startswith(p + ".") or path.startswith(p + "[")):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Cell:
    index: int
    first: int
    last: int
    shares: tuple[tuple[Role, int], ...]  # addresses per role (FREE included), in DRAW_ORDER
    occupants: tuple[Occupant, ...]  # distinct, in address order
    conflict: int  # addresses of this cell where incompatible roles meet
    free: int  # addresses with no use

    @property
    def size(self) -> int:
        return self.last - self.first + 1

    @property
    def used(self) -> int:
        return self.size - self.free

    @property
    def dominant(self) -> Role:
        """The used role with the most addresses (ties: the one drawn on top); FREE if none."""
        best, best_key = Role.FREE, (-1, -1)
        for role, n in self.shares:
            if role is not Role.FREE and (n, DRAW_RANK[role]) > best_key:
                best, best_key = role, (n, DRAW_RANK[role])
        return best

    @property
    def roles(self) -> tuple[Role, ...]:
        """Roles of the occupants in address order, without repeats (empty when free)."""
        return tuple(dict.fromkeys(o.role for o in self.occupants))


class SegmentIndex:
    """The segments of one occupancy with what paint needs precomputed once per plan."""

    def __init__(self, occ: Occupancy) -> None:
        self.occupancy = occ
        self.segments: tuple[Segment, ...] = occ.segments
        self.starts = [s.first for s in self.segments]
        self.roles = [tuple(dict.fromkeys(o.role for o in s.occupants)) or (Role.FREE,) for s in self.segments]
        self.conflicts = [s.conflict for s in self.segments]

    def first_index(self, address: int) -> int:
        return max(0, bisect_right(self.starts, address) - 1)

    def segment_at(self, address: int) -> Segment | None:
        return self.occupancy.at(address)

    def in_range(self, first: int, last: int) -> range:
        """Indexes of the segments that touch ``first..last``."""
        return range(self.first_index(first), bisect_right(self.starts, last))

    def cells(self, view: View, start: int = 0, stop: int | None = None) -> list[Cell]:
        """One sweep over the view's cells (those from ``start`` up to ``stop``) and the segments that touch them."""
        segs, roles, conflicts = self.segments, self.roles, self.conflicts
        n = len(segs)
        bs = view.block_size
        stop = view.cell_count if stop is None else min(stop, view.cell_count)
        j = self.first_index(view.first + start * bs)
        out: list[Cell] = []
        for index in range(start, stop):
            c0 = view.first + index * bs
            c1 = c0 + bs - 1
            shares: dict[Role, int] = {}
            occupants: dict[Occupant, None] = {}
            conflict = 0
            covered = 0
            while j < n and segs[j].first <= c1:
                seg = segs[j]
                overlap = min(seg.last, c1) - max(seg.first, c0) + 1
                if overlap > 0:
                    covered += overlap
                    for role in roles[j]:
                        shares[role] = shares.get(role, 0) + overlap
                    for o in seg.occupants:
                        occupants[o] = None
                    if conflicts[j]:
                        conflict += overlap
                if seg.last > c1:
                    break  # the segment goes on into the next cell
                j += 1
            if covered < bs:  # only if segments do not tile the prefix
                shares[Role.FREE] = shares.get(Role.FREE, 0) + bs - covered
            ordered = tuple(sorted(shares.items(), key=lambda kv: DRAW_RANK[kv[0]]))
            out.append(Cell(index, c0, c1, ordered, tuple(occupants), conflict, shares.get(Role.FREE, 0)))
        return out


def changed_span(before: tuple[Segment, ...], after: tuple[Segment, ...]) -> tuple[int, int] | None:
    """The addresses from the first to the last segment that differs between two occupancies of
    one prefix (segments tile the prefix, so everything outside the span is the same); None if equal."""
    n = min(len(before), len(after))
    i = 0
    while i < n and before[i] == after[i]:
        i += 1
    if i == n:
        if len(before) == len(after):
            return None
        # one tiles less than the other: not the same prefix, call all of both changed
        both = before + after
        return min(s.first for s in both), max(s.last for s in both)
    k = 0
    while k < n - i - 1 and before[-1 - k] == after[-1 - k]:
        k += 1
    return min(before[i].first, after[i].first), max(before[-1 - k].last, after[-1 - k].last)

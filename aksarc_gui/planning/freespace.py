"""Free address search over ranges: merged busy intervals and the gaps between them.

Everything works on integer intervals, never on single addresses, so finding a
free block in a /8 costs what it costs in a /24: O(number of claims).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator

from aksarc_gui.planning.ranges import Range as Interval
from aksarc_gui.planning.ranges import count as union_size
from aksarc_gui.planning.ranges import merge
from aksarc_gui.planning.ranges import usable as usable_range

__all__ = ["GapList", "Interval", "best_fit_starts", "find_free", "gaps", "merge", "union_size", "usable_range"]


def gaps(busy: list[Interval], lo: int, hi: int) -> Iterator[Interval]:
    """The free intervals of [lo, hi] given merged busy intervals."""
    cursor = lo
    for first, last in busy:
        if last < cursor:
            continue
        if first > hi:
            break
        if first > cursor:
            yield cursor, min(first - 1, hi)
        cursor = max(cursor, last + 1)
        if cursor > hi:
            return
    if cursor <= hi:
        yield cursor, hi


def find_free(busy: list[Interval], lo: int, hi: int, size: int = 1, start_at: int | None = None) -> int | None:
    """First address of a free block of ``size`` addresses in [lo, hi], or None.

    The search begins at ``start_at`` (e.g. just after a pool, where people look
    first) and wraps around to ``lo``.
    """
    if size < 1 or lo > hi:
        return None
    start = lo if start_at is None or not lo <= start_at <= hi else start_at
    # Second pass over the whole range, so a free run across ``start_at`` is found too.
    for a, b in ((start, hi), (lo, hi)):
        for first, last in gaps(busy, a, b):
            if last - first + 1 >= size:
                return first
    return None


def is_free(busy: list[Interval], first: int, last: int) -> bool:
    """True when no busy interval touches [first, last]."""
    return next(gaps(busy, first, last), None) == (first, last)


class GapList:
    """Sorted, disjoint free gaps that a layout takes ranges from, with bisect lookups.

    Placing n pieces by scanning a plain gap list from its start costs O(n) per
    piece (every alignment remainder left behind is a gap scanned again): O(n^2)
    for a plan with many clusters.  Here a search starts at the first gap that
    reaches the wanted address, found by bisection.
    """

    def __init__(self, gaps: Iterable[Interval]) -> None:
        ordered = sorted(gaps)
        self.firsts = [first for first, _ in ordered]
        self.lasts = [last for _, last in ordered]

    def __iter__(self) -> Iterator[Interval]:
        return iter(zip(self.firsts, self.lasts))

    def fit(self, size: int, not_before: int = 0, align: int = 1) -> int | None:
        """Lowest start >= ``not_before``, on a multiple of ``align``, whose ``size`` addresses are all free."""
        firsts, lasts = self.firsts, self.lasts
        for i in range(bisect_left(lasts, not_before + size - 1), len(firsts)):
            start = max(firsts[i], not_before)
            start += -start % align
            if start + size - 1 <= lasts[i]:
                return start
        return None

    def take(self, start: int, size: int) -> None:
        """Mark ``size`` addresses from ``start`` as used; they must lie in one gap."""
        end = start + size - 1
        i = bisect_right(self.firsts, start) - 1
        if i < 0 or end > self.lasts[i]:
            raise ValueError("range is not free")  # a bug in the caller, not a user error
        first, last = self.firsts[i], self.lasts[i]
        rest = [(a, b) for a, b in ((first, start - 1), (end + 1, last)) if a <= b]
        self.firsts[i:i + 1] = [a for a, _ in rest]
        self.lasts[i:i + 1] = [b for _, b in rest]


def best_fit_starts(sizes: list[int], gaps: Iterable[Interval]) -> list[int] | None:
    """Biggest size first into the smallest gap that holds it (lowest such gap on a tie).

    The gaps are kept ordered by (length, start), so each piece is one bisection.
    Returns the start of each size, in the order given, or None when one does not fit.
    """
    by_length = sorted((last - first, first) for first, last in gaps)  # length - 1, start
    starts: list[int] = [0] * len(sizes)
    for index in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        size = sizes[index]
        at = bisect_left(by_length, (size - 1, -1))
        if at == len(by_length):
            return None
        span, first = by_length.pop(at)
        starts[index] = first
        if span - size >= 0:  # the rest of the gap stays free
            insort(by_length, (span - size, first + size))
    return starts

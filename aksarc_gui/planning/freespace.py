"""Free address search over ranges: merged busy intervals and the gaps between them.

Everything works on integer intervals, never on single addresses, so finding a
free block in a /8 costs what it costs in a /24: O(number of claims).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from aksarc_gui.planning.ranges import Range as Interval
from aksarc_gui.planning.ranges import count as union_size
from aksarc_gui.planning.ranges import merge
from aksarc_gui.planning.ranges import usable as usable_range

__all__ = ["Interval", "find_free", "gaps", "merge", "union_size", "usable_range"]


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

"""Free address search over ranges: merged busy intervals and the gaps between them.

Everything works on integer intervals, never on single addresses, so finding a
free block in a /8 costs what it costs in a /24: O(number of claims).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from netaddr import IPNetwork

Interval = tuple[int, int]  # first, last (inclusive)


def usable_range(prefix: IPNetwork) -> Interval:
    """The host addresses of a prefix: without network and broadcast address, except for /31 and /32."""
    net = prefix.cidr
    if net.prefixlen <= 30:
        return net.first + 1, net.last - 1
    return net.first, net.last


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping, non-adjacent intervals covering the same addresses."""
    out: list[Interval] = []
    for first, last in sorted(i for i in intervals if i[0] <= i[1]):
        if out and first <= out[-1][1] + 1:
            if last > out[-1][1]:
                out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


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


def union_size(intervals: Iterable[Interval]) -> int:
    return sum(last - first + 1 for first, last in merge(intervals))


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

"""Integer range arithmetic for address planning: merge, free gaps, aligned blocks.

Addresses are integers and ranges are inclusive ``(first, last)`` pairs, so the
cost of every function here depends on the number of ranges, never on the
number of addresses: a /8 costs what a /24 costs.
"""

from __future__ import annotations

from collections.abc import Iterable

from netaddr import IPNetwork

from aksarc_gui.domain.ipv4 import int_to_ip

Range = tuple[int, int]


def merge(ranges: Iterable[Range]) -> list[Range]:
    """Sorted, disjoint, non-adjacent ranges covering the same addresses."""
    out: list[Range] = []
    for first, last in sorted(r for r in ranges if r[0] <= r[1]):
        if out and first <= out[-1][1] + 1:
            if last > out[-1][1]:
                out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def clip(ranges: Iterable[Range], lo: int, hi: int) -> list[Range]:
    """The parts of ``ranges`` inside ``lo..hi``."""
    return [(max(f, lo), min(l, hi)) for f, l in ranges if l >= lo and f <= hi]


def free_gaps(lo: int, hi: int, taken: Iterable[Range]) -> list[Range]:
    """The runs of ``lo..hi`` that no range of ``taken`` touches, in order."""
    gaps: list[Range] = []
    cursor = lo
    for first, last in merge(clip(taken, lo, hi)):
        if first > cursor:
            gaps.append((cursor, first - 1))
        cursor = max(cursor, last + 1)
    if cursor <= hi:
        gaps.append((cursor, hi))
    return gaps


def count(ranges: Iterable[Range]) -> int:
    """Addresses in ``ranges`` (overlaps counted once)."""
    return sum(last - first + 1 for first, last in merge(ranges))


def usable(prefix: IPNetwork) -> Range:
    """The host addresses of a prefix: without network and broadcast address, except on /31 and /32."""
    net = prefix.cidr
    if net.prefixlen <= 30:
        return net.first + 1, net.last - 1
    return net.first, net.last


def largest(ranges: Iterable[Range]) -> Range | None:
    """The longest range (the lowest of equals)."""
    best: Range | None = None
    for r in ranges:
        if best is None or r[1] - r[0] > best[1] - best[0]:
            best = r
    return best


def largest_aligned_span(first: int, last: int) -> tuple[int, int] | None:
    """(prefix length, first address) of the biggest CIDR block inside ``first..last`` (lowest of equals)."""
    best: tuple[int, int] | None = None
    cursor = first
    while cursor <= last:
        # The biggest block starting at cursor: limited by cursor's alignment and by the room left.
        size = cursor & -cursor if cursor else 1 << 32
        while size > last - cursor + 1:
            size >>= 1
        bits = 32 - size.bit_length() + 1
        if best is None or bits < best[0]:
            best = (bits, cursor)
        cursor += size
    return best


def largest_aligned_block(first: int, last: int) -> IPNetwork | None:
    """The biggest CIDR block that fits entirely inside ``first..last`` (lowest of equals)."""
    span = largest_aligned_span(first, last)
    return None if span is None else IPNetwork(f"{int_to_ip(span[1])}/{span[0]}")


def range_text(first: int, last: int) -> str:
    return int_to_ip(first) if first == last else f"{int_to_ip(first)}-{int_to_ip(last)}"

"""Free address search over ranges (used for the suggestions in rule messages)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from netaddr import IPNetwork

from aksarc_gui.planning.freespace import (
    GapList,
    best_fit_starts,
    find_free,
    gaps,
    is_free,
    merge,
    union_size,
    usable_range,
)
from aksarc_gui.planning.ranges import free_gaps


def test_merge_joins_overlapping_and_adjacent_intervals_and_drops_reversed():
    assert merge([(10, 12), (5, 6), (7, 8), (11, 20), (30, 29)]) == [(5, 8), (10, 20)]


def test_gaps_between_busy_intervals():
    assert list(gaps([(5, 8), (10, 20)], 1, 25)) == [(1, 4), (9, 9), (21, 25)]
    assert list(gaps([(0, 100)], 1, 25)) == []


def test_find_free_starts_where_asked_and_wraps_around():
    busy = [(5, 8), (10, 20)]
    assert find_free(busy, 1, 25, 1, start_at=9) == 9
    assert find_free(busy, 1, 25, 2, start_at=9) == 21
    assert find_free(busy, 1, 25, 3, start_at=24) == 1  # wrapped: 24-25 is too short
    assert find_free(busy, 1, 25, 5, start_at=23) == 21  # a run across the start point
    assert find_free(busy, 1, 25, 6) is None


def test_find_free_in_a_slash_8_costs_nothing_extra():
    net = IPNetwork("10.0.0.0/8")
    lo, hi = usable_range(net)
    busy = [(lo, hi - 3)]  # all but the last three hosts
    assert find_free(busy, lo, hi, 3) == hi - 2
    assert find_free(busy, lo, hi, 4) is None


def test_usable_range_skips_network_and_broadcast_except_31_and_32():
    assert usable_range(IPNetwork("10.0.0.0/30")) == (IPNetwork("10.0.0.1/32").first, IPNetwork("10.0.0.2/32").first)
    assert usable_range(IPNetwork("10.0.0.0/31")) == (IPNetwork("10.0.0.0/32").first, IPNetwork("10.0.0.1/32").first)


def test_is_free_and_union_size():
    assert is_free([(5, 8)], 9, 12) and not is_free([(5, 8)], 8, 12)
    assert union_size([(1, 3), (2, 5), (10, 10)]) == 6


# -- GapList and best_fit_starts against the plain scans they replace ------------------------------

def _naive_fit(gap_list: list[tuple[int, int]], size: int, not_before: int, align: int) -> int | None:
    for first, last in gap_list:
        start = max(first, not_before)
        start += -start % align
        if start + size - 1 <= last:
            return start
    return None


def _naive_take(gap_list: list[tuple[int, int]], start: int, size: int) -> None:
    end = start + size - 1
    for i, (first, last) in enumerate(gap_list):
        if first <= start and end <= last:
            gap_list[i:i + 1] = [(a, b) for a, b in ((first, start - 1), (end + 1, last)) if a <= b]
            return
    raise AssertionError("not free")


_busy = st.lists(st.tuples(st.integers(0, 400), st.integers(0, 12)), max_size=25)
_requests = st.lists(st.tuples(st.integers(1, 20), st.integers(0, 400), st.sampled_from([1, 8, 16])), max_size=30)


@given(_busy, _requests)
def test_gap_list_places_what_a_scan_from_the_start_places(busy, requests) -> None:
    gap_list = free_gaps(0, 420, [(a, a + n) for a, n in busy])
    fast = GapList(gap_list)
    for size, not_before, align in requests:
        expected = _naive_fit(gap_list, size, not_before, align)
        assert fast.fit(size, not_before, align) == expected
        if expected is not None:
            _naive_take(gap_list, expected, size)
            fast.take(expected, size)
            assert list(fast) == gap_list


@given(_busy, st.lists(st.integers(1, 40), max_size=20))
def test_best_fit_takes_the_smallest_gap_that_holds_each_piece(busy, sizes) -> None:
    gap_list = free_gaps(0, 420, [(a, a + n) for a, n in busy])
    expected: list[int | None] = [None] * len(sizes)
    gaps_left = list(gap_list)
    for index in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        fitting = [g for g in gaps_left if g[1] - g[0] + 1 >= sizes[index]]
        if not fitting:
            expected = None  # type: ignore[assignment]
            break
        gap = min(fitting, key=lambda g: (g[1] - g[0], g[0]))
        _naive_take(gaps_left, gap[0], sizes[index])
        expected[index] = gap[0]
    assert best_fit_starts(sizes, gap_list) == expected

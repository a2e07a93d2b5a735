"""Free address search over ranges (used for the suggestions in rule messages)."""

from __future__ import annotations

from netaddr import IPNetwork

from aksarc_gui.planning.freespace import find_free, gaps, is_free, merge, union_size, usable_range


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

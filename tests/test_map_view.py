"""The map's Qt-free parts: zoom levels, cell summaries, conflict rule ids, palette."""

from __future__ import annotations

import re

import pytest
from netaddr import IPAddress, IPNetwork

from aksarc_gui.planning.claims import Role
from aksarc_gui.planning.occupancy import Occupant, occupancy
from aksarc_gui.planning.palette import CONFLICT_COLOR, ROLE_COLORS, role_color
from aksarc_gui.ui.occupancy_map.conflicts import rule_for_pair, rules_for
from aksarc_gui.ui.occupancy_map.demo_plans import wide_plan
from aksarc_gui.ui.occupancy_map.view import SegmentIndex, View, block_prefixlen, path_matches, root_view


def ip(text: str) -> int:
    return int(IPAddress(text))


@pytest.mark.parametrize(("view_len", "cell_len"), [
    (8, 16), (12, 20), (16, 24), (17, 24), (21, 24), (22, 32), (24, 32), (30, 32), (32, 32), (0, 8),
])
def test_block_size_per_zoom_level(view_len: int, cell_len: int) -> None:
    assert block_prefixlen(view_len) == cell_len


def test_views_of_a_slash_16_and_their_children() -> None:
    root = root_view(IPNetwork("10.50.0.0/16"))
    assert (root.cell_count, root.columns, root.rows, root.block_size) == (256, 16, 16, 256)
    child = root.child(ip("10.50.8.77"))
    assert child == View(ip("10.50.8.0"), 24)
    assert (child.block_size, child.cell_count) == (1, 256)
    assert child.child(ip("10.50.8.77")) is None  # single addresses: nothing below
    assert root.child(ip("10.51.0.0")) is None  # outside the view


def test_a_slash_22_is_one_cell_per_address_in_rows_of_32() -> None:
    v = root_view(IPNetwork("10.1.4.0/22"))
    assert (v.block_size, v.cell_count, v.columns, v.rows) == (1, 1024, 32, 32)


def test_cells_of_the_sample_plan_match_its_segments(jane) -> None:
    occ = occupancy(jane, "aks-lnet-01")
    cells = SegmentIndex(occ).cells(root_view(occ.prefix))
    assert len(cells) == 256
    assert cells[40].roles == (Role.CONTROL_PLANE,) and cells[40].occupants[0].owner == "cluster-a"
    assert cells[18].roles == (Role.POOL_NODES,)
    assert cells[100].roles == () and cells[100].dominant is Role.FREE
    assert all(c.size == 1 and sum(n for _, n in c.shares) == 1 for c in cells)


def test_block_cells_add_up_and_pick_the_main_use() -> None:
    plan = wide_plan(8)
    occ = occupancy(plan, plan.logical_networks[0].name)
    index = SegmentIndex(occ)
    cells = index.cells(root_view(occ.prefix))
    assert len(cells) == 256
    assert all(sum(n for _, n in c.shares) >= c.size for c in cells)  # conflicts could count twice
    assert cells[0].dominant is Role.POOL_SPARE  # 10.0.0.0/16: the pool fills it
    assert cells[0].free == 13  # 10.0.0.3 to 10.0.0.15: between the DNS servers and the pool
    totals = occ.totals()
    assert sum(c.free for c in cells) == totals[Role.FREE]


def test_cells_cost_segments_in_view_not_addresses() -> None:
    """Counting the segments the sweep reads: a /8 root view reads each segment once."""
    plan = wide_plan(8)
    occ = occupancy(plan, plan.logical_networks[0].name)
    index = SegmentIndex(occ)
    reads = 0
    real = index.segments

    class Counting(tuple):
        def __getitem__(self, i):
            nonlocal reads
            reads += 1
            return real[i]

    index.segments = Counting(real)
    index.cells(root_view(occ.prefix))
    assert reads <= 2 * (len(real) + 256)  # each segment and each cell looked at a bounded number of times


def test_path_prefixes_match_whole_steps_only() -> None:
    assert path_matches("clusters[0].control_plane.ip", {"clusters[0]"})
    assert path_matches("clusters[0]", {"clusters[0]"})
    assert not path_matches("clusters[01].control_plane.ip", {"clusters[0]"})
    assert not path_matches("clusters[10]", {"clusters[1]"})
    assert path_matches("logical_networks[0].dns_servers[1]", {"logical_networks[0].dns_servers"})
    assert not path_matches("anything", {""})


@pytest.mark.parametrize(("a", "b", "rule"), [
    (Role.CONTROL_PLANE, Role.POOL_NODES, "CP-3"),
    (Role.CONTROL_PLANE, Role.POOL_SPARE, "CP-3"),
    (Role.LB_USED, Role.POOL_SPARE, "LB-1"),
    (Role.LB_SPARE, Role.CONTROL_PLANE, "LB-2"),
    (Role.LB_USED, Role.LB_SPARE, "LB-2"),
    (Role.CONTROL_PLANE, Role.CONTROL_PLANE, "CP-4"),
    (Role.CONTROL_PLANE, Role.GATEWAY, "CP-4"),
    (Role.INFRA_POOL, Role.HOST, "MGMT-2"),
    (Role.GATEWAY, Role.POOL_SPARE, "LNET-5"),
    (Role.RESERVATION, Role.POOL_NODES, "LNET-5"),
    (Role.GATEWAY, Role.DNS, None),  # allowed: not a conflict at all
    (Role.NETWORK, Role.POOL_SPARE, None),  # no rule id names it
    (Role.LB_USED, Role.GATEWAY, None),
])
def test_conflict_rule_ids_follow_the_rules(a: Role, b: Role, rule: str | None) -> None:
    assert rule_for_pair(a, b) == rule
    assert rule_for_pair(b, a) == rule


def test_rules_for_an_address_with_three_uses() -> None:
    occ = (Occupant(Role.POOL_NODES, "c", "p"), Occupant(Role.CONTROL_PLANE, "c", "q"),
           Occupant(Role.LB_USED, "c", "r"))
    assert rules_for(occ) == ["CP-3", "LB-1", "LB-2"]


def test_every_role_has_a_light_and_a_dark_colour() -> None:
    hex_colour = re.compile(r"^#[0-9A-F]{6}$")
    assert set(ROLE_COLORS) == set(Role)
    for light, dark in ROLE_COLORS.values():
        assert hex_colour.match(light) and hex_colour.match(dark)
    assert hex_colour.match(CONFLICT_COLOR)
    assert role_color(Role.FREE) == "#FFFFFF" and role_color(Role.FREE, dark=True) != "#FFFFFF"
    # the conflict colour is nobody's role colour
    assert CONFLICT_COLOR not in {c for pair in ROLE_COLORS.values() for c in pair}

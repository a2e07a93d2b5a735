"""The fair share of free space a new IP pool leaves room for (New Plan wizard and Suggest Addresses)."""

from __future__ import annotations

import json

from aksarc_gui.domain import load_plan_text
from aksarc_gui.planning.allocate import allocate
from aksarc_gui.planning.pool_room import fair_share_room


def _emptied(data: dict, prefix: str | None = None) -> dict:
    data = json.loads(json.dumps(data))
    net = data["logical_networks"][0]
    net["ip_pool"] = None
    if prefix:
        net["address_prefix"] = prefix
    for cluster in data["clusters"]:
        cluster["control_plane"]["ip"] = None
    data["clusters"][0]["load_balancer"]["addresses"] = []
    return data


def test_room_is_a_share_of_what_is_free_and_fits(jane_data):
    plan = load_plan_text(json.dumps(_emptied(jane_data)))
    room = fair_share_room(plan, 20)
    # a /24 of 254 hosts; today's needs and the DNS servers take about 30: 3 shares (pool, the one load
    # balancer, one kept free) of about 220 spare addresses
    assert 60 <= room <= 80
    filled = allocate(plan, headroom_pct=20, extra_nodes=room, pool_headroom_pct=0).plan
    assert filled is not None
    pool = filled.logical_networks[0].ip_pool
    assert int(pool.end) - int(pool.start) + 1 == 14 + room


def test_a_smaller_network_gets_less_room(jane_data):
    wide = fair_share_room(load_plan_text(json.dumps(_emptied(jane_data))), 20)
    narrow = fair_share_room(load_plan_text(json.dumps(_emptied(jane_data, "10.220.32.0/25"))), 20)
    assert 0 < narrow < wide


def test_no_empty_pool_means_no_room_to_propose(jane, jane_data):
    assert fair_share_room(jane, 20) == 0
    data = _emptied(jane_data)
    data["logical_networks"][0]["deployed"] = True  # Azure fixed it: allocate never fills it
    assert fair_share_room(load_plan_text(json.dumps(data)), 20) == 0


def test_nothing_fits_means_no_room(jane_data):
    assert fair_share_room(load_plan_text(json.dumps(_emptied(jane_data, "10.220.32.0/28"))), 20) == 0

"""What-if capacity: room for nodes, load balancer instances and free space, checked against the rules."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from aksarc_gui.domain import load_plan_text
from aksarc_gui.domain.plan import NodePool, Service, ServicePort
from aksarc_gui.planning.budget import budget, load_balancer_need
from aksarc_gui.planning.capacity import capacity
from aksarc_gui.planning.ranges import free_gaps, largest_aligned_block, merge


def test_jane_has_room_for_7_nodes_and_no_spare_lb_ip(jane):
    cap = capacity(jane)
    net = cap.network("aks-lnet-01")
    assert (net.pool_size, net.pool_required, net.more_nodes, net.pool_shortfall) == (21, 14, 7, 0)
    # 254 hosts - gateway, 2 DNS, 21 pool, 2 control plane, 3 LB = 225.
    assert net.free_addresses == 225
    assert net.as_json()["longest_free"] == "10.220.32.53-10.220.32.254"
    assert net.largest_free_block == "10.220.32.64/26"  # .128/25 would take the broadcast address
    a, b = cap.cluster("cluster-a"), cap.cluster("cluster-b")
    assert (a.more_nodes, a.limited_by, b.more_nodes) == (7, "pool", 7)
    assert (a.lb_addresses, a.lb_need, a.more_lb_instances, a.lb_instances_per_new_port) == (3, 3, 0, 3)
    assert (b.lb_addresses, b.more_lb_instances) == (0, 0)
    doc = json.loads(json.dumps(cap.as_json()))
    assert doc["clusters"][0]["name"] == "cluster-a" and doc["logical_networks"][0]["more_nodes"] == 7


def test_more_nodes_is_exactly_where_pool_3_breaks(jane):
    room = capacity(jane).cluster("cluster-b").more_nodes
    jane.clusters[1].node_pools.append(NodePool(name="grow", count=room))
    assert budget(jane).network("aks-lnet-01").pool_free == 0
    assert capacity(jane).network("aks-lnet-01").more_nodes == 0
    jane.clusters[1].node_pools[-1].count += 1
    assert budget(jane).network("aks-lnet-01").pool_free == -1
    assert capacity(jane).network("aks-lnet-01").pool_shortfall == 1


def test_more_lb_instances_is_exactly_where_lb_4_breaks(jane_data):
    jane_data["clusters"][0]["load_balancer"]["addresses"] = ["10.220.32.48/29", "10.220.32.50"]  # dup counts once
    plan = load_plan_text(json.dumps(jane_data))
    a = capacity(plan).cluster("cluster-a")
    assert (a.lb_addresses, a.lb_need, a.more_lb_instances) == (8, 3, 5)
    front = plan.clusters[0].services[0]
    front.instances += a.more_lb_instances
    assert load_balancer_need(plan.clusters[0]) == a.lb_addresses  # still fits
    plan.clusters[0].services.append(Service(name="new", instances=a.lb_instances_per_new_port,
                                             ports=[ServicePort(port=9000)]))
    assert load_balancer_need(plan.clusters[0]) == a.lb_addresses


def test_cluster_limit_caps_growth(jane_data):
    jane_data["logical_networks"][0]["address_prefix"] = "10.220.32.0/20"
    jane_data["logical_networks"][0]["ip_pool"] = {"start": "10.220.33.0", "end": "10.220.35.255"}
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.40"
    plan = load_plan_text(json.dumps(jane_data))
    a = capacity(plan).cluster("cluster-a")
    assert (a.more_nodes, a.limited_by) == (200 - 8, "cluster_limit")


def test_unknown_network_has_no_room(jane_data):
    jane_data["clusters"][1]["logical_network"] = "nowhere"
    b = capacity(load_plan_text(json.dumps(jane_data))).cluster("cluster-b")
    assert (b.more_nodes, b.limited_by) == (0, "unknown_network")


def test_a_slash_8_is_counted_by_ranges(jane_data):
    jane_data["logical_networks"][0]["address_prefix"] = "10.0.0.0/8"
    net = capacity(load_plan_text(json.dumps(jane_data))).network("aks-lnet-01")
    assert net.free_addresses == 2 ** 24 - 2 - 29
    assert net.largest_free_block == "10.64.0.0/10"  # 10.128.0.0/9 holds the broadcast address


# -- the range math underneath ------------------------------------------------------------------

ranges = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])),
                  max_size=8)


@settings(max_examples=200, deadline=None)
@given(ranges, st.integers(0, 100), st.integers(0, 120))
def test_free_gaps_are_the_complement(taken, lo, span):
    hi = lo + span
    gaps = free_gaps(lo, hi, taken)
    used = {a for f, l in taken for a in range(f, l + 1)}
    assert {a for f, l in gaps for a in range(f, l + 1)} == set(range(lo, hi + 1)) - used
    assert gaps == merge(gaps)  # sorted, disjoint, not adjacent


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 1000), st.integers(0, 300))
def test_largest_aligned_block_is_the_biggest_that_fits(first, span):
    last = first + span
    block = largest_aligned_block(first, last)
    assert first <= block.first and block.last <= last
    bigger = block.size * 2
    assert not any(s % bigger == 0 and s >= first and s + bigger - 1 <= last for s in range(first, last + 1))

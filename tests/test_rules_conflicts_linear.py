"""Conflict reports grow with the number of claims, not with the number of pairs (one problem per extra user)."""

from __future__ import annotations

import copy
import time

from aksarc_gui.planning.claims import Claim, Role, overlapping_pairs
from tests.rule_helpers import check, of_rule


def clusters_on_one_ip(jane_data: dict, count: int, template: int = 1) -> dict:
    """``count`` copies of one of Jane's clusters, all with the same control plane IP."""
    data = copy.deepcopy(jane_data)
    shape = data["clusters"][template]
    data["clusters"] = []
    for i in range(count):
        cluster = copy.deepcopy(shape)
        cluster["name"] = f"cluster-{i:04d}"
        data["clusters"].append(cluster)
    return data


def test_a_thousand_clusters_on_one_control_plane_ip_give_999_problems(jane_data):
    started = time.perf_counter()
    problems = check(clusters_on_one_ip(jane_data, 1000))
    elapsed = time.perf_counter() - started
    clashes = of_rule(problems, "CP-4")
    assert len(clashes) == 999
    # each extra cluster is reported once, always against the first user of the address
    assert sorted(p.path for p in clashes) == sorted(f"clusters[{i}].control_plane.ip" for i in range(1, 1000))
    assert {tuple(p.related) for p in clashes} == {("clusters[0].control_plane.ip",)}
    assert len(problems) < 1010  # the rest: one SCALE-4, a pool too small, and the like
    assert elapsed < 30  # generous: a quadratic report took minutes and a gigabyte


def test_identical_load_balancer_ranges_are_reported_once_per_extra_cluster(jane_data):
    problems = check(clusters_on_one_ip(jane_data, 40, template=0))
    assert len(of_rule(problems, "LB-2")) == 39
    assert len(of_rule(problems, "CP-4")) == 39


def test_every_copy_still_meets_what_it_clashes_with_elsewhere(jane_data):
    """Three clusters on one control plane IP inside the pool: each is inside the pool (CP-3), two are extra (CP-4)."""
    data = clusters_on_one_ip(jane_data, 3)
    for cluster in data["clusters"]:
        cluster["control_plane"]["ip"] = data["logical_networks"][0]["ip_pool"]["start"]
    problems = check(data)
    assert sorted(p.path for p in of_rule(problems, "CP-3")) == [f"clusters[{i}].control_plane.ip" for i in range(3)]
    assert len(of_rule(problems, "CP-4")) == 2


def test_pairs_of_groups_are_linear_in_the_group_sizes():
    cps = [Claim(100, 100, Role.CONTROL_PLANE, f"c{i}", f"clusters[{i}].control_plane.ip", "n") for i in range(50)]
    lbs = [Claim(90, 110, Role.LOAD_BALANCER, f"c{i}", f"clusters[{i}].load_balancer.addresses[0]", "n")
           for i in range(50, 80)]
    pairs = overlapping_pairs(cps + lbs)
    # 49 within the control plane group, 29 within the LB group, and each control plane IP
    # meets the first of the identical ranges that hold it
    assert len(pairs) == 49 + 29 + 50
    touched = {c.path for pair in pairs for c in pair}
    assert touched == {c.path for c in cps + lbs}


def test_n_distinct_overlapping_ranges_give_about_n_pairs():
    """A thousand different load balancer ranges that all overlap: each meets the first one, not all others."""
    claims = [Claim(i, 10_000 + i, Role.LOAD_BALANCER, "c", f"clusters[0].load_balancer.addresses[{i}]", "n")
              for i in range(1000)]
    pairs = overlapping_pairs(claims)
    assert len(pairs) == 999
    assert {a.path for a, _ in pairs} == {"clusters[0].load_balancer.addresses[0]"}


def test_own_pool_and_another_networks_pool_are_both_met():
    claims = [Claim(10, 50, Role.POOL, "b", "logical_networks[1].ip_pool", "b"),
              Claim(15, 40, Role.POOL, "a", "logical_networks[0].ip_pool", "a"),
              Claim(20, 20, Role.CONTROL_PLANE, "c", "clusters[0].control_plane.ip", "a")]
    found = {frozenset((a.path, b.path)) for a, b in overlapping_pairs(claims)}
    assert frozenset(("logical_networks[0].ip_pool", "clusters[0].control_plane.ip")) in found  # CP-3
    assert frozenset(("logical_networks[1].ip_pool", "clusters[0].control_plane.ip")) in found  # CP-4


def test_distinct_overlaps_are_all_found():
    claims = [Claim(0, 10, Role.POOL, "a", "p0", "a"), Claim(5, 5, Role.CONTROL_PLANE, "c", "c0", "a"),
              Claim(8, 20, Role.LOAD_BALANCER, "c", "l0", "a"), Claim(30, 40, Role.POOL, "b", "p1", "b")]
    found = {frozenset((a.path, b.path)) for a, b in overlapping_pairs(claims)}
    assert found == {frozenset(("p0", "c0")), frozenset(("p0", "l0"))}


def test_networks_on_one_prefix_give_one_problem_per_extra_network(jane_data):
    net = jane_data["logical_networks"][0]
    jane_data["logical_networks"] = [{**copy.deepcopy(net), "name": f"lnet-{i:03d}"} for i in range(300)]
    found = of_rule(check(jane_data), "LNET-9")
    assert len(found) == 299
    assert {tuple(p.related) for p in found} == {("logical_networks[0].address_prefix",)}


def test_nested_prefixes_each_meet_their_enclosing_network(jane_data):
    net = jane_data["logical_networks"][0]
    jane_data["logical_networks"] = [
        {**copy.deepcopy(net), "name": "wide", "address_prefix": "10.220.0.0/16", "ip_pool": None, "gateway": None,
         "dns_servers": []},
        *({**copy.deepcopy(net), "name": f"sub-{i}", "address_prefix": f"10.220.{i}.0/24", "ip_pool": None,
           "gateway": None, "dns_servers": []} for i in range(40)),
    ]
    found = of_rule(check(jane_data), "LNET-9")
    assert sorted(p.path for p in found) == sorted(f"logical_networks[{i}].address_prefix" for i in range(1, 41))

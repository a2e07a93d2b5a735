"""Occupancy segments: what sits where, from ranges, for any prefix size."""

from __future__ import annotations

from netaddr import IPAddress

from aksarc_gui.domain.ipv4 import parse_address_block, parse_ipv4_network
from aksarc_gui.planning.claims import Role, overlapping_pairs, plan_claims
from aksarc_gui.planning.occupancy import MANAGEMENT, occupancy


def ip(text: str) -> int:
    return int(IPAddress(text))


def test_segments_cover_the_prefix_exactly_once(jane):
    occ = occupancy(jane, "aks-lnet-01")
    assert occ.segments[0].first == ip("10.220.32.0") and occ.segments[-1].last == ip("10.220.32.255")
    for a, b in zip(occ.segments, occ.segments[1:]):
        assert b.first == a.last + 1
    assert sum(s.size for s in occ.segments) == 256


def test_jane_roles_where_the_article_puts_them(jane):
    occ = occupancy(jane, "aks-lnet-01")
    assert occ.at(ip("10.220.32.0")).role is Role.NETWORK
    assert occ.at(ip("10.220.32.1")).role is Role.GATEWAY
    assert occ.at(ip("10.220.32.16")).role is Role.DNS
    assert occ.at(ip("10.220.32.18")).role is Role.POOL_NODES
    assert occ.at(ip("10.220.32.40")).role is Role.CONTROL_PLANE
    assert occ.at(ip("10.220.32.52")).role is Role.LB_USED
    assert occ.at(ip("10.220.32.53")).role is Role.FREE
    totals = occ.totals()
    assert totals[Role.POOL_NODES] == 12 and totals[Role.POOL_UPGRADE] == 2 and totals[Role.POOL_SPARE] == 7
    assert totals[Role.CONTROL_PLANE] == 2 and totals[Role.LB_USED] == 3
    assert occ.conflict_count() == 0


def test_control_plane_inside_the_pool_is_a_conflict_segment(jane):
    jane.clusters[0].control_plane.ip = IPAddress("10.220.32.30")
    occ = occupancy(jane, "aks-lnet-01")
    seg = occ.at(ip("10.220.32.30"))
    assert seg.conflict and seg.size == 1
    assert {o.role for o in seg.occupants} == {Role.POOL_NODES, Role.CONTROL_PLANE}
    assert occ.conflict_count() == 1


def test_gateway_that_is_also_dns_is_no_conflict(jane):
    jane.logical_networks[0].gateway = IPAddress("10.220.32.16")  # as in the article's own example
    seg = occupancy(jane, "aks-lnet-01").at(ip("10.220.32.16"))
    assert {o.role for o in seg.occupants} == {Role.GATEWAY, Role.DNS}
    assert not seg.conflict


def test_management_network_shows_hosts_and_infrastructure_pool(jane):
    occ = occupancy(jane, MANAGEMENT)
    assert occ.at(ip("192.168.100.11")).role is Role.HOST
    assert occ.at(ip("192.168.100.50")).role is Role.INFRA_POOL
    assert occ.at(ip("192.168.100.55")).role is Role.INFRA_POOL


def test_a_slash_8_is_cut_into_few_segments_not_millions(jane):
    net = jane.logical_networks[0]
    net.address_prefix = parse_ipv4_network("10.0.0.0/8")
    jane.clusters[0].load_balancer.addresses = [parse_address_block("10.200.0.0/16")]
    occ = occupancy(jane, "aks-lnet-01")
    assert sum(s.size for s in occ.segments) == 2**24
    assert len(occ.segments) < 40
    assert occ.at(ip("10.200.0.2")).role is Role.LB_USED
    assert occ.at(ip("10.200.0.3")).role is Role.LB_SPARE


def test_unknown_network_has_no_occupancy(jane):
    assert occupancy(jane, "nope") is None


def test_overlapping_pairs_finds_each_pair_once():
    from aksarc_gui.planning.claims import Claim
    claims = [Claim(0, 10, Role.POOL, "n", "a"), Claim(5, 5, Role.CONTROL_PLANE, "c", "b"),
              Claim(10, 20, Role.LOAD_BALANCER, "c", "d"), Claim(30, 40, Role.RESERVATION, "r", "e")]
    pairs = {(a.path, b.path) for a, b in overlapping_pairs(claims)}
    assert pairs == {("a", "b"), ("a", "d")}


def test_plan_claims_skip_reversed_ranges(jane):
    pool = jane.logical_networks[0].ip_pool
    pool.start, pool.end = pool.end, pool.start
    assert not [c for c in plan_claims(jane) if c.role is Role.POOL]

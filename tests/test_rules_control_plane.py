"""Control plane rules: CP-1..5."""

from __future__ import annotations

import pytest

from aksarc_gui.planning.problems import Severity
from rule_helpers import of_rule, check, one, silent

CP = "clusters[0].control_plane.ip"


def test_cp_1_missing_ip_before_2411_is_an_error(jane_data):
    jane_data["clusters"][1]["control_plane"]["ip"] = None
    p = one(jane_data, "CP-1")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[1].control_plane.ip")
    assert "cluster-b" in p.message and "10.220.32.39" in p.message  # first free address after the pool


@pytest.mark.parametrize("release", ["2411", "2503"])
def test_cp_1_missing_ip_from_2411_is_information(jane_data, release):
    jane_data["platform"]["release"] = release
    jane_data["clusters"][1]["control_plane"]["ip"] = None
    p = one(jane_data, "CP-1")
    assert p.severity is Severity.INFO and "2411" in p.message


def test_cp_1_release_2408_is_still_before(jane_data):
    jane_data["platform"]["release"] = "2408"
    jane_data["clusters"][1]["control_plane"]["ip"] = None
    assert one(jane_data, "CP-1").severity is Severity.ERROR


def test_cp_1_ip_given_is_fine(jane_data):
    assert silent(jane_data, "CP-1")


def test_cp_2_outside_the_prefix(jane_data):
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.1.1.1"
    p = one(jane_data, "CP-2")
    assert (p.severity, p.path) == (Severity.ERROR, CP)
    assert "10.1.1.1" in p.message and "10.220.32.0/24" in p.message and "10.220.32.39" in p.message


def test_cp_2_inside_the_prefix_is_fine(jane_data):
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.254"
    assert silent(jane_data, "CP-2")


def test_cp_3_inside_the_pool(jane_data):
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"
    p = one(jane_data, "CP-3")
    assert (p.severity, p.path) == (Severity.ERROR, CP)
    assert p.related == ("logical_networks[0].ip_pool",)
    assert "10.220.32.20" in p.message and "10.220.32.18-10.220.32.38" in p.message
    assert "e.g. 10.220.32.39" in p.message


@pytest.mark.parametrize("ip", ["10.220.32.18", "10.220.32.38"])
def test_cp_3_pool_edges_are_inside(jane_data, ip):
    jane_data["clusters"][0]["control_plane"]["ip"] = ip
    assert one(jane_data, "CP-3").path == CP


def test_cp_3_just_outside_the_pool_is_fine(jane_data):
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.39"
    assert silent(jane_data, "CP-3")


def test_cp_4_two_clusters_share_a_control_plane_ip(jane_data):
    jane_data["clusters"][1]["control_plane"]["ip"] = "10.220.32.40"
    p = one(jane_data, "CP-4")
    assert (p.severity, p.path, p.related) == (Severity.ERROR, "clusters[1].control_plane.ip", (CP,))
    assert "cluster-a" in p.message and "10.220.32.39" in p.message


@pytest.mark.parametrize(("ip", "related"), [
    ("10.220.32.1", "logical_networks[0].gateway"),
    ("10.220.32.16", "logical_networks[0].dns_servers[0]"),
    ("192.168.100.11", "management_network.host_ips[0]"),
    ("192.168.100.52", "management_network.infra_ip_pool"),
])
def test_cp_4_gateway_dns_and_management_addresses(jane_data, ip, related):
    jane_data["clusters"][0]["control_plane"]["ip"] = ip
    found = [p for p in of_rule(check(jane_data), "CP-4") if p.related == (related,)]
    assert len(found) == 1 and found[0].path == CP


def test_cp_4_reservation(jane_data):
    jane_data["reservations"].append({"name": "fw", "start": "10.220.32.40", "end": "10.220.32.40", "note": ""})
    p = one(jane_data, "CP-4")
    assert p.related == ("reservations[0]",) and "fw" in p.message


def test_cp_4_distinct_addresses_are_fine(jane_data):
    assert silent(jane_data, "CP-4")


@pytest.mark.parametrize("count", [0, 2, 4, 7])
def test_cp_5_count_not_1_3_or_5(jane_data, count):
    jane_data["clusters"][0]["control_plane"]["count"] = count
    p = one(jane_data, "CP-5")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[0].control_plane.count")
    assert str(count) in p.message and "1, 3 or 5" in p.message


@pytest.mark.parametrize("count", [1, 3, 5])
def test_cp_5_supported_counts(jane_data, count):
    jane_data["clusters"][0]["control_plane"]["count"] = count
    assert silent(jane_data, "CP-5")


def test_cp_suggestion_leaves_room_for_the_pool_to_grow(jane_data):
    # The pool is 2 short (POOL-3 says: end it at .32), so the control plane suggestion skips .31-.32.
    jane_data["logical_networks"][0]["ip_pool"]["end"] = "10.220.32.29"
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"
    problems = check(jane_data)
    assert "end at 10.220.32.31" in of_rule(problems, "POOL-3")[0].message
    assert "e.g. 10.220.32.32" in of_rule(problems, "CP-3")[0].message

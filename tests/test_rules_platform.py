"""Release-wide and cross-VLAN notes: PORT-1..4, PROXY-1, URL-2, REL-1."""

from __future__ import annotations

import pytest

from aksarc_gui.planning.problems import Severity
from rule_helpers import check, of_rule, one, silent

PORTS = {"PORT-1": ("22", "from the management network 192.168.100.0/24 to 10.220.32.0/24"),
         "PORT-2": ("6443", "from the management network 192.168.100.0/24 to 10.220.32.0/24"),
         "PORT-3": ("55000", "from 10.220.32.0/24 to the management network 192.168.100.0/24"),
         "PORT-4": ("65000", "from 10.220.32.0/24 to the management network 192.168.100.0/24")}


@pytest.mark.parametrize("rule", sorted(PORTS))
def test_port_rules_different_vlans_name_the_flow(jane_data, rule):
    port, direction = PORTS[rule]
    p = one(jane_data, rule)  # jane: management VLAN 100, logical network VLAN 32
    assert (p.severity, p.path, p.related) == (Severity.INFO, "logical_networks[0].vlan",
                                               ("management_network.vlan",))
    assert f"TCP port {port} " in p.message and direction in p.message
    assert "VLAN 32" in p.message and "VLAN 100" in p.message


@pytest.mark.parametrize("rule", sorted(PORTS))
def test_port_rules_same_vlan_is_silent(jane_data, rule):
    jane_data["logical_networks"][0]["vlan"] = 100
    assert silent(jane_data, rule)


def test_port_rules_untagged_is_vlan_0(jane_data):
    jane_data["logical_networks"][0]["vlan"] = None
    jane_data["management_network"]["vlan"] = 0
    assert not [p for p in check(jane_data) if p.rule.startswith("PORT-")]
    jane_data["management_network"]["vlan"] = 7
    assert "VLAN 0" in one(jane_data, "PORT-1").message


def test_port_rules_need_a_management_network(jane_data):
    jane_data["management_network"] = None
    assert not [p for p in check(jane_data) if p.rule.startswith(("PORT-", "MGMT-"))]


def test_proxy_1_is_information_once(jane_data):
    p = one(jane_data, "PROXY-1")
    assert (p.severity, p.path) == (Severity.INFO, "") and "proxy" in p.message


def test_proxy_1_silent_without_clusters(jane_data):
    jane_data["clusters"] = []
    assert silent(jane_data, "PROXY-1")


@pytest.mark.parametrize("release", ["2311", "2402"])
def test_url_2_old_releases_need_more_urls(jane_data, release):
    jane_data["platform"]["release"] = release
    p = one(jane_data, "URL-2")
    assert (p.severity, p.path) == (Severity.INFO, "platform.release")
    assert "gcr.io" in p.message and "storage.googleapis.com" in p.message


@pytest.mark.parametrize("release", ["2405", "2411"])
def test_url_2_later_releases_do_not(jane_data, release):
    jane_data["platform"]["release"] = release
    assert silent(jane_data, "URL-2")


@pytest.mark.parametrize("release", ["24H2", "", "2413", "240", "v2405"])
def test_rel_1_release_not_yymm(jane_data, release):
    jane_data["platform"]["release"] = release
    p = one(jane_data, "REL-1")
    assert (p.severity, p.path) == (Severity.WARNING, "platform.release")
    assert silent(jane_data, "URL-2")  # no release-keyed note on a release that is not one


def test_rel_1_unknown_release_checks_control_plane_as_before_2411(jane_data):
    jane_data["platform"]["release"] = "next"
    jane_data["clusters"][1]["control_plane"]["ip"] = None
    assert one(jane_data, "CP-1").severity is Severity.ERROR


def test_rel_1_yymm_is_fine(jane_data):
    assert silent(jane_data, "REL-1")
    assert not of_rule(check(jane_data), "URL-2")

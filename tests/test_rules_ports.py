"""PORT-1..4 both ways from release 2504, and PORT-5 (port 40343 with the Arc gateway); the firewall flows follow."""

from __future__ import annotations

import pytest

from aksarc_gui.planning.firewall import flows
from aksarc_gui.planning.problems import Severity
from rule_helpers import check, of_rule, one, plan_of, silent

BOTH = "needs the flow in both directions"


@pytest.mark.parametrize(("release", "both"), [("2405", False), ("2503", False), ("2504", True), ("2510", True),
                                               ("25x4", False)])
def test_port_1_to_4_ask_for_both_directions_from_2504(jane_data, release, both):
    jane_data["platform"]["release"] = release
    problems = check(jane_data)
    for rule in ("PORT-1", "PORT-2", "PORT-3", "PORT-4"):
        (p,) = of_rule(problems, rule)
        assert (BOTH in p.message) is both
    rows = [(f.rule, f.source, f.destination) for f in flows(plan_of(jane_data))]
    assert len(rows) == (8 if both else 4)
    if both:  # each flow and its mirror image
        assert {(r, d, s) for r, s, d in rows} == set(rows)


def test_port_5_arc_gateway_on_another_vlan_is_information_with_both_ends(jane_data):
    assert silent(jane_data, "PORT-5")
    jane_data["platform"]["arc_gateway"] = True
    p = one(jane_data, "PORT-5")
    assert (p.severity, p.path) == (Severity.INFO, "platform.arc_gateway")
    assert "TCP port 40343 in both directions between 10.220.32.0/24" in p.message
    assert "management network 192.168.100.0/24" in p.message
    assert p.related == ("logical_networks[0].address_prefix",)
    port5 = [f for f in flows(plan_of(jane_data)) if f.rule == "PORT-5"]
    assert [(f.port, f.source, f.destination) for f in port5] == [
        (40343, ("10.220.32.0/24",), ("192.168.100.50-192.168.100.55",)),
        (40343, ("192.168.100.50-192.168.100.55",), ("10.220.32.0/24",))]


def test_port_5_same_vlan_but_another_subnet_still_needs_the_port(jane_data):
    jane_data["platform"]["arc_gateway"] = True
    jane_data["logical_networks"][0]["vlan"] = 100  # the management VLAN: PORT-1..4 go quiet
    problems = check(jane_data)
    assert not [p for p in problems if p.rule in ("PORT-1", "PORT-2", "PORT-3", "PORT-4")]
    assert len(of_rule(problems, "PORT-5")) == 1


def test_port_5_without_a_management_network_names_the_cluster_ip_in_words(jane_data):
    jane_data["platform"]["arc_gateway"] = True
    jane_data["management_network"] = None
    p = one(jane_data, "PORT-5")
    assert "the Azure Local cluster IP on the management network (" in p.message


def test_port_5_arc_gateway_off_gives_no_flow(jane_data):
    jane_data["platform"]["arc_gateway"] = False
    assert silent(jane_data, "PORT-5")
    assert not [f for f in flows(plan_of(jane_data)) if f.rule == "PORT-5"]

"""Logical network rules: LNET-1..11."""

from __future__ import annotations

import json

import pytest

from aksarc_gui.domain import PlanLoadError, load_plan_text
from aksarc_gui.planning.problems import Severity
from rule_helpers import check, of_rule, one, silent

LNET = "logical_networks[0]"


def test_lnet_1_one_prefix_is_held_by_the_format(jane_data):
    # LNET-1 cannot be broken inside a plan: a second prefix is a load error, never a rule problem.
    jane_data["logical_networks"][0]["address_prefix"] = ["10.220.32.0/24", "10.220.33.0/24"]
    with pytest.raises(PlanLoadError, match=r"logical_networks\[0\]\.address_prefix"):
        load_plan_text(json.dumps(jane_data))


def test_lnet_1_never_reported(jane_data):
    assert silent(jane_data, "LNET-1")


def test_lnet_2_gateway_outside_prefix(jane_data):
    jane_data["logical_networks"][0]["gateway"] = "10.220.33.1"
    p = one(jane_data, "LNET-2")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LNET}.gateway")
    assert "10.220.33.1" in p.message and "10.220.32.0/24" in p.message and "10.220.32.1" in p.message
    assert p.related == (f"{LNET}.address_prefix",)


def test_lnet_2_gateway_inside_prefix_is_fine(jane_data):
    jane_data["logical_networks"][0]["gateway"] = "10.220.32.254"  # last host: inside
    assert silent(jane_data, "LNET-2")


def test_lnet_3_dynamic_is_an_error(jane_data):
    jane_data["logical_networks"][0]["ip_allocation_method"] = "Dynamic"
    p = one(jane_data, "LNET-3")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LNET}.ip_allocation_method")
    assert "Dynamic" in p.message and "Static" in p.message


def test_lnet_3_static_is_fine(jane_data):
    assert silent(jane_data, "LNET-3")


def test_lnet_4_reversed_pool(jane_data):
    jane_data["logical_networks"][0]["ip_pool"] = {"start": "10.220.32.38", "end": "10.220.32.18"}
    p = one(jane_data, "LNET-4")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LNET}.ip_pool")
    assert "10.220.32.18-10.220.32.38" in p.message  # the swapped pool


def test_lnet_4_pool_reaching_outside_the_prefix(jane_data):
    jane_data["logical_networks"][0]["ip_pool"] = {"start": "10.220.31.250", "end": "10.220.32.30"}
    p = one(jane_data, "LNET-4")
    assert "10.220.31.250" in p.message and "10.220.32.1-10.220.32.254" in p.message


def test_lnet_4_pool_on_the_prefix_edges_is_inside(jane_data):
    jane_data["logical_networks"][0]["ip_pool"] = {"start": "10.220.32.100", "end": "10.220.32.254"}
    assert silent(jane_data, "LNET-4")


def test_lnet_5_gateway_inside_the_pool(jane_data):
    jane_data["logical_networks"][0]["gateway"] = "10.220.32.25"
    p = one(jane_data, "LNET-5")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LNET}.ip_pool")
    assert p.related == (f"{LNET}.gateway",)
    assert "10.220.32.25" in p.message and "10.220.32.18-10.220.32.38" in p.message


@pytest.mark.parametrize(("patch", "related"), [
    (lambda d: d["logical_networks"][0]["dns_servers"].append("10.220.32.30"), f"{LNET}.dns_servers[2]"),
    (lambda d: d["reservations"].append({"name": "printer", "start": "10.220.32.38", "end": "10.220.32.39",
                                         "note": ""}), "reservations[0]"),
    (lambda d: d["management_network"]["host_ips"].append("10.220.32.20"), "management_network.host_ips[2]"),
    (lambda d: d["management_network"].update(infra_ip_pool={"start": "10.220.32.10", "end": "10.220.32.18"}),
     "management_network.infra_ip_pool"),
])
def test_lnet_5_nothing_else_inside_the_pool(jane_data, patch, related):
    patch(jane_data)
    found = [p for p in of_rule(check(jane_data), "LNET-5") if p.related == (related,)]
    assert len(found) == 1 and found[0].path == f"{LNET}.ip_pool"


def test_lnet_5_addresses_next_to_the_pool_are_fine(jane_data):
    jane_data["logical_networks"][0]["gateway"] = "10.220.32.39"  # one past the pool end
    jane_data["logical_networks"][0]["dns_servers"] = ["10.220.32.17"]  # one before the start
    assert silent(jane_data, "LNET-5")


def test_lnet_6_host_bits_warn_with_the_network(jane_data):
    jane_data["logical_networks"][0]["address_prefix"] = "10.220.32.16/24"  # the article's own example
    p = one(jane_data, "LNET-6")
    assert (p.severity, p.path) == (Severity.WARNING, f"{LNET}.address_prefix")
    assert "10.220.32.16/24" in p.message and "10.220.32.0/24" in p.message
    # ... and the rest of the plan is read against the real network: still no error.
    assert not [q for q in check(jane_data) if q.severity is Severity.ERROR]


def test_lnet_6_clean_prefix_is_fine(jane_data):
    assert silent(jane_data, "LNET-6")


def test_lnet_7_gateway_on_the_network_address(jane_data):
    jane_data["logical_networks"][0]["gateway"] = "10.220.32.0"
    p = one(jane_data, "LNET-7")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LNET}.gateway")
    assert "10.220.32.0" in p.message and "network address" in p.message


def test_lnet_7_pool_touching_the_broadcast_address(jane_data):
    jane_data["logical_networks"][0]["ip_pool"] = {"start": "10.220.32.200", "end": "10.220.32.255"}
    p = one(jane_data, "LNET-7")
    assert p.path == f"{LNET}.ip_pool" and "broadcast" in p.message and "10.220.32.1-10.220.32.254" in p.message


def test_lnet_7_first_and_last_host_are_fine(jane_data):
    jane_data["logical_networks"][0]["gateway"] = "10.220.32.254"
    jane_data["logical_networks"][0]["dns_servers"] = ["10.220.32.1"]
    assert silent(jane_data, "LNET-7")


def test_lnet_8_missing_pool_is_an_error_with_a_suggestion(jane_data):
    jane_data["logical_networks"][0]["ip_pool"] = None
    p = one(jane_data, "LNET-8")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LNET}.ip_pool")
    assert "14" in p.message and "10.220.32.2-10.220.32.15" in p.message  # first free run of 14


def test_lnet_8_pool_present_is_fine(jane_data):
    assert silent(jane_data, "LNET-8")


def _second_network(data, prefix, vlan, pool):
    data["logical_networks"].append({"name": "aks-lnet-02", "address_prefix": prefix, "gateway": None,
                                     "dns_servers": ["10.220.32.16"], "ip_allocation_method": "Static",
                                     "ip_pool": pool, "vm_switch_name": "", "vlan": vlan})


def test_lnet_9_prefixes_overlapping_on_the_same_vlan_warn(jane_data):
    _second_network(jane_data, "10.220.32.128/25", 32, {"start": "10.220.32.200", "end": "10.220.32.210"})
    p = one(jane_data, "LNET-9")
    assert (p.severity, p.path) == (Severity.WARNING, "logical_networks[1].address_prefix")
    assert p.related == (f"{LNET}.address_prefix",)
    assert "same VLAN 32" in p.message and "10.220.32.128/25" in p.message


def test_lnet_9_prefixes_overlapping_across_vlans_warn(jane_data):
    _second_network(jane_data, "10.220.32.0/24", 40, {"start": "10.220.32.200", "end": "10.220.32.210"})
    p = one(jane_data, "LNET-9")
    assert "VLAN 40" in p.message and "VLAN 32" in p.message


def test_lnet_9_adjacent_prefixes_are_fine(jane_data):
    _second_network(jane_data, "10.220.33.0/24", 32, {"start": "10.220.33.10", "end": "10.220.33.20"})
    assert silent(jane_data, "LNET-9")


def test_lnet_10_pools_of_two_networks_overlap(jane_data):
    _second_network(jane_data, "10.220.32.0/24", 32, {"start": "10.220.32.30", "end": "10.220.32.45"})
    p = one(jane_data, "LNET-10")
    assert (p.severity, p.path) == (Severity.ERROR, "logical_networks[1].ip_pool")
    assert p.related == (f"{LNET}.ip_pool",)
    assert "10.220.32.30-10.220.32.38" in p.message  # the shared part


def test_lnet_10_disjoint_pools_are_fine(jane_data):
    _second_network(jane_data, "10.220.32.0/24", 32, {"start": "10.220.32.100", "end": "10.220.32.120"})
    assert silent(jane_data, "LNET-10")


def test_lnet_11_missing_gateway_and_dns_warn(jane_data):
    jane_data["logical_networks"][0]["gateway"] = None
    jane_data["logical_networks"][0]["dns_servers"] = []
    found = of_rule(check(jane_data), "LNET-11")
    assert {(p.path, p.severity) for p in found} == {(f"{LNET}.gateway", Severity.WARNING),
                                                     (f"{LNET}.dns_servers", Severity.WARNING)}


def test_lnet_11_gateway_and_dns_present_leave_only_the_fqdn_note(jane_data):
    p = one(jane_data, "LNET-11")
    assert (p.severity, p.path) == (Severity.INFO, f"{LNET}.dns_servers")
    assert "10.220.32.16, 10.220.32.17" in p.message and "FQDN of the Azure Local cluster" in p.message


def test_lnet_11_fqdn_note_only_for_networks_clusters_use(jane_data):
    jane_data["clusters"] = []
    assert silent(jane_data, "LNET-11")


def test_lnet_12_missing_vm_switch(jane_data):
    jane_data["logical_networks"][0]["vm_switch_name"] = "  "
    p = one(jane_data, "LNET-12")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LNET}.vm_switch_name")
    assert "aks-lnet-01" in p.message and "--vm-switch-name" in p.message
    assert "Get-VmSwitch -SwitchType External" in p.message


def test_lnet_12_any_switch_name_is_fine(jane_data):
    jane_data["logical_networks"][0]["vm_switch_name"] = "s"
    assert silent(jane_data, "LNET-12")

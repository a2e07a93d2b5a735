"""Management network rules (MGMT-1..4) and reservations (RES-1, RES-2)."""

from __future__ import annotations

from aksarc_gui.planning.problems import Severity
from rule_helpers import check, of_rule, one, silent

MGMT = "management_network"


def _infra(data, start, end):
    data["management_network"]["infra_ip_pool"] = {"start": start, "end": end}


def test_mgmt_1_six_addresses_are_enough(jane_data):
    _infra(jane_data, "192.168.100.50", "192.168.100.55")
    assert silent(jane_data, "MGMT-1")


def test_mgmt_1_five_addresses_are_too_few(jane_data):
    _infra(jane_data, "192.168.100.50", "192.168.100.54")
    p = one(jane_data, "MGMT-1")
    assert (p.severity, p.path) == (Severity.ERROR, f"{MGMT}.infra_ip_pool")
    assert "holds 5" in p.message and "end at 192.168.100.55" in p.message


def test_mgmt_1_must_leave_out_the_servers(jane_data):
    _infra(jane_data, "192.168.100.10", "192.168.100.15")
    found = of_rule(check(jane_data), "MGMT-1")
    assert {p.related for p in found} == {(f"{MGMT}.host_ips[0]",), (f"{MGMT}.host_ips[1]",)}
    assert all(p.path == f"{MGMT}.infra_ip_pool" and p.severity is Severity.ERROR for p in found)


def test_mgmt_1_outside_the_management_prefix(jane_data):
    _infra(jane_data, "192.168.101.50", "192.168.101.55")
    p = one(jane_data, "MGMT-1")
    assert "192.168.100.0/24" in p.message


def test_mgmt_1_reversed(jane_data):
    _infra(jane_data, "192.168.100.55", "192.168.100.50")
    assert "swap" in one(jane_data, "MGMT-1").message


def test_mgmt_1_missing_pool_warns_with_a_suggestion(jane_data):
    jane_data["management_network"]["infra_ip_pool"] = None
    p = one(jane_data, "MGMT-1")
    assert p.severity is Severity.WARNING and "192.168.100.2-192.168.100.7" in p.message


def test_mgmt_2_infra_pool_overlaps_a_logical_network_address(jane_data):
    jane_data["logical_networks"][0]["dns_servers"].append("192.168.100.52")
    p = one(jane_data, "MGMT-2")
    assert (p.severity, p.path) == (Severity.ERROR, f"{MGMT}.infra_ip_pool")
    assert p.related == ("logical_networks[0].dns_servers[2]",) and "192.168.100.52" in p.message


def test_mgmt_2_server_ip_used_as_a_gateway(jane_data):
    jane_data["management_network"]["host_ips"].append("192.168.100.1")  # the management gateway
    p = one(jane_data, "MGMT-2")
    assert p.path == f"{MGMT}.host_ips[2]" and p.related == (f"{MGMT}.gateway",)


def test_mgmt_2_server_listed_twice(jane_data):
    jane_data["management_network"]["host_ips"].append("192.168.100.11")
    assert one(jane_data, "MGMT-2").path == f"{MGMT}.host_ips[2]"


def test_mgmt_2_disjoint_management_is_fine(jane_data):
    assert silent(jane_data, "MGMT-2")


def test_mgmt_3_gateway_and_server_outside_the_prefix(jane_data):
    jane_data["management_network"]["gateway"] = "192.168.1.1"
    jane_data["management_network"]["host_ips"][1] = "192.168.1.12"
    found = of_rule(check(jane_data), "MGMT-3")
    assert {p.path for p in found} == {f"{MGMT}.gateway", f"{MGMT}.host_ips[1]"}
    assert all(p.severity is Severity.ERROR and "192.168.100.0/24" in p.message for p in found)


def test_mgmt_3_inside_is_fine(jane_data):
    assert silent(jane_data, "MGMT-3")


def test_mgmt_4_host_bits(jane_data):
    jane_data["management_network"]["address_prefix"] = "192.168.100.7/24"
    p = one(jane_data, "MGMT-4")
    assert (p.severity, p.path) == (Severity.WARNING, f"{MGMT}.address_prefix")
    assert "192.168.100.0/24" in p.message


def test_mgmt_4_clean_prefix_is_fine(jane_data):
    assert silent(jane_data, "MGMT-4")


def test_res_1_reversed_reservation(jane_data):
    jane_data["reservations"].append({"name": "lab", "start": "10.220.32.60", "end": "10.220.32.55", "note": ""})
    p = one(jane_data, "RES-1")
    assert (p.severity, p.path) == (Severity.ERROR, "reservations[0]") and "lab" in p.message


def test_res_1_forward_reservation_is_fine(jane_data):
    jane_data["reservations"].append({"name": "lab", "start": "10.220.32.55", "end": "10.220.32.60", "note": ""})
    assert silent(jane_data, "RES-1")
    assert not [p for p in check(jane_data) if p.severity is not Severity.INFO]


def test_res_2_reservation_covers_the_gateway(jane_data):
    jane_data["reservations"].append({"name": "net", "start": "10.220.32.1", "end": "10.220.32.5", "note": ""})
    p = one(jane_data, "RES-2")
    assert (p.severity, p.path, p.related) == (Severity.WARNING, "reservations[0]", ("logical_networks[0].gateway",))


def test_res_2_overlapping_reservations(jane_data):
    jane_data["reservations"] += [{"name": "a", "start": "10.220.32.60", "end": "10.220.32.65", "note": ""},
                                  {"name": "b", "start": "10.220.32.65", "end": "10.220.32.70", "note": ""}]
    p = one(jane_data, "RES-2")
    assert (p.path, p.related) == ("reservations[1]", ("reservations[0]",))


def test_res_2_separate_reservations_are_fine(jane_data):
    jane_data["reservations"] += [{"name": "a", "start": "10.220.32.60", "end": "10.220.32.64", "note": ""},
                                  {"name": "b", "start": "10.220.32.65", "end": "10.220.32.70", "note": ""}]
    assert silent(jane_data, "RES-2")


def _on_management_subnet(data, vlan):
    data["logical_networks"][0].update(address_prefix="192.168.100.0/24", gateway="192.168.100.1",
                                       dns_servers=["192.168.100.2"], vlan=vlan,
                                       ip_pool={"start": "192.168.100.100", "end": "192.168.100.120"})
    for c, ip in enumerate(["192.168.100.130", "192.168.100.131"]):
        data["clusters"][c]["control_plane"]["ip"] = ip
    data["clusters"][0]["load_balancer"]["addresses"] = ["192.168.100.140-192.168.100.142"]


def test_mgmt_5_same_subnet_on_another_vlan(jane_data):
    _on_management_subnet(jane_data, 32)
    p = one(jane_data, "MGMT-5")
    assert (p.severity, p.path) == (Severity.ERROR, "logical_networks[0].address_prefix")
    assert p.related == ("management_network.address_prefix", "management_network.vlan")
    assert "VLAN 32" in p.message and "VLAN 100" in p.message


def test_mgmt_5_partial_overlap_on_another_vlan(jane_data):
    jane_data["logical_networks"][0]["address_prefix"] = "192.168.100.128/25"
    jane_data["logical_networks"][0]["vlan"] = None  # no VLAN is VLAN 0, not the management's 100
    assert one(jane_data, "MGMT-5").severity is Severity.ERROR


def test_mgmt_5_same_subnet_same_vlan_is_fine(jane_data):
    _on_management_subnet(jane_data, 100)
    problems = check(jane_data)
    assert not of_rule(problems, "MGMT-5")
    assert not [p for p in problems if p.severity is Severity.ERROR]


def test_mgmt_5_adjacent_subnet_is_fine(jane_data):
    jane_data["logical_networks"][0]["address_prefix"] = "192.168.101.0/24"
    assert silent(jane_data, "MGMT-5")

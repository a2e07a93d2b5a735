"""Load balancer rules: LB-1..7."""

from __future__ import annotations

from aksarc_gui.planning.problems import Severity
from rule_helpers import check, of_rule, one, silent

LB = "clusters[0].load_balancer"


def _addresses(data, *addresses, cluster=0):
    data["clusters"][cluster]["load_balancer"]["addresses"] = list(addresses)


def _second_network(data):
    data["logical_networks"].append({
        "name": "apps", "address_prefix": "10.30.0.0/24", "gateway": "10.30.0.1", "dns_servers": ["10.30.0.2"],
        "ip_allocation_method": "Static", "ip_pool": {"start": "10.30.0.10", "end": "10.30.0.40"},
        "vm_switch_name": "", "vlan": 32})


def test_lb_1_addresses_in_another_networks_pool(jane_data):
    _second_network(jane_data)
    jane_data["clusters"][0]["load_balancer"]["advertise_mode"] = "BGP"  # addresses elsewhere are fine for BGP
    _addresses(jane_data, "10.30.0.38-10.30.0.42")
    p = one(jane_data, "LB-1")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LB}.addresses[0]")
    assert p.related == ("logical_networks[1].ip_pool",)
    assert "10.30.0.38-10.30.0.40" in p.message and "apps" in p.message


def test_lb_1_other_network_outside_its_pool_is_fine(jane_data):
    _second_network(jane_data)
    jane_data["clusters"][0]["load_balancer"]["advertise_mode"] = "BGP"
    _addresses(jane_data, "10.30.0.41-10.30.0.43")
    assert silent(jane_data, "LB-1")


def test_lb_2_overlaps_a_control_plane_ip(jane_data):
    _addresses(jane_data, "10.220.32.41-10.220.32.43")
    p = one(jane_data, "LB-2")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LB}.addresses[0]")
    assert p.related == ("clusters[1].control_plane.ip",)
    assert "10.220.32.41" in p.message and "cluster-b" in p.message
    assert "10.220.32.44-10.220.32.46" in p.message  # the next free run of the same size


def test_lb_2_overlaps_another_clusters_load_balancer(jane_data):
    jane_data["clusters"][1]["load_balancer"] = {"kind": "metallb", "name": "lb-b", "advertise_mode": "ARP",
                                                 "addresses": ["10.220.32.52-10.220.32.53"]}
    p = one(jane_data, "LB-2")
    assert (p.path, p.related) == ("clusters[1].load_balancer.addresses[0]", (f"{LB}.addresses[0]",))
    assert "10.220.32.52" in p.message


def test_lb_2_overlaps_a_gateway(jane_data):
    _addresses(jane_data, "10.220.32.1-10.220.32.3")
    p = one(jane_data, "LB-2")
    assert p.related == ("logical_networks[0].gateway",)


def test_lb_2_adjacent_blocks_are_fine(jane_data):
    jane_data["clusters"][1]["load_balancer"] = {"kind": "metallb", "name": "lb-b", "advertise_mode": "ARP",
                                                 "addresses": ["10.220.32.53-10.220.32.54"]}
    assert silent(jane_data, "LB-2")


def test_lb_3_addresses_inside_the_own_pool(jane_data):
    _addresses(jane_data, "10.220.32.36-10.220.32.38")
    p = one(jane_data, "LB-3")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LB}.addresses[0]")
    assert p.related == ("logical_networks[0].ip_pool",)
    assert "10.220.32.36-10.220.32.38" in p.message and "10.220.32.42-10.220.32.44" in p.message


def test_lb_3_cidr_entry_touching_the_pool(jane_data):
    _addresses(jane_data, "10.220.32.32/29")  # .32-.39 reaches into the pool at .32-.38
    p = one(jane_data, "LB-3")
    assert "10.220.32.32-10.220.32.38" in p.message


def test_lb_3_outside_the_pool_is_fine(jane_data):
    _addresses(jane_data, "10.220.32.39", "10.220.32.42-10.220.32.43")
    assert silent(jane_data, "LB-3")


def test_lb_4_exactly_enough_addresses_is_fine(jane_data):
    # 3 front-end instances on 443 need 3 IPs; the back end on 80 shares one of them.
    _addresses(jane_data, "10.220.32.50-10.220.32.52")
    assert silent(jane_data, "LB-4")


def test_lb_4_one_short_is_an_error(jane_data):
    _addresses(jane_data, "10.220.32.50-10.220.32.51")
    p = one(jane_data, "LB-4")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LB}.addresses")
    assert "need 3" in p.message and "hold 2" in p.message and "Add 1 more" in p.message
    assert "443/TCP" in p.message and "e.g. 10.220.32.52" in p.message


def test_lb_4_same_port_on_udp_needs_no_more(jane_data):
    jane_data["clusters"][0]["services"].append({"name": "dns", "instances": 3,
                                                 "ports": [{"port": 443, "protocol": "UDP"}]})
    assert silent(jane_data, "LB-4")


def test_lb_4_no_load_balancer_but_services(jane_data):
    jane_data["clusters"][0]["load_balancer"] = None
    p = one(jane_data, "LB-4")
    assert p.path == LB and "no load balancer" in p.message and "10.220.32.42-10.220.32.44" in p.message


def test_lb_4_overlapping_blocks_count_once(jane_data):
    _addresses(jane_data, "10.220.32.50-10.220.32.51", "10.220.32.51")  # 2 distinct addresses
    assert "hold 2" in one(jane_data, "LB-4").message


def test_lb_5_arp_addresses_outside_the_subnet(jane_data):
    _addresses(jane_data, "10.220.33.50-10.220.33.52")
    p = one(jane_data, "LB-5")
    assert (p.severity, p.path) == (Severity.ERROR, f"{LB}.addresses[0]")
    assert "ARP" in p.message and "10.220.32.0/24" in p.message


def test_lb_5_both_mode_outside_the_subnet_warns(jane_data):
    jane_data["clusters"][0]["load_balancer"]["advertise_mode"] = "Both"
    _addresses(jane_data, "10.220.33.50-10.220.33.52")
    assert one(jane_data, "LB-5").severity is Severity.WARNING


def test_lb_5_bgp_and_external_may_use_other_networks(jane_data):
    _addresses(jane_data, "10.220.33.50-10.220.33.52")
    jane_data["clusters"][0]["load_balancer"]["advertise_mode"] = "BGP"
    assert silent(jane_data, "LB-5")
    jane_data["clusters"][0]["load_balancer"].update(kind="external", advertise_mode="ARP")
    assert silent(jane_data, "LB-5")


def test_lb_5_arp_inside_the_subnet_is_fine(jane_data):
    assert silent(jane_data, "LB-5")


def test_lb_6_bgp_needs_peers(jane_data):
    jane_data["clusters"][0]["load_balancer"]["advertise_mode"] = "BGP"
    p = one(jane_data, "LB-6")
    assert (p.severity, p.path) == (Severity.INFO, f"{LB}.advertise_mode")
    assert "bgp-peer create" in p.message


def test_lb_6_arp_and_external_need_no_peers(jane_data):
    assert silent(jane_data, "LB-6")
    jane_data["clusters"][0]["load_balancer"].update(kind="external", advertise_mode="BGP")
    assert silent(jane_data, "LB-6")


def test_lb_7_reversed_range(jane_data):
    _addresses(jane_data, "10.220.32.52-10.220.32.50")
    problems = check(jane_data)
    p = of_rule(problems, "LB-7")[0]
    assert (p.severity, p.path) == (Severity.ERROR, f"{LB}.addresses[0]")
    assert "10.220.32.50-10.220.32.52" in p.message
    assert of_rule(problems, "LB-4")  # a reversed range holds no address


def test_lb_7_forward_range_is_fine(jane_data):
    assert silent(jane_data, "LB-7")


def test_external_load_balancer_is_fine(jane_data):
    jane_data["clusters"][0]["load_balancer"].update(kind="external", name="")
    assert not [p for p in check(jane_data) if p.rule.startswith(("LB-", "NAME-"))]

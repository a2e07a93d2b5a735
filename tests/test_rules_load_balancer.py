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


def _services(data, *services, cluster=0):
    data["clusters"][cluster]["services"] = [
        {"name": name, "instances": instances, "ports": [{"port": p, "protocol": "TCP"} for p in ports], **extra}
        for name, instances, ports, *rest in services for extra in [rest[0] if rest else {}]]


def test_lb_4_counts_the_colouring_not_the_busiest_port(jane_data):
    # A {80,443}, B {443,8080}, C {8080,80}: each pair shares a port, so three addresses, not two.
    _services(jane_data, ("a", 1, [80, 443]), ("b", 1, [443, 8080]), ("c", 1, [8080, 80]))
    _addresses(jane_data, "10.220.32.50-10.220.32.51")
    p = one(jane_data, "LB-4")
    assert "need 3 load balancer IPs" in p.message and "hold 2" in p.message
    assert "a, b, c" in p.message and "10.220.32.52" in p.message


def test_lb_4_three_addresses_for_the_triangle_are_enough(jane_data):
    _services(jane_data, ("a", 1, [80, 443]), ("b", 1, [443, 8080]), ("c", 1, [8080, 80]))
    assert silent(jane_data, "LB-4")


def test_lb_4_odd_cycle_needs_more_than_its_largest_clique(jane_data):
    # Five services in a ring, each sharing one port with the next: no three pairwise conflict,
    # yet an odd ring cannot be coloured with two.
    _services(jane_data, *((f"s{i}", 1, [1000 + i, 1000 + (i + 1) % 5]) for i in range(5)))
    _addresses(jane_data, "10.220.32.50-10.220.32.51")
    p = one(jane_data, "LB-4")
    assert "need 3 load balancer IPs" in p.message and "at least 2 instances" in p.message


def test_lb_4_a_service_that_must_not_share_counts_alone(jane_data):
    _services(jane_data, ("vote-front", 3, [443]), ("vote-back", 1, [80], {"shares_ip": False}))
    p = one(jane_data, "LB-4")
    assert "need 4 load balancer IPs" in p.message and "hold 3" in p.message


def test_lb_4_jane_still_needs_three(jane):
    from aksarc_gui.planning.budget import budget

    assert (budget(jane).clusters[0].load_balancer, budget(jane).total) == (3, 19)


def test_lb_8_names_the_shared_address_and_the_annotation(jane_data):
    p = one(jane_data, "LB-8")
    assert (p.severity, p.path) == (Severity.INFO, "clusters[0].services")
    assert "10.220.32.50: vote-front, vote-back" in p.message
    assert 'metallb.universe.tf/allow-shared-ip: "cluster-a-shared"' in p.message


def test_lb_8_silent_when_nothing_shares(jane_data):
    jane_data["clusters"][0]["services"][1]["shares_ip"] = False
    _addresses(jane_data, "10.220.32.50-10.220.32.53")
    problems = check(jane_data)
    assert not of_rule(problems, "LB-8") and not of_rule(problems, "LB-4")


def test_lb_8_not_planned_addresses_are_numbered(jane_data):
    _addresses(jane_data)
    p = one(jane_data, "LB-8")
    assert "address 1 of the load balancer" in p.message


def test_lb_8_only_for_metallb(jane_data):
    jane_data["clusters"][0]["load_balancer"]["kind"] = "external"
    assert silent(jane_data, "LB-8")


def test_lb_9_metallb_without_addresses(jane_data):
    jane_data["clusters"][1]["load_balancer"] = {"kind": "metallb", "name": "lb-b", "advertise_mode": "ARP",
                                                 "addresses": []}
    p = one(jane_data, "LB-9")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[1].load_balancer.addresses")
    assert "lb-b" in p.message and "e.g. 10.220.32.39" in p.message  # the first free address after the pool


def test_lb_9_with_services_lb_4_says_it(jane_data):
    _addresses(jane_data)
    problems = check(jane_data)
    assert not of_rule(problems, "LB-9") and of_rule(problems, "LB-4")


def test_lb_9_one_address_or_external_is_fine(jane_data):
    jane_data["clusters"][1]["load_balancer"] = {"kind": "metallb", "name": "lb-b", "advertise_mode": "ARP",
                                                 "addresses": ["10.220.32.60"]}
    assert silent(jane_data, "LB-9")
    jane_data["clusters"][1]["load_balancer"] = {"kind": "external", "name": "", "addresses": []}
    assert silent(jane_data, "LB-9")

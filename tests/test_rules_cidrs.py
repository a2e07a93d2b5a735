"""Pod and service CIDRs: CIDR-1..5."""

from __future__ import annotations

from aksarc_gui.planning.problems import Severity
from rule_helpers import check, of_rule, one, silent


def test_cidr_1_pod_cidr_overlaps_the_logical_network(jane_data):
    jane_data["clusters"][0]["pod_cidr"] = "10.220.0.0/16"
    p = one(jane_data, "CIDR-1")
    assert (p.severity, p.path, p.related) == (Severity.ERROR, "clusters[0].pod_cidr",
                                               ("logical_networks[0].address_prefix",))
    assert "10.220.32.0/24" in p.message and "10.244.0.0/16" in p.message  # the default is free: suggested


def test_cidr_1_pod_cidr_overlaps_the_management_network(jane_data):
    jane_data["clusters"][1]["pod_cidr"] = "192.168.0.0/16"
    assert one(jane_data, "CIDR-1").related == ("management_network.address_prefix",)


def test_cidr_1_dns_and_load_balancer_outside_every_network(jane_data):
    jane_data["logical_networks"][0]["dns_servers"] = ["172.20.0.53"]
    jane_data["clusters"][0]["load_balancer"].update(advertise_mode="BGP", addresses=["172.20.1.0/30"])
    jane_data["clusters"][0]["pod_cidr"] = "172.20.0.0/16"
    found = of_rule(check(jane_data), "CIDR-1")
    assert {p.related for p in found} == {("logical_networks[0].dns_servers[0]",),
                                          ("clusters[0].load_balancer.addresses[0]",)}


def test_cidr_1_an_address_inside_a_reported_network_is_not_repeated(jane_data):
    jane_data["clusters"][0]["pod_cidr"] = "10.220.32.0/24"
    assert len(of_rule(check(jane_data), "CIDR-1")) == 1  # the network, not also its DNS and LB addresses


def test_cidr_1_default_pod_cidr_is_fine(jane_data):
    assert silent(jane_data, "CIDR-1")


def test_cidr_2_network_overlapping_the_service_cidr_warns(jane_data):
    jane_data["logical_networks"][0]["dns_servers"].append("10.100.0.53")
    p = one(jane_data, "CIDR-2")
    assert (p.severity, p.path) == (Severity.WARNING, "logical_networks[0].dns_servers[2]")
    assert "10.96.0.0/12" in p.message and "10.100.0.53" in p.message


def test_cidr_2_just_outside_the_service_cidr_is_fine(jane_data):
    jane_data["logical_networks"][0]["dns_servers"].append("10.112.0.0")  # 10.96.0.0/12 ends at 10.111.255.255
    assert silent(jane_data, "CIDR-2")


def test_cidr_3_pod_cidr_overlaps_the_service_cidr(jane_data):
    jane_data["clusters"][0]["pod_cidr"] = "10.96.0.0/16"
    p = one(jane_data, "CIDR-3")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[0].pod_cidr") and "10.96.0.0/12" in p.message


def test_cidr_3_custom_pod_cidr_outside_is_fine(jane_data):
    jane_data["clusters"][0]["pod_cidr"] = "10.112.0.0/16"
    assert silent(jane_data, "CIDR-3")


def test_cidr_4_host_bits(jane_data):
    jane_data["clusters"][0]["pod_cidr"] = "10.244.1.0/16"
    p = one(jane_data, "CIDR-4")
    assert (p.severity, p.path) == (Severity.WARNING, "clusters[0].pod_cidr") and "10.244.0.0/16" in p.message


def test_cidr_4_clean_pod_cidr_is_fine(jane_data):
    assert silent(jane_data, "CIDR-4")


def test_cidr_1_pod_cidr_covers_a_reservation(jane_data):
    jane_data["reservations"] = [{"name": "printer", "start": "172.20.5.5", "end": "172.20.5.6"}]
    jane_data["clusters"][0]["pod_cidr"] = "172.20.0.0/16"
    p = one(jane_data, "CIDR-1")
    assert (p.severity, p.related) == (Severity.ERROR, ("reservations[0]",))
    assert "printer" in p.message and "172.20.5.5-172.20.5.6" in p.message


def test_cidr_1_reservation_outside_the_pod_cidr_is_fine(jane_data):
    jane_data["reservations"] = [{"name": "printer", "start": "172.20.5.5", "end": "172.20.5.6"}]
    assert silent(jane_data, "CIDR-1")


def test_cidr_5_pod_cidr_too_small_for_the_nodes(jane_data):
    # cluster-a: 3 control plane + 5 workers + 1 upgrade VM = 9 nodes, a /21 holds 8 nodes' /24s.
    jane_data["clusters"][0]["pod_cidr"] = "10.244.0.0/21"
    p = one(jane_data, "CIDR-5")
    assert (p.severity, p.path) == (Severity.WARNING, "clusters[0].pod_cidr")
    assert "room for 8 nodes" in p.message and "9 node VMs" in p.message and "/20" in p.message


def test_cidr_5_exactly_enough_is_fine(jane_data):
    jane_data["clusters"][0]["pod_cidr"] = "10.244.0.0/21"
    jane_data["clusters"][0]["node_pools"][0]["count"] = 4  # 3 + 4 + 1 = 8
    assert silent(jane_data, "CIDR-5")


def test_cidr_5_autoscaler_counts_its_maximum(jane_data):
    jane_data["clusters"][1]["pod_cidr"] = "10.245.0.0/21"
    assert silent(jane_data, "CIDR-5")  # 1 + 3 + 1 = 5
    jane_data["clusters"][1]["node_pools"][0]["autoscaler"] = {"min_count": 1, "max_count": 12}
    p = one(jane_data, "CIDR-5")
    assert p.path == "clusters[1].pod_cidr" and "14 node VMs" in p.message


def test_cidr_5_smaller_than_one_node_block(jane_data):
    jane_data["clusters"][1]["pod_cidr"] = "10.245.0.0/25"
    assert "room for 0 nodes" in one(jane_data, "CIDR-5").message

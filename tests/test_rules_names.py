"""Names and references: NAME-1..5, REF-1."""

from __future__ import annotations

import pytest

from aksarc_gui.planning.problems import Severity
from rule_helpers import check, of_rule, one, silent


@pytest.mark.parametrize("name", ["", "-lnet", "lnet-", "a b", "x" * 65, "lnet/1"])
def test_name_1_bad_logical_network_name(jane_data, name):
    jane_data["logical_networks"][0]["name"] = name
    for cluster in jane_data["clusters"]:
        cluster["logical_network"] = name
    p = one(jane_data, "NAME-1")
    assert (p.severity, p.path) == (Severity.ERROR, "logical_networks[0].name")


@pytest.mark.parametrize("name", ["a", "aks-lnet-01", "Lnet_1.prod", "x" * 64])
def test_name_1_good_logical_network_name(jane_data, name):
    jane_data["logical_networks"][0]["name"] = name
    assert silent(jane_data, "NAME-1")


@pytest.mark.parametrize("name", ["Cluster-A", "1cluster", "cluster-", "c" * 64, "cluster_a"])
def test_name_2_doubtful_cluster_name_warns(jane_data, name):
    jane_data["clusters"][0]["name"] = name
    p = one(jane_data, "NAME-2")
    assert (p.severity, p.path) == (Severity.WARNING, "clusters[0].name")


@pytest.mark.parametrize("name", ["c", "cluster-a", "c" * 63, "prod-01"])
def test_name_2_good_cluster_name(jane_data, name):
    jane_data["clusters"][0]["name"] = name
    assert silent(jane_data, "NAME-2")


@pytest.mark.parametrize("name", ["np", "nodepool12345", "NodePool1", "1pool", "node-pool"])
def test_name_3_bad_node_pool_name(jane_data, name):
    jane_data["clusters"][0]["node_pools"][0]["name"] = name
    p = one(jane_data, "NAME-3")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[0].node_pools[0].name")
    assert "3-12" in p.message


@pytest.mark.parametrize("name", ["np1", "nodepool1", "linuxpool001"])
def test_name_3_good_node_pool_name(jane_data, name):
    jane_data["clusters"][0]["node_pools"][0]["name"] = name
    assert silent(jane_data, "NAME-3")


@pytest.mark.parametrize("name", ["lb", "lb_a", "x" * 25, "lb.a"])
def test_name_4_bad_load_balancer_name(jane_data, name):
    jane_data["clusters"][0]["load_balancer"]["name"] = name
    p = one(jane_data, "NAME-4")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[0].load_balancer.name")


def test_name_4_empty_load_balancer_name_warns(jane_data):
    jane_data["clusters"][0]["load_balancer"]["name"] = ""
    p = one(jane_data, "NAME-4")
    assert p.severity is Severity.WARNING and "lb-cluster-a" in p.message


def test_name_4_good_name_and_external_kind_are_fine(jane_data):
    assert silent(jane_data, "NAME-4")
    jane_data["clusters"][0]["load_balancer"].update(kind="external", name="any name at all")
    assert silent(jane_data, "NAME-4")


def test_name_5_duplicate_cluster(jane_data):
    jane_data["clusters"][1]["name"] = "cluster-a"
    p = one(jane_data, "NAME-5")
    assert (p.severity, p.path, p.related) == (Severity.ERROR, "clusters[1].name", ("clusters[0].name",))
    assert "cluster-a" in p.message


def test_name_5_duplicate_logical_network(jane_data):
    jane_data["logical_networks"].append(dict(jane_data["logical_networks"][0], address_prefix="10.9.0.0/24",
                                              gateway=None, dns_servers=[], ip_pool=None))
    p = [q for q in of_rule(check(jane_data), "NAME-5")][0]
    assert (p.path, p.related) == ("logical_networks[1].name", ("logical_networks[0].name",))


def test_name_5_duplicate_node_pool_within_a_cluster(jane_data):
    jane_data["clusters"][0]["node_pools"].append({"name": "nodepool1", "count": 1})
    p = one(jane_data, "NAME-5")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[0].node_pools[1].name")


def test_name_5_duplicate_service_warns(jane_data):
    jane_data["clusters"][0]["services"][1]["name"] = "vote-front"
    p = one(jane_data, "NAME-5")
    assert (p.severity, p.path) == (Severity.WARNING, "clusters[0].services[1].name")


def test_name_5_same_node_pool_name_in_two_clusters_is_fine(jane_data):
    assert jane_data["clusters"][0]["node_pools"][0]["name"] == jane_data["clusters"][1]["node_pools"][0]["name"]
    assert silent(jane_data, "NAME-5")


def test_ref_1_unknown_logical_network(jane_data):
    jane_data["clusters"][1]["logical_network"] = "aks-lnet-02"
    p = one(jane_data, "REF-1")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[1].logical_network")
    assert "aks-lnet-02" in p.message and "aks-lnet-01" in p.message


def test_ref_1_known_logical_network_is_fine(jane_data):
    assert silent(jane_data, "REF-1")

"""Scale limits (SCALE-1..4) and VM sizes (SIZE-1)."""

from __future__ import annotations

import copy

import pytest

from aksarc_gui.planning.problems import Severity
from rule_helpers import check, of_rule, one, silent


def _pools(n, count=1):
    return [{"name": f"pool{i:02d}", "count": count} for i in range(n)]


def test_scale_1_no_node_pool(jane_data):
    jane_data["clusters"][0]["node_pools"] = []
    p = one(jane_data, "SCALE-1")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[0].node_pools") and "0 node pools" in p.message


def test_scale_1_seventeen_node_pools(jane_data):
    jane_data["clusters"][0]["node_pools"] = _pools(17)
    assert "17 node pools" in one(jane_data, "SCALE-1").message


def test_scale_1_sixteen_node_pools_are_fine(jane_data):
    jane_data["clusters"][0]["node_pools"] = _pools(16)
    assert silent(jane_data, "SCALE-1")


def _second_pool(jane_data, count):
    jane_data["clusters"][0]["node_pools"].append({"name": "pool2", "count": count, "vm_size": "Standard_A4_v2",
                                                   "os_type": "Linux"})


@pytest.mark.parametrize("count", [0, 201])
def test_scale_2_nodes_in_the_default_pool(jane_data, count):
    jane_data["clusters"][0]["node_pools"][0]["count"] = count
    p = one(jane_data, "SCALE-2")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[0].node_pools[0].count")
    assert f"{count} nodes" in p.message and "1 to 200" in p.message


@pytest.mark.parametrize("count", [1, 65, 200])
def test_scale_2_default_pool_limits_are_inclusive(jane_data, count):
    jane_data["clusters"][0]["node_pools"][0]["count"] = count
    assert silent(jane_data, "SCALE-2")


@pytest.mark.parametrize("count", [0, 65])
def test_scale_2_nodes_in_an_added_pool(jane_data, count):
    _second_pool(jane_data, count)
    p = one(jane_data, "SCALE-2")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[0].node_pools[1].count")
    assert f"{count} nodes" in p.message and "1 to 64" in p.message


@pytest.mark.parametrize("count", [1, 64])
def test_scale_2_added_pool_limits_are_inclusive(jane_data, count):
    _second_pool(jane_data, count)
    assert silent(jane_data, "SCALE-2")


def test_scale_3_more_than_200_nodes(jane_data):
    # 3 control plane nodes + 3 x 64 + 6 workers = 201
    jane_data["clusters"][0]["node_pools"] = _pools(3, 64) + [{"name": "last", "count": 6}]
    p = one(jane_data, "SCALE-3")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[0].node_pools") and "201" in p.message


def test_scale_3_exactly_200_nodes_is_fine(jane_data):
    jane_data["clusters"][0]["node_pools"] = _pools(3, 64) + [{"name": "last", "count": 5}]
    assert silent(jane_data, "SCALE-3")


def _clusters(data, n):
    template = data["clusters"][1]
    data["clusters"] = []
    for i in range(n):
        cluster = copy.deepcopy(template)
        cluster["name"] = f"c{i}"
        cluster["control_plane"]["ip"] = f"10.220.32.{100 + i}"
        data["clusters"].append(cluster)
    data["logical_networks"][0]["ip_pool"] = {"start": "10.220.32.150", "end": "10.220.32.254"}


def test_scale_4_more_than_32_clusters(jane_data):
    _clusters(jane_data, 33)
    p = one(jane_data, "SCALE-4")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters") and "33" in p.message


def test_scale_4_32_clusters_are_fine(jane_data):
    _clusters(jane_data, 32)
    assert silent(jane_data, "SCALE-4")


def test_size_1_unknown_sizes_warn(jane_data):
    jane_data["clusters"][0]["control_plane"]["vm_size"] = "Standard_A2_v2"  # a worker size only
    jane_data["clusters"][0]["node_pools"][0]["vm_size"] = "Standard_A4_V2"  # misspelt
    found = of_rule(check(jane_data), "SIZE-1")
    assert {(p.path, p.severity) for p in found} == {
        ("clusters[0].control_plane.vm_size", Severity.WARNING),
        ("clusters[0].node_pools[0].vm_size", Severity.WARNING)}


@pytest.mark.parametrize("size", ["Standard_D32s_v3", "Standard_NK12", "Standard_NC16_A16"])
def test_size_1_listed_worker_sizes_are_fine(jane_data, size):
    jane_data["clusters"][0]["node_pools"][0]["vm_size"] = size
    assert silent(jane_data, "SIZE-1")

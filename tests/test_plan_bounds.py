"""Sanity limits in the model: above Microsoft's scale limits (rules report those), below what would hang."""

from __future__ import annotations

import copy
import json

import pytest

from aksarc_gui.domain import PlanLoadError, load_plan_text
from aksarc_gui.domain import plan as model
from tests.rule_helpers import check, of_rule


def load_error(data: dict) -> str:
    with pytest.raises(PlanLoadError) as info:
        load_plan_text(json.dumps(data), "bad.aksplan")
    return str(info.value)


@pytest.mark.parametrize(("where", "limit"), [
    (lambda d: d["clusters"][0]["node_pools"][0], model.MAX_POOL_NODES),
    (lambda d: d["clusters"][0]["control_plane"], model.MAX_CONTROL_PLANE_NODES),
])
def test_counts_have_an_upper_limit(jane_data, where, limit):
    where(jane_data)["count"] = limit
    load_plan_text(json.dumps(jane_data))  # the limit itself loads (and the rules report it)
    where(jane_data)["count"] = 10 ** 100
    assert f"must be at most {limit}, got 1000000" in load_error(jane_data)


def test_node_count_limit_is_above_the_learn_limit_so_the_rule_reports_it(jane_data):
    jane_data["clusters"][0]["node_pools"][0]["count"] = 201
    assert of_rule(check(jane_data), "SCALE-2")


def test_control_plane_of_seven_loads_and_cp5_reports_it(jane_data):
    jane_data["clusters"][0]["control_plane"]["count"] = 7
    assert of_rule(check(jane_data), "CP-5")


def test_autoscaler_bounds(jane_data):
    jane_data["clusters"][0]["node_pools"][0]["autoscaler"] = {"min_count": 1, "max_count": 2 ** 40}
    assert "clusters[0].node_pools[0].autoscaler.max_count: must be at most 999, got 1099511627776" in load_error(jane_data)


def test_instances_have_an_upper_limit(jane_data):
    jane_data["clusters"][0]["services"][0]["instances"] = 2 ** 31
    assert "clusters[0].services[0].instances: must be at most 9999, got 2147483648" in load_error(jane_data)


def test_instances_times_ports_per_service(jane_data):
    service = jane_data["clusters"][0]["services"][0]
    service["instances"] = 5001
    service["ports"] = [{"port": 443, "protocol": "TCP"}, {"port": 80, "protocol": "TCP"}]
    assert load_error(jane_data) == ("bad.aksplan: clusters[0].services[0]: 5001 instances x 2 ports make 10002 "
                                     "(instance, port) pairs; a service may have at most 10000")


def test_instances_times_ports_per_plan(jane_data):
    services = jane_data["clusters"][0]["services"]
    services[0]["instances"] = 9999
    services[1]["instances"] = 9999
    assert load_error(jane_data) == ("bad.aksplan: the services have 19998 (instance, port) pairs in all; a plan "
                                     "may have at most 10000")


def test_clusters_list_is_bounded(jane_data):
    shape = jane_data["clusters"][1]
    jane_data["clusters"] = [{**copy.deepcopy(shape), "name": f"c{i}"} for i in range(model.MAX_CLUSTERS + 1)]
    assert "clusters: 1001 items; at most 1000 are allowed" in load_error(jane_data)


def test_node_pools_per_plan(jane_data):
    shape = jane_data["clusters"][1]
    pool = shape["node_pools"][0]
    shape["node_pools"] = [{**pool, "name": f"p{i}"} for i in range(200)]
    jane_data["clusters"] = [{**copy.deepcopy(shape), "name": f"c{i}"} for i in range(21)]
    assert load_error(jane_data) == "bad.aksplan: the clusters have 4200 node pools in all; a plan may have at most 4096"


def test_schema_states_the_limits():
    from aksarc_gui.domain.schema import plan_schema

    text = json.dumps(plan_schema())
    assert '"maximum": 999' in text and '"maximum": 9999' in text and '"maxItems": 1000' in text


def test_address_entries_per_plan(jane_data):
    net = jane_data["logical_networks"][0]
    net["dns_servers"] = ["10.220.32.17"] * 100
    jane_data["logical_networks"] = [{**copy.deepcopy(net), "name": f"n{i}"} for i in range(200)]
    assert load_error(jane_data).startswith("bad.aksplan: the plan lists 20")
    assert load_error(jane_data).endswith("addresses, ranges and networks in all; a plan may have at most 20000")


@pytest.mark.parametrize(("where", "field", "limit", "item"), [
    (lambda d: d["logical_networks"][0], "dns_servers", model.MAX_DNS_SERVERS, "10.220.32.17"),
    (lambda d: d["management_network"], "host_ips", model.MAX_HOSTS, "192.168.100.11"),
    (lambda d: d["clusters"][0]["load_balancer"], "addresses", model.MAX_LB_ADDRESSES, "10.220.32.50"),
])
def test_address_lists_are_bounded(jane_data, where, field, limit, item):
    where(jane_data)[field] = [item] * (limit + 1)
    assert f"{field}: {limit + 1} items; at most {limit} are allowed" in load_error(jane_data)

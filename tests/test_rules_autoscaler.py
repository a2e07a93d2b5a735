"""The cluster autoscaler: POOL-5 (bounds), SCALE-5 (12 clusters), and POOL-3 counting max_count."""

from __future__ import annotations

import copy

import pytest

from aksarc_gui.planning.budget import budget
from aksarc_gui.planning.capacity import capacity
from aksarc_gui.planning.problems import Severity
from rule_helpers import check, of_rule, one, plan_of, silent

POOL_B = "clusters[1].node_pools[0]"  # cluster-b's pool: 3 nodes


def _scale(data, low, high, count=None, cluster=1):
    pool = data["clusters"][cluster]["node_pools"][0]
    pool["autoscaler"] = {"min_count": low, "max_count": high}
    if count is not None:
        pool["count"] = count


@pytest.mark.parametrize(("low", "high", "count"), [(1, 3, 3), (3, 3, 3), (1, 64, 1), (2, 5, 4)])
def test_pool_5_count_within_the_range_is_fine(jane_data, low, high, count):
    _scale(jane_data, low, high, count)
    assert silent(jane_data, "POOL-5")


def test_pool_5_absent_or_null_autoscaler_is_off(jane_data):
    assert silent(jane_data, "POOL-5")
    jane_data["clusters"][1]["node_pools"][0]["autoscaler"] = None
    assert silent(jane_data, "POOL-5")


def test_pool_5_min_count_zero_is_an_error_naming_the_fix(jane_data):
    _scale(jane_data, 0, 3)
    p = one(jane_data, "POOL-5")
    assert (p.severity, p.path) == (Severity.ERROR, f"{POOL_B}.autoscaler.min_count")
    assert "min_count 0" in p.message and "set min_count to 1" in p.message


def test_pool_5_max_count_above_the_default_pools_200_is_an_error(jane_data):
    _scale(jane_data, 1, 201)
    p = one(jane_data, "POOL-5")
    assert p.path == f"{POOL_B}.autoscaler.max_count" and "set max_count to 200 or less" in p.message
    _scale(jane_data, 1, 200)
    assert silent(jane_data, "POOL-5")


def test_pool_5_max_count_above_64_in_an_added_pool_is_an_error(jane_data):
    pools = jane_data["clusters"][1]["node_pools"]
    pools.append(dict(copy.deepcopy(pools[0]), name="extra", count=1, autoscaler={"min_count": 1, "max_count": 65}))
    p = one(jane_data, "POOL-5")
    assert p.path == "clusters[1].node_pools[1].autoscaler.max_count" and "set max_count to 64 or less" in p.message
    pools[1]["autoscaler"]["max_count"] = 64
    assert silent(jane_data, "POOL-5")


def test_pool_5_min_above_max_is_one_error_on_max_count(jane_data):
    _scale(jane_data, 5, 4, count=4)
    p = one(jane_data, "POOL-5")
    assert p.path == f"{POOL_B}.autoscaler.max_count"
    assert "min_count 5 above max_count 4" in p.message and "set max_count to 5 or more" in p.message
    assert p.related == (f"{POOL_B}.autoscaler.min_count",)


@pytest.mark.parametrize(("count", "fit"), [(1, 2), (6, 5)])
def test_pool_5_count_outside_the_range_names_the_count_to_use(jane_data, count, fit):
    _scale(jane_data, 2, 5, count=count)
    p = one(jane_data, "POOL-5")
    assert (p.severity, p.path) == (Severity.ERROR, f"{POOL_B}.count")
    assert f"starts with {count} nodes" in p.message and f"set the node count to {fit}" in p.message


def test_pool_3_counts_an_autoscaled_pool_at_max_count(jane_data):
    # jane's pool .18-.38 holds 21; the clusters need 8 + 4 + 2 upgrade IPs = 14
    assert silent(jane_data, "POOL-3")
    _scale(jane_data, 1, 10)  # cluster-b: 1 + 10 at its largest -> 8 + 11 + 2 = 21, exactly enough
    assert silent(jane_data, "POOL-3")
    assert budget(plan_of(jane_data)).clusters[1].node_vms == 11
    _scale(jane_data, 1, 11)  # one more: 22 > 21
    p = one(jane_data, "POOL-3")
    assert "need 22" in p.message and "1 too few" in p.message and "end at 10.220.32.39" in p.message
    assert p.message.endswith("Node pools with the cluster autoscaler count at their max_count.")


def test_budget_and_capacity_count_max_count_and_not_the_start_size(jane_data):
    before = capacity(plan_of(jane_data)).network("aks-lnet-01").more_nodes
    _scale(jane_data, 1, 7)  # count stays 3, the pool may grow by 4
    plan = plan_of(jane_data)
    assert budget(plan).pool == 14 + 4
    assert capacity(plan).network("aks-lnet-01").more_nodes == before - 4


def test_scale_3_counts_max_count_too(jane_data):
    pools = jane_data["clusters"][1]["node_pools"]
    pools[:] = [{"name": f"pool{i:02d}", "count": 1, "vm_size": "Standard_A4_v2", "os_type": "Linux",
                 "autoscaler": {"min_count": 1, "max_count": 50}} for i in range(4)]
    jane_data["logical_networks"][0]["address_prefix"] = "10.220.0.0/16"
    jane_data["logical_networks"][0]["ip_pool"] = {"start": "10.220.1.0", "end": "10.220.2.255"}
    p = one(jane_data, "SCALE-3")  # 1 control plane + 4 x 50
    assert "201 nodes" in p.message


def _clusters(data, n):
    base = data["clusters"][1]
    data["clusters"] = [dict(copy.deepcopy(base), name=f"c{i:02d}", control_plane=dict(base["control_plane"], ip=None))
                        for i in range(n)]
    data["platform"]["release"] = "2411"  # control plane IPs from the pool
    data["logical_networks"][0]["address_prefix"] = "10.220.0.0/16"
    data["logical_networks"][0]["ip_pool"] = {"start": "10.220.1.0", "end": "10.220.2.255"}
    for c in data["clusters"]:
        c["load_balancer"] = None


def test_scale_5_thirteen_clusters_with_the_autoscaler_is_an_error(jane_data):
    _clusters(jane_data, 13)
    assert silent(jane_data, "SCALE-5")  # no autoscaler: 32 allowed
    _scale(jane_data, 1, 3, cluster=4)
    p = one(jane_data, "SCALE-5")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters")
    assert "13 clusters" in p.message and "c04" in p.message and "at most 12" in p.message


def test_scale_5_twelve_clusters_with_the_autoscaler_is_fine(jane_data):
    _clusters(jane_data, 12)
    for c in range(12):
        _scale(jane_data, 1, 3, cluster=c)
    assert silent(jane_data, "SCALE-5")
    assert not [p for p in check(jane_data) if p.severity is Severity.ERROR and p.rule.startswith(("POOL", "SCALE"))]


def test_autoscaler_messages_are_translatable(jane_data):
    from aksarc_gui.i18n import set_translator

    _scale(jane_data, 0, 3)
    set_translator(lambda context, text: f"[{context}] {text}" if context == "Rules" else text, "xx")
    try:
        found = of_rule(check(jane_data), "POOL-5")
    finally:
        set_translator(None)
    assert found and found[0].message.startswith("[Rules]")

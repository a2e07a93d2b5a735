"""Headroom forecast of deployed logical networks (aksarc-plan headroom)."""

from __future__ import annotations

import json

import pytest

from aksarc_gui.azure_import import read_files
from aksarc_gui.azure_import.headroom import forecast
from aksarc_gui.azure_import.merge import import_plan
from aksarc_gui.cli import main
from aksarc_gui.domain import Plan, save_plan
from tests.az_support import ALL


@pytest.fixture
def deployed() -> Plan:
    return import_plan(read_files(ALL)).plan


def _with(plan: Plan, *clusters: dict, pools: list[dict] | None = None) -> Plan:
    data = plan.model_dump(mode="json")
    data["clusters"] += list(clusters)
    if pools:
        data["clusters"][0]["node_pools"] += pools
    return Plan.model_validate(data)


def _cluster(name: str, nodes: int) -> dict:
    return {"name": name, "logical_network": "aks-lnet-01", "control_plane": {"count": 1, "ip": None},
            "node_pools": [{"name": "np1", "count": nodes}]}


def test_deployed_use_counts_clusters_and_nics_in_the_pool(deployed):
    snap = read_files(ALL)
    row = forecast(deployed, snap)[0]
    # cluster-a: 3 control plane + 3 + autoscaled max 3 node VMs + 1 upgrade; build-agent-nic is inside the pool
    assert (row.name, row.pool_size, row.in_use, row.azure_used) == ("aks-lnet-01", 21, 11, 9)
    assert (row.more_node_vms, row.more_clusters, row.upgrades_at_once) == (10, 3, 11)
    assert forecast(deployed)[0].in_use == 10  # without the az files: the plan alone


def test_azure_counter_wins_when_it_knows_more(deployed, tmp_path):
    from tests.az_support import fixture, write

    doc = fixture("lnet-list.json")
    doc[0]["properties"]["subnets"][0]["properties"]["ipPools"][0]["info"]["used"] = "15"
    row = forecast(deployed, read_files([write(tmp_path, "l.json", doc)]))[0]
    assert (row.in_use, row.azure_used, row.free) == (15, 15, 6)


def test_first_planned_cluster_that_exhausts_the_pool_is_named(deployed):
    plan = _with(deployed, _cluster("cluster-b2", 5), _cluster("cluster-c", 2), _cluster("cluster-d", 1))
    row = forecast(plan, read_files(ALL))[0]
    assert [(a.text, a.need, a.free_before) for a in row.actions] == [
        ("adding cluster-b2", 7, 10), ("adding cluster-c", 4, 3), ("adding cluster-d", 3, -1)]
    assert row.exhausted_by == "adding cluster-c"
    assert row.message == "adding cluster-c uses the last 3 pool addresses: its first upgrade fails"


def test_node_vms_that_do_not_fit_and_node_pools_on_deployed_clusters(deployed):
    snap = read_files(ALL)  # free: 10
    row = forecast(_with(deployed, _cluster("huge", 20)), snap)[0]
    assert row.message == "adding huge needs 22 pool addresses, 10 are left: its node VMs do not all get an address"
    row = forecast(_with(deployed, pools=[{"name": "extra", "count": 11}]), snap)[0]
    assert row.message == ("adding node pool extra to cluster-a uses the last 10 pool addresses and the one kept for "
                           "upgrades: the next upgrade of cluster-a fails")
    assert forecast(_with(deployed, pools=[{"name": "extra", "count": 10}]), snap)[0].message == ""


def test_release_2411_counts_the_automatic_control_plane_ip(deployed):
    plan = deployed.model_copy(update={"platform": deployed.platform.model_copy(update={"release": "2411"})})
    assert forecast(plan)[0].more_clusters == 11 // 4


def test_cli_text_json_and_exit_codes(deployed, tmp_path, capsys):
    path = tmp_path / "p.aksplan"
    save_plan(deployed, path)
    assert main(["headroom", str(path)]) == 0
    out = capsys.readouterr().out
    assert "aks-lnet-01" in out and "More clusters" in out
    save_plan(_with(deployed, _cluster("cluster-c", 9)), path)
    assert main(["headroom", str(path), "--az", *ALL, "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["logical_networks"][0]["exhausted_by"] == "adding cluster-c"
    assert main(["headroom", str(path), "--az", str(tmp_path / "none.json")]) == 2


def test_deployed_clusters_already_over_the_pool(deployed):
    data = deployed.model_dump(mode="json")
    data["clusters"][0]["node_pools"][0]["count"] = 30
    row = forecast(Plan.model_validate(data))[0]
    assert row.exhausted_by == "what is deployed"
    assert row.message == "the deployed clusters already need 37 pool addresses, the pool has 21"
    assert (row.more_node_vms, row.more_clusters, row.upgrades_at_once) == (0, 0, 0)


def test_no_deployed_network(jane, tmp_path, capsys):
    path = tmp_path / "jane.aksplan"
    save_plan(jane, path)
    assert main(["headroom", str(path)]) == 0
    assert "No deployed logical network" in capsys.readouterr().out


def test_control_plane_ips_outside_the_pool_bound_new_clusters_before_2411(deployed):
    data = deployed.model_dump(mode="json")
    data["reservations"].append({"name": "devices", "start": "10.220.32.61", "end": "10.220.32.254"})
    plan = Plan.model_validate(data)
    row = forecast(plan)[0]
    # usable .1-.254 minus gateway, 2 DNS, pool .18-.38, control plane .40, LB .50-.53, the NIC .60, devices
    assert row.free_outside_pool == 254 - 1 - 2 - 21 - 1 - 4 - 1 - 194
    assert row.more_clusters == min(11 // 3, row.free_outside_pool)
    data["reservations"][-1]["start"] = "10.220.32.2"
    full = Plan.model_validate(data)
    assert forecast(full)[0].free_outside_pool == 0 and forecast(full)[0].more_clusters == 0
    later = full.model_copy(update={"platform": full.platform.model_copy(update={"release": "2411"})})
    assert forecast(later)[0].more_clusters == 11 // 4  # 2411 takes the control plane IP from the pool

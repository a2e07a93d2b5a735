"""Drift between a plan's deployed objects and az output (aksarc-plan diff)."""

from __future__ import annotations

import json

import pytest

from aksarc_gui.azure_import import read_files
from aksarc_gui.azure_import.diff import CHANGED, EXTRA, MISSING, diff
from aksarc_gui.azure_import.merge import import_plan
from aksarc_gui.cli import main
from aksarc_gui.domain import save_plan
from tests.az_support import ALL, FIXTURES, fixture, write


@pytest.fixture
def deployed():
    return import_plan(read_files(ALL)).plan


def _edit(plan, change):
    data = plan.model_dump(mode="json")
    change(data)
    return type(plan).model_validate(data)


def test_round_trip_import_plan_diff_has_no_drift(tmp_path):
    plan_path = tmp_path / "p.aksplan"
    assert main(["import", "--az", *ALL, "-o", str(plan_path)]) == 0
    assert main(["diff", str(plan_path), "--az", *reversed(ALL)]) == 0


def test_changed_field_is_reported_with_both_values(deployed, tmp_path):
    doc = fixture("lnet-list.json")
    doc[0]["properties"]["subnets"][0]["properties"]["vlan"] = 33
    drift = diff(deployed, read_files([write(tmp_path, "l.json", doc), str(FIXTURES / "lnet-show.json")]))
    assert [(d.kind, d.path, d.plan, d.azure) for d in drift] == [(CHANGED, "logical_networks[0].vlan", "32", "33")]


def test_a_show_alone_reports_nothing_missing(deployed):
    assert diff(deployed, read_files([str(FIXTURES / "lnet-show.json")])) == []
    drift = diff(deployed, read_files([str(FIXTURES / "lnet-list.json")]))  # a list is all of them
    assert [(d.kind, d.what) for d in drift] == [(MISSING, "logical network lnet-vip-only")]


def test_missing_and_extra_objects(deployed, tmp_path):
    doc = fixture("lnet-list.json")
    gone = doc.pop(1)
    extra = json.loads(json.dumps(gone).replace("lnet-flat", "lnet-new"))
    doc.append(extra)
    drift = diff(deployed, read_files([write(tmp_path, "l.json", doc), str(FIXTURES / "lnet-show.json")]))
    kinds = {(d.kind, d.what) for d in drift}
    assert (MISSING, "logical network lnet-flat") in kinds
    assert (EXTRA, "logical network lnet-new") in kinds
    assert len(drift) == 2


def test_only_the_kinds_in_the_files_are_compared(deployed):
    assert diff(deployed, read_files([str(FIXTURES / "lb-list.json")])) == []
    assert diff(deployed, read_files([str(FIXTURES / "aksarc-list.json")])) != []  # profile count 2, plan has 3
    drift = diff(deployed, read_files([str(FIXTURES / "aksarc-list.json"), str(FIXTURES / "nodepool-list.json")]))
    assert drift == []


def test_node_pool_count_drift_and_autoscaled_count_is_ignored(deployed, tmp_path):
    pools = fixture("nodepool-list.json")
    pools[0]["properties"]["count"] = 5
    pools[1]["properties"]["count"] = 3  # autoscaler on: its count moves by itself
    drift = diff(deployed, read_files([write(tmp_path, "p.json", pools)]))
    assert [(d.what, d.field, d.plan, d.azure) for d in drift] == [
        ("node pool nodepool1 of cluster cluster-a", "count", "3", "5")]


def test_planned_objects_are_not_drift_until_azure_has_them(deployed, tmp_path):
    plan = _edit(deployed, lambda d: d["clusters"].append(
        {"name": "cluster-c", "logical_network": "aks-lnet-01", "node_pools": [{"name": "np1"}]}))
    assert diff(plan, read_files(ALL)) == []
    plan = _edit(deployed, lambda d: d["clusters"][1].__setitem__("deployed", False))
    assert [(d.field, d.plan, d.azure) for d in diff(plan, read_files(ALL))] == [("deployed", "false", "true")]


def test_nic_reservations(deployed, tmp_path):
    nics = fixture("nic-list.json")
    nics[0]["properties"]["ipConfigurations"][0]["properties"]["privateIPAddress"] = "10.220.32.61"
    nics.append(json.loads(json.dumps(nics[0]).replace("vm-jump", "vm-new").replace("10.220.32.61", "10.220.32.70")))
    drift = diff(deployed, read_files([write(tmp_path, "n.json", nics), str(FIXTURES / "lnet-list.json"),
                                       str(FIXTURES / "lnet-show.json")]))
    assert [(d.kind, d.what, d.plan, d.azure) for d in drift] == [
        (CHANGED, "reservation for network interface vm-jump-nic", "10.220.32.60", "10.220.32.61"),
        (EXTRA, "reservation for network interface vm-new-nic", "", "")]
    drift = diff(deployed, read_files([write(tmp_path, "n.json", nics[1:2])]))  # a list without vm-jump-nic
    assert [(d.kind, d.path) for d in drift] == [(MISSING, "reservations[3]")]


def test_load_balancer_drift(deployed, tmp_path):
    lbs = fixture("lb-list.json")
    lbs[0]["advertiseMode"] = "BGP"
    drift = diff(deployed, read_files([write(tmp_path, "lb.json", lbs)]))
    assert [(d.path, d.plan, d.azure) for d in drift] == [("clusters[0].load_balancer.advertise_mode", "ARP", "BGP")]


def test_cli_exit_codes_and_json(deployed, tmp_path, capsys):
    plan_path = tmp_path / "p.aksplan"
    save_plan(_edit(deployed, lambda d: d["logical_networks"][0].__setitem__("gateway", "10.220.32.254")), plan_path)
    assert main(["diff", str(plan_path), "--az", *ALL, "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["same"] is False
    assert doc["drift"] == [{"kind": "changed", "what": "logical network aks-lnet-01", "path": "logical_networks[0].gateway",
                             "field": "gateway", "plan": "10.220.32.254", "azure": "10.220.32.1"}]
    assert main(["diff", str(plan_path), "--az", str(tmp_path / "absent.json")]) == 2
    assert main(["diff", str(tmp_path / "absent.aksplan"), "--az", *ALL]) == 2
    err = capsys.readouterr().err
    assert "absent.json" in err and "absent.aksplan" in err and "Traceback" not in err


def test_node_pool_lists_without_their_cluster(deployed, tmp_path):
    pools = fixture("nodepool-list.json")
    del pools[1]  # winpool is gone from Azure
    drift = diff(deployed, read_files([write(tmp_path, "p.json", pools)]))
    assert [(d.kind, d.what) for d in drift] == [(MISSING, "node pool winpool of cluster cluster-a")]
    other = json.loads(json.dumps(fixture("nodepool-list.json")).replace("cluster-a", "cluster-z"))
    drift = diff(deployed, read_files([write(tmp_path, "z.json", other)]))
    assert [(d.kind, d.what) for d in drift] == [(EXTRA, "cluster cluster-z")]

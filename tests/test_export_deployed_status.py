"""The workbook says which addresses and clusters exist already and which are still to be made."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from aksarc_gui.export.workbook import workbook_bytes
from tests.test_deployed_objects import _deployed, _edit


def _mixed():
    """The imported plan, plus a new cluster on the deployed network and a new pool on cluster-a."""
    def change(data):
        new = {"name": "cluster-new", "logical_network": "aks-lnet-01",
               "control_plane": {"count": 1, "ip": "10.220.32.45"},
               "node_pools": [{"name": "nodepool1", "count": 2}]}
        data["clusters"].append(new)
        data["clusters"][0]["node_pools"].append({"name": "extra", "count": 1})
    return _edit(_deployed(), change)


def _table(ws) -> list[dict]:
    header = [c.value for c in ws[1]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True)]


def test_reservations_status_per_row():
    rows = _table(load_workbook(io.BytesIO(workbook_bytes(_mixed())))["Reservations"])
    status = {(r["Role"], r["Owner"]): r["Status"] for r in rows}
    assert status[("control plane IP", "cluster-a")] == "exists in Azure"
    assert status[("control plane IP", "cluster-new")] == "planned"
    assert status[("node VMs", "cluster-a")] == "exists in Azure; new: extra"
    assert status[("node VMs", "cluster-new")] == "planned"
    assert status[("reservation", "vm-jump-nic")] == "exists in Azure"


def test_clusters_status_names_what_is_new_on_a_deployed_cluster():
    rows = {r["Cluster"]: r["Status"]
            for r in _table(load_workbook(io.BytesIO(workbook_bytes(_mixed())))["Clusters"])}
    assert rows == {"cluster-a": "exists in Azure; new: extra", "cluster-b": "exists in Azure",
                    "cluster-new": "planned"}


def test_a_plan_made_here_is_planned_and_the_management_network_is_azure_locals(jane):
    wb = load_workbook(io.BytesIO(workbook_bytes(jane)))
    rows = _table(wb["Reservations"])
    management = [r for r in rows if r["Network"] == "management network"]
    assert management and {r["Status"] for r in management} == {"exists (Azure Local)"}
    assert {r["Status"] for r in rows if r not in management} == {"planned"}
    assert {r["Status"] for r in _table(wb["Clusters"])} == {"planned"}

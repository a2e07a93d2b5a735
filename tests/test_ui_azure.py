"""File > Import from Azure and Compare with Azure, and the read-only fields of deployed objects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from aksarc_gui.ui import azure_dialogs
from aksarc_gui.ui.editors.forms import ClusterForm, NetworkForm, NodePoolForm
from tests.az_support import ALL, FIXTURES, fixture, write
from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures


def _choose(monkeypatch: Any, paths: list[str]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (paths, ""))


def _no_info(monkeypatch: Any) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def test_file_menu_import_merges_as_one_undo_step(qtbot, window, monkeypatch) -> None:
    _choose(monkeypatch, ALL)
    _no_info(monkeypatch)
    monkeypatch.setattr(azure_dialogs, "ask_mode", lambda _w: azure_dialogs.MERGE)
    steps = window.doc.undo_stack.count()
    window.act_import_azure.trigger()
    plan = window.doc.plan
    assert window.doc.undo_stack.count() == steps + 1
    assert plan.name == "Jane's AKS Arc environment"
    assert plan.network("aks-lnet-01").deployed and plan.network("lnet-flat").deployed
    assert [c.name for c in plan.clusters] == ["cluster-a", "cluster-b"] and all(c.deployed for c in plan.clusters)
    window.doc.undo_stack.undo()
    assert not window.doc.plan.network("aks-lnet-01").deployed


def test_import_as_a_new_plan(qtbot, window, monkeypatch) -> None:
    _no_info(monkeypatch)
    assert azure_dialogs.import_from_azure(window, ALL, azure_dialogs.NEW)
    assert window.doc.path is None and window.doc.modified
    assert [n.name for n in window.doc.plan.logical_networks] == ["aks-lnet-01", "lnet-flat", "lnet-vip-only"]


def test_bad_az_file_shows_the_file_and_path_and_changes_nothing(qtbot, window, dialogs, tmp_path) -> None:
    doc = fixture("lnet-list.json")
    del doc[0]["properties"]["subnets"][0]["properties"]["addressPrefix"]
    before = window.doc.plan
    assert not azure_dialogs.import_from_azure(window, [write(tmp_path, "bad.json", doc)], azure_dialogs.MERGE)
    assert window.doc.plan is before
    title, text = dialogs.errors[-1]
    assert "bad.json: [0].properties.subnets[0].properties.addressPrefix: required field is missing" in text


def test_deployed_network_fields_are_read_only_with_the_reason(qtbot, window, monkeypatch) -> None:
    _no_info(monkeypatch)
    azure_dialogs.import_from_azure(window, ALL, azure_dialogs.MERGE)
    window.select_path("logical_networks[0].vlan")
    form = window.current_form()
    assert isinstance(form, NetworkForm)
    assert form.deployed_banner.isVisible()
    assert not form.vlan.isEnabled() and not form.prefix.isEnabled() and not form.pool_start.isEnabled()
    assert "cannot change after it is created" in form.vlan.toolTip()
    before = window.doc.plan
    form.vlan.setFocus()
    qtbot.keyClicks(form.vlan, "99")
    qtbot.keyClicks(form.prefix.edit, "10.0.0.0/8")
    assert window.doc.plan == before  # nothing reached the plan
    assert form.dns.isEnabled()  # DNS servers are not fixed by Azure


def test_deployed_cluster_and_pool_fields_and_a_new_pool_stays_editable(qtbot, window, monkeypatch) -> None:
    _no_info(monkeypatch)
    azure_dialogs.import_from_azure(window, ALL, azure_dialogs.MERGE)
    window.select_path("clusters[0].control_plane.ip")
    form = window.current_form()
    assert isinstance(form, ClusterForm)
    assert not form.cp_ip.isEnabled() and not form.network.isEnabled() and form.cp_count.isEnabled()
    window.select_path("clusters[0].node_pools[0].count")
    pool_form = window.current_form()
    assert isinstance(pool_form, NodePoolForm)
    assert not pool_form.size.isEnabled() and pool_form.count.isEnabled()
    window.select_path("clusters[0]")
    window.add_child("node_pools")  # a planned pool on the deployed cluster
    window.select_path(f"clusters[0].node_pools[{len(window.doc.plan.clusters[0].node_pools) - 1}].vm_size")
    new_form = window.current_form()
    assert new_form.size.isEnabled() and not new_form.deployed_banner.isVisible()


def test_compare_dialog_drift_and_headroom_tabs(qtbot, window, monkeypatch, tmp_path) -> None:
    _no_info(monkeypatch)
    azure_dialogs.import_from_azure(window, ALL, azure_dialogs.NEW)
    same = azure_dialogs.compare_with_azure(window, ALL)
    qtbot.addWidget(same)
    assert same.drift == [] and same.drift_table.rowCount() == 0
    assert "No drift" in same.drift_summary.text()
    assert same.headroom_table.item(0, 0).text() == "aks-lnet-01"
    assert same.headroom_table.item(0, 3).text() == "10"  # free pool addresses
    doc = fixture("lnet-list.json")
    doc[0]["properties"]["subnets"][0]["properties"]["vlan"] = 40
    _choose(monkeypatch, [write(tmp_path, "l.json", doc), str(FIXTURES / "lnet-show.json")])
    window.act_compare_azure.trigger()
    dialog = next(w for w in window.findChildren(azure_dialogs.CompareDialog) if w is not same and w.isVisible())
    assert dialog.tabs.tabText(0) == "Drift" and dialog.tabs.tabText(1) == "Headroom"
    row = [dialog.drift_table.item(0, c).text() for c in range(5)]
    assert row == ["changed", "logical network aks-lnet-01", "vlan", "32", "40"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_duplicate_of_a_deployed_cluster_is_planned(qtbot, window, monkeypatch) -> None:
    _no_info(monkeypatch)
    azure_dialogs.import_from_azure(window, ALL, azure_dialogs.NEW)
    window.select_path("clusters[0]")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = window.doc.plan.clusters[1]
    assert copy.name == "cluster-a-copy"
    assert not copy.deployed and not any(p.deployed for p in copy.node_pools) and not copy.load_balancer.deployed
    form = window.current_form()
    assert form.name.isEnabled() and not form.deployed_banner.isVisible()


def test_the_tree_marks_deployed_objects(qtbot, window, monkeypatch) -> None:
    from aksarc_gui.ui.navigation import tree_rows

    _no_info(monkeypatch)
    azure_dialogs.import_from_azure(window, ALL, azure_dialogs.MERGE)
    labels = {path: label for _, label, path in tree_rows(window.doc.plan)}
    assert labels["logical_networks[0]"] == "aks-lnet-01 (10.220.32.0/24) (deployed)"
    assert labels["clusters[0]"] == "cluster-a (deployed)"
    assert labels["clusters[0].node_pools[1]"] == "Node pool winpool (deployed)"
    assert labels["clusters[0].load_balancer"] == "Load balancer (deployed)"
    assert labels["clusters[0].services[0]"] == "Service vote-front"  # services are the plan's own


def test_double_click_on_a_drift_row_selects_the_field(qtbot, window, monkeypatch, tmp_path) -> None:
    _no_info(monkeypatch)
    azure_dialogs.import_from_azure(window, ALL, azure_dialogs.NEW)
    doc = fixture("aksarc-list.json")
    doc[0]["properties"]["controlPlane"]["controlPlaneEndpoint"]["hostIP"] = "10.220.32.45"
    dialog = azure_dialogs.compare_with_azure(window, [write(tmp_path, "c.json", doc), str(FIXTURES / "nodepool-list.json")])
    qtbot.addWidget(dialog)
    assert dialog.drift_table.rowCount() == 1
    table = dialog.drift_table
    rect = table.visualItemRect(table.item(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # first click of the two
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = window.current_form()
    assert isinstance(form, ClusterForm) and form.cp_ip.text() == "10.220.32.40"


def test_an_imported_reservation_is_read_only(qtbot, window, monkeypatch) -> None:
    _no_info(monkeypatch)
    azure_dialogs.import_from_azure(window, ALL, azure_dialogs.NEW)
    index = next(i for i, r in enumerate(window.doc.plan.reservations) if r.name == "vm-jump-nic")
    window.select_path(f"reservations[{index}]")
    form = window.current_form()
    assert not form.start.isEnabled() and "in use there" in form.start.toolTip()
    assert form.note.isEnabled()


def test_the_merge_or_new_question_is_answered_with_the_keyboard(qtbot, window, monkeypatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    _choose(monkeypatch, ALL)
    _no_info(monkeypatch)
    answers = []

    def answer(key) -> None:  # noqa: ANN001
        box = QApplication.activeModalWidget()
        answers.append([b.text() for b in box.buttons()])
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Escape))
    window.act_import_azure.trigger()
    assert not window.doc.plan.network("aks-lnet-01").deployed  # cancelled: nothing changed
    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Return))  # the default: merge
    window.act_import_azure.trigger()
    assert window.doc.plan.network("aks-lnet-01").deployed and window.doc.plan.name == "Jane's AKS Arc environment"
    assert "Merge into This Plan" in answers[0] and "New Plan" in answers[0]

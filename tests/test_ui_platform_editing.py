"""Editing the autoscaler, the proxy and the Arc gateway through the real window, typing as a person does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from aksarc_gui.ui.editors.forms import NodePoolForm, PlanForm
from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures

POOL = "clusters[1].node_pools[0]"


def retype(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)  # a field is stored on Enter (or when left)


def rules(window: Any) -> set[tuple[str, str]]:
    return {(p.rule, p.path) for p in window.problems_panel.model.problems()}


def test_the_autoscaler_is_turned_on_and_its_range_typed_into_the_node_pool_form(qtbot, window) -> None:
    window.select_path(POOL)
    form = window.current_form()
    assert isinstance(form, NodePoolForm)
    assert not form.autoscale.isChecked() and not form.max_count.isEnabled()

    form.autoscale.click()
    scaler = window.doc.plan.clusters[1].node_pools[0].autoscaler
    assert (scaler.min_count, scaler.max_count) == (1, 3)  # around the pool's 3 nodes: POOL-5 holds
    assert form.max_count.isEnabled() and not [r for r in rules(window) if r[0] == "POOL-5"]

    retype(qtbot, form.max_count, "12")
    retype(qtbot, form.min_count, "2")
    scaler = window.doc.plan.clusters[1].node_pools[0].autoscaler
    assert (scaler.min_count, scaler.max_count) == (2, 12)
    # cluster-b now counts 1 + 12 node VMs: 8 + 13 + 2 upgrade = 23 > the pool's 21 (POOL-3)
    assert ("POOL-3", "logical_networks[0].ip_pool") in rules(window)

    retype(qtbot, form.min_count, "4")  # above the 3 nodes it starts with: POOL-5 on the count
    assert ("POOL-5", f"{POOL}.count") in rules(window)
    assert form.count.property("problem") == "error"

    form.autoscale.click()
    assert window.doc.plan.clusters[1].node_pools[0].autoscaler is None
    assert not [r for r in rules(window) if r[0] in ("POOL-5", "POOL-3")]
    window.doc.undo_stack.undo()
    assert window.doc.plan.clusters[1].node_pools[0].autoscaler.min_count == 4
    assert form.autoscale.isChecked()


def test_the_arc_gateway_is_a_check_box_that_brings_port_5(qtbot, window) -> None:
    window.select_path("name")
    form = window.current_form()
    assert isinstance(form, PlanForm)
    assert not form.arc_gateway.isChecked()
    form.arc_gateway.click()
    assert window.doc.plan.platform.arc_gateway is True
    assert ("PORT-5", "platform.arc_gateway") in rules(window)
    form.arc_gateway.click()
    assert window.doc.plan.platform.arc_gateway is False
    assert window.doc.plan.model_dump(mode="json")["platform"]["arc_gateway"] is False


def test_the_proxy_is_typed_into_the_plan_form_and_its_bypass_list_completed(qtbot, window) -> None:
    window.select_path("name")
    form = window.current_form()
    assert not form.proxy_on.isChecked() and not form.http_proxy.isEnabled()

    form.proxy_on.click()
    assert window.doc.plan.platform.proxy is not None and form.http_proxy.isEnabled()
    retype(qtbot, form.http_proxy, "http://proxy.contoso.com:8080")
    retype(qtbot, form.https_proxy, "http://proxy.contoso.com:8080")
    retype(qtbot, form.no_proxy, "localhost, *.contoso.com,")
    proxy = window.doc.plan.platform.proxy
    assert proxy.http_proxy == proxy.https_proxy == "http://proxy.contoso.com:8080"
    assert proxy.no_proxy == ["localhost", "*.contoso.com"]
    assert form.no_proxy.text() == "localhost, *.contoso.com,"  # what was typed stays while it means the same
    assert ("PROXY-2", "platform.proxy.no_proxy") in rules(window)
    assert ("PROXY-3", "platform.proxy.no_proxy[1]") in rules(window)

    form.complete_bypass.click()
    entries = window.doc.plan.platform.proxy.no_proxy
    assert ".svc.cluster.local" in entries and ".contoso.com" in entries and "*.contoso.com" not in entries
    assert not [r for r in rules(window) if r[0] in ("PROXY-2", "PROXY-3")]
    assert form.no_proxy.text() == ",".join(entries)

    form.proxy_on.click()
    assert window.doc.plan.platform.proxy is None and not form.no_proxy.isEnabled()


def test_a_proxy_problem_leads_back_to_the_bypass_field_and_marks_it(qtbot, window) -> None:
    window.select_path("name")
    form = window.current_form()
    form.proxy_on.click()
    retype(qtbot, form.http_proxy, "http://proxy.contoso.com:8080")
    retype(qtbot, form.no_proxy, "localhost")
    assert form.no_proxy.property("problem") == "warning"
    assert "PROXY-2" in form.no_proxy.toolTip()

    window.select_path("clusters[1]")
    rows = [(p.rule, p.path) for p in window.problems_panel.model.problems()]
    row = rows.index(("PROXY-2", "platform.proxy.no_proxy"))
    window.problems_panel.view.doubleClicked.emit(window.problems_panel.model.index(row, 2))
    assert window.current_form() is form
    assert form.no_proxy.hasFocus() or form.focusWidget() is form.no_proxy


def test_the_firewall_panel_gives_the_bypass_list_and_port_5_as_the_plan_changes(qtbot, window) -> None:
    from PySide6.QtGui import QGuiApplication

    window.firewall_dock.raise_()
    panel = window.firewall_panel
    qtbot.waitUntil(lambda: ".svc.cluster.local" in panel.bypass.text.toPlainText())
    assert panel.bypass.note.text().startswith("The plan has no proxy")

    window.select_path("name")
    form = window.current_form()
    form.arc_gateway.click()
    form.proxy_on.click()
    retype(qtbot, form.no_proxy, "node1,*.contoso.com")
    qtbot.waitUntil(lambda: "node1" in panel.bypass.text.toPlainText().split(","))
    entries = panel.bypass.text.toPlainText().split(",")
    assert ".contoso.com" in entries and "*.contoso.com" not in entries
    assert [r[0] for r in panel.rows()[0]].count("PORT-5") == 2
    panel.bypass.copy_button.click()
    assert QGuiApplication.clipboard().text() == panel.bypass.text.toPlainText()

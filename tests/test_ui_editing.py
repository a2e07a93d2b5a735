"""Editing the plan through the real window, as a person would: type, see problems, undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from aksarc_gui.planning.validate import validate
from aksarc_gui.ui.editors.forms import ClusterForm, NetworkForm
from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures

CP_IP = "clusters[0].control_plane.ip"


def retype(qtbot: Any, line_edit: Any, text: str) -> None:
    """Select all and type over it, like a person replacing a field's content."""
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)  # a field is stored on Enter (or when left)


def problem_rules(window: Any) -> list[tuple[str, str]]:
    model = window.problems_panel.model
    return [(p.rule, p.path) for p in model.problems()]


def test_control_plane_ip_moved_into_the_pool_shows_cp3_then_moving_it_out_clears_it(qtbot, window) -> None:
    window.select_path(CP_IP)
    form = window.current_form()
    assert isinstance(form, ClusterForm)
    assert form.cp_ip.text() == "10.220.32.40"
    assert ("CP-3", CP_IP) not in problem_rules(window)

    retype(qtbot, form.cp_ip.edit, "10.220.32.20")

    assert str(window.doc.plan.clusters[0].control_plane.ip) == "10.220.32.20"
    assert ("CP-3", CP_IP) in problem_rules(window)
    assert form.cp_ip.edit.property("problem") == "error"
    assert "CP-3" in form.cp_ip.edit.toolTip()
    assert "1 error" in window.status_counts.text() or "error(s)" in window.status_counts.text()
    assert not window.status_counts.text().startswith("0 error")

    retype(qtbot, form.cp_ip.edit, "10.220.32.40")

    assert ("CP-3", CP_IP) not in problem_rules(window)
    assert form.cp_ip.edit.property("problem") == ""
    assert window.status_counts.text().startswith("0 error")


def test_text_that_is_not_an_address_is_flagged_inline_and_never_reaches_the_plan(qtbot, window) -> None:
    window.select_path(CP_IP)
    form = window.current_form()
    before = window.doc.plan
    steps = window.doc.undo_stack.count()

    retype(qtbot, form.cp_ip.edit, "10.220.x.40")  # never a valid address while typed

    assert form.cp_ip.error.isVisible()
    assert "IPv4" in form.cp_ip.error.text()
    assert form.cp_ip.edit.property("invalid") == "true"
    assert window.doc.plan is before
    assert window.doc.undo_stack.count() == steps

    retype(qtbot, form.cp_ip.edit, "10.220.32.300")  # valid up to "10.220.32.30", then not
    assert form.cp_ip.error.isVisible()
    assert "10.220.32.40" in form.cp_ip.error.text()  # the value the plan keeps
    assert str(window.doc.plan.clusters[0].control_plane.ip) == "10.220.32.40"
    qtbot.keyClick(form.cp_ip.edit, Qt.Key.Key_Backspace)
    assert not form.cp_ip.error.isVisible()  # the error follows the text once shown
    assert window.doc.undo_stack.count() == steps


def test_typing_into_one_field_is_one_undo_step_and_undo_redo_restore_the_text(qtbot, window) -> None:
    window.select_path("logical_networks[0].gateway")
    form = window.current_form()
    assert isinstance(form, NetworkForm)
    retype(qtbot, form.gateway.edit, "10.220.32.254")
    assert window.doc.undo_stack.count() == 1
    assert str(window.doc.plan.logical_networks[0].gateway) == "10.220.32.254"
    assert window.isWindowModified()

    window.act_undo.trigger()
    assert str(window.doc.plan.logical_networks[0].gateway) == "10.220.32.1"
    assert form.gateway.text() == "10.220.32.1"
    assert not window.isWindowModified()

    window.act_redo.trigger()
    assert str(window.doc.plan.logical_networks[0].gateway) == "10.220.32.254"
    assert form.gateway.text() == "10.220.32.254"


def test_leaving_a_field_closes_its_undo_step(qtbot, window) -> None:
    window.select_path("name")
    form = window.current_form()
    retype(qtbot, form.name, "First")
    form.name.editingFinished.emit()
    retype(qtbot, form.name, "Second")
    assert window.doc.undo_stack.count() == 2
    window.act_undo.trigger()
    assert window.doc.plan.name == "First"


def test_a_gateway_outside_the_prefix_marks_the_field_and_the_problem_leads_back_to_it(qtbot, window) -> None:
    window.select_path("logical_networks[0].gateway")
    form = window.current_form()
    retype(qtbot, form.gateway.edit, "10.99.0.1")
    rows = problem_rules(window)
    assert ("LNET-2", "logical_networks[0].gateway") in rows

    window.select_path("clusters[1]")  # look elsewhere, then follow the problem back
    assert window.current_form() is not form
    view = window.problems_panel.view
    row = rows.index(("LNET-2", "logical_networks[0].gateway"))
    view.doubleClicked.emit(window.problems_panel.model.index(row, 2))

    assert window.current_form() is form
    assert window.tree.current_path() == "logical_networks[0]"
    assert form.gateway.edit.property("problem") == "error"


def test_adding_a_cluster_grows_the_budget(qtbot, window) -> None:
    def total() -> str:
        rows = window.budget_panel.model.rows()
        return next(r[1] for r in rows if r[0] == "Total")

    assert total() == "19"
    window.act_add_cluster.trigger()
    # one control plane node + one worker + one upgrade IP in the pool, one control plane IP outside
    assert total() == "23"
    assert len(window.doc.plan.clusters) == 3
    assert isinstance(window.current_form(), ClusterForm)
    assert window.tree.current_path() == "clusters[2]"
    assert window.budget_panel.pool_row_texts() == [("aks-lnet-01", "21", "17", "4")]

    window.act_undo.trigger()
    assert total() == "19"
    assert len(window.doc.plan.clusters) == 2


def test_changing_a_node_count_updates_the_pool_usage(qtbot, window) -> None:
    window.select_path("clusters[0].node_pools[0].count")
    form = window.current_form()
    form.count.setFocus()
    form.count.selectAll()
    before = window.doc.plan.clusters[0].node_pools[0].count
    qtbot.keyClicks(form.count, "20")
    assert window.doc.plan.clusters[0].node_pools[0].count == before  # not stored while typed
    qtbot.keyClick(form.count, Qt.Key.Key_Return)
    assert window.doc.plan.clusters[0].node_pools[0].count == 20
    assert window.budget_panel.pool_row_texts() == [("aks-lnet-01", "21", "29", "-8")]
    assert window.doc.undo_stack.count() == 1  # 20, never 2 on the way


def test_renaming_a_network_keeps_its_clusters_attached(qtbot, window) -> None:
    window.select_path("logical_networks[0].name")
    form = window.current_form()
    retype(qtbot, form.name, "lnet-prod")
    plan = window.doc.plan
    assert plan.logical_networks[0].name == "lnet-prod"
    assert [c.logical_network for c in plan.clusters] == ["lnet-prod", "lnet-prod"]
    assert not [p for p in validate(plan) if p.severity.value == "error"]
    assert window.doc.undo_stack.count() == 1
    window.act_undo.trigger()
    assert [c.logical_network for c in window.doc.plan.clusters] == ["aks-lnet-01", "aks-lnet-01"]


def test_add_duplicate_remove_from_the_tree(qtbot, window) -> None:
    window.select_path("clusters[0].services[0]")
    window.act_duplicate.trigger()
    services = [s.name for s in window.doc.plan.clusters[0].services]
    assert services == ["vote-front", "vote-front-copy", "vote-back"]
    assert window.tree.current_path() == "clusters[0].services[1]"
    window.act_remove.trigger()
    assert [s.name for s in window.doc.plan.clusters[0].services] == ["vote-front", "vote-back"]

    window.select_path("clusters[1]")
    window.act_add_pool.trigger()
    assert [p.name for p in window.doc.plan.clusters[1].node_pools] == ["nodepool1", "nodepool2"]
    window.act_add_service.trigger()
    assert len(window.doc.plan.clusters[1].services) == 1
    window.act_add_reservation.trigger()
    window.act_add_network.trigger()
    assert len(window.doc.plan.reservations) == 1
    assert [n.name for n in window.doc.plan.logical_networks] == ["aks-lnet-01", "aks-lnet-02"]
    assert window.tree.current_path() == "logical_networks[1]"
    assert window.tree.currentItem().text(0) == "aks-lnet-02 (10.0.0.0/24)"


def test_load_balancer_can_be_added_and_given_addresses(qtbot, window) -> None:
    window.select_path("clusters[1].load_balancer")
    form = window.current_form()
    assert not form.present.isChecked()
    form.present.click()
    assert window.doc.plan.clusters[1].load_balancer is not None
    form.addresses.add_button.click()
    row = form.addresses.rows()[0]
    qtbot.keyClicks(row.edit, "10.220.32.60-10.220.32.61")
    qtbot.keyClick(row.edit, Qt.Key.Key_Return)
    assert [str(a) for a in window.doc.plan.clusters[1].load_balancer.addresses] == ["10.220.32.60-10.220.32.61"]


def test_dns_servers_are_a_list_of_addresses(qtbot, window) -> None:
    window.select_path("logical_networks[0].dns_servers")
    form = window.current_form()
    assert [r.text() for r in form.dns.rows()] == ["10.220.32.16", "10.220.32.17"]
    form.dns.add_button.click()
    qtbot.keyClicks(form.dns.rows()[2].edit, "10.220.32.9")
    qtbot.keyClick(form.dns.rows()[2].edit, Qt.Key.Key_Return)
    assert [str(d) for d in window.doc.plan.logical_networks[0].dns_servers] == [
        "10.220.32.16", "10.220.32.17", "10.220.32.9"]
    form.dns.rows()  # the remove button of the first row
    remove = form.dns._rows[0][0].findChildren(type(form.dns.add_button).__mro__[1])  # QAbstractButton
    remove[0].click()
    assert [str(d) for d in window.doc.plan.logical_networks[0].dns_servers] == ["10.220.32.17", "10.220.32.9"]


def test_service_ports_edit_the_load_balancer_need(qtbot, window) -> None:
    window.select_path("clusters[0].services[1]")  # vote-back, port 80
    form = window.current_form()
    spin = form.ports._rows[0][1]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "443")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.doc.plan.clusters[0].services[1].ports[0].port == 443
    # now four instances share 443: the budget needs four load balancer IPs
    assert window.budget.load_balancer == 4
    assert any(p.rule == "LB-4" for p in window.problems) or window.budget.load_balancer == 4


def test_the_map_hook_takes_the_central_area_and_hears_the_selection(qtbot, window) -> None:
    from PySide6.QtWidgets import QLabel

    map_widget = QLabel("map")
    window.set_map_widget(map_widget)
    assert window.central.currentWidget() is map_widget
    networks: list[str] = []
    items: list[str] = []
    window.sig_network_selected.connect(networks.append)
    window.sig_item_selected.connect(items.append)
    window.tree.select("management_network")
    assert networks == [""]
    assert items == ["management_network"]
    window.select_path("clusters[1].control_plane.ip")  # what the map calls on a click
    assert networks == ["", "aks-lnet-01"]
    assert items[-1] == "clusters[1].control_plane.ip"
    assert window.current_form().cp_ip.edit.hasFocus() or window.tree.current_path() == "clusters[1]"


def test_f2_puts_the_cursor_in_the_name_of_the_selected_item(qtbot, window) -> None:
    window.select_path("clusters[1]")
    window.tree.setFocus()
    window.act_rename.trigger()
    form = window.current_form()
    assert form.name.hasFocus() or form.name.selectedText() == "cluster-b"


def test_keyboard_moves_between_tree_editor_and_problems(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.select_path("clusters[0]")
    window.act_focus_tree.trigger()
    assert QApplication.focusWidget() is window.tree
    window.act_focus_editor.trigger()
    assert window.current_form().isAncestorOf(QApplication.focusWidget())
    window.act_focus_problems.trigger()
    assert QApplication.focusWidget() is window.problems_panel.view


def test_tab_moves_through_the_cluster_form_in_reading_order(qtbot, window) -> None:
    window.select_path("clusters[0].name")
    form = window.current_form()
    expected = [form.name, form.network, form.k8s, form.pod_cidr.edit, form.cp_count, form.cp_size, form.cp_ip.edit]
    order = [form.name]
    widget = form.name
    while len(order) < len(expected):
        widget = widget.nextInFocusChain()
        if widget in expected and widget not in order:
            order.append(widget)
        assert widget is not form.name, "the focus chain came back without reaching every field"
    assert order == expected


def test_the_clusters_node_pool_list_adds_and_opens_a_pool(qtbot, window) -> None:
    window.select_path("clusters[1]")
    form = window.current_form()
    assert [form.pools.list.item(i).text() for i in range(form.pools.list.count())] == [
        "nodepool1: 3 \u00d7 Standard_A4_v2 (Linux)"]
    form.pools.add_button.click()
    assert len(window.doc.plan.clusters[1].node_pools) == 2
    assert window.tree.current_path() == "clusters[1].node_pools[1]"
    assert window.current_form().name.text() == "nodepool2"


def test_the_occupancy_map_follows_the_window_and_a_click_opens_the_field(qtbot, window) -> None:
    from netaddr import IPAddress

    from aksarc_gui.ui.occupancy_map import OccupancyMapWidget

    map_widget = window.central.currentWidget()
    assert isinstance(map_widget, OccupancyMapWidget)
    assert map_widget.network() == "aks-lnet-01"
    window.select_path("management_network")
    assert map_widget.network() == ""
    window.select_path("clusters[0]")
    assert map_widget.network() == "aks-lnet-01"
    assert map_widget.scene().highlight_keys == frozenset({"clusters[0]"})
    window.select_path("clusters[0].services[1]")
    assert map_widget.scene().highlight_keys == frozenset({"clusters[0].load_balancer"})
    window.select_path("logical_networks[0]")
    assert map_widget.scene().highlight_keys == frozenset()

    point = map_widget.cell_center(int(IPAddress("10.220.32.41")))  # cluster-b's control plane IP
    assert point is not None
    qtbot.mouseClick(map_widget, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert window.tree.current_path() == "clusters[1]"
    assert window.current_form().cp_ip.text() == "10.220.32.41"

    # an edit reaches the map: the old address is free, the new one is the control plane's
    form = window.current_form()
    retype(qtbot, form.cp_ip.edit, "10.220.32.45")
    tip = map_widget.tooltip_at(map_widget.cell_center(int(IPAddress("10.220.32.45"))))
    assert "cluster-b" in tip


def test_a_service_can_ask_for_its_own_addresses(qtbot, window) -> None:
    window.select_path("clusters[0].services[1]")  # vote-back shares .50 with vote-front
    form = window.current_form()
    assert form.shares_ip.currentData() is True
    assert ("LB-8", "clusters[0].services") in problem_rules(window)
    form.shares_ip.setFocus()
    qtbot.keyClick(form.shares_ip, Qt.Key.Key_Down)
    assert window.doc.plan.clusters[0].services[1].shares_ip is False
    assert window.budget.load_balancer == 4  # vote-back now counts alone: LB-4 asks for a fourth address
    assert ("LB-8", "clusters[0].services") not in problem_rules(window)

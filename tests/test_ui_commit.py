"""A field stores what the user meant: on Enter or on leaving it, never a half-typed value.

Every test types character by character into the real window, checks the plan
*while* the text is being typed (nothing stored), then after Enter or Tab (the
value, as one undo step named after the field), and Esc (the stored value back).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures

POOL = "logical_networks[0].ip_pool"


def type_over(qtbot: Any, widget: Any, text: str) -> None:
    """Select what the field holds and type ``text`` over it, one key at a time (no Enter)."""
    widget.setFocus()
    widget.selectAll()
    for char in text:
        qtbot.keyClick(widget, char)


def undo_texts(window: Any) -> list[str]:
    stack = window.doc.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def plan_json(window: Any) -> dict[str, Any]:
    return window.doc.plan.model_dump(mode="json")


def test_an_address_typed_past_a_valid_prefix_is_never_stored(qtbot, window) -> None:
    window.select_path("clusters[0].control_plane.ip")
    field = window.current_form().cp_ip
    seen = []
    field.edit.setFocus()
    field.edit.selectAll()
    for char in "10.220.32.300":
        qtbot.keyClick(field.edit, char)
        seen.append(plan_json(window)["clusters"][0]["control_plane"]["ip"])
    assert set(seen) == {"10.220.32.40"}  # 10.220.32.30 along the way was never stored
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert plan_json(window)["clusters"][0]["control_plane"]["ip"] == "10.220.32.40"
    assert field.error.isVisible()
    assert "10.220.32.40" in field.error.text()  # the stored value, beside the invalid text
    assert field.edit.text() == "10.220.32.300"  # what was typed stays, to be corrected
    assert window.doc.undo_stack.count() == 0

    qtbot.keyClick(field.edit, Qt.Key.Key_Escape)
    assert field.edit.text() == "10.220.32.40"
    assert not field.error.isVisible()
    assert window.doc.undo_stack.count() == 0


def test_an_address_is_stored_on_enter_as_one_named_step(qtbot, window) -> None:
    window.select_path("logical_networks[0].gateway")
    field = window.current_form().gateway
    type_over(qtbot, field.edit, "10.220.32.254")
    assert plan_json(window)["logical_networks"][0]["gateway"] == "10.220.32.1"
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert plan_json(window)["logical_networks"][0]["gateway"] == "10.220.32.254"
    assert undo_texts(window) == ["Change gateway"]
    window.act_undo.trigger()
    assert field.text() == "10.220.32.1"


def test_leaving_a_field_stores_it(qtbot, window) -> None:
    window.select_path("logical_networks[0].address_prefix")
    form = window.current_form()
    type_over(qtbot, form.prefix.edit, "10.220.0.0/16")
    assert plan_json(window)["logical_networks"][0]["address_prefix"] == "10.220.32.0/24"
    qtbot.keyClick(form.prefix.edit, Qt.Key.Key_Tab)  # on to the next field
    assert plan_json(window)["logical_networks"][0]["address_prefix"] == "10.220.0.0/16"
    assert undo_texts(window) == ["Change address prefix"]


def test_a_prefix_that_is_not_a_network_keeps_the_stored_one(qtbot, window) -> None:
    window.select_path("clusters[0].pod_cidr")
    field = window.current_form().pod_cidr
    type_over(qtbot, field.edit, "10.244.0.0/33")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert plan_json(window)["clusters"][0]["pod_cidr"] == "10.244.0.0/16"
    assert "10.244.0.0/16" in field.error.text()
    qtbot.keyClick(field.edit, Qt.Key.Key_Escape)
    assert field.text() == "10.244.0.0/16"


def test_each_end_of_a_pool_is_its_own_named_step(qtbot, window) -> None:
    window.select_path("management_network.infra_ip_pool")
    form = window.current_form()
    type_over(qtbot, form.infra_end.edit, "192.168.100.60")
    assert plan_json(window)["management_network"]["infra_ip_pool"]["end"] == "192.168.100.55"
    qtbot.keyClick(form.infra_end.edit, Qt.Key.Key_Return)
    type_over(qtbot, form.infra_start.edit, "192.168.100.45")
    qtbot.keyClick(form.infra_start.edit, Qt.Key.Key_Return)
    assert plan_json(window)["management_network"]["infra_ip_pool"] == {
        "start": "192.168.100.45", "end": "192.168.100.60"}
    assert undo_texts(window) == ["Change infrastructure pool end", "Change infrastructure pool start"]


def test_a_pool_needs_both_ends_before_it_is_stored(qtbot, window) -> None:
    window.select_path(POOL)
    form = window.current_form()
    type_over(qtbot, form.pool_start.edit, "")
    qtbot.keyClick(form.pool_start.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(form.pool_start.edit, Qt.Key.Key_Return)
    # start cleared, end still there: half a pool is not stored; the field says what the plan keeps
    assert plan_json(window)["logical_networks"][0]["ip_pool"] == {"start": "10.220.32.18", "end": "10.220.32.38"}
    assert form.pool_start.error.isVisible() and "10.220.32.18" in form.pool_start.error.text()
    type_over(qtbot, form.pool_end.edit, "")
    qtbot.keyClick(form.pool_end.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(form.pool_end.edit, Qt.Key.Key_Return)
    assert plan_json(window)["logical_networks"][0]["ip_pool"] is None  # both empty: no pool
    assert undo_texts(window) == ["Change IP pool end"]


def test_an_integer_is_stored_on_enter_never_digit_by_digit(qtbot, window) -> None:
    window.select_path("logical_networks[0].vlan")
    field = window.current_form().vlan
    type_over(qtbot, field, "120")
    assert plan_json(window)["logical_networks"][0]["vlan"] == 32
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert plan_json(window)["logical_networks"][0]["vlan"] == 120
    assert undo_texts(window) == ["Change VLAN"]
    type_over(qtbot, field, "7")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.value() == 120
    assert plan_json(window)["logical_networks"][0]["vlan"] == 120


def test_a_name_is_stored_whole(qtbot, window) -> None:
    window.select_path("clusters[1]")
    field = window.current_form().name
    type_over(qtbot, field, "cluster-red")
    assert plan_json(window)["clusters"][1]["name"] == "cluster-b"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert plan_json(window)["clusters"][1]["name"] == "cluster-red"
    assert undo_texts(window) == ["Change name"]
    type_over(qtbot, field, "oops")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "cluster-red"
    assert undo_texts(window) == ["Change name"]


def test_a_dns_server_is_added_when_entered(qtbot, window) -> None:
    window.select_path("logical_networks[0].dns_servers")
    form = window.current_form()
    form.dns.add_button.click()
    row = form.dns.rows()[2]
    type_over(qtbot, row.edit, "10.220.32.9")
    assert plan_json(window)["logical_networks"][0]["dns_servers"] == ["10.220.32.16", "10.220.32.17"]
    qtbot.keyClick(row.edit, Qt.Key.Key_Return)
    assert plan_json(window)["logical_networks"][0]["dns_servers"] == ["10.220.32.16", "10.220.32.17", "10.220.32.9"]
    assert undo_texts(window) == ["Change DNS servers"]
    first = form.dns.rows()[0]
    type_over(qtbot, first.edit, "10.220.32.1600")
    qtbot.keyClick(first.edit, Qt.Key.Key_Return)
    assert plan_json(window)["logical_networks"][0]["dns_servers"][0] == "10.220.32.16"
    assert "10.220.32.16" in first.error.text()


def test_a_comma_separated_list_is_stored_on_enter(qtbot, window) -> None:
    window.select_path("")
    form = window.current_form()
    form.proxy_on.click()
    type_over(qtbot, form.no_proxy, "localhost,.svc")
    assert plan_json(window)["platform"]["proxy"]["no_proxy"] == []
    qtbot.keyClick(form.no_proxy, Qt.Key.Key_Return)
    assert plan_json(window)["platform"]["proxy"]["no_proxy"] == ["localhost", ".svc"]
    assert undo_texts(window)[-1] == "Change bypass list (NO_PROXY)"


def test_a_new_port_starts_empty_and_is_stored_once_entered(qtbot, window) -> None:
    window.select_path("clusters[0].services[1]")  # vote-back: 80/TCP
    form = window.current_form()
    form.ports.add_button.click()
    spin, _combo = form.ports.rows()[1]
    assert spin.text().strip() == ""  # empty, not a copy of some default
    assert len(plan_json(window)["clusters"][0]["services"][1]["ports"]) == 1
    for char in "8443":
        qtbot.keyClick(spin, char)
    assert len(plan_json(window)["clusters"][0]["services"][1]["ports"]) == 1
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert plan_json(window)["clusters"][0]["services"][1]["ports"] == [
        {"port": 80, "protocol": "TCP"}, {"port": 8443, "protocol": "TCP"}]
    assert undo_texts(window) == ["Change ports"]
    type_over(qtbot, spin, "9")
    qtbot.keyClick(spin, Qt.Key.Key_Escape)
    assert spin.value() == 8443


def test_a_refresh_while_typing_keeps_the_typed_text(qtbot, window) -> None:
    window.select_path("clusters[0].control_plane.ip")
    field = window.current_form().cp_ip
    type_over(qtbot, field.edit, "10.220.32.4")
    window.doc.set_value("name", "Other name", "Change plan name")  # something else changes meanwhile
    assert field.edit.text() == "10.220.32.4"
    assert QApplication.focusWidget() is field.edit


def test_clicking_another_item_in_the_tree_stores_the_field_and_opens_the_item(qtbot, window) -> None:
    window.resize(1280, 800)  # the test screen is small: give the tree its usual width
    window.resizeDocks([window.tree_dock], [280], Qt.Orientation.Horizontal)
    qtbot.wait(10)
    window.select_path("logical_networks[0].gateway")
    field = window.current_form().gateway
    type_over(qtbot, field.edit, "10.220.32.254")
    tree = window.tree
    item = tree._items["clusters[1]"]
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert plan_json(window)["logical_networks"][0]["gateway"] == "10.220.32.254"
    assert undo_texts(window) == ["Change gateway"]
    assert tree.current_path() == "clusters[1]"
    assert window.current_form().name.text() == "cluster-b"

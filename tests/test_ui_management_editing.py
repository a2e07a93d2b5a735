"""The management network's DNS servers are typed into its editor like the logical network's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures


def test_management_dns_servers_are_typed_into_the_management_form(qtbot, window) -> None:  # noqa: F811
    window.select_path("management_network")
    form = window.current_form()
    assert form.dns.rows() == []
    form.dns.add_button.click()
    qtbot.keyClicks(form.dns.rows()[0].edit, "192.168.100.5")
    qtbot.keyClick(form.dns.rows()[0].edit, Qt.Key.Key_Return)  # stored on Enter
    assert [str(d) for d in window.doc.plan.management_network.dns_servers] == ["192.168.100.5"]
    form.dns.add_button.click()
    qtbot.keyClicks(form.dns.rows()[1].edit, "192.168.100.")  # half typed: not in the plan yet
    assert [str(d) for d in window.doc.plan.management_network.dns_servers] == ["192.168.100.5"]
    qtbot.keyClicks(form.dns.rows()[1].edit, "6")
    assert [str(d) for d in window.doc.plan.management_network.dns_servers] == ["192.168.100.5"]  # not yet
    qtbot.keyClick(form.dns.rows()[1].edit, Qt.Key.Key_Return)
    assert [str(d) for d in window.doc.plan.management_network.dns_servers] == ["192.168.100.5", "192.168.100.6"]

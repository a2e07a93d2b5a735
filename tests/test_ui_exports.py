"""The commands and firewall panels and the export actions, driven through the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

commands = pytest.importorskip("aksarc_gui.export.commands")
firewall = pytest.importorskip("aksarc_gui.planning.firewall")

from test_ui_fixtures import dialogs, settings, window  # noqa: E402,F401 - fixtures


def show_commands(qtbot, window) -> None:
    window.commands_dock.raise_()
    qtbot.waitUntil(lambda: bool(window.commands_panel.step_views))


def test_commands_panel_shows_each_step_with_a_copy_button(qtbot, window) -> None:
    show_commands(qtbot, window)
    panel = window.commands_panel
    titles = [v.title.text() for v in panel.step_views]
    assert any("aks-lnet-01" in t for t in titles)
    assert len(panel.step_views) == len(commands.steps(window.doc.plan))
    lnet = next(v for v in panel.step_views if "aks-lnet-01" in v.title.text())
    assert "--ip-pool-start 10.220.32.18" in lnet.text.toPlainText()
    assert lnet.text.isReadOnly()

    lnet.copy_button.click()
    assert QGuiApplication.clipboard().text() == lnet.text.toPlainText()
    panel.copy_all.click()
    assert QGuiApplication.clipboard().text() == commands.render_pasted_script(window.doc.plan, "bash")


def test_commands_switch_to_powershell_and_follow_edits(qtbot, window) -> None:
    show_commands(qtbot, window)
    panel = window.commands_panel
    bash_text = "\n".join(v.text.toPlainText() for v in panel.step_views)
    panel.powershell.click()
    ps_text = "\n".join(v.text.toPlainText() for v in panel.step_views)
    assert ps_text != bash_text
    assert "$" in ps_text and "`" in ps_text or "$" in ps_text  # PowerShell variables

    window.select_path("logical_networks[0].gateway")
    form = window.current_form()
    form.gateway.edit.setFocus()
    form.gateway.edit.selectAll()
    qtbot.keyClicks(form.gateway.edit, "10.220.32.254")
    qtbot.keyClick(form.gateway.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("10.220.32.254" in v.text.toPlainText() for v in panel.step_views))


def test_the_highlighter_colours_comments_flags_and_strings(qtbot, window) -> None:
    show_commands(qtbot, window)
    view = window.commands_panel.step_views[0]
    block = next(b for b in _blocks(view.text.document()) if b.text().startswith("# "))  # the step's title
    formats = block.layout().formats()
    assert formats and formats[0].format.fontItalic()
    flag_line = next(b for b in _blocks(view.text.document()) if "--" in b.text())
    assert any(f.format.foreground().color().name() == "#1565c0" for f in flag_line.layout().formats())


def _blocks(document):
    block = document.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def test_export_script_writes_the_chosen_dialect(qtbot, window, dialogs, tmp_path: Path) -> None:
    target = tmp_path / "deploy.ps1"
    dialogs.answers.append((str(target), ""))
    window.act_export_script.trigger()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for Windows PowerShell 5.1
    assert data.decode("utf-8-sig") == commands.render_script(window.doc.plan, "powershell")
    assert dialogs.errors == []

    sh = tmp_path / "deploy.sh"
    dialogs.answers.append((str(sh), ""))
    window.act_export_script.trigger()
    assert sh.read_text(encoding="utf-8") == commands.render_script(window.doc.plan, "bash")
    assert sh.stat().st_mode & 0o100  # executable


def test_export_workbook_writes_an_xlsx(qtbot, window, dialogs, tmp_path: Path) -> None:
    pytest.importorskip("aksarc_gui.export.workbook")
    from openpyxl import load_workbook

    target = tmp_path / "plan"
    dialogs.answers.append((str(target), ""))
    window.act_export_workbook.trigger()
    assert dialogs.errors == []
    book = load_workbook(tmp_path / "plan.xlsx")
    assert len(book.sheetnames) >= 2


def test_firewall_panel_lists_flows_with_this_plans_ranges_and_the_url_list(qtbot, window) -> None:
    window.firewall_dock.raise_()
    panel = window.firewall_panel
    qtbot.waitUntil(lambda: len(panel.rows()[0]) > 0)
    flows, urls = panel.rows()
    assert [r[0] for r in flows] == ["PORT-1", "PORT-2", "PORT-3", "PORT-4"]
    port1 = flows[0]
    assert port1[2] == "22" and "192.168.100.50-192.168.100.55" in port1[4] and port1[5] == "10.220.32.0/24"
    hosts = [r[0] for r in urls]
    assert "https://mcr.microsoft.com" in hosts and "gcr.io" not in hosts  # release 2405

    panel.urls.view.selectRow(0)
    panel.urls.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[0] == "Host" and copied[1].split("\t")[0] == hosts[0] and len(copied) == 2

    # same VLAN on both sides: no cross-VLAN flow is needed
    window.select_path("management_network.vlan")
    form = window.current_form()
    form.vlan.setFocus()
    form.vlan.selectAll()
    qtbot.keyClicks(form.vlan, "32")
    qtbot.keyClick(form.vlan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.rows()[0] == [])
    assert panel.flows.note.isVisibleTo(panel)


def test_firewall_list_follows_the_release(qtbot, window) -> None:
    window.firewall_dock.raise_()
    panel = window.firewall_panel
    window.select_path("platform.release")
    form = window.current_form()
    index = form.release.findData("2402")
    form.release.setCurrentIndex(index)
    form.release.activated.emit(index)
    assert window.doc.plan.platform.release == "2402"
    qtbot.waitUntil(lambda: "gcr.io" in [r[0] for r in panel.rows()[1]])

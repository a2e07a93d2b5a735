"""The start page and what a start opens: the last plan, the sample once, else the start page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMessageBox, QTabBar

from aksarc_gui.assets import sample_plan_path
from aksarc_gui.domain import Plan, load_plan, save_plan
from aksarc_gui.ui import dialogs as dialogs_module
from aksarc_gui.ui.settings import LAST_PLAN_KEY, start_plan
from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parent.parent
DRIVER = Path(__file__).with_name("recovery_driver.py")
SAMPLE = str(sample_plan_path())


def test_the_sample_opens_at_the_very_first_start_only(settings: QSettings, tmp_path: Path, jane) -> None:  # noqa: F811
    assert start_plan(settings, SAMPLE) == (SAMPLE, True)
    assert start_plan(settings, SAMPLE) == (None, False)  # the start page from then on
    plan = tmp_path / "site.aksplan"
    save_plan(jane, plan)
    settings.setValue(LAST_PLAN_KEY, str(plan))
    assert start_plan(settings, SAMPLE) == (str(plan), False)
    plan.unlink()  # moved or deleted since: the start page, not an error
    assert start_plan(settings, SAMPLE) == (None, False)


def test_a_user_of_an_earlier_version_does_not_get_the_sample(settings: QSettings) -> None:  # noqa: F811
    settings.setValue("recent_files", ["/plans/site.aksplan"])
    assert start_plan(settings, SAMPLE) == (None, False)


def visible_docks(window) -> list[str]:  # noqa: ANN001, F811
    return sorted(d.objectName() for d in window.findChildren(QDockWidget) if not d.isHidden())


def test_close_plan_asks_then_shows_the_start_page_with_the_panes_put_away(qtbot, window, dialogs) -> None:  # noqa: F811
    docks = visible_docks(window)
    window.act_add_cluster.trigger()
    dialogs.answers.append(QMessageBox.StandardButton.Cancel)
    window.start_page.act_close.trigger()
    assert not window.start_page.showing and window.doc.modified  # cancelled: nothing changed

    dialogs.answers.append(QMessageBox.StandardButton.Discard)
    window.start_page.act_close.trigger()
    assert window.start_page.showing
    assert window.central.currentWidget() is window.start_page.page
    assert visible_docks(window) == []
    assert [bar for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if bar.isVisible() and bar.count()] == []  # no tabs of hidden panes left floating
    assert not window.act_save.isEnabled() and not window.act_add_cluster.isEnabled()
    assert window.windowTitle() == "AKS Arc Network Planner"
    assert window.doc.plan == Plan() and not window.doc.modified

    qtbot.mouseClick(window.start_page.page.sample_button, Qt.MouseButton.LeftButton)
    assert not window.start_page.showing
    assert visible_docks(window) == docks
    assert window.act_save.isEnabled()
    assert window.central.currentWidget() is not window.start_page.page


def test_the_sample_is_marked_and_its_first_save_asks_for_a_file_name(qtbot, window, dialogs, tmp_path) -> None:  # noqa: F811
    window.start_page.close_plan()
    qtbot.mouseClick(window.start_page.page.sample_button, Qt.MouseButton.LeftButton)
    assert window.doc.plan == load_plan(SAMPLE)
    assert window.windowTitle().startswith("jane.aksplan (sample)[*]")
    window.act_add_cluster.trigger()
    dialogs.answers.append((str(tmp_path / "mine.aksplan"), ""))
    window.act_save.trigger()  # Save, not Save As: it still asks, the sample is not written over
    assert dialogs.answers == []
    assert load_plan(tmp_path / "mine.aksplan") == window.doc.plan
    assert window.windowTitle().startswith("mine.aksplan[*]")
    assert window.doc.sample_name is None


def test_recent_plans_are_listed_and_open_from_the_keyboard(qtbot, window, dialogs, tmp_path, jane) -> None:  # noqa: F811
    paths = []
    for name in ("first", "second"):
        path = tmp_path / f"{name}.aksplan"
        save_plan(jane.model_copy(update={"name": name}), path)
        assert window.open_plan(str(path))
        paths.append(path)
    window.start_page.close_plan()
    page = window.start_page.page
    assert [page.recent.item(i).text() for i in range(page.recent.count())] == [
        f"second.aksplan \u2014 {tmp_path}", f"first.aksplan \u2014 {tmp_path}"]
    page.recent.setFocus()
    qtbot.keyClick(page.recent, Qt.Key.Key_Down)
    qtbot.keyClick(page.recent, Qt.Key.Key_Return)
    assert window.doc.path == str(paths[0]) and window.doc.plan.name == "first"
    assert not window.start_page.showing


def test_open_and_new_plan_buttons(qtbot, window, dialogs, tmp_path, jane, monkeypatch) -> None:  # noqa: F811
    path = tmp_path / "opened.aksplan"
    save_plan(jane.model_copy(update={"name": "opened"}), path)
    window.start_page.close_plan()
    dialogs.answers.append(str(path))
    qtbot.mouseClick(window.start_page.page.open_button, Qt.MouseButton.LeftButton)
    assert window.doc.plan.name == "opened" and not window.start_page.showing

    window.start_page.close_plan()
    monkeypatch.setattr(dialogs_module, "run_new_plan_wizard", lambda parent: Plan(name="From the wizard"))
    qtbot.mouseClick(window.start_page.page.new_button, Qt.MouseButton.LeftButton)
    assert window.doc.plan.name == "From the wizard" and window.doc.modified
    assert not window.start_page.showing


def test_closing_the_window_remembers_the_plan_to_reopen(qtbot, window, settings, tmp_path, jane) -> None:  # noqa: F811
    path = tmp_path / "kept.aksplan"
    save_plan(jane, path)
    window.open_plan(str(path))
    window.save_settings()
    assert settings.value(LAST_PLAN_KEY) == str(path)
    window.problems_dock.hide()  # the user's own layout
    window.save_settings()
    layout = settings.value("window/state")
    window.start_page.close_plan()
    window.save_settings()
    assert settings.value(LAST_PLAN_KEY) == ""  # closed by hand: the next start shows the start page
    assert settings.value("window/state") == layout  # not the start page's empty window


def start(tmp_path: Path, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, str(DRIVER), "state", *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_starts_open_the_sample_then_the_last_plan_then_the_start_page(tmp_path: Path, jane) -> None:
    first = start(tmp_path)
    assert first["title"].startswith("jane.aksplan (sample)[*]") and first["path"] is None
    assert not first["start_page"]
    assert start(tmp_path)["start_page"]  # nothing was left open

    plan = tmp_path / "site.aksplan"
    save_plan(jane.model_copy(update={"name": "Site"}), plan)
    ini = tmp_path / "config" / "AKS Arc Network Planner" / "AKS Arc Network Planner.ini"
    QSettings(str(ini), QSettings.Format.IniFormat).setValue(LAST_PLAN_KEY, str(plan))
    again = start(tmp_path)
    assert (again["path"], again["plan_name"], again["start_page"]) == (str(plan), "Site", False)
    assert again["title"].startswith("site.aksplan[*]") and not again["modified"]

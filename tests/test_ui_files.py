"""Files through the window: save and reopen, broken files, unsaved changes, recent files, drops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from aksarc_gui.domain import PlanLoadError, load_plan
from aksarc_gui.ui.document import PlanDocument
from aksarc_gui.ui.main_window import MainWindow
from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures


def rename_plan(qtbot, window, name: str) -> None:
    window.select_path("name")
    form = window.current_form()
    form.name.setFocus()
    form.name.selectAll()
    qtbot.keyClicks(form.name, name)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)


def test_save_as_then_reopen_gives_an_equal_plan(qtbot, window, dialogs, tmp_path: Path) -> None:
    rename_plan(qtbot, window, "Renamed")
    window.act_add_cluster.trigger()
    assert window.isWindowModified()
    target = tmp_path / "saved"
    dialogs.answers.append((str(target), ""))
    window.act_save_as.trigger()

    saved = tmp_path / "saved.aksplan"  # the extension is added when the name has none
    assert saved.exists()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("saved.aksplan[*]")
    assert load_plan(saved) == window.doc.plan

    edited = window.doc.plan
    window.act_new.trigger()
    assert window.doc.plan.clusters == []
    dialogs.answers.append(str(saved))
    window.act_open.trigger()
    assert window.doc.plan == edited
    assert window.doc.path == str(saved)
    assert dialogs.questions == []


def test_save_writes_to_the_open_file_without_asking(qtbot, window, dialogs, tmp_path: Path, jane) -> None:
    path = tmp_path / "plan.aksplan"
    path.write_text("{}", encoding="utf-8")
    window.doc.replace(jane, str(path))
    rename_plan(qtbot, window, "Saved directly")
    window.act_save.trigger()
    assert load_plan(path).name == "Saved directly"
    assert not window.isWindowModified()


def test_a_broken_file_is_reported_and_the_plan_stays(qtbot, window, dialogs, tmp_path: Path) -> None:
    rename_plan(qtbot, window, "Work in progress")
    before, steps = window.doc.plan, window.doc.undo_stack.count()
    broken = tmp_path / "broken.aksplan"
    text = (Path(__file__).parent.parent / "resources" / "samples" / "jane.aksplan").read_text(encoding="utf-8")
    broken.write_text(text.replace('"10.220.32.41"', '"10.220.32.300"'), encoding="utf-8")
    try:
        load_plan(broken)
    except PlanLoadError as exc:
        expected = str(exc)

    dialogs.answers.append(QMessageBox.StandardButton.Discard)  # "save your changes first?" -> discard
    assert not window.open_plan(str(broken))

    assert len(dialogs.errors) == 1
    title, message = dialogs.errors[0]
    assert message == expected
    assert "clusters[1].control_plane.ip" in message and "10.220.32.300" in message
    assert window.doc.plan is before
    assert window.doc.undo_stack.count() == steps
    assert window.doc.plan.name == "Work in progress"


def test_unsaved_changes_are_asked_about_and_cancel_keeps_everything(qtbot, window, dialogs, tmp_path) -> None:
    rename_plan(qtbot, window, "Unsaved")
    dialogs.answers.append(QMessageBox.StandardButton.Cancel)
    window.act_new.trigger()
    assert len(dialogs.questions) == 1
    assert window.doc.plan.name == "Unsaved"

    dialogs.answers.append(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()

    # Save: asks for a name (the plan has no file yet), saves, then goes on
    target = tmp_path / "kept.aksplan"
    dialogs.answers += [QMessageBox.StandardButton.Save, (str(target), "")]
    window.act_new.trigger()
    assert load_plan(target).name == "Unsaved"
    assert window.doc.plan.clusters == []


def test_recent_files_and_geometry_live_in_the_settings(qtbot, window, dialogs, settings, tmp_path, jane) -> None:
    paths = []
    for name in ("a", "b"):
        p = tmp_path / f"{name}.aksplan"
        p.write_text((Path(__file__).parent.parent / "resources" / "samples" / "jane.aksplan")
                     .read_text(encoding="utf-8"), encoding="utf-8")
        assert window.open_plan(str(p))
        paths.append(str(p.resolve()))
    assert window.recent_files() == [paths[1], paths[0]]
    assert [a.text() for a in window.recent_menu.actions()] == ["&1 b.aksplan", "&2 a.aksplan"]
    window.recent_menu.actions()[1].trigger()
    assert window.doc.path == paths[0]

    window.resize(790, 560)
    size = window.size()
    geometry = window.saveGeometry()
    window.close()
    settings.sync()
    again = MainWindow(PlanDocument(jane), settings)
    qtbot.addWidget(again)
    assert again.recent_files() == [paths[0], paths[1]]
    assert settings.value("window/geometry") == geometry
    assert again.height() == size.height()  # (the width is clamped to the small offscreen screen)
    assert not settings.value("window/state").isEmpty()


def test_dropping_a_plan_file_opens_it(qtbot, window, tmp_path) -> None:
    p = tmp_path / "dropped.aksplan"
    p.write_text((Path(__file__).parent.parent / "resources" / "samples" / "jane.aksplan")
                 .read_text(encoding="utf-8").replace("Jane's AKS Arc environment", "Dropped"), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p))])
    event = QDropEvent(QPointF(QPoint(50, 50)), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.doc.plan.name == "Dropped")
    assert window.doc.path == str(p)


def test_title_shows_the_file_and_the_unsaved_mark(qtbot, window) -> None:
    assert window.windowTitle() == "Untitled[*] \u2014 AKS Arc Network Planner"
    assert not window.isWindowModified()
    rename_plan(qtbot, window, "x")
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert not window.isWindowModified()


def test_about_names_version_licence_and_the_documentation(qtbot, window, dialogs) -> None:
    from aksarc_gui import __version__

    window.act_about.trigger()
    (text,) = dialogs.abouts
    assert __version__ in text
    assert "MIT" in text
    assert "learn.microsoft.com/azure/aks/aksarc/aks-hci-network-system-requirements" in text


def test_every_menu_action_has_a_keyboard_route(window) -> None:
    """Mnemonics on every menu entry, and the standard shortcuts where the platform has one."""
    from PySide6.QtGui import QKeySequence

    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        keys = []
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                text = action.text() if action.menu() is None else action.menu().title()
                assert "&" in text, text
                keys.append(text[text.index("&") + 1].lower())
        assert len(keys) == len(set(keys)), (menu_action.text(), keys)  # one key, one entry
    assert window.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.act_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.act_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)


def test_the_window_fits_a_1280_by_800_screen(window) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800


def test_new_from_wizard_opens_the_wizards_plan_as_unsaved(qtbot, window, monkeypatch, jane) -> None:
    from aksarc_gui.ui import dialogs as dialog_module

    made = jane.model_copy(update={"name": "From the wizard"})
    monkeypatch.setattr(dialog_module, "run_new_plan_wizard", lambda parent: made)
    window.act_wizard.trigger()
    assert window.doc.plan is made
    assert window.isWindowModified()
    assert window.tree.current_path() == "logical_networks[0]"

    monkeypatch.setattr(dialog_module, "run_new_plan_wizard", lambda parent: None)  # cancelled
    window.doc.undo_stack.setClean()
    window.act_wizard.trigger()
    assert window.doc.plan is made

"""Save never silently replaces what another program wrote to the plan's file since it was opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from aksarc_gui.domain import load_plan
from aksarc_gui.domain.io import dump_plan_text
from test_ui_files import rename_plan
from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def opened_as_is(window, dialogs, tmp_path, jane) -> Path:
    """site.aksplan (Jane's plan), opened in the window."""
    path = tmp_path / "site.aksplan"
    path.write_text(dump_plan_text(jane), encoding="utf-8")
    window.doc.undo_stack.setClean()
    dialogs.answers.append(str(path))
    window.act_open.trigger()
    return path


@pytest.fixture
def opened(qtbot, window, opened_as_is) -> Path:
    """site.aksplan, opened in the window and renamed "Mine" there (not saved)."""
    rename_plan(qtbot, window, "Mine")
    return opened_as_is


def someone_else_writes(path: Path, jane) -> str:
    text = dump_plan_text(jane.model_copy(update={"name": "Written by a colleague"}))
    path.write_text(text, encoding="utf-8")
    return text


def test_save_asks_and_no_keeps_the_other_programs_file_and_the_edits(qtbot, window, dialogs, opened, jane):
    path = opened
    theirs = someone_else_writes(path, jane)

    dialogs.answers.append(NO)
    window.act_save.trigger()
    assert len(dialogs.questions) == 1 and "was changed by another program" in dialogs.questions[0]
    assert path.read_text(encoding="utf-8") == theirs
    assert window.isWindowModified() and window.doc.plan.name == "Mine"
    assert "Not saved" in window.statusBar().currentMessage()

    dialogs.answers.append(YES)
    window.act_save.trigger()
    assert load_plan(path).name == "Mine" and not window.isWindowModified()

    rename_plan(qtbot, window, "Mine again")  # the planner's own save is no change: the next save does not ask
    window.act_save.trigger()
    assert len(dialogs.questions) == 2 and load_plan(path).name == "Mine again"


def test_an_untouched_file_is_saved_without_asking(window, dialogs, opened):
    window.act_save.trigger()
    assert dialogs.questions == [] and load_plan(opened).name == "Mine"


def test_save_as_to_another_name_does_not_ask(window, dialogs, opened, tmp_path, jane):
    path = opened
    theirs = someone_else_writes(path, jane)
    dialogs.answers.append((str(tmp_path / "mine.aksplan"), ""))
    window.act_save_as.trigger()
    assert dialogs.questions == []
    assert path.read_text(encoding="utf-8") == theirs and load_plan(tmp_path / "mine.aksplan").name == "Mine"


def test_closing_with_unsaved_changes_and_a_changed_file_keeps_both(window, dialogs, opened, jane):
    path = opened
    theirs = someone_else_writes(path, jane)
    dialogs.answers += [QMessageBox.StandardButton.Save, NO]  # save the changes? yes; replace the file? no
    assert window.close() is False  # closing is cancelled: nothing is lost
    assert path.read_text(encoding="utf-8") == theirs and window.doc.plan.name == "Mine"


def test_a_plan_reopened_at_start_is_stamped_too(qtbot, tmp_path, jane, settings, dialogs):
    from aksarc_gui.ui.document import PlanDocument
    from aksarc_gui.ui.main_window import MainWindow

    path = tmp_path / "site.aksplan"
    path.write_text(dump_plan_text(jane), encoding="utf-8")
    doc = PlanDocument(load_plan(path), str(path))  # as the app builds it for the plan open at the last close
    w = MainWindow(doc, settings)
    qtbot.addWidget(w, before_close_func=lambda win: win.doc.undo_stack.setClean())
    someone_else_writes(path, jane)
    assert doc.changed_on_disk()
    dialogs.answers.append(NO)
    assert w.save() is False


# -- back at the window: the file is compared with what the planner read or wrote ----------------

def test_coming_back_reads_a_changed_file_again_when_nothing_is_unsaved(window, dialogs, opened_as_is, jane):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    path = opened_as_is
    assert window.file_sync.check() is None  # unchanged: nothing happens
    someone_else_writes(path, jane)
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert window.doc.plan.name == "Written by a colleague" and not window.isWindowModified()
    assert "Read site.aksplan again" in window.statusBar().currentMessage()
    assert window.file_sync.check() is None  # the planner now holds what the file holds
    window.act_save.trigger()
    assert dialogs.questions == []


def test_coming_back_with_unsaved_changes_keeps_them_and_says_save_will_ask(window, dialogs, opened, jane):
    someone_else_writes(opened, jane)
    assert window.file_sync.check() == "kept"
    assert window.doc.plan.name == "Mine" and window.isWindowModified()
    assert "saving will ask" in window.statusBar().currentMessage()
    assert window.file_sync.check() is None  # told once for this version of the file


def test_coming_back_to_a_file_that_no_longer_loads_keeps_the_plan(window, dialogs, opened_as_is, jane):
    path = opened_as_is
    path.write_text("{ half written", encoding="utf-8")
    assert window.file_sync.check() == "broken"
    assert window.doc.plan == jane and dialogs.errors == []
    assert "does not load" in window.statusBar().currentMessage()
    dialogs.answers.append(NO)  # saving over it still asks
    window.doc.undo_stack.resetClean()
    window.act_save.trigger()
    assert path.read_text(encoding="utf-8") == "{ half written"


def test_coming_back_keeps_text_the_plan_did_not_take(qtbot, window, dialogs, opened_as_is, jane):
    """An invalid address typed before switching away is the user's input too: no reload over it."""
    from test_ui_commit import type_over

    window.select_path("logical_networks[0].gateway")
    field = window.current_form().gateway
    type_over(qtbot, field.edit, "10.220.32.300")
    someone_else_writes(opened_as_is, jane)
    assert window.file_sync.check() == "kept"
    assert field.edit.text() == "10.220.32.300" and window.doc.plan.name == jane.name


def test_no_reload_under_an_open_dialog(qtbot, window, dialogs, opened_as_is, jane, monkeypatch):
    from PySide6.QtWidgets import QApplication, QDialog

    someone_else_writes(opened_as_is, jane)
    dialog = QDialog(window)
    with monkeypatch.context() as patch:  # the dialogs fixture's patches stay
        patch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: dialog))
        assert window.file_sync.check() is None and window.doc.plan == jane
    assert window.file_sync.check() == "reloaded"


def test_the_plan_given_at_start_is_stamped_from_the_one_read(qtbot, tmp_path, jane, monkeypatch):
    """The file is read once at start-up: its stamp comes from that read, not from a second one."""
    import aksarc_gui.ui.document as document
    from aksarc_gui.app import main

    path = tmp_path / "site.aksplan"
    path.write_text(dump_plan_text(jane), encoding="utf-8")
    second_reads: list[object] = []
    monkeypatch.setattr(document, "read_stamp", second_reads.append)
    assert main([str(path), "--screenshot", str(tmp_path / "shot.png")]) == 0
    assert second_reads == []

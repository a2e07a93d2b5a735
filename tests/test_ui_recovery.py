"""Autosave for crash recovery through the window: written after the edits pause, removed on save,
discard or undo, offered (with the time of the changes) at the next start."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QMessageBox

from aksarc_gui.domain import Plan, load_plan
from aksarc_gui.domain.recovery import read_recovery, recovery_file, write_recovery
from aksarc_gui.ui import recovery
from aksarc_gui.ui.document import PlanDocument
from aksarc_gui.ui.main_window import MainWindow
from aksarc_gui.ui.recovery_dialog import RestoreDialog, edit_time, offer_restore
from test_ui_fixtures import dialogs, settings  # noqa: F401 - fixtures


@pytest.fixture
def make_window(qtbot, settings, dialogs, app_data, monkeypatch):  # noqa: F811 - fixtures
    real = recovery.DEBOUNCE_MS

    def make(plan: Plan, path: str | None = None, debounce: int | None = 300) -> MainWindow:
        """A window on ``plan``; its autosave waits ``debounce`` ms (the real 3 s only where that is tested)."""
        monkeypatch.setattr(recovery, "DEBOUNCE_MS", real if debounce is None else debounce)
        w = MainWindow(PlanDocument(plan, path), settings)
        qtbot.addWidget(w, before_close_func=lambda win: win.doc.undo_stack.setClean())
        w.show()
        qtbot.waitExposed(w)
        return w
    return make


def type_name(qtbot, window: MainWindow, name: str) -> None:
    window.select_path("name")
    field = window.current_form().name
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, name)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # a field is stored on Enter (or when left)


def recovery_files(window: MainWindow) -> list[Path]:
    return sorted(window.recovery.directory.glob("*.aksrecover"))


def wait_for_file(qtbot, window: MainWindow) -> Path:
    qtbot.waitUntil(lambda: len(recovery_files(window)) == 1, timeout=recovery.DEBOUNCE_MS + 5000)
    window.recovery.flush()
    return recovery_files(window)[0]


def test_unsaved_typing_reaches_a_recovery_file_once_the_edits_pause(qtbot, make_window, jane, app_data) -> None:
    window = make_window(jane, "/plans/site.aksplan", debounce=None)
    before = datetime.now(timezone.utc).replace(microsecond=0)
    type_name(qtbot, window, "Typed, not saved")
    window.recovery.flush()
    assert recovery_files(window) == []  # not on every keystroke: a few seconds after the last one
    assert window.recovery._timer.isActive() and window.recovery._timer.interval() == 3000

    file = wait_for_file(qtbot, window)
    assert str(file).startswith(str(app_data))  # the app data folder (the test's own)
    saved = read_recovery(file)
    assert saved.plan == window.doc.plan and saved.plan.name == "Typed, not saved"
    assert saved.path == "/plans/site.aksplan"
    assert before <= saved.edited_at <= datetime.now(timezone.utc)


def test_save_removes_the_recovery_file(qtbot, make_window, jane, tmp_path) -> None:
    target = tmp_path / "site.aksplan"
    window = make_window(jane, str(target))
    type_name(qtbot, window, "Saved at last")
    wait_for_file(qtbot, window)
    window.act_save.trigger()
    window.recovery.flush()
    assert recovery_files(window) == []
    assert load_plan(target).name == "Saved at last"


def test_undo_back_to_the_saved_plan_removes_the_recovery_file(qtbot, make_window, jane) -> None:
    window = make_window(jane)
    window.act_add_cluster.trigger()
    wait_for_file(qtbot, window)
    window.act_undo.trigger()
    window.recovery.flush()
    assert recovery_files(window) == []


def test_closing_without_saving_removes_the_recovery_file(qtbot, make_window, jane, dialogs) -> None:  # noqa: F811
    window = make_window(jane)
    window.act_add_cluster.trigger()
    wait_for_file(qtbot, window)
    directory = window.recovery.directory
    dialogs.answers.append(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert list(directory.glob("*.aksrecover")) == []
    assert dialogs.questions  # it did ask


def answer_with(monkeypatch, button: str) -> list[list[str]]:
    """The restore dialog answers by clicking ``button``; returns the lists it showed."""
    shown: list[list[str]] = []

    def exec_(dialog: RestoreDialog) -> int:
        shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        getattr(dialog, button).click()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    return shown


def left_by_a_dead_planner(window: MainWindow, plan: Plan, path: str | None, when: datetime,
                           planner: str = "deadbeef0000") -> Path:
    """A recovery file whose planner is gone: no lock holds it."""
    file = recovery_file(window.recovery.directory, f"{planner}-1")
    write_recovery(file, plan, path, when)
    return file


def test_the_next_start_offers_the_changes_with_their_time_and_restores_them(qtbot, make_window, jane,
                                                                            monkeypatch, tmp_path) -> None:
    crashed = make_window(jane)
    type_name(qtbot, crashed, "Before the crash")
    file = wait_for_file(qtbot, crashed)
    # the planner that wrote it is gone: the same file under a planner id nobody holds
    orphan = file.with_name("deadbeef0000-1.aksrecover")
    file.rename(orphan)
    edited = read_recovery(orphan)

    shown = answer_with(monkeypatch, "restore_button")
    fresh = make_window(load_plan(Path(__file__).parent.parent / "resources" / "samples" / "jane.aksplan"))
    assert offer_restore(fresh)
    assert shown == [[f"Before the crash (never saved): changes made {edit_time(edited)}"]]
    assert fresh.doc.plan == edited.plan
    assert fresh.doc.modified and fresh.isWindowModified()
    fresh.recovery.flush()
    # adopted: the old file is gone, this planner keeps the changes under its own name, same edit time
    assert not orphan.exists()
    [kept] = recovery_files(fresh)
    assert recovery.instance_id() in kept.name
    assert read_recovery(kept).edited_at == edited.edited_at


def test_a_restored_plan_saves_to_its_own_file(qtbot, make_window, jane, monkeypatch, tmp_path) -> None:
    target = tmp_path / "site.aksplan"
    window = make_window(Plan(name="Other"))
    left_by_a_dead_planner(window, jane.model_copy(update={"name": "Recovered"}), str(target),
                           datetime.now(timezone.utc) - timedelta(minutes=3))
    answer_with(monkeypatch, "restore_button")
    assert offer_restore(window)
    assert window.windowTitle().startswith("site.aksplan[*]")
    window.act_save.trigger()  # no file dialog: the path came back with the changes
    window.recovery.flush()
    assert load_plan(target).name == "Recovered"
    assert recovery_files(window) == []


def test_discard_removes_the_file_and_ask_later_keeps_it(qtbot, make_window, jane, monkeypatch) -> None:
    window = make_window(jane)
    file = left_by_a_dead_planner(window, jane, None, datetime.now(timezone.utc))
    answer_with(monkeypatch, "later_button")
    assert not offer_restore(window)
    assert file.exists() and window.doc.plan == jane
    answer_with(monkeypatch, "discard_button")
    assert not offer_restore(window)
    assert not file.exists()
    assert not offer_restore(window)  # nothing left to offer: no dialog


def test_a_running_planner_s_file_is_not_offered(qtbot, make_window, jane, monkeypatch) -> None:
    window = make_window(jane)
    live = QLockFile(str(window.recovery.directory / "cafe00000000.lock"))
    window.recovery.directory.mkdir(parents=True)
    assert live.tryLock(0)  # held, as a second planner that runs would hold it
    write_recovery(recovery_file(window.recovery.directory, "cafe00000000-1"), jane, None, datetime.now(timezone.utc))
    window.act_add_cluster.trigger()
    window.recovery.write_now()  # this planner's own file is not offered either
    window.recovery.flush()
    assert len(recovery_files(window)) == 2
    assert recovery.left_behind(window.recovery.directory) == []
    live.unlock()
    assert [f.name for f in recovery.left_behind(window.recovery.directory)] == ["cafe00000000-1.aksrecover"]


def test_a_damaged_file_is_shown_can_be_discarded_but_not_restored(qtbot, make_window, jane, monkeypatch) -> None:
    window = make_window(jane)
    file = left_by_a_dead_planner(window, jane, None, datetime.now(timezone.utc))
    data = json.loads(file.read_text(encoding="utf-8"))
    file.write_text(json.dumps(data)[:200], encoding="utf-8")  # cut short
    seen: list[bool] = []

    def exec_(dialog: RestoreDialog) -> int:
        seen.append(dialog.restore_button.isEnabled())
        assert "damaged" in dialog.list.item(0).text()
        dialog.discard_button.click()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    assert not offer_restore(window)
    assert seen == [False] and not file.exists()


def test_the_dialog_answers_from_the_keyboard(qtbot, make_window, jane) -> None:
    from PySide6.QtCore import Qt

    window = make_window(jane)
    left_by_a_dead_planner(window, jane.model_copy(update={"name": "older"}), None,
                           datetime.now(timezone.utc) - timedelta(hours=1))
    left_by_a_dead_planner(window, jane, None, datetime.now(timezone.utc), "0000feed0000")  # first by name and
    # by file time: the order is by the time of the changes
    dialog = RestoreDialog(recovery.read_left_behind(window.recovery.directory), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.item(0).text().startswith(jane.name)  # the latest changes first
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # the older ones
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter: the default button, Restore
    assert dialog.chosen is not None and dialog.chosen.plan.name == "older"


def test_a_folder_that_cannot_be_written_is_reported_in_the_status_bar(qtbot, make_window, jane, app_data) -> None:
    window = make_window(jane)
    app_data.mkdir(parents=True)
    blocker = app_data / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    window.recovery.directory = blocker / "recovery"  # under a file: cannot be created
    window.act_add_cluster.trigger()
    window.recovery.write_now()
    assert "Unsaved changes not kept for recovery" in window.statusBar().currentMessage()
    assert str(blocker) in window.statusBar().currentMessage()


def test_a_write_that_fails_in_the_worker_is_reported_in_the_gui_thread(qtbot, make_window, jane, monkeypatch) -> None:
    import threading

    from aksarc_gui.ui import recovery as module

    window = make_window(jane)
    threads: list[threading.Thread] = []

    def full_disk(*_args) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "write_recovery", full_disk)
    window.recovery.sig_failed.connect(lambda _why: threads.append(threading.current_thread()))
    window.act_add_cluster.trigger()
    window.recovery.write_now()
    window.recovery.flush()
    qtbot.waitUntil(lambda: "No space left on device" in window.statusBar().currentMessage())
    assert threads == [threading.main_thread()]


def test_a_dead_planner_s_lock_and_half_written_scratch_files_are_tidied(qtbot, make_window, jane) -> None:
    window = make_window(jane)
    directory = window.recovery.directory
    directory.mkdir(parents=True)
    (directory / "dead00000000.lock").write_text("999999999\npython3\n\n", encoding="utf-8")  # no such process
    (directory / ".dead00000000-1.aksrecover.x1y2.tmp").write_text('{"format": "aksa', encoding="utf-8")
    live = QLockFile(str(directory / "cafe00000000.lock"))
    assert live.tryLock(0)
    (directory / ".cafe00000000-1.aksrecover.z9.tmp").write_text("{", encoding="utf-8")  # being written now
    assert recovery.left_behind(directory) == []
    assert sorted(p.name for p in directory.iterdir()) == [".cafe00000000-1.aksrecover.z9.tmp", "cafe00000000.lock"]
    live.unlock()

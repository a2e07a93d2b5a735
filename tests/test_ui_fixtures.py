"""Shared fixtures of the GUI tests: a real main window on a fresh plan, settings in a temporary
folder, and dialogs that answer from a script instead of waiting for a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from aksarc_gui.domain import Plan
from aksarc_gui.ui.document import PlanDocument
from aksarc_gui.ui.main_window import MainWindow
from aksarc_gui.ui.settings import make_settings


@dataclass
class Dialogs:
    """What the window asked; answers are queued by the test (an unexpected dialog fails the test)."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    abouts: list[str] = field(default_factory=list)
    answers: list[Any] = field(default_factory=list)  # for question / file dialogs, in order

    def next_answer(self, what: str) -> Any:
        if not self.answers:
            raise AssertionError(f"unexpected {what} dialog")
        return self.answers.pop(0)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    log = Dialogs()

    def critical(_parent: Any, title: str, text: str, *a: Any, **k: Any) -> Any:
        log.errors.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
        log.questions.append(text)
        return log.next_answer("question")

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "warning", critical)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: log.abouts.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (log.next_answer("open"), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: log.next_answer("save"))
    return log


@pytest.fixture
def settings(tmp_path: Any) -> QSettings:
    """Settings in a temporary folder: the tests never read or write the user's own."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return make_settings()


@pytest.fixture
def window(qtbot: Any, jane: Plan, settings: QSettings, dialogs: Dialogs) -> Any:
    w = MainWindow(PlanDocument(jane), settings)
    # closing at teardown must not ask about unsaved changes
    qtbot.addWidget(w, before_close_func=lambda win: win.doc.undo_stack.setClean())
    w.show()
    qtbot.waitExposed(w)
    return w


def test_settings_fixture_writes_to_the_temporary_folder(settings: QSettings, tmp_path: Any) -> None:
    settings.setValue("probe", 1)
    settings.sync()
    assert settings.fileName().startswith(str(tmp_path))

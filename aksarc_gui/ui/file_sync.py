"""Notice, when the planner comes back to the front, that another program changed the plan's file.

The user may edit the plan file in a text editor, or a colleague may save a new version on a
shared folder, while the planner has it open.  Each time the application becomes active again
the file is compared with what the planner last read or wrote (``PlanDocument.changed_on_disk``):

- no unsaved changes: the file is read again, so the window shows what the file now holds;
- unsaved changes, or text typed in a field that the plan has not taken (an invalid address):
  nothing is replaced; the status bar says that saving will ask first (Save asks before it
  replaces another program's changes, ``MainWindow._save_to``);
- the new file does not load: the plan stays and the status bar says why.

Each new state of the file is reported once, not at every return to the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from aksarc_gui.domain import PlanLoadError
from aksarc_gui.domain.file_stamp import FileStamp, read_stamp
from aksarc_gui.ui.fields import commit_focused_field

MESSAGE_MS = 10000


def _t(text: str) -> str:
    return QCoreApplication.translate("FileSync", text)


class FileSync(QObject):
    """Checks the open plan's file whenever the application becomes active (see the module note)."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self._reported: tuple[str, FileStamp | None] | None = None  # the file state last reported
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> str | None:
        """Compare the file with the plan; what was done: "reloaded", "kept", "broken" or None."""
        doc = self.window.doc
        path = doc.path
        if path is None or getattr(self.window.start_page, "showing", False) or not doc.changed_on_disk():
            return None
        if QApplication.activeModalWidget() is not None:
            return None  # a dialog works on the plan as it was (Suggest Addresses): the next return checks
        state = (path, read_stamp(path))
        if state == self._reported:
            return None  # this version of the file was reported already
        self._reported = state
        name = Path(path).name
        status = self.window.statusBar()
        commit_focused_field()  # what is typed counts as a change, as for Save
        if doc.modified or self._typed_but_not_stored():
            status.showMessage(_t("{file} was changed by another program; saving will ask before replacing "
                                  "it").format(file=name), MESSAGE_MS)
            return "kept"
        try:
            doc.open(path)
        except PlanLoadError as exc:
            status.showMessage(_t("{file} was changed by another program and does not load; the plan shown "
                                  "is the one read before ({reason})").format(file=name, reason=str(exc)), MESSAGE_MS)
            return "broken"
        status.showMessage(_t("Read {file} again: another program changed it").format(file=name), MESSAGE_MS)
        return "reloaded"

    def _typed_but_not_stored(self) -> bool:
        """A field holds text the plan did not take (an invalid address): reading the file again
        would replace it."""
        return any(callable(getattr(widget, "dirty", None)) and widget.dirty()
                   for widget in self.window.editors.findChildren(QWidget))

"""Window shortcuts that must work while a text field has the focus.

On Linux and macOS, Qt's key bindings make Ctrl+E "end of line" (Emacs style): a
line edit or spin box with the focus claims the key (a ``ShortcutOverride``) and
File > Export Workbook never runs.  The planner's text fields are single values
where End does the same, so for the few window shortcuts listed here the window
wins: this filter takes the override event away from the field, unaccepted, and
Qt then runs the shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication


class WindowShortcutsFirst(QObject):
    def __init__(self, sequences: list[QKeySequence], parent: QObject | None = None):
        super().__init__(parent)
        self.sequences = [s for s in sequences if not s.isEmpty()]
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # removed with this object (the window owns it)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in self.sequences):
                event.ignore()
                return True  # not the field's: the window's shortcut runs
        return False

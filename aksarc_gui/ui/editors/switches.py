"""Two more field widgets for the editors: a yes/no switch and a comma-separated list of entries.

They speak the same language as ``ui.fields``: ``sig_edited(value)`` with a JSON
value the plan accepts, ``sig_finished()`` when the user is done, ``set_value``
without emitting, ``problem_widget()`` for the problem marks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from aksarc_gui.ui.fields import TextField


class CheckField(QCheckBox):
    """A boolean field (e.g. ``platform.arc_gateway``)."""

    sig_edited = Signal(object)
    sig_finished = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.clicked.connect(self._clicked)

    def _clicked(self, checked: bool) -> None:
        self.sig_edited.emit(bool(checked))
        self.sig_finished.emit()  # one click is one undo step

    def set_value(self, value: Any) -> None:
        if bool(value) != self.isChecked():
            self.blockSignals(True)
            self.setChecked(bool(value))
            self.blockSignals(False)

    def discard(self) -> None:
        pass

    def problem_widget(self) -> QWidget:
        return self


def split_entries(text: str) -> list[str]:
    """'a, b,,c ' -> ['a', 'b', 'c']: commas separate entries, blanks around them do not count."""
    return [part.strip() for part in text.split(",") if part.strip()]


class EntryListField(TextField):
    """A list of strings typed as one comma-separated line, the way a NO_PROXY list is written.

    Like every text field it is stored on Enter or when the user leaves it; a
    trailing comma or spaces that mean the same list are left as typed.
    """

    def value_of(self, text: str) -> Any:
        return split_entries(text)

    def text_of(self, value: Any) -> str:
        return ",".join(str(v) for v in (value or []) if value is not None and isinstance(value, list))

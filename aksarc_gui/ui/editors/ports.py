"""The ports of a service: rows of (port, protocol) with add and remove; edits the whole list.

A port number is stored on Enter or when the user leaves it (typing 443 never
stores 4 and 44 on the way).  A new row starts empty and joins the plan once a
number is entered; Esc in a row puts the stored number back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSpinBox, QToolButton, QVBoxLayout, QWidget

from aksarc_gui.ui.choices import PROTOCOLS
from aksarc_gui.ui.fields import revert_or_shortcut

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

EMPTY = 0  # the spin box's value for "no number yet": shown as an empty box


class PortSpin(QSpinBox):
    """A port number that can be empty (a new row) and takes Esc to put back the stored number."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(EMPTY, 65535)
        self.setSpecialValueText(" ")  # EMPTY reads as an empty box
        self.setKeyboardTracking(False)
        self.stored = EMPTY

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not revert_or_shortcut(event, self._revert):
            super().keyPressEvent(event)

    def _revert(self) -> None:
        self.blockSignals(True)
        self.setValue(self.stored)
        self.blockSignals(False)
        self.selectAll()


class PortsField(QWidget):
    sig_edited = Signal(object)
    sig_finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[tuple[QWidget, PortSpin, QComboBox]] = []
        self._loading = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self.add_button = QPushButton(translate("Ports", "Add port"), self)
        self.add_button.clicked.connect(self._add)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def rows(self) -> list[tuple[PortSpin, QComboBox]]:
        return [(spin, combo) for _, spin, combo in self._rows]

    def value(self) -> list[dict[str, Any]]:
        """The ports as shown; rows still without a number are not ports yet."""
        return [{"port": spin.value(), "protocol": combo.currentText()}
                for _, spin, combo in self._rows if spin.value() != EMPTY]

    def _emit(self) -> None:
        if not self._loading:
            self.sig_edited.emit(self.value())
            self.sig_finished.emit()

    def _add_row(self) -> tuple[PortSpin, QComboBox]:
        row = QWidget(self)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        spin = PortSpin(row)
        spin.setAccessibleName(translate("Ports", "Port"))
        combo = QComboBox(row)
        combo.addItems(PROTOCOLS)
        combo.setAccessibleName(translate("Ports", "Protocol"))
        remove = QToolButton(row)
        remove.setText("\u2212")
        remove.setToolTip(translate("Ports", "Remove this port"))
        h.addWidget(spin, 1)
        h.addWidget(combo)
        h.addWidget(remove)
        self._layout.insertWidget(len(self._rows), row)
        self._rows.append((row, spin, combo))
        spin.valueChanged.connect(self._emit)
        combo.activated.connect(lambda _i, s=spin: s.value() != EMPTY and self._emit())
        remove.clicked.connect(lambda _=False, r=row: self._remove(r))
        return spin, combo

    def _add(self) -> None:
        """An empty row to type the number into: nothing is stored until there is one."""
        self._loading = True
        spin, _ = self._add_row()
        self._loading = False
        spin.setFocus()

    def _remove(self, row: QWidget) -> None:
        index = next(i for i, (r, _, _) in enumerate(self._rows) if r is row)
        _, spin, _ = self._rows.pop(index)
        row.hide()
        row.deleteLater()
        if spin.stored != EMPTY:
            self._emit()

    def discard(self) -> None:
        pass

    def set_value(self, ports: list[dict[str, Any]] | None) -> None:
        ports = ports or []
        self._loading = True
        try:
            while len(self._rows) > len(ports):
                row, _, _ = self._rows.pop()
                row.hide()
                row.deleteLater()
            while len(self._rows) < len(ports):
                self._add_row()
            for (_, spin, combo), port in zip(self._rows, ports):
                spin.stored = port["port"]
                if spin.value() != port["port"]:
                    spin.setValue(port["port"])
                combo.setCurrentText(port["protocol"])
        finally:
            self._loading = False

    def problem_widget(self) -> QWidget:
        return self

"""The ports of a service: rows of (port, protocol) with add and remove; edits the whole list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSpinBox, QToolButton, QVBoxLayout, QWidget

from aksarc_gui.ui.choices import PROTOCOLS

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class PortsField(QWidget):
    sig_edited = Signal(object)
    sig_finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[tuple[QWidget, QSpinBox, QComboBox]] = []
        self._loading = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self.add_button = QPushButton(translate("Ports", "Add port"), self)
        self.add_button.clicked.connect(self._add)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def value(self) -> list[dict[str, Any]]:
        return [{"port": spin.value(), "protocol": combo.currentText()} for _, spin, combo in self._rows]

    def _emit(self) -> None:
        if not self._loading:
            self.sig_edited.emit(self.value())

    def _add_row(self) -> tuple[QSpinBox, QComboBox]:
        row = QWidget(self)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        spin = QSpinBox(row)
        spin.setRange(1, 65535)
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
        spin.editingFinished.connect(self.sig_finished.emit)
        combo.activated.connect(lambda _i: (self._emit(), self.sig_finished.emit()))
        remove.clicked.connect(lambda _=False, r=row: self._remove(r))
        return spin, combo

    def _add(self) -> None:
        self._loading = True
        spin, _ = self._add_row()
        spin.setValue(80)
        self._loading = False
        self._emit()
        self.sig_finished.emit()
        spin.setFocus()

    def _remove(self, row: QWidget) -> None:
        index = next(i for i, (r, _, _) in enumerate(self._rows) if r is row)
        self._rows.pop(index)
        row.hide()
        row.deleteLater()
        self._emit()
        self.sig_finished.emit()

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
                if spin.value() != port["port"]:
                    spin.setValue(port["port"])
                combo.setCurrentText(port["protocol"])
        finally:
            self._loading = False

    def problem_widget(self) -> QWidget:
        return self

"""A list of a plan's items (networks, clusters, node pools, services, ...) with add, duplicate, remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from aksarc_gui.ui import operations
from aksarc_gui.ui.document import PlanDocument, PlanEditError

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class ItemListPanel(QWidget):
    """Shows the names of the items at ``collection``; double-click or Enter opens one."""

    sig_open_path = Signal(str)
    sig_refused = Signal(str)

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.collection = ""
        self.list = QListWidget(self)
        self.list.setMinimumHeight(70)
        self.list.setMaximumHeight(100)
        self.add_button = QPushButton(translate("ItemList", "Add"), self)
        self.duplicate_button = QPushButton(translate("ItemList", "Duplicate"), self)
        self.remove_button = QPushButton(translate("ItemList", "Remove"), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.duplicate_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.remove_button.clicked.connect(self.remove)
        self.list.itemActivated.connect(lambda item: self.sig_open_path.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.currentRowChanged.connect(self._update_buttons)

    def set_items(self, collection: str, items: list[dict[str, Any]], label: Any = None) -> None:
        self.collection = collection
        names = [label(i) if label else str(i.get("name", "")) for i in items]
        if [self.list.item(r).text() for r in range(self.list.count())] != names:
            row = self.list.currentRow()
            self.list.clear()
            for index, name in enumerate(names):
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, f"{collection}[{index}]")
                self.list.addItem(item)
            if 0 <= row < len(names):
                self.list.setCurrentRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.list.currentRow() >= 0
        self.duplicate_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _run(self, text: str, change: Any) -> None:
        try:
            self.doc.edit(text, change)
        except PlanEditError as exc:
            self.sig_refused.emit(str(exc))

    def add(self) -> None:
        from aksarc_gui.ui.adding import add_text

        created: list[int] = []
        self._run(add_text(self.doc.plan.model_dump(mode="json"), self.collection),
                  lambda d: created.append(operations.add(d, self.collection)))
        if created:
            self.sig_open_path.emit(f"{self.collection}[{created[0]}]")

    def duplicate(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            from aksarc_gui.ui.adding import duplicate_text

            self._run(duplicate_text(self.doc.plan, f"{self.collection}[{row}]"),
                      lambda d: operations.duplicate(d, self.collection, row))

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            from aksarc_gui.ui.adding import remove_text

            self._run(remove_text(self.doc.plan, f"{self.collection}[{row}]"),
                      lambda d: operations.remove(d, self.collection, row))

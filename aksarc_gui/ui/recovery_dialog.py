"""At start: offer to restore the changes a planner that did not close left in recovery files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aksarc_gui.domain.recovery import Recovery, remove_recovery
from aksarc_gui.ui import recovery


def edit_time(entry: Recovery) -> str:
    """The time of the last edit, local, to the minute: "2026-12-04 05:12"."""
    return QDateTime.fromSecsSinceEpoch(int(entry.edited_at.timestamp())).toString("yyyy-MM-dd HH:mm")


class RestoreDialog(QDialog):
    """Each recovery file with the time of its changes; Restore one, Discard any, or keep them for later."""

    def __init__(self, entries: list[Recovery | tuple[Path, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore unsaved changes"))
        self.chosen: Recovery | None = None
        intro = QLabel(self.tr("The planner did not close normally last time. These changes were not saved:"), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for entry in entries:
            item = QListWidgetItem(self.describe(entry), self.list)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            if not isinstance(entry, Recovery):
                item.setToolTip(entry[1])
        self.list.setCurrentRow(0)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.later_button = QPushButton(self.tr("Ask &Later"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)  # Enter restores, Escape asks again at the next start
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(620, 260)
        self._update_buttons()

    def describe(self, entry: Recovery | tuple[Path, str]) -> str:
        if not isinstance(entry, Recovery):
            return self.tr("{file} (damaged: cannot be restored)").format(file=entry[0].name)
        if entry.sample:
            where = self.tr("the sample plan")
        elif entry.path:
            where = entry.path
        else:
            where = self.tr("never saved")
        return self.tr("{plan} ({where}): changes made {time}").format(
            plan=entry.plan.name or self.tr("Untitled"), where=where, time=edit_time(entry))

    def entry(self) -> Any:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(isinstance(self.entry(), Recovery))
        self.discard_button.setEnabled(self.entry() is not None)

    def _restore(self) -> None:
        if isinstance(self.entry(), Recovery):
            self.chosen = self.entry()
            self.accept()

    def _discard(self) -> None:
        entry = self.entry()
        if entry is None:
            return
        remove_recovery(entry.file if isinstance(entry, Recovery) else entry[0])
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.reject()
        self._update_buttons()


def offer_restore(window: Any) -> bool:
    """Offer the left-behind recovery files; True when one was restored into ``window`` (a MainWindow)."""
    entries = recovery.read_left_behind(window.recovery.directory)
    if not entries:
        return False
    dialog = RestoreDialog(entries, window)
    dialog.exec()
    if dialog.chosen is None:
        return False
    return restore(window, dialog.chosen)


def restore(window: Any, entry: Recovery) -> bool:
    """Put ``entry``'s plan in the window as unsaved changes to its file (or to no file)."""
    if not window.maybe_save():
        return False
    from aksarc_gui.assets import sample_plan_path

    window.doc.replace(entry.plan, entry.path, sample_plan_path().name if entry.sample else None)
    window.doc.undo_stack.resetClean()  # unsaved: the title says so, closing asks, Save writes them
    window.recovery.adopt(entry)
    return True

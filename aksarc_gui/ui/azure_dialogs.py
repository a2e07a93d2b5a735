"""File > Import from Azure and File > Compare with Azure (docs/import.md).

Import reads the JSON files az printed (several at once), then merges what they hold into the
open plan as one undo step, or starts a new plan with it. Compare shows a dialog with two tabs:
Drift (what the plan says and Azure has differently) and Headroom (what each deployed logical
network can still take). The work is done by the Qt-free ``aksarc_gui.azure_import``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aksarc_gui.azure_import import AzureReadError, Snapshot, read_files
from aksarc_gui.domain.plan import Plan

MERGE, NEW = "merge", "new"


def _t(text: str) -> str:
    return QCoreApplication.translate("AzureDialogs", text)


def ask_az_files(parent: QWidget | None, directory: str = "") -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        parent, _t("Choose az output files (JSON)"), directory,
        _t("az JSON output (*.json *.txt);;All files (*)"))
    return files


def _read(window: Any, paths: list[str]) -> Snapshot | None:
    try:
        return read_files(paths)
    except AzureReadError as exc:
        QMessageBox.critical(window, _t("The az output cannot be read"), str(exc))
        return None


def ask_mode(window: Any) -> str | None:
    box = QMessageBox(QMessageBox.Icon.Question, _t("Import from Azure"),
                      _t("Merge what Azure has into the open plan, or start a new plan with it?"),
                      QMessageBox.StandardButton.Cancel, window)
    merge = box.addButton(_t("Merge into This Plan"), QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(_t("New Plan"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(merge)
    box.exec()
    clicked = box.clickedButton()
    return MERGE if clicked is merge else NEW if clicked is new else None


def import_from_azure(window: Any, paths: list[str] | None = None, mode: str | None = None) -> bool:
    """File > Import from Azure; ``paths`` and ``mode`` skip the questions (True when the plan changed)."""
    from aksarc_gui.azure_import.merge import import_plan, merge

    paths = paths if paths is not None else ask_az_files(window, window._last_dir())
    if not paths:
        return False
    snap = _read(window, paths)
    if snap is None:
        return False
    plan: Plan = window.doc.plan
    empty = not (plan.logical_networks or plan.clusters or plan.reservations)
    mode = mode or (MERGE if empty else ask_mode(window))
    if mode is None:
        return False
    if mode == NEW:
        if not window.maybe_save():
            return False
        result = import_plan(snap, _t("Imported from Azure"))
        window.doc.replace(result.plan, None)
        window.doc.undo_stack.resetClean()  # never saved: closing must ask first
    else:
        result = merge(plan, snap)
        completed = result.plan.model_dump(mode="json")

        def fill(data: dict[str, Any]) -> None:
            data.clear()
            data.update(completed)

        window.doc.edit(_t("Import from Azure"), fill)
    summary = _t("Imported {added} new and {updated} updated object(s), marked deployed.").format(
        added=len(result.added), updated=len(result.updated))
    window.statusBar().showMessage(summary, 8000)
    if result.notes:
        QMessageBox.information(window, _t("Import from Azure"), "\n\n".join([summary, *result.notes]))
    return True


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CompareDialog(QDialog):
    """Drift and headroom of ``plan`` against what the az files say."""

    def __init__(self, plan: Plan, snap: Snapshot, parent: QWidget | None = None):
        from aksarc_gui.azure_import.diff import KIND_LABELS, diff
        from aksarc_gui.azure_import.headroom import forecast

        super().__init__(parent)
        self.setWindowTitle(_t("Compare with Azure"))
        self.resize(860, 440)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)

        self.drift = diff(plan, snap)
        drift_page = QWidget()
        box = QVBoxLayout(drift_page)
        self.drift_summary = QLabel(
            _t("No drift: the plan's deployed objects match Azure.") if not self.drift
            else _t("{count} difference(s) between the plan and Azure.").format(count=len(self.drift)))
        box.addWidget(self.drift_summary)
        self.drift_table = _table(
            [_t("Difference"), _t("Object"), _t("Field"), _t("Plan"), _t("Azure")],
            [[QCoreApplication.translate("AzureDiff", KIND_LABELS[d.kind]), d.what, d.field, d.plan, d.azure]
             for d in self.drift])
        self.drift_table.setToolTip(_t("Double-click a row to show the object in the plan."))
        self.drift_table.cellDoubleClicked.connect(self._show_in_plan)
        box.addWidget(self.drift_table)
        self.tabs.addTab(drift_page, _t("Drift"))

        self.headroom = forecast(plan, snap)
        head_page = QWidget()
        box = QVBoxLayout(head_page)
        self.headroom_table = _table(
            [_t("Logical network"), _t("Pool"), _t("In use"), _t("Free"), _t("More node VMs"), _t("More clusters"),
             _t("Upgrades at once"), _t("Free outside pool")],
            [[r.name, str(r.pool_size), str(r.in_use), str(r.free), str(r.more_node_vms), str(r.more_clusters),
              str(r.upgrades_at_once), str(r.free_outside_pool)] for r in self.headroom])
        box.addWidget(self.headroom_table)
        messages = [f"{r.name}: {r.message}" for r in self.headroom if r.message]
        self.headroom_note = QLabel("\n".join(messages) if messages else _t("Every planned addition fits."))
        self.headroom_note.setWordWrap(True)
        self.headroom_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.headroom_note)
        self.tabs.addTab(head_page, _t("Headroom"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


    def _show_in_plan(self, row: int, _column: int) -> None:
        """Select the plan's field (or object) a drift row is about in the main window."""
        path = self.drift[row].path
        select = getattr(self.parent(), "select_path", None)
        if path and path != "reservations" and select is not None:
            select(path)


def compare_with_azure(window: Any, paths: list[str] | None = None) -> CompareDialog | None:
    """File > Compare with Azure: the dialog is shown non-modal and returned."""
    paths = paths if paths is not None else ask_az_files(window, window._last_dir())
    if not paths:
        return None
    snap = _read(window, paths)
    if snap is None:
        return None
    dialog = CompareDialog(window.doc.plan, snap, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

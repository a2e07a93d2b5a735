"""Every modal question the window asks, in one place (tests patch QMessageBox / QFileDialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from aksarc_gui.domain import Plan

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"

PLAN_FILTER = "plan"


def plan_filter() -> str:
    return translate("Dialogs", "AKS Arc plans (*.aksplan *.json);;All files (*)")


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    answer = QMessageBox.question(
        parent, translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "The plan \u201c{name}\u201d has unsaved changes. Save them first?").format(name=name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def ask_replace_changed_file(parent: QWidget | None, name: str) -> bool:
    """Another program changed the plan's file since the planner read or wrote it: replace it anyway?"""
    answer = QMessageBox.question(
        parent, translate("Dialogs", "File changed by another program"),
        translate("Dialogs", "\u201c{name}\u201d was changed by another program after the planner opened or last "
                             "saved it. Replace it with this plan? Its changes will be lost.\n\nChoose No to keep "
                             "that file: then save this plan under another name (File > Save As).").format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def open_plan_name(parent: QWidget | None, directory: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, translate("Dialogs", "Open plan"), directory, plan_filter())
    return path


def save_name(parent: QWidget | None, caption: str, directory: str, filters: str) -> tuple[str, str]:
    return QFileDialog.getSaveFileName(parent, caption, directory, filters)


def run_new_plan_wizard(parent: QWidget | None) -> Plan | None:
    """The New Plan wizard; the allocated plan, or None when cancelled."""
    from aksarc_gui.ui.wizard import NewPlanWizard  # the allocator: loaded only when asked for

    wizard = NewPlanWizard(parent)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    return wizard.result_plan()


def show_about(parent: QWidget | None, title: str, html: str) -> None:
    QMessageBox.about(parent, title, html)

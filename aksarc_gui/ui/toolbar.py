"""The main toolbar: the file actions, undo and redo, Suggest and the exports, one click away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QStyle, QToolBar

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

SP = QStyle.StandardPixmap
TI = QIcon.ThemeIcon


def _icon(window: Any, theme: QIcon.ThemeIcon, fallback: QStyle.StandardPixmap) -> QIcon:
    """The desktop's icon when it has one (Windows 11, GNOME, KDE), else the Qt style's."""
    icon = QIcon.fromTheme(theme)
    return icon if not icon.isNull() else window.style().standardIcon(fallback)


def _short(action: QAction, text: str) -> None:
    """A short button label; the tooltip, left unset, follows the action's full text
    ("Undo Change gateway")."""
    action.setIconText(text)


def build_toolbar(window: Any) -> QToolBar:
    bar = QToolBar(translate("Toolbar", "Main toolbar"), window)
    bar.setObjectName("mainToolBar")  # saveState() needs a name
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setIconSize(QSize(16, 16))
    bar.setMovable(False)
    icons = [
        (window.act_new, TI.DocumentNew, SP.SP_FileIcon),
        (window.act_open, TI.DocumentOpen, SP.SP_DialogOpenButton),
        (window.act_save, TI.DocumentSave, SP.SP_DialogSaveButton),
        (window.act_undo, TI.EditUndo, SP.SP_ArrowBack),
        (window.act_redo, TI.EditRedo, SP.SP_ArrowForward),
        (window.act_suggest, TI.EditFind, SP.SP_DialogApplyButton),
        (window.act_export_workbook, TI.DocumentSaveAs, SP.SP_FileDialogDetailedView),
        (window.act_export_script, TI.DocumentSaveAs, SP.SP_FileDialogContentsView),
        (window.act_export_map_png, TI.DocumentSaveAs, SP.SP_FileDialogListView),
    ]
    for action, theme, fallback in icons:
        if action.icon().isNull():
            action.setIcon(_icon(window, theme, fallback))
    _short(window.act_undo, translate("Toolbar", "Undo"))
    _short(window.act_redo, translate("Toolbar", "Redo"))
    _short(window.act_suggest, translate("Toolbar", "Suggest"))
    _short(window.act_export_workbook, translate("Toolbar", "Workbook"))
    _short(window.act_export_script, translate("Toolbar", "Script"))
    _short(window.act_export_map_png, translate("Toolbar", "Map"))
    for group in ((window.act_new, window.act_open, window.act_save), (window.act_undo, window.act_redo),
                  (window.act_suggest,), (window.act_export_workbook, window.act_export_script,
                                          window.act_export_map_png)):
        if bar.actions():
            bar.addSeparator()
        bar.addActions(list(group))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar

"""The start page: what the window shows while no plan is open.

At a start with nothing to reopen, and after File > Close Plan, the central area
offers a new plan (the wizard), Open..., the recent plans and the sample plan;
the panes that need a plan hide until one is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from aksarc_gui.assets import sample_plan_path
from aksarc_gui.domain import Plan, PlanLoadError, load_plan
from aksarc_gui.ui import dialogs
from aksarc_gui.ui.settings import APPLICATION

# The window's actions that need an open plan: off while the start page shows.
PLAN_ACTIONS = (
    "act_save", "act_save_as", "act_export_workbook", "act_export_script", "act_export_map_png", "act_export_map_svg",
    "act_add_network", "act_add_cluster", "act_add_pool", "act_add_service", "act_add_reservation",
    "act_duplicate", "act_remove", "act_rename", "act_next_problem", "act_suggest",
    "act_focus_tree", "act_focus_editor", "act_focus_problems",
)


class StartPage(QWidget):
    """New Plan (wizard), Open..., the recent plans and the sample, in the middle of the window."""

    sig_new = Signal()
    sig_open = Signal()
    sig_open_recent = Signal(str)
    sig_sample = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(APPLICATION, self)  # the product name, in every language
        title.setObjectName("startTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        intro = QLabel(self.tr("Plan the IP addresses of AKS enabled by Azure Arc: logical networks, "
                               "control plane IPs, node pools and load balancers."), self)
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New Plan..."), self)
        self.new_button.setToolTip(self.tr("A wizard asks for the networks and clusters and suggests the addresses"))
        self.open_button = QPushButton(self.tr("&Open..."), self)
        self.sample_button = QPushButton(self.tr("Open the &Sample Plan"), self)
        self.sample_button.setToolTip(self.tr("The worked example of Microsoft's network requirements"))
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumHeight(32)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.sig_new)
        self.open_button.clicked.connect(self.sig_open)
        self.sample_button.clicked.connect(self.sig_sample)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent_label = QLabel(self.tr("&Recent plans"), self)
        self.recent_label.setStyleSheet("font-weight: 600;")
        self.recent = QListWidget(self)
        self.recent.setMaximumHeight(230)  # eight plans; a taller box would be mostly empty
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(lambda item: self.sig_open_recent.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.no_recent = QLabel(self.tr("No plans opened yet."), self)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(18)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addWidget(self.no_recent)
        column.addStretch(2)
        outer = QHBoxLayout(self)  # a readable column in the middle of a wide window
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.sample_button)
        self.setTabOrder(self.sample_button, self.recent)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            p = Path(path)
            item = QListWidgetItem(self.tr("{file} \u2014 {folder}").format(file=p.name, folder=p.parent), self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            if not p.exists():
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(self.tr("{file} (not found)").format(file=path))
        if paths:
            self.recent.setCurrentRow(0)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)


class StartPageHost(QObject):
    """Puts the start page in ``window``'s central area while no plan is open, and File > Close Plan."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.showing = False
        self._replacing = False
        self._state: QByteArray | None = None  # the panes' layout while the start page puts them away
        self._before: QWidget | None = None
        self.page = StartPage(window.central)
        window.central.addWidget(self.page)
        self.page.sig_new.connect(window.new_from_wizard)
        self.page.sig_open.connect(lambda: window.open_plan())
        self.page.sig_open_recent.connect(window.open_plan)
        self.page.sig_sample.connect(self.open_sample)
        self.act_close = QAction(self.tr("C&lose Plan"), window)
        self.act_close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.act_close.triggered.connect(self.close_plan)
        window.addAction(self.act_close)
        window.doc.sig_replaced.connect(self._replaced)

    def close_plan(self) -> bool:
        """File > Close Plan: the start page, once the changes are saved or discarded."""
        if self.showing:
            return True
        if not self.window.maybe_save():
            return False
        self.show_page()
        return True

    def show_page(self) -> None:
        """No plan open: an empty plan behind the start page, the plan's panes and actions put away."""
        self.showing = True
        self._replacing = True
        try:
            self.window.doc.replace(Plan(), None)
        finally:
            self._replacing = False
        central = self.window.central
        if central.currentWidget() is not self.page:
            self._before = central.currentWidget()
        self.page.set_recent(self.window.recent_files())
        central.setCurrentWidget(self.page)
        if self._state is None:
            self._state = self.window.saveState()
        for dock in self.window.findChildren(QDockWidget):
            dock.hide()
        for bar in self.window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.hide()  # the tabs of docks tabbed together stay on screen when the docks hide
        self._enable(False)
        self.window.status_counts.hide()  # no plan, no problems to count
        self.window._update_title()
        self.page.new_button.setFocus()

    def window_state(self) -> QByteArray:
        """The window's layout to remember: while the start page puts the panes away, the one they had."""
        return self._state if self.showing and self._state is not None else self.window.saveState()

    def _replaced(self) -> None:
        if self.showing and not self._replacing:
            self.leave()

    def leave(self) -> None:
        """A plan is open again (new, opened, restored, the sample): back to the map and the panes."""
        self.showing = False
        self.window.central.setCurrentWidget(self._before or self.window.central.widget(0))
        if self._state is not None:
            self.window.restoreState(self._state)  # the panes as they were, tabs and all
            self._state = None
        self._enable(True)
        self.window.status_counts.show()
        self.window._update_title()

    def _enable(self, on: bool) -> None:
        for name in PLAN_ACTIONS:
            action = getattr(self.window, name, None)
            if action is not None:
                action.setEnabled(on)
        self.act_close.setEnabled(on)

    def open_sample(self) -> bool:
        """The bundled sample, marked as such: its first save asks for a file name."""
        if not self.window.maybe_save():
            return False
        sample = sample_plan_path()
        try:
            plan = load_plan(sample)
        except PlanLoadError as exc:  # a damaged installation
            dialogs.show_error(self.window, self.tr("The plan does not load"), str(exc))
            return False
        self.window.doc.replace(plan, None, sample.name)
        return True

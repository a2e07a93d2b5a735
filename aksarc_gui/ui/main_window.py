"""The main window: navigation tree, editor pane, live budget and problems, commands and firewall.

The central area belongs to the occupancy map.  What a map needs from the window:

- ``set_map_widget(widget)`` puts it in the central area (until then the budget
  summary of the selected network is shown there);
- ``sig_network_selected(name)`` says which network to draw ("" = management
  network), ``current_network()`` tells it at any time;
- ``sig_refreshed`` follows every change of the plan (``doc.plan`` is the new plan,
  ``problems`` the validation result);
- ``sig_item_selected(path)`` is the JSON path the user selected (to highlight it);
- ``select_path(json_path)`` is what the map calls when a segment is clicked: the
  tree item and the editor field for that path are selected.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from aksarc_gui import __version__
from aksarc_gui.domain import Plan, PlanLoadError
from aksarc_gui.domain.output import describe_error
from aksarc_gui.planning.budget import Budget, budget
from aksarc_gui.planning.capacity import capacity
from aksarc_gui.planning.memo import Kept, same_plans
from aksarc_gui.planning.problems import Problem, Severity, counts
from aksarc_gui.planning.validate import validate
from aksarc_gui.domain import jsonpath
from aksarc_gui.ui import dialogs, operations
from aksarc_gui.ui.document import FileChangedOnDisk, PlanDocument, PlanEditError
from aksarc_gui.ui.editors.base import EditorForm
from aksarc_gui.ui.fields import commit_focused_field
from aksarc_gui.ui.editors.forms import (
    ClusterForm,
    CollectionForm,
    LoadBalancerForm,
    ManagementForm,
    NetworkForm,
    NodePoolForm,
    PlanForm,
    ReservationForm,
    ServiceForm,
)
from aksarc_gui.ui.navigation import (
    CLUSTER,
    COLLECTION,
    LOAD_BALANCER,
    MANAGEMENT,
    NETWORK,
    NODE_POOL,
    PLAN,
    RESERVATION,
    SERVICE,
    NavigationTree,
    editor_for,
)
from aksarc_gui.ui.panels.budget import BudgetPanel, NetworkSummary
from aksarc_gui.ui.panels.lazy import LazyPanel
from aksarc_gui.ui.panels.problems import ProblemsPanel
from aksarc_gui.ui.recovery import RecoveryAutosave
from aksarc_gui.ui.settings import MAX_RECENT, make_settings, remember_last_plan
from aksarc_gui.ui.start_page import StartPageHost
from aksarc_gui.ui.language import language_menu

APP_NAME = "AKS Arc Network Planner"
DOCS_URL = "https://learn.microsoft.com/azure/aks/aksarc/aks-hci-network-system-requirements"
DOCS_OVERVIEW_URL = "https://learn.microsoft.com/azure/aks/aksarc/aks-overview"
PLAN_SUFFIXES = (".aksplan", ".json")

STYLE = """
QLineEdit[invalid="true"] { border: 2px dashed #c62828; background: #fdecea; }
QLabel#inlineError { color: #c62828; }
QLineEdit[problem="error"] { border: 2px solid #d32f2f; border-radius: 3px; padding: 1px; }
QLineEdit[problem="warning"] { border: 2px solid #ef8f00; border-radius: 3px; padding: 1px; }
QProgressBar { border: 1px solid #9e9e9e; border-radius: 3px; text-align: center; min-height: 16px; }
QProgressBar::chunk { background: #64a7e8; }
QProgressBar[over="true"] { border-color: #d32f2f; }
QProgressBar[over="true"]::chunk { background: #ef9a9a; }
QLabel#editorHeading, QLabel#summaryTitle { font-size: 13pt; font-weight: 600; }
"""


def _commands_panel(parent: QWidget) -> QWidget:
    from aksarc_gui.ui.panels.commands import CommandsPanel

    return CommandsPanel(parent)


def _firewall_panel(parent: QWidget) -> QWidget:
    from aksarc_gui.ui.panels.firewall import FirewallPanel

    return FirewallPanel(parent)


class MainWindow(QMainWindow):
    #: The network the user is looking at changed: its name ("" = the management network).
    sig_network_selected = Signal(str)
    #: The user selected an item (tree or editor): its JSON path ("" = the plan).
    sig_item_selected = Signal(str)
    #: Budget, problems and marks now match the plan (after every change).
    sig_refreshed = Signal()

    def __init__(self, doc: PlanDocument | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc or PlanDocument(parent=self)
        if self.doc.parent() is None:
            self.doc.setParent(self)  # the window owns its document: both go together
        self.settings = settings or make_settings()
        self.problems: list[Problem] = []
        self.budget: Budget = budget(self.doc.plan)
        self._kept = Kept()  # results for the clusters an edit left alone carry over to the next refresh
        self._network = ""  # the network the central area shows
        self._map_widget: QWidget | None = None
        self.summary_dock: QDockWidget | None = None  # the network summary, once the map has the centre
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self._build_panes()
        self.sig_refreshed.connect(self._map_follow_plan)
        self.sig_network_selected.connect(self._map_follow_network)
        self.sig_item_selected.connect(self._map_follow_item)
        self._install_map()
        self._build_actions()
        self.start_page = StartPageHost(self)  # shown in the central area while no plan is open
        self._build_menus()
        from aksarc_gui.ui.toolbar import build_toolbar

        self.toolbar = build_toolbar(self)
        self.status_counts = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_counts)

        self.doc.sig_changed.connect(self.refresh)
        self.doc.sig_replaced.connect(self._plan_replaced)
        self.doc.sig_file_state.connect(self._update_title)
        self.doc.undo_stack.cleanChanged.connect(self._update_title)
        self.recovery = RecoveryAutosave(self.doc, parent=self)  # unsaved changes survive a crash
        from aksarc_gui.ui.file_sync import FileSync

        self.file_sync = FileSync(self)  # back at the window: has another program changed the file?
        self.recovery.sig_failed.connect(lambda why: self.statusBar().showMessage(
            self.tr("Unsaved changes not kept for recovery: {reason}").format(reason=why), 8000))
        self.refresh()
        self._plan_replaced()
        self._update_title()
        self._restore_settings()

    # -- building ----------------------------------------------------------------------------
    def _dock(self, object_name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    @property
    def commands_panel(self) -> Any:
        return self._commands.panel()

    @property
    def firewall_panel(self) -> Any:
        return self._firewall.panel()

    def _build_panes(self) -> None:
        # central: the occupancy map's place; the network summary stands in until one is set
        self.central = QStackedWidget(self)
        self.summary = NetworkSummary(self.central)
        # STYLE on the three panes it styles, not the window: a style sheet makes every widget
        # under it slower to build and paint (20 ms at start-up for the whole window).
        self.summary.setStyleSheet(STYLE)
        self.central.addWidget(self.summary)
        self.setCentralWidget(self.central)

        self.tree = NavigationTree(self)
        self.tree.sig_path_selected.connect(self._tree_selected)
        self.tree_dock = self._dock("navigationDock", self.tr("Plan"), self.tree, Qt.DockWidgetArea.LeftDockWidgetArea)

        self.editors = QStackedWidget(self)
        self.forms: dict[str, EditorForm] = {}  # built when first shown: start-up stays short
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editors)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(360)
        scroll.setStyleSheet(STYLE)
        self.editor_dock = self._dock("editorDock", self.tr("Editor"), scroll, Qt.DockWidgetArea.RightDockWidgetArea)

        self.problems_panel = ProblemsPanel(self)
        self.problems_panel.sig_go_to.connect(self.select_path)
        self.problems_dock = self._dock("problemsDock", self.tr("Problems"), self.problems_panel,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self._commands = LazyPanel(_commands_panel, self)  # built when its tab is first shown
        self.commands_dock = self._dock("commandsDock", self.tr("Commands"), self._commands,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self._firewall = LazyPanel(_firewall_panel, self)
        self.firewall_dock = self._dock("firewallDock", self.tr("Firewall"), self._firewall,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.budget_panel = BudgetPanel(self)
        self.budget_panel.setStyleSheet(STYLE)
        self.budget_dock = self._dock("budgetDock", self.tr("IP budget"), self.budget_panel,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.splitDockWidget(self.problems_dock, self.budget_dock, Qt.Orientation.Horizontal)
        self.tabifyDockWidget(self.problems_dock, self.commands_dock)
        self.tabifyDockWidget(self.commands_dock, self.firewall_dock)
        self.problems_dock.raise_()
        for dock in (self.commands_dock, self.firewall_dock):
            dock.visibilityChanged.connect(lambda visible: visible and self._refresh_exports())
        self.resizeDocks([self.tree_dock, self.editor_dock], [285, 400], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [370], Qt.Orientation.Vertical)
        self.resizeDocks([self.problems_dock, self.budget_dock], [700, 520], Qt.Orientation.Horizontal)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(commit_focused_field)  # first: Save saves what was typed, too
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&New"), self.new_plan, S.New)
        self.act_wizard = self._action(self.tr("New from &Wizard..."), self.new_from_wizard)
        self.act_open = self._action(self.tr("&Open..."), lambda: self.open_plan(), S.Open)
        self.act_save = self._action(self.tr("&Save"), self.save, S.Save)
        self.act_save_as = self._action(self.tr("Save &As..."), self.save_as, S.SaveAs)
        self.act_export_workbook = self._action(self.tr("Export Wor&kbook..."), self.export_workbook, "Ctrl+E")
        self.act_export_script = self._action(self.tr("Export S&cript..."), self.export_script, "Ctrl+Shift+E")
        self.act_export_map_png = self._action(self.tr("Export Map as &PNG..."), lambda: self._export_map("png"))
        self.act_export_map_svg = self._action(self.tr("Export Map as SV&G..."), lambda: self._export_map("svg"))
        self.act_quit = self._action(self.tr("&Quit"), self.close, S.Quit)
        self.act_import_azure = self._action(self.tr("&Import from Azure..."), lambda: self._azure("import_from_azure"))
        self.act_compare_azure = self._action(self.tr("Compare with A&zure..."), lambda: self._azure("compare_with_azure"))
        self.act_undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(S.Undo))
        self.act_redo = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence(S.Redo))
        self.act_add_network = self._action(self.tr("Add &Logical Network"), lambda: self.add_item("logical_networks"))
        self.act_add_cluster = self._action(self.tr("Add &Cluster"), lambda: self.add_item("clusters"), "Ctrl+Shift+N")
        self.act_add_pool = self._action(self.tr("Add &Node Pool"), lambda: self.add_child("node_pools"))
        self.act_add_service = self._action(self.tr("Add &Service"), lambda: self.add_child("services"))
        self.act_add_reservation = self._action(self.tr("Add Reser&vation"), lambda: self.add_item("reservations"))
        self.act_duplicate = self._action(self.tr("&Duplicate"), self.duplicate_selected, "Ctrl+D")
        self.act_remove = self._action(self.tr("Re&move"), self.remove_selected, S.Delete)
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.act_remove)
        self.act_rename = self._action(self.tr("Ren&ame"), self.rename_selected, "F2")
        self.act_next_problem = self._action(self.tr("Go to Next &Problem"), self.next_problem, "F8")
        self.act_suggest = self._action(self.tr("Su&ggest Addresses..."), self.suggest_addresses, "Ctrl+Shift+G",
                                        self.tr("Fill in empty IP pools, control plane IPs and load balancer ranges"))
        # the keyboard's way between the panes
        self.act_focus_tree = self._action(self.tr("&Go to Plan Items"), lambda: self._focus(self.tree_dock, self.tree),
                                           "Ctrl+1")
        self.act_focus_editor = self._action(self.tr("Go to E&ditor"), self._focus_editor, "Ctrl+2")
        self.act_focus_problems = self._action(self.tr("Go to Problem&s"),
                                               lambda: self._focus(self.problems_dock, self.problems_panel.view),
                                               "Ctrl+3")
        self.act_about = self._action(self.tr("&About"), self.about)
        self.act_docs = self._action(self.tr("AKS Arc &Network Requirements (Microsoft Learn)"), self.open_docs)
        from aksarc_gui.ui.fields import WINDOW_ACTIONS  # Ctrl+E even in a text field (Linux, macOS)

        WINDOW_ACTIONS[:] = [self.act_export_workbook, self.act_export_script, self.act_suggest]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_new)
        file_menu.addAction(self.act_wizard)
        file_menu.addAction(self.act_open)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.act_save)
        file_menu.addAction(self.act_save_as)
        file_menu.addAction(self.start_page.act_close)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import_azure)
        file_menu.addAction(self.act_compare_azure)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export_workbook)
        file_menu.addAction(self.act_export_script)
        file_menu.addAction(self.act_export_map_png)
        file_menu.addAction(self.act_export_map_svg)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        edit.addSeparator()
        for a in (self.act_add_network, self.act_add_cluster, self.act_add_pool, self.act_add_service,
                  self.act_add_reservation):
            edit.addAction(a)
        edit.addSeparator()
        edit.addAction(self.act_duplicate)
        edit.addAction(self.act_rename)
        edit.addAction(self.act_remove)
        edit.addSeparator()
        edit.addAction(self.act_suggest)
        edit.addAction(self.act_next_problem)
        view = bar.addMenu(self.tr("&View"))
        for a in (self.act_focus_tree, self.act_focus_editor, self.act_focus_problems):
            view.addAction(a)
        view.addSeparator()
        for dock, label in ((self.tree_dock, self.tr("&Plan Items")), (self.editor_dock, self.tr("&Editor")),
                            (self.budget_dock, self.tr("IP &Budget")), (self.problems_dock, self.tr("P&roblems")),
                            (self.commands_dock, self.tr("&Commands")), (self.firewall_dock, self.tr("&Firewall")),
                            *(((self.summary_dock, self.tr("&Network Summary")),) if self.summary_dock else ())):
            toggle = dock.toggleViewAction()
            toggle.setText(label)
            view.addAction(toggle)
        view.addSeparator()  # View > Language: saved in the settings, applies at once (ui.language_switch)
        view.addMenu(language_menu(self, self._switch_language))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_docs)
        help_menu.addAction(self.act_about)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for a in (self.act_add_network, self.act_add_cluster, self.act_add_pool, self.act_add_service,
                  self.act_add_reservation, self.act_duplicate, self.act_rename):
            self.tree.addAction(a)
        self._update_recent_menu()

    def _switch_language(self, language: str) -> None:
        from aksarc_gui.ui.language_switch import switch_language_now

        commit_focused_field()
        switch_language_now(self, language)

    # -- the occupancy map's hook ------------------------------------------------------------
    def set_map_widget(self, widget: QWidget) -> None:
        """Put the occupancy map in the central area; the network summary moves to a tab beside the budget.

        A widget with the occupancy map's API (``set_plan``, ``set_network``,
        ``highlight``, ``sig_path_activated``) is wired up here: it follows the plan,
        the selected network and the selected item, and a click on it selects the
        item in the tree and the editor.
        """
        if self._map_widget is not None:
            self.central.removeWidget(self._map_widget)
        if self.summary.parent() is self.central:
            self.central.removeWidget(self.summary)
            self.summary_dock = self._dock("summaryDock", self.tr("Network"), self.summary,
                                           Qt.DockWidgetArea.BottomDockWidgetArea)
            self.tabifyDockWidget(self.budget_dock, self.summary_dock)
            self.summary_dock.visibilityChanged.connect(lambda visible: visible and self.summary.show_pending())
            self.budget_dock.raise_()
        self._map_widget = widget
        self.central.addWidget(widget)
        self.central.setCurrentWidget(widget)
        if self._map():
            widget.set_plan(self.doc.plan)
            widget.set_network(self._network)
            widget.sig_path_activated.connect(self.select_path)

    def _map(self) -> Any:
        """The central widget when it speaks the occupancy map's API, else None."""
        widget = self._map_widget
        return widget if widget is not None and hasattr(widget, "set_plan") else None

    def _map_follow_plan(self) -> None:
        if self._map():
            self._map().set_plan(self.doc.plan)

    def _map_follow_network(self, name: str) -> None:
        if self._map():
            self._map().set_network(name)

    def _map_follow_item(self, path: str) -> None:
        """Outline what the selected item occupies; a whole network or the plan outlines nothing."""
        if not self._map():
            return
        kind, item = editor_for(path)
        cluster = jsonpath.join(jsonpath.parse(item)[:2])
        if kind in (PLAN, MANAGEMENT, NETWORK, COLLECTION) and "." not in path:
            keys = None
        elif kind == SERVICE:  # a service owns no address itself: show the addresses it is served on
            keys = [f"{cluster}.load_balancer"]
        elif kind == NODE_POOL:  # node pools share their cluster's part of the pool
            keys = [cluster]
        else:
            keys = [path]
        self._map().highlight(keys)

    def _install_map(self) -> None:
        from aksarc_gui.ui.occupancy_map import OccupancyMapWidget

        self.set_map_widget(OccupancyMapWidget(self))

    def current_network(self) -> str:
        return self._network

    # -- selection ---------------------------------------------------------------------------
    def select_path(self, path: str) -> None:
        """Show the editor for the field at ``path``, select its tree item and focus the field."""
        kind, item_path = editor_for(path)
        self.tree.select(item_path, emit=False)
        self._show_editor(kind, item_path)
        self.editor_dock.raise_()
        self.form(kind).focus_path(path)
        self.sig_item_selected.emit(path)

    def _tree_selected(self, path: str) -> None:
        kind, item_path = editor_for(path)
        self._show_editor(kind, item_path)
        self.sig_item_selected.emit(path)

    FORM_CLASSES: dict[str, type[EditorForm]] = {
        PLAN: PlanForm, MANAGEMENT: ManagementForm, COLLECTION: CollectionForm, NETWORK: NetworkForm,
        CLUSTER: ClusterForm, NODE_POOL: NodePoolForm, LOAD_BALANCER: LoadBalancerForm, SERVICE: ServiceForm,
        RESERVATION: ReservationForm,
    }

    def form(self, kind: str) -> EditorForm:
        """The editor form for ``kind``, created the first time it is needed."""
        if kind not in self.forms:
            form = self.FORM_CLASSES[kind](self.doc)
            self.editors.addWidget(form)
            form.sig_open_path.connect(self.select_path)
            form.sig_refused.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
            self.forms[kind] = form
        return self.forms[kind]

    def _show_editor(self, kind: str, item_path: str) -> None:
        form = self.form(kind)
        form.show_item(item_path)
        form.mark(self.problems)
        # a stack is as tall as its tallest page: hidden forms must not make a short one scroll
        for other in self.forms.values():
            policy = QSizePolicy.Policy.Preferred if other is form else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.editors.setCurrentWidget(form)
        self._follow_network(item_path)

    def current_form(self) -> EditorForm:
        return self.editors.currentWidget()  # type: ignore[return-value]

    def _follow_network(self, item_path: str) -> None:
        """The network an item belongs to becomes the one the central area shows."""
        parts = jsonpath.parse(item_path)
        name: str | None = None
        plan = self.doc.plan
        if parts[:1] == ["management_network"]:
            name = ""
        elif parts[:1] == ["logical_networks"] and len(parts) >= 2 and parts[1] < len(plan.logical_networks):
            name = plan.logical_networks[parts[1]].name
        elif parts[:1] == ["clusters"] and len(parts) >= 2 and parts[1] < len(plan.clusters):
            name = plan.clusters[parts[1]].logical_network
        if name is not None and name != self._network:
            self._network = name
            self.summary.show_network(plan, self.budget, name)
            self.sig_network_selected.emit(name)

    def _plan_replaced(self) -> None:
        """A new or opened plan: show its first logical network."""
        plan = self.doc.plan
        self._network = plan.logical_networks[0].name if plan.logical_networks else ""
        self.tree.rebuild(plan)
        self.select_path("logical_networks[0]" if plan.logical_networks else "")
        self.summary.show_network(plan, self.budget, self._network)
        self.sig_network_selected.emit(self._network)

    # -- live views --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute budget and problems from the core and show them everywhere."""
        with same_plans(self._kept):  # budget, claims and colourings computed once for all the views
            self._refresh()

    def _refresh(self) -> None:
        plan = self.doc.plan
        self.budget = budget(plan)
        self.problems = validate(plan)
        self.tree.rebuild(plan)
        self.tree.mark(self.problems)
        form = self.current_form()
        if form is not None:
            form.reload()
            form.mark(self.problems)
        self.problems_panel.model.set_problems(self.problems, plan)
        self.budget_panel.update_budget(self.budget)
        self.budget_panel.update_capacity(capacity(plan))
        if plan.network(self._network) is None and self._network != "" and plan.logical_networks:
            # the shown network was renamed or removed: follow the selection (or the first one)
            self._follow_network(self.tree.current_path() or "logical_networks[0]")
        self.summary.show_network(plan, self.budget, self._network)
        self._update_counts()
        self._exports_timer_start()
        self.sig_refreshed.emit()

    def _update_counts(self) -> None:
        c = counts(self.problems)
        self.status_counts.setText(self.tr("{errors} error(s), {warnings} warning(s), {infos} note(s)").format(
            errors=c[Severity.ERROR], warnings=c[Severity.WARNING], infos=c[Severity.INFO]))

    def _exports_timer_start(self) -> None:
        # Scripts and firewall lists are longer to render: done once the edits pause, and only when shown.
        if not hasattr(self, "_exports_timer"):
            self._exports_timer = QTimer(self)
            self._exports_timer.setSingleShot(True)
            self._exports_timer.setInterval(150)
            self._exports_timer.timeout.connect(self._refresh_exports)
        self._exports_timer.start()

    def _refresh_exports(self) -> None:
        if not self.commands_dock.visibleRegion().isEmpty() or self.commands_dock.isFloating():
            self.commands_panel.show_plan(self.doc.plan)
        else:
            self._commands.mark_stale(self.doc.plan)
        if not self.firewall_dock.visibleRegion().isEmpty() or self.firewall_dock.isFloating():
            self.firewall_panel.show_plan(self.doc.plan)
        else:
            self._firewall.mark_stale(self.doc.plan)

    def _focus(self, dock: QDockWidget, widget: QWidget) -> None:
        dock.show()
        dock.raise_()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_editor(self) -> None:
        self.editor_dock.show()
        self.editor_dock.raise_()
        form = self.current_form()
        first = next((w for w in form.findChildren(QWidget)
                      if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(form) and w.isEnabled()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def next_problem(self) -> None:
        if not self.problems:
            return
        view = self.problems_panel.view
        row = (view.currentIndex().row() + 1) % len(self.problems)
        view.selectRow(row)
        self.problems_dock.raise_()
        self.select_path(self.problems[row].path)

    # -- structural edits --------------------------------------------------------------------
    def _edit(self, text: str, change) -> bool:  # noqa: ANN001
        try:
            self.doc.edit(text, change)
        except PlanEditError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return False
        return True

    def add_item(self, collection: str) -> None:
        from aksarc_gui.ui.adding import add_text

        created: list[int] = []
        text = add_text(self.doc.plan.model_dump(mode="json"), collection)
        if self._edit(text, lambda d: created.append(operations.add(d, collection))):
            self.select_path(f"{collection}[{created[0]}]")

    def add_child(self, kind: str) -> None:
        """A node pool or service: to the selected cluster, else to one the user picks (ui.adding)."""
        from aksarc_gui.ui.adding import candidate_clusters, choose_cluster

        candidates = candidate_clusters(self.doc.plan, self.tree.current_path() or "")
        if not candidates:
            self.statusBar().showMessage(self.tr("Add a cluster first."), 5000)
            return
        cluster = choose_cluster(self, self.doc.plan, candidates, kind)
        if cluster is not None:
            self.add_item(f"clusters[{cluster}].{kind}")

    def _selected_item(self) -> tuple[str, int] | None:
        return operations.split_item_path(self.tree.current_path() or "")

    def duplicate_selected(self) -> None:
        item = self._selected_item()
        if item is None:
            return
        created: list[int] = []
        from aksarc_gui.ui.adding import duplicate_text

        text = duplicate_text(self.doc.plan, f"{item[0]}[{item[1]}]")
        if self._edit(text, lambda d: created.append(operations.duplicate(d, *item))):
            self.select_path(f"{item[0]}[{created[0]}]")

    def remove_selected(self) -> None:
        item = self._selected_item()
        if item is None:
            return
        collection, index = item
        from aksarc_gui.ui.adding import remove_text

        text = remove_text(self.doc.plan, f"{collection}[{index}]")
        if self._edit(text, lambda d: operations.remove(d, collection, index)):
            remaining = len(jsonpath.get(self.doc.plan.model_dump(mode="json"), collection))
            self.select_path(f"{collection}[{min(index, remaining - 1)}]" if remaining else collection)

    def rename_selected(self) -> None:
        form = self.current_form()
        name = getattr(form, "name", None)
        if name is not None and form.isEnabled():
            self.editor_dock.raise_()
            name.setFocus()
            name.selectAll()

    # -- files -------------------------------------------------------------------------------
    def _display_name(self) -> str:
        if self.doc.sample_name:
            return self.tr("{file} (sample)").format(file=self.doc.sample_name)
        return Path(self.doc.path).name if self.doc.path else self.tr("Untitled")

    def _update_title(self) -> None:
        if self.start_page.showing:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            return
        self.setWindowTitle(self.tr("{file}[*] \u2014 {app}").format(file=self._display_name(), app=APP_NAME))
        self.setWindowModified(self.doc.modified)

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current plan (saved, discarded, or unchanged)."""
        if not self.doc.modified:
            return True
        answer = dialogs.ask_save_changes(self, self._display_name())
        if answer == dialogs.SAVE:
            return self.save()
        return answer == dialogs.DISCARD

    def new_plan(self) -> None:
        if self.maybe_save():
            self.doc.replace(Plan(name=self.tr("New plan")), None)

    def new_from_wizard(self) -> None:
        if not self.maybe_save():
            return
        plan = dialogs.run_new_plan_wizard(self)
        if plan is not None:
            self.doc.replace(plan, None)
            self.doc.undo_stack.resetClean()  # never saved: closing must ask before dropping it

    def _last_dir(self) -> str:
        return str(self.settings.value("last_dir", "") or (Path(self.doc.path).parent if self.doc.path else ""))

    def open_plan(self, path: str | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            path = dialogs.open_plan_name(self, self._last_dir())
            if not path:
                return False
        try:
            self.doc.open(path)
        except PlanLoadError as exc:
            dialogs.show_error(self, self.tr("The plan does not load"), str(exc))
            return False
        self._remember(path)
        return True

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        start = self.doc.path or os.path.join(self._last_dir(), (self.doc.plan.name or "plan") + ".aksplan")
        path, _ = dialogs.save_name(self, self.tr("Save plan as"), start, dialogs.plan_filter())
        if not path:
            return False
        if not Path(path).suffix:
            path += ".aksplan"
        return self._save_to(path, replace_changes=True)  # the file dialog asked before replacing a file

    def _save_to(self, path: str, replace_changes: bool = False) -> bool:
        try:
            try:
                self.doc.save(path, replace_changes)
            except FileChangedOnDisk:
                if not dialogs.ask_replace_changed_file(self, Path(path).name):
                    self.statusBar().showMessage(self.tr("Not saved: {file} was changed by another program").format(
                        file=path), 8000)
                    return False
                self.doc.save(path, replace_changes=True)
        except OSError as exc:
            dialogs.show_error(self, self.tr("The plan was not saved"), describe_error(path, exc))
            return False
        self._remember(path)
        self.statusBar().showMessage(self.tr("Saved {file}").format(file=path), 4000)
        return True

    def export_workbook(self) -> None:
        path, _ = dialogs.save_name(self, self.tr("Export workbook"),
                                    os.path.join(self._last_dir(), (self.doc.plan.name or "plan") + ".xlsx"),
                                    self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from aksarc_gui.ui.panels.commands import write_export

        try:
            write_export(self.doc.plan, "xlsx", path)
        except (OSError, ImportError) as exc:
            reason = describe_error(path, exc) if isinstance(exc, OSError) else f"{path}: {exc}"
            dialogs.show_error(self, self.tr("The workbook was not written"), reason)
            return
        self.statusBar().showMessage(self.tr("Wrote {file}").format(file=path), 4000)

    def export_script(self) -> None:
        bash, ps = self.tr("Bash scripts (*.sh)"), self.tr("PowerShell scripts (*.ps1)")
        dialect = self.commands_panel.dialect()
        filters = f"{bash};;{ps}" if dialect == "bash" else f"{ps};;{bash}"
        suffix = ".sh" if dialect == "bash" else ".ps1"
        path, chosen = dialogs.save_name(self, self.tr("Export script"),
                                         os.path.join(self._last_dir(), (self.doc.plan.name or "plan") + suffix),
                                         filters)
        if not path:
            return
        dialect = "powershell" if (chosen == ps or path.lower().endswith(".ps1")) else "bash"
        if not Path(path).suffix:
            path += ".ps1" if dialect == "powershell" else ".sh"
        from aksarc_gui.ui.panels.commands import write_export

        try:
            write_export(self.doc.plan, dialect, path)
        except (OSError, ImportError) as exc:
            reason = describe_error(path, exc) if isinstance(exc, OSError) else f"{path}: {exc}"
            dialogs.show_error(self, self.tr("The script was not written"), reason)
            return
        self.statusBar().showMessage(self.tr("Wrote {file}").format(file=path), 4000)

    def _export_map(self, kind: str) -> None:
        from aksarc_gui.ui.map_export import export_map

        export_map(self, kind)

    def _azure(self, name: str) -> None:
        from aksarc_gui.ui import azure_dialogs  # File > Import from / Compare with Azure

        getattr(azure_dialogs, name)(self)

    def suggest_addresses(self) -> None:
        from aksarc_gui.ui.suggest import suggest_addresses  # the allocator: loaded only when asked for

        suggest_addresses(self)

    # -- recent files and settings -----------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])
        self.settings.setValue("last_dir", str(Path(path).parent))
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for i, path in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}")
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_plan(p))
        self.recent_menu.setEnabled(bool(recent))

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            from aksarc_gui.ui.window_fit import first_size  # fits a 1280x720 laptop, bars and all

            screen = self.screen() or QGuiApplication.primaryScreen()
            self.resize(first_size(screen.availableGeometry()))
            # First start: a third of the height for the bottom panels leaves the map room to read.
            self.resizeDocks([self.problems_dock], [max(230, self.height() // 3)], Qt.Orientation.Vertical)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.start_page.window_state())  # the panes as the user had them
        remember_last_plan(self.settings, None if self.start_page.showing else self.doc.path)
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        from aksarc_gui.ui.window_fit import keep_tab_bars_tidy

        keep_tab_bars_tidy(self)  # once the layout has placed the docks, and after each dock move

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.maybe_save():
            event.ignore()
            return
        self.recovery.close()  # saved or discarded: nothing left to recover
        self.save_settings()
        event.accept()

    # -- drag and drop -----------------------------------------------------------------------
    @staticmethod
    def _dropped_plan(urls: list[QUrl]) -> str | None:
        for url in urls:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PLAN_SUFFIXES):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self._dropped_plan(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_plan(event.mimeData().urls())
        if path:
            event.acceptProposedAction()
            # after the drop returns: a modal question inside a drop handler blocks the drag source
            QTimer.singleShot(0, lambda: self.open_plan(path))

    # -- help --------------------------------------------------------------------------------
    def about(self) -> None:
        dialogs.show_about(self, self.tr("About {app}").format(app=APP_NAME), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>{app} {version}</h3>"
            "<p>Plans the IP addresses that AKS enabled by Azure Arc needs on Azure Local / "
            "Azure Stack HCI 23H2, checked against Microsoft's network requirements.</p>"
            "<p>Licence: MIT.</p>"
            "<p>Microsoft's documentation:<br>"
            "<a href=\"{docs}\">AKS Arc network requirements</a><br>"
            "<a href=\"{overview}\">AKS enabled by Azure Arc overview</a></p>").format(
            app=APP_NAME, version=__version__, docs=DOCS_URL, overview=DOCS_OVERVIEW_URL)

    def open_docs(self) -> None:
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl(DOCS_URL))

"""The navigation tree: the plan's items by JSON path, and which editor shows a path."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from aksarc_gui.domain import Plan
from aksarc_gui.domain.plan import Cluster
from aksarc_gui.planning.memo import per_object
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.domain import jsonpath

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

PATH_ROLE = Qt.ItemDataRole.UserRole

# editor kinds
PLAN, MANAGEMENT, COLLECTION, NETWORK, CLUSTER, NODE_POOL, LOAD_BALANCER, SERVICE, RESERVATION = (
    "plan", "management", "collection", "network", "cluster", "node_pool", "load_balancer", "service",
    "reservation")


def editor_for(path: str) -> tuple[str, str]:
    """(editor kind, item path) of the form that shows the field at ``path``."""
    p = jsonpath.parse(path)
    if not p or p[0] in ("name", "platform", "azure", "format", "version"):
        return PLAN, ""
    head = p[0]
    if head == "management_network":
        return MANAGEMENT, "management_network"
    if head in ("logical_networks", "reservations", "clusters") and (len(p) == 1 or not isinstance(p[1], int)):
        return COLLECTION, str(head)
    if head == "logical_networks":
        return NETWORK, jsonpath.join(p[:2])
    if head == "reservations":
        return RESERVATION, jsonpath.join(p[:2])
    if head == "clusters":
        if len(p) >= 4 and p[2] == "node_pools" and isinstance(p[3], int):
            return NODE_POOL, jsonpath.join(p[:4])
        if len(p) >= 4 and p[2] == "services" and isinstance(p[3], int):
            return SERVICE, jsonpath.join(p[:4])
        if len(p) >= 3 and p[2] == "load_balancer":
            return LOAD_BALANCER, jsonpath.join(p[:3])
        return CLUSTER, jsonpath.join(p[:2])
    return PLAN, ""


def _deployed(label: str, item: object) -> str:
    """Objects imported from Azure say so in the tree (docs/import.md)."""
    if getattr(item, "deployed", False):
        return translate("Navigation", "{label} (deployed)").format(label=label)
    return label


@per_object
def _cluster_rows(cluster: Cluster, i: int) -> list[tuple[int, str, str]]:
    """A cluster's rows: kept for the clusters an edit left alone (most of the tree's rows)."""
    base = f"clusters[{i}]"
    rows = [(2, _deployed(cluster.name, cluster), base)]
    for j, pool in enumerate(cluster.node_pools):
        rows.append((3, _deployed(translate("Navigation", "Node pool {name}").format(name=pool.name), pool),
                     f"{base}.node_pools[{j}]"))
    lb = (translate("Navigation", "Load balancer") if cluster.load_balancer
          else translate("Navigation", "Load balancer (none)"))
    rows.append((3, _deployed(lb, cluster.load_balancer), f"{base}.load_balancer"))
    for j, service in enumerate(cluster.services):
        rows.append((3, translate("Navigation", "Service {name}").format(name=service.name),
                     f"{base}.services[{j}]"))
    return rows


@lru_cache(maxsize=8192)
def _self_and_ancestors(path: str) -> tuple[str, ...]:
    """``a``, ``a.b``, ``a.b[0]`` ... down to ``path``: the items a problem at ``path`` marks."""
    parts = jsonpath.parse(path)
    return tuple(jsonpath.join(parts[:depth]) for depth in range(1, len(parts) + 1))


def tree_rows(plan: Plan) -> list[tuple[int, str, str]]:
    """(depth, label, path) in display order: what the tree shows, and its change signature."""
    rows: list[tuple[int, str, str]] = [(0, plan.name or translate("Navigation", "(unnamed plan)"), "")]
    rows.append((1, translate("Navigation", "Management network"), "management_network"))
    rows.append((1, translate("Navigation", "Logical networks"), "logical_networks"))
    for i, net in enumerate(plan.logical_networks):
        rows.append((2, _deployed(f"{net.name} ({net.address_prefix})", net), f"logical_networks[{i}]"))
    rows.append((1, translate("Navigation", "Clusters"), "clusters"))
    for i, cluster in enumerate(plan.clusters):
        rows.extend(_cluster_rows(cluster, i))
    rows.append((1, translate("Navigation", "Reservations"), "reservations"))
    for i, res in enumerate(plan.reservations):
        rows.append((2, _deployed(res.name, res), f"reservations[{i}]"))
    return rows


class NavigationTree(QTreeWidget):
    #: The user selected an item: its JSON path ("" = the plan itself).
    sig_path_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        # names and prefixes are what the tree is for: a narrow dock scrolls sideways rather than
        # cutting "aks-lnet-01 (10.220.32.0/24)" short.  The width is fitted once per change
        # (_fit_column), not by ResizeToContents, which measured every item again on each icon set.
        self.setIndentation(14)
        self.header().setStretchLastSection(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(translate("Navigation", "Plan items"))
        self._rows: list[tuple[int, str, str]] = []
        self._items: dict[str, QTreeWidgetItem] = {}
        self._marks: dict[str, Severity] = {}
        self._marked = False
        self._icons: tuple[object, dict[Severity, QIcon], QIcon] | None = None
        self.currentItemChanged.connect(self._current_changed)
        self._quiet = False

    def rebuild(self, plan: Plan) -> None:
        rows = tree_rows(plan)
        if rows == self._rows:
            return
        current = self.current_path()
        self._quiet = True
        try:
            if [(d, p) for d, _, p in rows] == [(d, p) for d, _, p in self._rows]:
                for _, label, path in rows:  # same shape: relabel in place (keeps scroll and expansion)
                    self._items[path].setText(0, label)
            else:
                self.clear()
                self._items.clear()
                self._marks = {}
                self._marked = False
                parents: list[QTreeWidgetItem] = []
                for depth, label, path in rows:
                    item = QTreeWidgetItem([label])
                    item.setData(0, PATH_ROLE, path)
                    del parents[depth:]
                    if parents:
                        parents[-1].addChild(item)
                    else:
                        self.addTopLevelItem(item)
                    parents.append(item)
                    self._items[path] = item
                self.expandAll()
            self._rows = rows
        finally:
            self._quiet = False
        self._fit_column()
        if current is not None:
            self.select(current, emit=current not in self._items)

    def mark(self, problems: list[Problem]) -> None:
        """An icon on every item that holds a problem (its own, or one of a field below it)."""
        worst: dict[str, Severity] = {}
        for problem in problems:
            for path in _self_and_ancestors(problem.path):
                if path in self._items and (path not in worst or problem.severity.rank < worst[path].rank):
                    worst[path] = problem.severity
        if worst == self._marks and self._marked:
            return
        icons, none = self._mark_icons()
        previous = self._marks if self._marked else None
        for path, item in self._items.items():
            severity = worst.get(path)
            if previous is not None and previous.get(path) == severity:
                continue  # unchanged: setting an icon costs a repaint
            item.setIcon(0, icons[severity] if severity in icons else none)
        self._marks = worst
        if previous is None:
            self._fit_column()  # the icons' room; later marks swap icons of the same size
        self._marked = True

    def _mark_icons(self) -> tuple[dict[Severity, QIcon], QIcon]:
        """The problem icons, and a blank one that keeps the labels of items without a problem
        aligned with the others; made once per style and icon size, not on every refresh."""
        key = (id(self.style()), self.iconSize().width(), self.iconSize().height())
        if self._icons is None or self._icons[0] != key:
            style = self.style()
            icons = {Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                     Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
            blank = QPixmap(self.iconSize() if self.iconSize().isValid() else QSize(16, 16))
            blank.fill(Qt.GlobalColor.transparent)
            self._icons = (key, icons, QIcon(blank))
        return self._icons[1], self._icons[2]

    def _fit_column(self) -> None:
        """As wide as the longest name (the tree scrolls sideways), never narrower than the view."""
        self.setColumnWidth(0, max(self.sizeHintForColumn(0), self.viewport().width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_column()

    def current_path(self) -> str | None:
        item = self.currentItem()
        return None if item is None else item.data(0, PATH_ROLE)

    def select(self, path: str, emit: bool = True) -> None:
        """Select the item for ``path`` (or its nearest existing ancestor)."""
        parts = jsonpath.parse(path)
        while parts and jsonpath.join(parts) not in self._items:
            parts.pop()
        target = self._items.get(jsonpath.join(parts)) or self._items.get("")
        if target is None:
            return
        if target is self.currentItem():
            if emit:
                self.sig_path_selected.emit(target.data(0, PATH_ROLE))
            return
        self._quiet = not emit
        try:
            self.setCurrentItem(target)
        finally:
            self._quiet = False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None and not self._quiet:
            self.sig_path_selected.emit(current.data(0, PATH_ROLE))

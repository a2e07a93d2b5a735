"""The budget panel (the article's reservation table with this plan's numbers, pool usage per network,
room to grow before POOL-3 and LB-4 break) and the summary of one network that the central area
shows until the occupancy map takes it over."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aksarc_gui.cli import reservation_rows
from aksarc_gui.domain import Plan
from aksarc_gui.planning.budget import Budget, NetworkBudget
from aksarc_gui.planning.capacity import Capacity, ClusterCapacity, NetworkCapacity

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TOOLTIP, _ALIGNMENT = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
                                  int(Qt.ItemDataRole.TextAlignmentRole))
_SHOWN_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ALIGNMENT))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    """A read-only table of strings; the first row of ``rows`` is the header."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        header, body = rows[0], rows[1:]
        if header == self._header and body == self._rows:
            return
        if header != self._header or len(body) != len(self._rows):
            self.beginResetModel()
            self._header, self._rows = header, body
            self.endResetModel()
            return
        old, self._rows = self._rows, body
        changed = [r for r, (a, b) in enumerate(zip(old, body)) if a != b]
        # one signal per run of changed rows: the view repaints those, not the whole table
        while changed:
            first = last = changed.pop(0)
            while changed and changed[0] == last + 1:
                last = changed.pop(0)
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(header) - 1))

    def rows(self) -> list[list[str]]:
        return [list(r) for r in self._rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._header):
            return self._header[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Roles as plain ints, the ones not shown answered first: the view asks a dozen per cell.
        if role not in _SHOWN_ROLES or not index.isValid() or index.row() >= len(self._rows) \
                or index.column() >= len(self._header):
            return None
        text = self._rows[index.row()][index.column()]
        if role != _ALIGNMENT:
            return text or None  # display, and the tip shows what an elided cell hides
        return _RIGHT if text.lstrip("-").isdigit() else None  # counts line up


def table_view(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    # Columns as wide as their texts, measured here: ResizeToContents would ask the model for
    # every cell's size hint on every change (most of the time an edit took).
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # one long cell (a note in words) must not push the other columns out of sight
    view.horizontalHeader().setMaximumSectionSize(380)
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
        signal.connect(lambda *_args: fit_columns(view))
    # changed rows can only widen a column: measure just those (a long table changes a row per edit)
    model.dataChanged.connect(lambda top, bottom, *_args: fit_columns(view, top.row(), bottom.row(), widen_only=True))
    # The last column takes what is left and elides (the tooltip has the full text): a
    # horizontal scroll bar would cover the last row of these fixed-height tables.  It is
    # sized by hand: a Stretch section of this Qt keeps a width from an earlier layout when
    # the dock is narrower, and the text ran past the table's edge.
    header = view.horizontalHeader()
    header.setStretchLastSection(False)

    def fit_last() -> None:
        last = model.columnCount() - 1
        if last <= 0:
            return
        used = sum(header.sectionSize(i) for i in range(last))
        wanted = max(header.minimumSectionSize(), view.viewport().width() - used)
        if header.sectionSize(last) != wanted:
            header.resizeSection(last, wanted)

    _ResizeWatcher(view.viewport(), fit_last)  # a child of the viewport: lives as long as it
    model.modelReset.connect(fit_last)
    header.sectionResized.connect(lambda index, *_: index < model.columnCount() - 1 and fit_last())
    fit_columns(view)
    fit_last()
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


class _ResizeWatcher(QObject):
    """Calls ``on_resize`` after each resize of the watched widget."""

    def __init__(self, watched: QWidget, on_resize: Any):
        super().__init__(watched)
        self.on_resize = on_resize
        watched.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.on_resize()
        return False


def fit_columns(view: QTableView, first: int = 0, last: int | None = None, widen_only: bool = False) -> None:
    """Each column but the stretched last one as wide as its widest text (header included);
    ``first``..``last``, ``widen_only``: measure only those rows and never narrow a column."""
    model, header = view.model(), view.horizontalHeader()
    metrics, header_metrics = view.fontMetrics(), header.fontMetrics()
    padding = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
    header_padding = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
    columns, rows = model.columnCount(), model.rowCount()
    for column in range(columns - 1 if columns > 1 else columns):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        width = header_metrics.horizontalAdvance(str(title)) + header_padding if title else 0
        for row in range(first, rows if last is None else min(rows, last + 1)):
            text = model.data(model.index(row, column))
            if text:
                width = max(width, max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + padding)
        width = min(width, header.maximumSectionSize())
        if widen_only and width <= header.sectionSize(column):
            continue
        if width and header.sectionSize(column) != width:
            header.resizeSection(column, width)


def usage_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setTextVisible(True)
    bar.setMinimumWidth(90)
    return bar


BAR_LIMIT = 2 ** 31 - 1  # QProgressBar holds a C int: a /0 pool (2**32 addresses) would overflow it


def show_usage(bar: QProgressBar, nb: NetworkBudget) -> None:
    largest = max(nb.pool_size, nb.pool_required, 1)
    scale = -(-largest // BAR_LIMIT)  # 1 for every real pool; the text below shows the true numbers
    bar.setMaximum(largest // scale)
    bar.setValue(min(nb.pool_required // scale, bar.maximum()))
    bar.setFormat(translate("Budget", "{required} of {size}").format(required=nb.pool_required, size=nb.pool_size))
    over = nb.pool_required > nb.pool_size
    if bar.property("over") != over:
        bar.setProperty("over", over)
        bar.style().unpolish(bar)
        bar.style().polish(bar)
    bar.setToolTip(translate("Budget", "The pool is {missing} address(es) short.").format(missing=-nb.pool_free) if over
                   else translate("Budget", "{free} address(es) of the pool are free.").format(free=nb.pool_free))


def growth_rows(cap: Capacity) -> tuple[list[list[str]], list[str]]:
    """Room to grow, a row per logical network, then one per cluster (the header first),
    and for each body row what limits it (the tooltip of the row)."""
    rows = [[translate("Budget", "Network / cluster"), translate("Budget", "More nodes"),
             translate("Budget", "More LB instances"), translate("Budget", "On a new port")]]
    limits: list[str] = []
    for net in cap.networks:
        rows.append([net.name, str(net.more_nodes), "", ""])
        limits.append(_network_limit(net))
    for cluster in cap.clusters:
        has_lb = cluster.lb_addresses > 0 or cluster.lb_need > 0
        rows.append(["\u2003" + cluster.name, str(cluster.more_nodes),  # indented: it lives on a network above
                     str(cluster.more_lb_instances) if has_lb else "\u2014",
                     str(cluster.lb_instances_per_new_port) if has_lb else "\u2014"])
        limits.append(_cluster_limit(cluster))
    return rows, limits


def _network_limit(net: NetworkCapacity) -> str:
    if net.pool_shortfall:
        return translate("Budget", "The IP pool of {network} is {missing} address(es) short (POOL-3).").format(
            network=net.name, missing=net.pool_shortfall)
    return translate("Budget", "{more} more node VM(s) fit in the IP pool of {network} before POOL-3 breaks; "
                               "the clusters on it share them.").format(more=net.more_nodes, network=net.name)


def _cluster_limit(cluster: ClusterCapacity) -> str:
    if cluster.limited_by == "cluster_limit":
        nodes = translate("Budget", "{cluster}: limited by the 200 nodes a cluster may have.").format(
            cluster=cluster.name)
    elif cluster.limited_by == "unknown_network":
        nodes = translate("Budget", "{cluster}: its logical network is not in the plan.").format(
            cluster=cluster.name)
    else:
        nodes = translate("Budget", "{cluster}: limited by the IP pool of {network}, shared with the other "
                                    "clusters on it.").format(cluster=cluster.name, network=cluster.logical_network)
    if cluster.lb_addresses == 0 and cluster.lb_need == 0:
        return nodes
    lb = translate("Budget", "Its {addresses} load balancer address(es) carry {more} more service instance(s) on "
                             "the busiest port before LB-4 breaks, {new} on a port nobody uses yet.").format(
        addresses=cluster.lb_addresses, more=cluster.more_lb_instances, new=cluster.lb_instances_per_new_port)
    return f"{nodes}\n{lb}"


class GrowthModel(RowsModel):
    """The Room to grow rows; each row's tooltip says what limits it."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._tips: list[str] = []

    def set_capacity(self, cap: Capacity) -> None:
        rows, self._tips = growth_rows(cap)
        self.set_rows(rows)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role == _TOOLTIP and index.isValid() and index.row() < len(self._tips):
            return self._tips[index.row()]
        if role == _ALIGNMENT and index.isValid() and index.column() > 0:
            return _RIGHT  # "\u2014" lines up too
        return super().data(index, role)


def fit_height(view: QTableView) -> None:
    """Tall enough for every row: the tables are short, a scroll bar would hide their last row."""
    rows = view.model().rowCount()
    if view.wordWrap():  # rows as tall as their wrapped text, never shorter than the others
        model = view.model()
        key = (tuple(str(model.index(r, c).data()) for r in range(rows) for c in range(model.columnCount())),
               tuple(view.columnWidth(c) for c in range(model.columnCount())))
        if getattr(view, "_wrapped_for", None) != key:  # measuring wrapped text is the slow part
            view._wrapped_for = key  # type: ignore[attr-defined]
            view.resizeRowsToContents()
            least = view.verticalHeader().defaultSectionSize()
            for r in range(rows):
                if view.rowHeight(r) < least:
                    view.setRowHeight(r, least)
        body = sum(view.rowHeight(r) for r in range(rows))
    else:
        body = rows * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + body + 4)


class BudgetPanel(QWidget):
    """The reservation table of the whole plan, each logical network's pool (size, required, free),
    then the room to grow: node VMs and load balancer instances that still fit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        scroll = QScrollArea(self)  # three tables outgrow a short dock: scroll rather than squeeze
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(scroll)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.model = RowsModel(self)
        self.table = table_view(self.model, content)
        # "same subnet outside the IP pool, or another network" is the point of its row: it wraps
        self.table.setWordWrap(True)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: fit_height(self.table))
        self.table.setAccessibleName(translate("Budget", "IP budget"))
        self.pools = QWidget(content)
        self.pools_grid = QGridLayout(self.pools)
        self.pools_grid.setContentsMargins(0, 0, 0, 0)
        self._pool_rows: list[tuple[QLabel, QLabel, QLabel, QLabel, QProgressBar]] = []
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        self.pools_title = QLabel(translate("Budget", "IP pools per logical network"), content)
        self.pools_title.setObjectName("sectionTitle")
        layout.addWidget(self.pools_title)
        layout.addWidget(self.pools)
        self.growth_title = QLabel(translate("Budget", "Room to grow"), content)
        self.growth_title.setObjectName("sectionTitle")
        self.growth_title.setToolTip(translate(
            "Budget", "Node VMs that still fit in the IP pool before POOL-3 breaks (the pool is shared: each "
            "cluster can add that many, not all of them at once), and load balancer service instances that "
            "still fit before LB-4 breaks, on the busiest port and on a port nobody uses yet."))
        layout.addWidget(self.growth_title)
        self.growth = GrowthModel(self)
        self.growth_table = table_view(self.growth, content)
        self.growth_table.setAccessibleName(translate("Budget", "Room to grow"))
        layout.addWidget(self.growth_table)
        layout.addStretch(1)
        headers = (translate("Budget", "Logical network"), translate("Budget", "Size"),
                   translate("Budget", "Required"), translate("Budget", "Free"), translate("Budget", "Usage"))
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>", self.pools)
            self.pools_grid.addWidget(label, 0, column)
        self.pools_grid.setColumnStretch(4, 1)

    def update_budget(self, b: Budget) -> None:
        self.model.set_rows(reservation_rows(b))
        fit_height(self.table)
        while len(self._pool_rows) > len(b.logical_networks):
            for w in self._pool_rows.pop():
                w.deleteLater()
        while len(self._pool_rows) < len(b.logical_networks):
            r = len(self._pool_rows) + 1
            row = (QLabel(self.pools), QLabel(self.pools), QLabel(self.pools), QLabel(self.pools),
                   usage_bar(self.pools))
            for column, w in enumerate(row):
                self.pools_grid.addWidget(w, r, column)
            self._pool_rows.append(row)
        for (name, size, required, free, bar), nb in zip(self._pool_rows, b.logical_networks):
            name.setText(nb.name)
            size.setText(str(nb.pool_size))
            required.setText(str(nb.pool_required))
            free.setText(str(nb.pool_free))
            show_usage(bar, nb)

    def update_capacity(self, cap: Capacity) -> None:
        self.growth.set_capacity(cap)
        fit_height(self.growth_table)

    def pool_row_texts(self) -> list[tuple[str, str, str, str]]:
        return [(n.text(), s.text(), r.text(), f.text()) for n, s, r, f, _ in self._pool_rows]


class NetworkSummary(QWidget):
    """What the selected network holds and needs: the central area's content until the map exists."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("summaryTitle")
        self.facts = QFormLayout()
        self.bar = usage_bar(self)
        self.bar_label = QLabel(translate("Budget", "IP pool usage:"), self)
        self.clusters = RowsModel(self)
        self.table = table_view(self.clusters, self)
        self.table.setAccessibleName(translate("Budget", "Clusters on this network"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addLayout(self.facts)
        layout.addWidget(self.bar_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        self._fact_keys: list[str] = []

    def _set_facts(self, facts: list[tuple[str, str]]) -> None:
        labels = [label for label, _ in facts]
        if labels == self._fact_keys:  # same rows: update the values in place (no flicker while typing)
            for row, (_, value) in enumerate(facts):
                field = self.facts.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
                if field.text() != value:
                    field.setText(value)
            return
        self._fact_keys = labels
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for label, value in facts:
            v = QLabel(value, self)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, v)

    def show_network(self, plan: Plan, b: Budget, name: str) -> None:
        """Show the network ``name`` of ``plan``; while the summary is hidden (a tab behind the
        budget) only remember it: it is filled when it is shown, not on every edit."""
        self._pending: tuple[Plan, Budget, str] | None = (plan, b, name)
        if self.isVisible() and not self.visibleRegion().isEmpty():  # a tab behind another is "visible"
            self._show_pending()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self._show_pending()
        super().showEvent(event)

    def show_pending(self) -> None:
        """Fill in what show_network remembered (the window calls this when the summary's tab comes up)."""
        self._show_pending()

    def _show_pending(self) -> None:
        pending, self._pending = getattr(self, "_pending", None), None
        if pending is not None:
            self._show_network(*pending)

    def _show_network(self, plan: Plan, b: Budget, name: str) -> None:
        if name == "":
            self._show_management(plan)
            return
        net = plan.network(name)
        if net is None:
            self.title.setText(translate("Budget", "No logical network selected"))
            self._set_facts([])
            self.bar.hide()
            self.bar_label.hide()
            self.clusters.set_rows([[""]])
            return
        nb = b.network(name)
        self.title.setText(translate("Budget", "Logical network {name}").format(name=name))
        pool = f"{net.ip_pool.start} - {net.ip_pool.end}" if net.ip_pool else translate("Budget", "(none yet)")
        self._set_facts([
            (translate("Budget", "Address prefix:"), str(net.address_prefix)),
            (translate("Budget", "Gateway:"), str(net.gateway or translate("Budget", "(none)"))),
            (translate("Budget", "DNS servers:"),
             ", ".join(str(d) for d in net.dns_servers) or translate("Budget", "(none)")),
            (translate("Budget", "VLAN:"), str(net.vlan) if net.vlan is not None else translate("Budget", "(none)")),
            (translate("Budget", "IP pool:"), pool),
        ])
        self.bar.show()
        self.bar_label.show()
        if nb is not None:
            show_usage(self.bar, nb)
        rows = [[translate("Budget", "Cluster"), translate("Budget", "Node VMs"), translate("Budget", "Upgrade"),
                 translate("Budget", "Pool IPs"), translate("Budget", "Control plane IP"),
                 translate("Budget", "LB IPs needed"), translate("Budget", "LB addresses")]]
        for cluster in plan.clusters:
            if cluster.logical_network != name:
                continue
            cb = b.cluster(cluster.name)
            if cb is None:
                continue
            cp = str(cluster.control_plane.ip) if cluster.control_plane.ip else (
                translate("Budget", "automatic (from the pool)") if cb.auto_control_plane
                else translate("Budget", "(missing)"))
            given = sum(a.size for a in cluster.load_balancer.addresses) if cluster.load_balancer else 0
            rows.append([cluster.name, str(cb.node_vms), str(cb.upgrade), str(cb.pool), cp,
                         str(cb.load_balancer), str(given)])
        self.clusters.set_rows(rows)

    def _show_management(self, plan: Plan) -> None:
        mgmt = plan.management_network
        self.title.setText(translate("Budget", "Management network"))
        self.bar.hide()
        self.bar_label.hide()
        if mgmt is None:
            self._set_facts([(translate("Budget", "Status:"), translate("Budget", "not described in this plan"))])
            self.clusters.set_rows([[""]])
            return
        infra = mgmt.infra_ip_pool
        size = int(infra.end) - int(infra.start) + 1 if infra else 0
        self._set_facts([
            (translate("Budget", "Address prefix:"), str(mgmt.address_prefix)),
            (translate("Budget", "Gateway:"), str(mgmt.gateway or translate("Budget", "(none)"))),
            (translate("Budget", "VLAN:"), str(mgmt.vlan) if mgmt.vlan is not None else translate("Budget", "(none)")),
            (translate("Budget", "Infrastructure pool:"),
             translate("Budget", "{start} - {end} ({size} addresses, at least 6 needed)").format(
                 start=infra.start, end=infra.end, size=size) if infra else translate("Budget", "(none yet)")),
        ])
        rows = [[translate("Budget", "Physical host"), translate("Budget", "Management IP")]]
        rows += [[str(i + 1), str(ip)] for i, ip in enumerate(mgmt.host_ips)]
        self.clusters.set_rows(rows)

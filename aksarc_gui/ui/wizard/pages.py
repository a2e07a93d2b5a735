"""The pages of the New Plan wizard: network, clusters, services, preview."""

from __future__ import annotations

from netaddr import IPAddress
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from aksarc_gui.cli import reservation_rows
from aksarc_gui.domain.ipv4 import parse_ipv4_network
from aksarc_gui.planning.allocate import AllocationResult
from aksarc_gui.planning.budget import budget
from aksarc_gui.ui.wizard.draft import (
    CONTROL_PLANE_COUNTS,
    DEFAULT_RELEASE,
    DEFAULT_SWITCH,
    RELEASES,
    ClusterDraft,
    DraftError,
    NetworkDraft,
    ServiceDraft,
    check_cluster_name,
    check_network_name,
    check_service_name,
    parse_address,
    parse_address_list,
    parse_network,
    parse_node_pools,
    parse_ports,
    release_effects,
)
from aksarc_gui.ui.wizard.sizing import PoolSizing

MAX_CLUSTERS = 32  # per Azure Local instance
ERROR_STYLE = "color: #b00020;"


def error_label() -> QLabel:
    """The red line under a page that says what to correct."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


class _TablePage(QWizardPage):
    """A page that is one editable table with Add / Remove buttons and an error line.

    Subclasses pass their own (translated) texts and implement ``collect()``,
    which returns the page's drafts or raises DraftError with what to fix.
    """

    def _build(self, headers: list[str], add_text: str, remove_text: str) -> None:
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._changed)
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(remove_text, self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove_selected)
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def add_row(self) -> int:
        raise NotImplementedError

    def collect(self) -> object:
        raise NotImplementedError

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True) or \
            [self.table.rowCount() - 1]
        for row in rows:
            if row >= 0:
                self.table.removeRow(row)
        self.add_button.setEnabled(True)
        self._changed()

    def _text(self, row: int, col: int) -> str:
        edit = self.table.cellWidget(row, col)
        return edit.text().strip() if isinstance(edit, QLineEdit) else ""

    def _line_edit(self, row: int, col: int, text: str) -> QLineEdit:
        """A cell the person types into: it is checked on every key, not when the cell is left."""
        edit = QLineEdit(text)
        edit.setFrame(False)
        edit.textChanged.connect(self._changed)
        self.table.setCellWidget(row, col, edit)
        return edit

    def _mark(self, row: int, col: int, bad: bool) -> None:
        edit = self.table.cellWidget(row, col)
        if isinstance(edit, QLineEdit):
            edit.setStyleSheet(ERROR_STYLE if bad else "")

    def _changed(self, *_args: object) -> None:
        try:
            self.collect()
            self.error.setText("")
        except DraftError as exc:
            self.error.setText(str(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        try:
            self.collect()
        except DraftError:
            return False
        return True


def subnet_fields(parent: QWidget) -> tuple[QLineEdit, QLineEdit, QSpinBox]:
    """The gateway, DNS servers and VLAN fields, alike on the logical and the management network page."""
    gateway = QLineEdit(parent)
    gateway.setPlaceholderText(QCoreApplication.translate("NetworkPage", "first address of the prefix"))
    dns = QLineEdit(parent)
    dns.setPlaceholderText(QCoreApplication.translate("NetworkPage", "addresses separated by spaces or commas"))
    vlan = QSpinBox(parent)
    vlan.setRange(-1, 4094)  # -1: no VLAN, shown as the special value text
    vlan.setValue(-1)
    vlan.setSpecialValueText(QCoreApplication.translate("NetworkPage", "none (untagged)"))
    return gateway, dns, vlan


class NetworkPage(QWizardPage):
    """The logical network: what the person already knows from the network team."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Logical network"))
        self.setSubTitle(self.tr("The subnet the AKS Arc node VMs live on. The planner places the IP pool, the "
                                 "control plane IPs and the load balancer ranges inside it."))
        self.plan_name = QLineEdit(self)
        self.plan_name.setPlaceholderText(self.tr("e.g. Production AKS"))
        self.name = QLineEdit("aks-lnet-01", self)
        self.prefix = QLineEdit(self)
        self.prefix.setPlaceholderText("10.220.32.0/24")
        self.gateway, self.dns, self.vlan = subnet_fields(self)
        self.switch = QLineEdit(DEFAULT_SWITCH, self)
        self.release = QComboBox(self)
        self.release.addItems(list(RELEASES))
        self.release.setCurrentText(DEFAULT_RELEASE)
        self.release_note = QLabel(self)  # what the choice changes, said next to it
        self.release_note.setWordWrap(True)
        self.release.currentTextChanged.connect(lambda text: self.release_note.setText(release_effects(text)))
        self.release_note.setText(release_effects(DEFAULT_RELEASE))
        self.error = error_label()

        form = QFormLayout(self)
        form.addRow(self.tr("Plan name:"), self.plan_name)
        form.addRow(self.tr("Logical network name:"), self.name)
        form.addRow(self.tr("Address prefix:"), self.prefix)
        form.addRow(self.tr("Gateway:"), self.gateway)
        form.addRow(self.tr("DNS servers:"), self.dns)
        form.addRow(self.tr("VLAN:"), self.vlan)
        form.addRow(self.tr("Virtual switch:"), self.switch)
        form.addRow(self.tr("Azure Local release:"), self.release)
        form.addRow("", self.release_note)
        form.addRow(self.error)
        for edit in (self.name, self.prefix, self.gateway, self.dns, self.switch):
            edit.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.error.setText(self._problem())
        self.completeChanged.emit()

    def _problem(self) -> str:
        """The first thing to correct ('' when the page is complete)."""
        try:
            check_network_name(self.name.text().strip())  # checked as typed
            if self.prefix.text().strip():  # the rest once there is a prefix to check it against
                self.draft()
        except DraftError as exc:
            return str(exc)
        return ""

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        try:
            self.draft()
        except DraftError:
            return False
        return True

    def draft(self) -> NetworkDraft:
        check_network_name(self.name.text().strip())
        prefix = parse_network(self.prefix.text())
        network = parse_ipv4_network(prefix).cidr
        gateway_text = self.gateway.text().strip()
        if gateway_text:
            gateway = parse_address(gateway_text)
            if IPAddress(gateway) not in network:
                raise DraftError(self.tr("The gateway must lie inside the address prefix {prefix}.")
                                 .format(prefix=network))
        else:  # the usual choice, and what the placeholder promises
            gateway = str(network[1]) if network.size > 2 else ""
        return NetworkDraft(name=self.name.text().strip(), prefix=prefix, gateway=gateway,
                            dns_servers=parse_address_list(self.dns.text()),
                            vlan=None if self.vlan.value() < 0 else self.vlan.value(),
                            vm_switch_name=self.switch.text().strip(), release=self.release.currentText())


class ClustersPage(_TablePage):
    """One row per cluster: name, control plane nodes, worker node pools, load balancer."""

    COL_NAME, COL_CP, COL_WORKERS, COL_LB = range(4)
    LB_KINDS = ("metallb", "external", "")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Clusters"))
        self.setSubTitle(self.tr("Each AKS Arc cluster with its control plane nodes and worker node pools. "
                                 "Write several node pools as node counts separated by commas (3, 2), and a "
                                 "pool the cluster autoscaler sizes as a range (2-6: it starts with 2)."))
        self._build([self.tr("Cluster"), self.tr("Control plane nodes"), self.tr("Worker nodes per node pool"),
                     self.tr("Load balancer")], self.tr("Add cluster"), self.tr("Remove cluster"))
        self.add_cluster()

    def add_row(self) -> int:
        return self.add_cluster()

    def collect(self) -> list[ClusterDraft]:
        return self.drafts()

    def add_cluster(self, name: str = "", control_plane: int = 1, workers: str = "3", lb: str = "metallb") -> int:
        if self.table.rowCount() >= MAX_CLUSTERS:
            return -1
        row = self.table.rowCount()
        name = name or self._free_name()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self._line_edit(row, self.COL_NAME, name)
        cp = QComboBox()
        for count in CONTROL_PLANE_COUNTS:
            cp.addItem(str(count), count)
        cp.setCurrentIndex(CONTROL_PLANE_COUNTS.index(control_plane))
        cp.currentIndexChanged.connect(self._changed)
        self.table.setCellWidget(row, self.COL_CP, cp)
        self._line_edit(row, self.COL_WORKERS, workers)
        kinds = QComboBox()
        for kind, label in zip(self.LB_KINDS, (self.tr("MetalLB (Arc extension)"), self.tr("Your own"),
                                               self.tr("None"))):
            kinds.addItem(label, kind)
        kinds.setCurrentIndex(self.LB_KINDS.index(lb))
        kinds.currentIndexChanged.connect(self._changed)
        self.table.setCellWidget(row, self.COL_LB, kinds)
        self.table.blockSignals(False)
        self.add_button.setEnabled(self.table.rowCount() < MAX_CLUSTERS)
        self._changed()
        return row

    def _free_name(self) -> str:
        taken = {self._text(r, self.COL_NAME) for r in range(self.table.rowCount())}
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if f"cluster-{letter}" not in taken:
                return f"cluster-{letter}"
        return next(f"cluster-{n}" for n in range(27, 1000) if f"cluster-{n}" not in taken)

    def drafts(self) -> list[ClusterDraft]:
        out: list[ClusterDraft] = []
        for row in range(self.table.rowCount()):
            self._mark(row, self.COL_NAME, False)
            self._mark(row, self.COL_WORKERS, False)
        for row in range(self.table.rowCount()):
            name = self._text(row, self.COL_NAME)
            try:
                check_cluster_name(name)
            except DraftError as exc:
                self._mark(row, self.COL_NAME, True)
                raise DraftError(self.tr("Row {row}: {problem}").format(row=row + 1, problem=exc)) from None
            if any(c.name == name for c in out):
                self._mark(row, self.COL_NAME, True)
                raise DraftError(self.tr("Two clusters are called {name}; names must be unique.").format(name=name))
            try:
                workers = parse_node_pools(self._text(row, self.COL_WORKERS))
            except DraftError as exc:
                self._mark(row, self.COL_WORKERS, True)
                raise DraftError(self.tr("{cluster}: {problem}").format(cluster=name, problem=exc)) from None
            cp = self.table.cellWidget(row, self.COL_CP)
            lb = self.table.cellWidget(row, self.COL_LB)
            out.append(ClusterDraft(name=name, control_plane_count=cp.currentData(), worker_pools=workers,
                                    load_balancer=lb.currentData()))
        if not out:
            raise DraftError(self.tr("Add at least one cluster."))
        return out


class ServicesPage(_TablePage):
    """Kubernetes services of type LoadBalancer: they decide how many load balancer IPs each cluster needs."""

    COL_CLUSTER, COL_NAME, COL_INSTANCES, COL_PORTS, COL_PROTOCOL, COL_OWN = range(6)

    def __init__(self, clusters: ClustersPage, parent: QWidget | None = None):
        super().__init__(parent)
        self._clusters = clusters
        self.setTitle(self.tr("Services"))
        self.setSubTitle(self.tr("Services of type LoadBalancer, with their ports separated by commas (80, 443; "
                                 "53/udp for another protocol). Instances on the same port need an IP each; a "
                                 "service on other ports shares those IPs unless it needs its own. Leave the "
                                 "list empty if there are none yet."))
        self._build([self.tr("Cluster"), self.tr("Service"), self.tr("Instances"), self.tr("Ports"),
                     self.tr("Protocol"), self.tr("Own IPs")], self.tr("Add service"), self.tr("Remove service"))

    def add_row(self) -> int:
        return self.add_service()

    def collect(self) -> dict[str, list[ServiceDraft]]:
        return self.services()

    def _cluster_names(self) -> list[str]:
        try:
            return [c.name for c in self._clusters.drafts()]
        except DraftError:
            return []

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Cluster names may have changed on the previous page: refresh every cluster choice."""
        names = self._cluster_names()
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, self.COL_CLUSTER)
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(names.index(current) if current in names else 0)
            combo.blockSignals(False)
        self._changed()

    def add_service(self, cluster: str = "", name: str = "", instances: int = 1, ports: str = "443",
                    protocol: str = "TCP", own_ips: bool = False) -> int:
        names = self._cluster_names()
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        combo = QComboBox()
        combo.addItems(names)
        if cluster in names:
            combo.setCurrentText(cluster)
        combo.currentIndexChanged.connect(self._changed)
        self.table.setCellWidget(row, self.COL_CLUSTER, combo)
        self._line_edit(row, self.COL_NAME, name or f"service{row + 1}")
        spin = QSpinBox()
        spin.setRange(1, 1000)
        spin.setValue(instances)
        spin.valueChanged.connect(self._changed)
        self.table.setCellWidget(row, self.COL_INSTANCES, spin)
        self._line_edit(row, self.COL_PORTS, ports)
        proto = QComboBox()
        proto.addItems(["TCP", "UDP"])
        proto.setCurrentText(protocol)
        proto.currentIndexChanged.connect(self._changed)
        self.table.setCellWidget(row, self.COL_PROTOCOL, proto)
        own = QCheckBox()
        own.setToolTip(self.tr("The service needs addresses of its own: it shares no IP with another service "
                               "(no allow-shared-ip)."))
        own.setChecked(own_ips)
        own.toggled.connect(self._changed)
        self.table.setCellWidget(row, self.COL_OWN, own)
        self.table.blockSignals(False)
        self._changed()
        return row

    def services(self) -> dict[str, list[ServiceDraft]]:
        """Services per cluster name."""
        out: dict[str, list[ServiceDraft]] = {}
        for row in range(self.table.rowCount()):
            self._mark(row, self.COL_NAME, False)
            self._mark(row, self.COL_PORTS, False)
        for row in range(self.table.rowCount()):
            cluster = self.table.cellWidget(row, self.COL_CLUSTER).currentText()
            if not cluster:
                raise DraftError(self.tr("Row {row}: pick the cluster the service runs on.").format(row=row + 1))
            for col, check in ((self.COL_NAME, check_service_name),
                               (self.COL_PORTS, lambda t, r=row: parse_ports(
                                   t, self.table.cellWidget(r, self.COL_PROTOCOL).currentText()))):
                try:
                    value = check(self._text(row, col))
                except DraftError as exc:
                    self._mark(row, col, True)
                    raise DraftError(self.tr("Row {row}: {problem}").format(row=row + 1, problem=exc)) from None
                if col == self.COL_NAME:
                    name = value
                else:
                    ports = value
            out.setdefault(cluster, []).append(ServiceDraft(
                name=name, instances=self.table.cellWidget(row, self.COL_INSTANCES).value(), ports=ports,
                shares_ip=not self.table.cellWidget(row, self.COL_OWN).isChecked()))
        return out


class PreviewPage(QWizardPage):
    """The budget and the addresses the planner picked, or why they do not fit."""

    sig_sizing_changed = Signal()
    MAX_ROOM = 10_000

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The IP budget of the article's planning table and the addresses the planner "
                                 "suggests. The IP pool cannot be changed after the logical network is created: "
                                 "say now how many more node VMs it must hold."))
        self._result: AllocationResult | None = None
        self._fair_share = 0
        self.room_edited = False  # the person chose the room: a new fair share no longer replaces it
        self.room = QSpinBox(self)
        self.room.setRange(0, self.MAX_ROOM)
        self.room.valueChanged.connect(self._room_changed)
        self.headroom = QSpinBox(self)  # the load balancer ranges' headroom
        self.headroom.setRange(0, 400)
        self.headroom.setValue(20)
        self.headroom.setSuffix(" %")
        self.headroom.valueChanged.connect(lambda _v: self.sig_sizing_changed.emit())
        self.fair_button = QPushButton(self.tr("Fair share"), self)
        self.fair_button.setToolTip(self.tr("Back to the proposed room: a fair share of the free addresses."))
        self.fair_button.clicked.connect(self._use_fair_share)
        self.sizing_label = QLabel(self)
        self.sizing_label.setWordWrap(True)
        self.budget_table = QTableWidget(0, 3, self)
        self.budget_table.verticalHeader().hide()
        self.budget_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.budget_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.budget_table.horizontalHeader().setStretchLastSection(True)
        self.layout_label = QLabel(self)
        self.layout_label.setWordWrap(True)
        self.layout_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error = error_label()
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The same map as the main window: the person sees where the suggested ranges sit.
        from aksarc_gui.ui.occupancy_map.widget import OccupancyMapWidget

        self.map = OccupancyMapWidget(self)
        self.map.setMinimumSize(360, 300)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("IP pool: room for"), self))
        top.addWidget(self.room)
        top.addWidget(QLabel(self.tr("more node VMs"), self))
        top.addWidget(self.fair_button)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Load balancer headroom:"), self))
        top.addWidget(self.headroom)
        top.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.sizing_label)
        left.addWidget(self.budget_table)
        left.addWidget(self.layout_label)
        left.addWidget(self.error)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.map, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def _room_changed(self, _value: int) -> None:
        if not self.signalsBlocked():
            self.room_edited = True
        self.sig_sizing_changed.emit()

    def _use_fair_share(self) -> None:
        self.room_edited = False
        self.set_fair_share(self._fair_share)

    def set_fair_share(self, room: int) -> None:
        """The proposed room; it replaces the spin box's value until the person changes it."""
        self._fair_share = room
        if not self.room_edited:
            self.blockSignals(True)  # a proposal, not an edit: the caller refreshes once
            self.room.setValue(min(room, self.MAX_ROOM))
            self.blockSignals(False)

    def show_sizing(self, sizing: PoolSizing) -> None:
        parts = [self.tr("{count} node VMs").format(count=sizing.node_vms),
                 self.tr("{count} upgrade IPs").format(count=sizing.upgrade)]
        if sizing.auto_control_plane:
            parts.append(self.tr("{count} automatic control plane IPs").format(count=sizing.auto_control_plane))
        parts.append(self.tr("room for {count} more node VMs").format(count=sizing.room))
        text = self.tr("IP pool: {parts} = {size} addresses.").format(parts=" + ".join(parts), size=sizing.size)
        text += " " + self.tr("Proposed: {room} more, a fair share of the free addresses (the free addresses, "
                              "once today's needs are placed, divided among the IP pool, each load balancer "
                              "and a share kept free).").format(room=self._fair_share)
        self.sizing_label.setText(text)

    def show_result(self, result: AllocationResult, draft_budget_plan) -> None:
        """Show ``result``; ``draft_budget_plan`` is the plan to count when nothing fits."""
        self._result = result
        counted = result.plan if result.plan is not None else draft_budget_plan
        rows = reservation_rows(budget(counted))
        self.budget_table.setColumnCount(len(rows[0]))
        self.budget_table.setHorizontalHeaderLabels(rows[0])
        self.budget_table.setRowCount(len(rows) - 1)
        for r, row in enumerate(rows[1:]):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.budget_table.setItem(r, c, item)
        self.budget_table.resizeRowsToContents()
        # As tall as its rows: the layout below it matters more than empty table space.
        height = self.budget_table.horizontalHeader().height() + 2 * self.budget_table.frameWidth() + sum(
            self.budget_table.rowHeight(r) for r in range(self.budget_table.rowCount()))
        self.budget_table.setFixedHeight(height)
        if result.plan is None:
            self.layout_label.setText("")
            self.error.setText(self.tr("No layout fits:\n{reason}").format(reason=result.shortfall or ""))
        else:
            self.layout_label.setText(self._describe(result))
            self.error.setText("\n".join(result.notes))
        self.map.setVisible(result.plan is not None)
        if result.plan is not None and result.plan.logical_networks:
            self.map.set_plan(result.plan)
            self.map.set_network(result.plan.logical_networks[0].name)
        self.completeChanged.emit()

    def _describe(self, result: AllocationResult) -> str:
        plan = result.plan
        lines = []
        for net in plan.logical_networks:
            if net.ip_pool is not None:
                size = int(net.ip_pool.end) - int(net.ip_pool.start) + 1
                lines.append(self.tr("IP pool of {network}: {start} - {end} ({size} addresses)").format(
                    network=net.name, start=net.ip_pool.start, end=net.ip_pool.end, size=size))
        for cluster in plan.clusters:
            ip = cluster.control_plane.ip
            lines.append(self.tr("Control plane IP of {cluster}: {ip}").format(
                cluster=cluster.name, ip=ip if ip is not None else self.tr("picked by the platform from the pool")))
            if cluster.load_balancer is not None and cluster.load_balancer.addresses:
                lines.append(self.tr("Load balancer of {cluster}: {addresses}").format(
                    cluster=cluster.name, addresses=", ".join(str(a) for a in cluster.load_balancer.addresses)))
        return "\n".join(lines)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._result is not None and self._result.plan is not None

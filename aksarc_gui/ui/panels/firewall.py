"""The firewall panel: cross-VLAN flows (PORT-1..5) with this plan's ranges, the outbound URL allow list,
and the proxy bypass list (NO_PROXY) this plan needs."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from aksarc_gui.domain import Plan
from aksarc_gui.ui.panels.budget import RowsModel, table_view
from aksarc_gui.ui.panels.commands import copy_to_clipboard

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def flow_rows(plan: Plan) -> list[list[str]]:
    from aksarc_gui.planning import firewall

    rows = [[translate("Firewall", "Rule"), translate("Firewall", "Logical network"), translate("Firewall", "Port"),
             translate("Firewall", "Protocol"), translate("Firewall", "From"), translate("Firewall", "To"),
             translate("Firewall", "Why")]]
    for flow in firewall.flows(plan):
        rows.append([flow.rule, flow.network, str(flow.port), flow.protocol, ", ".join(flow.source),
                     ", ".join(flow.destination), flow.purpose])
    return rows


def url_rows(plan: Plan) -> list[list[str]]:
    """One row per host, so each one can be copied into a firewall rule on its own."""
    from aksarc_gui.planning import firewall

    rows = [[translate("Firewall", "Host"), translate("Firewall", "Port"), translate("Firewall", "Service"),
             translate("Firewall", "Purpose"), translate("Firewall", "Rule")]]
    for entry in firewall.urls(plan.platform.release):
        rows += [[host, str(entry.port), entry.service, entry.purpose, entry.rule] for host in entry.hosts]
    return rows


def rows_text(rows: list[list[str]]) -> str:
    """Tab-separated with a header: pastes into a spreadsheet or a change request as a table."""
    return "\n".join("\t".join(r) for r in rows) + "\n"


class _Table(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RowsModel(self)
        self.view = table_view(self.model, self)
        self.view.setAccessibleName(title)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.copy_button = QPushButton(translate("Firewall", "Copy"), self)
        self.copy_button.setToolTip(translate("Firewall", "Copy the selected rows, or all rows when none is selected"))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.note.hide()
        self._header: list[str] = []
        self.copy_button.clicked.connect(self.copy)

    def set_rows(self, rows: list[list[str]], note: str = "") -> None:
        self._header = rows[0]
        self.model.set_rows(rows)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def copy(self) -> None:
        body = self.model.rows()
        selected = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if selected:
            body = [body[r] for r in selected]
        copy_to_clipboard(rows_text([self._header, *body]))


class _Bypass(QWidget):
    """The complete NO_PROXY string for the plan, read-only, with a button that copies it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("Firewall", "Proxy bypass list"))
        self.copy_button = QPushButton(translate("Firewall", "Copy"), self)
        self.copy_button.setToolTip(translate("Firewall", "Copy the bypass list, to paste as NO_PROXY"))
        head = QHBoxLayout()
        head.addWidget(self.note, 1)
        head.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.text, 1)
        self.copy_button.clicked.connect(lambda: copy_to_clipboard(self.text.toPlainText()))

    def show_plan(self, plan: Plan) -> None:
        from aksarc_gui.planning.proxy import bypass_string

        if plan.platform.proxy is None:
            note = translate("Firewall", "The plan has no proxy. If Azure Local is deployed with one, its NO_PROXY "
                                         "list needs at least this (rule PROXY-2):")
        else:
            note = translate("Firewall", "The complete NO_PROXY list for this plan: its entries and what AKS Arc "
                                         "needs (rules PROXY-2, PROXY-3). It cannot be changed after deployment.")
        self.note.setText(note)
        self.text.setPlainText(bypass_string(plan))


class FirewallPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._plan: Plan | None = None
        self._shown: Plan | None = None
        # two tabs, each as wide as the dock: the flows' address lists are long
        self.tabs = QTabWidget(self)
        self.flows = _Table(translate("Firewall", "Cross-VLAN flows (PORT-1..5)"), self.tabs)
        self.urls = _Table(translate("Firewall", "Outbound URL allow list"), self.tabs)
        self.tabs.addTab(self.flows, translate("Firewall", "Cross-VLAN &flows"))
        self.tabs.addTab(self.urls, translate("Firewall", "Outbound &URLs"))
        self.bypass = _Bypass(self.tabs)
        self.tabs.addTab(self.bypass, translate("Firewall", "Proxy &bypass"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    def mark_stale(self, plan: Plan) -> None:
        self._plan = plan

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
        if plan is self._shown:
            return
        try:
            flows = flow_rows(plan)
            urls = url_rows(plan)
        except ImportError:
            self.flows.set_rows([[""]], translate("Firewall", "The firewall lists are not part of this build."))
            return
        self._shown = plan
        flow_note = "" if len(flows) > 1 else translate(
            "Firewall", "No cross-VLAN flows: the management network and the logical networks share a VLAN "
            "(or the plan does not say).")
        self.flows.set_rows(flows, flow_note)
        self.urls.set_rows(urls, translate("Firewall", "Release {release}").format(release=plan.platform.release))
        self.bypass.show_plan(plan)

    def rows(self) -> tuple[list[list[str]], list[list[str]]]:
        return self.flows.model.rows(), self.urls.model.rows()

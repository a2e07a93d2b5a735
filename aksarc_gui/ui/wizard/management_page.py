"""The wizard's management network page: the network Azure Local was deployed on, and its settings.

Everything here is known from the Azure Local deployment (prefix, gateway, DNS,
VLAN, the servers' IPs, the proxy, the Arc gateway).  The infrastructure pool is
proposed (six free addresses after the servers) until the person types their own.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget, QWizardPage

from aksarc_gui.ui.wizard.draft import (
    DraftError,
    ManagementDraft,
    NetworkDraft,
    management_draft,
    suggested_infra_pool,
)
from aksarc_gui.ui.wizard.pages import error_label, subnet_fields


class ManagementPage(QWizardPage):
    def __init__(self, network: Callable[[], NetworkDraft | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._network = network  # the logical network page's draft (None while incomplete)
        self._infra_typed = False  # the person typed their own pool: stop proposing one
        self.setTitle(self.tr("Management network"))
        self.setSubTitle(self.tr("The network Azure Local was deployed on, as in the deployment. Leave the prefix "
                                 "empty if it is not known yet."))
        self.prefix = QLineEdit(self)
        self.prefix.setPlaceholderText("192.168.100.0/24")
        self.gateway, self.dns, self.vlan = subnet_fields(self)
        self.hosts = QLineEdit(self)
        self.hosts.setPlaceholderText(self.tr("the physical servers' management IPs"))
        self.infra = QLineEdit(self)
        self.infra.setPlaceholderText(self.tr("start - end, six addresses"))
        self.infra_note = QLabel(self.tr("The deployment takes six contiguous free addresses for the Arc resource "
                                         "bridge and its services (MGMT-1). The planner proposes the six after the "
                                         "last server; type the ones the deployment used if it is done."), self)
        self.infra_note.setWordWrap(True)
        self.arc_gateway = QCheckBox(self.tr("Azure Local sends its outbound traffic through the Arc gateway"), self)
        self.http_proxy = QLineEdit(self)
        self.https_proxy = QLineEdit(self)
        for edit in (self.http_proxy, self.https_proxy):
            edit.setPlaceholderText(self.tr("empty: no proxy; else http://proxy.contoso.com:8080"))
        self.no_proxy = QLineEdit(self)
        self.no_proxy.setPlaceholderText(self.tr("your own entries, e.g. .contoso.com"))
        proxy_note = QLabel(self.tr("Every AKS Arc cluster inherits the proxy Azure Local was deployed with. The "
                                    "planner completes the bypass list with what AKS Arc needs (PROXY-2)."), self)
        proxy_note.setWordWrap(True)
        self.error = error_label()

        form = QFormLayout(self)
        form.addRow(self.tr("Address prefix:"), self.prefix)
        form.addRow(self.tr("Gateway:"), self.gateway)
        form.addRow(self.tr("DNS servers:"), self.dns)
        form.addRow(self.tr("VLAN:"), self.vlan)
        form.addRow(self.tr("Server IPs:"), self.hosts)
        form.addRow(self.tr("Infrastructure pool:"), self.infra)
        form.addRow(self.infra_note)
        form.addRow(self.tr("Arc gateway:"), self.arc_gateway)
        form.addRow(self.tr("HTTP proxy:"), self.http_proxy)
        form.addRow(self.tr("HTTPS proxy:"), self.https_proxy)
        form.addRow(self.tr("Proxy bypass list:"), self.no_proxy)
        form.addRow(proxy_note)
        form.addRow(self.error)
        for edit in (self.prefix, self.gateway, self.dns, self.hosts, self.http_proxy, self.https_proxy,
                     self.no_proxy):
            edit.textChanged.connect(self._changed)
        self.vlan.valueChanged.connect(self._changed)
        self.infra.textEdited.connect(self._infra_edited)
        self.infra.textChanged.connect(self._check)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Offer the logical network's DNS servers: most sites use the same ones."""
        network = self._network()
        if not self.dns.text().strip() and network is not None and network.dns_servers:
            self.dns.setText(", ".join(network.dns_servers))
        self._changed()

    def _infra_edited(self, _text: str) -> None:
        self._infra_typed = True  # the person's own pool; emptied, the proposal shows as placeholder

    def _changed(self) -> None:
        self._propose()
        self._check()

    def _proposal(self) -> str:
        try:
            draft = self._read(infra="")
        except DraftError:
            return ""
        pool = suggested_infra_pool(self._network(), draft)
        return f"{pool[0]} - {pool[1]}" if pool else ""

    def _propose(self) -> None:
        proposal = self._proposal()
        self.infra.setPlaceholderText(proposal or self.tr("start - end, six addresses"))
        if not self._infra_typed:
            self.infra.setText(proposal)

    def _check(self) -> None:
        try:
            self.draft()
            self.error.setText("")
        except DraftError as exc:
            self.error.setText(str(exc))
        self.completeChanged.emit()

    def _read(self, infra: str) -> ManagementDraft:
        return management_draft(self.prefix.text(), self.gateway.text(), self.dns.text(),
                                None if self.vlan.value() < 0 else self.vlan.value(), self.hosts.text(), infra,
                                self.http_proxy.text(), self.https_proxy.text(), self.no_proxy.text(),
                                self.arc_gateway.isChecked())

    def draft(self) -> ManagementDraft:
        """The page as a draft; an empty infrastructure pool is the proposed one (the placeholder)."""
        return self._read(self.infra.text() if self.infra.text().strip() else self._proposal())

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        try:
            self.draft()
        except DraftError:
            return False
        return True

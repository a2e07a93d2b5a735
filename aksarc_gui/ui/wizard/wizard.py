"""NewPlanWizard: five pages, then ``result_plan()`` is the allocated plan."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QSpinBox, QWidget, QWizard

from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.allocate import AllocationResult
from aksarc_gui.ui.wizard.draft import (
    ClusterDraft,
    DraftError,
    ManagementDraft,
    NetworkDraft,
    allocated_plan,
    draft_plan,
)
from aksarc_gui.ui.wizard.management_page import ManagementPage
from aksarc_gui.ui.wizard.pages import ClustersPage, NetworkPage, PreviewPage, ServicesPage
from aksarc_gui.ui.wizard.sizing import fair_share_room, pool_sizing


class NewPlanWizard(QWizard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on every platform
        self.network_page = NetworkPage(self)
        self.management_page = ManagementPage(self._network_or_none, self)
        self.clusters_page = ClustersPage(self)
        self.services_page = ServicesPage(self.clusters_page, self)
        self.preview_page = PreviewPage(self)
        for page in (self.network_page, self.management_page, self.clusters_page, self.services_page,
                     self.preview_page):
            self.addPage(page)
        self.preview_page.sig_sizing_changed.connect(self._refresh_preview)
        self.currentIdChanged.connect(self._on_page)
        self._result: AllocationResult | None = None
        self._untouched = self._input_state()
        self.resize(1100, 680)  # room for the map on the preview page

    # -- what the person typed ----------------------------------------------------------------

    def _input_state(self) -> list[object]:
        """Every input of every page, to tell a wizard with input from an untouched one."""
        state: list[object] = []
        for page in (self.network_page, self.management_page, self.clusters_page, self.services_page):
            for widget in page.findChildren(QWidget):
                if isinstance(widget, QLineEdit):
                    state.append(widget.text())
                elif isinstance(widget, QSpinBox):
                    state.append(widget.value())
                elif isinstance(widget, QComboBox):
                    state.append(widget.currentIndex())
                elif isinstance(widget, QCheckBox):
                    state.append(widget.isChecked())
        return state

    def has_input(self) -> bool:
        return self._input_state() != self._untouched

    def reject(self) -> None:
        """Esc, Cancel and the close button: ask before throwing typed input away."""
        if self.has_input():
            answer = QMessageBox.question(
                self, self.tr("New plan"), self.tr("Discard what you entered in the New Plan wizard?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # -- drafts and the preview ----------------------------------------------------------------

    def _network_or_none(self) -> NetworkDraft | None:
        try:
            return self.network_page.draft()
        except DraftError:
            return None

    def _on_page(self, _page_id: int) -> None:
        if self.currentPage() is self.preview_page:
            self._refresh_preview(propose=True)

    def drafts(self) -> tuple[NetworkDraft, list[ClusterDraft]]:
        """What the pages hold, as drafts (raises DraftError while a page is incomplete)."""
        network = self.network_page.draft()
        clusters = self.clusters_page.drafts()
        services = self.services_page.services()
        for cluster in clusters:
            cluster.services = services.get(cluster.name, [])
        return network, clusters

    def management(self) -> ManagementDraft:
        return self.management_page.draft()

    def _plan_name(self) -> str:
        return self.network_page.plan_name.text().strip()

    def _refresh_preview(self, propose: bool = False) -> None:
        try:
            network, clusters = self.drafts()
            management = self.management()
        except DraftError:
            return  # the pages do not let anyone reach the preview with incomplete input
        draft = draft_plan(network, clusters, self._plan_name(), management)
        lb_pct = self.preview_page.headroom.value()
        if propose or not self.preview_page.room_edited:
            self.preview_page.set_fair_share(fair_share_room(draft, lb_pct))
        room = self.preview_page.room.value()
        self._result = allocated_plan(network, clusters, lb_pct, self._plan_name(), management, extra_nodes=room)
        self.preview_page.show_sizing(pool_sizing(draft, room))
        self.preview_page.show_result(self._result, draft)

    def result_plan(self) -> Plan | None:
        """The plan with every address placed, or None while no layout fits."""
        return self._result.plan if self._result is not None else None

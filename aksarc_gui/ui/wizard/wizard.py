"""NewPlanWizard: four pages, then ``result_plan()`` is the allocated plan."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.allocate import AllocationResult
from aksarc_gui.ui.wizard.draft import ClusterDraft, DraftError, NetworkDraft, allocated_plan, draft_plan
from aksarc_gui.ui.wizard.pages import ClustersPage, NetworkPage, PreviewPage, ServicesPage


class NewPlanWizard(QWizard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on every platform
        self.network_page = NetworkPage(self)
        self.clusters_page = ClustersPage(self)
        self.services_page = ServicesPage(self.clusters_page, self)
        self.preview_page = PreviewPage(self)
        for page in (self.network_page, self.clusters_page, self.services_page, self.preview_page):
            self.addPage(page)
        self.preview_page.sig_headroom_changed.connect(lambda _pct: self._refresh_preview())
        self.currentIdChanged.connect(self._on_page)
        self._result: AllocationResult | None = None
        self.resize(1100, 680)  # room for the map on the preview page

    def _on_page(self, _page_id: int) -> None:
        if self.currentPage() is self.preview_page:
            self._refresh_preview()

    def drafts(self) -> tuple[NetworkDraft, list[ClusterDraft]]:
        """What the pages hold, as drafts (raises DraftError while a page is incomplete)."""
        network = self.network_page.draft()
        clusters = self.clusters_page.drafts()
        services = self.services_page.services()
        for cluster in clusters:
            cluster.services = services.get(cluster.name, [])
        return network, clusters

    def _plan_name(self) -> str:
        return self.network_page.plan_name.text().strip()

    def _refresh_preview(self) -> None:
        try:
            network, clusters = self.drafts()
        except DraftError:
            return  # the pages do not let anyone reach the preview with incomplete input
        self._result = allocated_plan(network, clusters, self.preview_page.headroom.value(), self._plan_name())
        self.preview_page.show_result(self._result, draft_plan(network, clusters, self._plan_name()))

    def result_plan(self) -> Plan | None:
        """The plan with every address placed, or None while no layout fits."""
        return self._result.plan if self._result is not None else None

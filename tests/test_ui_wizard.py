"""The New Plan wizard end to end: fill the pages as a user does, get an allocated, error-free plan."""

from __future__ import annotations

import pytest
from netaddr import IPAddress
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from aksarc_gui.planning.budget import budget
from aksarc_gui.planning.problems import Severity
from aksarc_gui.planning.validate import validate
from aksarc_gui.ui.wizard import NewPlanWizard
from aksarc_gui.ui.wizard.draft import DraftError, lb_name, parse_address_list, parse_worker_pools


@pytest.fixture
def wizard(qtbot):
    w = NewPlanWizard()
    qtbot.addWidget(w)
    w.show()
    return w


def fill_janes_network(qtbot, w: NewPlanWizard, prefix: str = "10.220.32.0/24") -> None:
    page = w.network_page
    qtbot.keyClicks(page.plan_name, "Jane's AKS Arc environment")
    qtbot.keyClicks(page.prefix, prefix)
    qtbot.keyClicks(page.dns, "10.220.32.16, 10.220.32.17")
    page.vlan.setValue(32)


def fill_janes_clusters(w: NewPlanWizard) -> None:
    page = w.clusters_page
    page.table.item(0, page.COL_WORKERS).setText("5")
    page.table.cellWidget(0, page.COL_CP).setCurrentIndex(1)  # 3 control plane nodes
    page.add_cluster(workers="3", lb="")


def next_button(w: NewPlanWizard):
    return w.button(QWizard.WizardButton.NextButton)


def test_janes_environment_comes_out_allocated_and_error_free(qtbot, wizard):
    w = wizard
    assert not next_button(w).isEnabled()  # no prefix yet
    fill_janes_network(qtbot, w)
    assert next_button(w).isEnabled()
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentPage() is w.clusters_page
    fill_janes_clusters(w)
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentPage() is w.services_page
    w.services_page.add_service("cluster-a", "vote-front", 3, 443)
    w.services_page.add_service("cluster-a", "vote-back", 1, 80)
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentPage() is w.preview_page
    finish = w.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    assert "10.220.32.18 - 10.220.32.34" in w.preview_page.layout_label.text()
    # the preview map shows the suggested pool where the text says it is
    preview_map = w.preview_page.map
    assert preview_map.isVisible() and preview_map.network() == "aks-lnet-01"
    qtbot.waitExposed(preview_map)
    center = preview_map.cell_center(int(IPAddress("10.220.32.18")))
    assert center is not None and "10.220.32.18" in preview_map.tooltip_at(center)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert w.result() == QWizard.DialogCode.Accepted

    plan = w.result_plan()
    assert [p for p in validate(plan) if p.severity is Severity.ERROR] == []
    b = budget(plan)
    assert (b.pool, b.control_plane, b.load_balancer, b.total) == (14, 2, 3, 19)  # the article's numbers
    net = plan.logical_networks[0]
    assert (str(net.gateway), net.vlan, [str(d) for d in net.dns_servers]) == \
        ("10.220.32.1", 32, ["10.220.32.16", "10.220.32.17"])
    assert plan.name == "Jane's AKS Arc environment"
    assert plan.clusters[1].load_balancer is None
    assert [s.name for s in plan.clusters[0].services] == ["vote-front", "vote-back"]


def test_a_prefix_too_small_blocks_finish_and_says_why(qtbot, wizard):
    w = wizard
    fill_janes_network(qtbot, w, prefix="10.220.32.0/28")
    w.network_page.dns.setText("10.220.32.2")
    w.next()
    fill_janes_clusters(w)
    w.next()
    w.next()
    assert w.currentPage() is w.preview_page
    assert not w.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "more addresses" in w.preview_page.error.text()
    assert w.result_plan() is None
    assert not w.preview_page.map.isVisible()  # nothing to show where nothing fits
    w.preview_page.headroom.setValue(0)  # 14 pool + 2 control plane still exceed the 12 free addresses
    assert w.result_plan() is None
    w.back()
    w.back()
    # One worker in cluster A: pool (3 + 1 + 1) + (1 + 3 + 1) = 10, plus 2 control plane IPs = 12: fits.
    w.clusters_page.table.item(0, w.clusters_page.COL_WORKERS).setText("1")
    w.next()
    w.next()
    assert w.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "10.220.32.3 - 10.220.32.12 (10 addresses)" in w.preview_page.layout_label.text()
    assert [p for p in validate(w.result_plan()) if p.severity is Severity.ERROR] == []


def test_bad_input_is_explained_and_blocks_next(qtbot, wizard):
    w = wizard
    qtbot.keyClicks(w.network_page.prefix, "10.220.32.300/24")
    assert not next_button(w).isEnabled()
    assert "Not an IPv4 network" in w.network_page.error.text()
    w.network_page.prefix.setText("10.220.32.0/24")
    w.network_page.gateway.setText("10.9.9.9")
    assert "inside the address prefix" in w.network_page.error.text() and not next_button(w).isEnabled()
    w.network_page.gateway.setText("")
    w.next()
    page = w.clusters_page
    page.add_cluster(name="cluster-a")
    assert "unique" in page.error.text() and not next_button(w).isEnabled()
    page.table.item(1, page.COL_NAME).setText("cluster-b")
    page.table.item(1, page.COL_WORKERS).setText("three")
    assert "numbers from 1 to 64" in page.error.text() and not next_button(w).isEnabled()
    page.table.item(1, page.COL_WORKERS).setText("3, 2")
    assert next_button(w).isEnabled()


def test_renamed_cluster_is_offered_on_the_services_page(qtbot, wizard):
    w = wizard
    fill_janes_network(qtbot, w)
    w.next()
    w.next()
    w.services_page.add_service("cluster-a", "web", 2, 443)
    w.back()
    w.clusters_page.table.item(0, 0).setText("frontend")
    w.next()
    combo = w.services_page.table.cellWidget(0, w.services_page.COL_CLUSTER)
    assert [combo.itemText(i) for i in range(combo.count())] == ["frontend"]
    w.next()
    assert w.result_plan().clusters[0].services[0].name == "web"
    assert w.result_plan().clusters[0].load_balancer.addresses  # 2 instances on 443: a range was placed


def test_draft_parsers():
    assert parse_worker_pools("3, 2") == [3, 2] and parse_worker_pools("5") == [5]
    for bad in ("", "0", "65", "x"):
        with pytest.raises(DraftError):
            parse_worker_pools(bad)
    assert parse_address_list("10.0.0.1 10.0.0.2;10.0.0.3") == ["10.0.0.1", "10.0.0.2", "10.0.0.3"]
    with pytest.raises(DraftError):
        parse_address_list("10.0.0.1, nope")
    assert lb_name("cluster a!") == "lb-cluster-a"
    assert len(lb_name("x" * 40)) == 24

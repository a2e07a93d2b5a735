"""The New Plan wizard end to end: fill the pages as a user does, get an allocated, error-free plan."""

from __future__ import annotations

import pytest
from netaddr import IPAddress
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from aksarc_gui.planning.budget import budget
from aksarc_gui.planning.problems import Severity
from aksarc_gui.planning.validate import validate
from aksarc_gui.ui.wizard import NewPlanWizard
from aksarc_gui.ui.wizard.draft import DraftError, lb_name, parse_address_list, parse_worker_pools


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    """Questions the wizard asked; each is answered Discard (so closing at teardown never blocks)."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def wizard(qtbot, questions):
    w = NewPlanWizard()
    qtbot.addWidget(w)
    w.show()
    return w


def retype(qtbot, edit, text: str) -> None:
    """Select what the field holds and type ``text`` over it, key by key."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def fill_janes_network(qtbot, w: NewPlanWizard, prefix: str = "10.220.32.0/24") -> None:
    page = w.network_page
    qtbot.keyClicks(page.plan_name, "Jane's AKS Arc environment")
    qtbot.keyClicks(page.prefix, prefix)
    qtbot.keyClicks(page.dns, "10.220.32.16, 10.220.32.17")
    retype(qtbot, page.vlan.lineEdit(), "32")


def fill_janes_management(qtbot, w: NewPlanWizard) -> None:
    page = w.management_page
    qtbot.keyClicks(page.prefix, "192.168.100.0/24")
    retype(qtbot, page.dns, "192.168.100.5")
    retype(qtbot, page.vlan.lineEdit(), "100")
    qtbot.keyClicks(page.hosts, "192.168.100.11, 192.168.100.12")


def cell(page, row: int, col: int):
    return page.table.cellWidget(row, col)


def fill_janes_clusters(qtbot, w: NewPlanWizard) -> None:
    page = w.clusters_page
    retype(qtbot, cell(page, 0, page.COL_WORKERS), "5")
    cell(page, 0, page.COL_CP).setCurrentIndex(1)  # 3 control plane nodes
    page.add_cluster(workers="3", lb="")


def add_service(qtbot, w: NewPlanWizard, name: str, instances: int, ports: str) -> int:
    page = w.services_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    row = page.table.rowCount() - 1
    retype(qtbot, cell(page, row, page.COL_NAME), name)
    retype(qtbot, cell(page, row, page.COL_INSTANCES).lineEdit(), str(instances))
    retype(qtbot, cell(page, row, page.COL_PORTS), ports)
    return row


def next_button(w: NewPlanWizard):
    return w.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, w: NewPlanWizard) -> None:
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)


def test_janes_environment_comes_out_allocated_and_error_free(qtbot, wizard, questions):
    w = wizard
    assert not next_button(w).isEnabled()  # no prefix yet
    fill_janes_network(qtbot, w)
    assert next_button(w).isEnabled()
    click_next(qtbot, w)
    assert w.currentPage() is w.management_page
    fill_janes_management(qtbot, w)
    # six free addresses right after the last server, proposed as the servers are typed
    assert w.management_page.infra.text() == "192.168.100.13 - 192.168.100.18"
    click_next(qtbot, w)
    assert w.currentPage() is w.clusters_page
    fill_janes_clusters(qtbot, w)
    click_next(qtbot, w)
    assert w.currentPage() is w.services_page
    add_service(qtbot, w, "vote-front", 3, "443")
    add_service(qtbot, w, "vote-back", 1, "80")
    click_next(qtbot, w)
    assert w.currentPage() is w.preview_page
    finish = w.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    # 251 free - 14 pool - 2 control plane - 4 LB (3 + 20 %) = 231 spare, a third of it: 77 more node VMs
    assert w.preview_page.room.value() == 77
    assert "10.220.32.18 - 10.220.32.108 (91 addresses)" in w.preview_page.layout_label.text()
    assert "= 91 addresses" in w.preview_page.sizing_label.text()
    # the preview map shows the suggested pool where the text says it is
    preview_map = w.preview_page.map
    assert preview_map.isVisible() and preview_map.network() == "aks-lnet-01"
    qtbot.waitExposed(preview_map)
    center = preview_map.cell_center(int(IPAddress("10.220.32.18")))
    assert center is not None and "10.220.32.18" in preview_map.tooltip_at(center)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert w.result() == QWizard.DialogCode.Accepted
    assert questions == []  # finishing asks nothing

    plan = w.result_plan()
    assert [p for p in validate(plan) if p.severity is Severity.ERROR] == []
    b = budget(plan)
    assert (b.pool, b.control_plane, b.load_balancer, b.total) == (14, 2, 3, 19)  # the article's numbers
    net = plan.logical_networks[0]
    assert (str(net.gateway), net.vlan, [str(d) for d in net.dns_servers]) == \
        ("10.220.32.1", 32, ["10.220.32.16", "10.220.32.17"])
    mgmt = plan.management_network
    assert (str(mgmt.address_prefix), str(mgmt.gateway), mgmt.vlan) == ("192.168.100.0/24", "192.168.100.1", 100)
    assert [str(a) for a in mgmt.dns_servers] == ["192.168.100.5"]
    assert [str(a) for a in mgmt.host_ips] == ["192.168.100.11", "192.168.100.12"]
    assert (str(mgmt.infra_ip_pool.start), str(mgmt.infra_ip_pool.end)) == ("192.168.100.13", "192.168.100.18")
    assert plan.name == "Jane's AKS Arc environment"
    assert plan.clusters[1].load_balancer is None
    assert [s.name for s in plan.clusters[0].services] == ["vote-front", "vote-back"]


def go_to_services(qtbot, w: NewPlanWizard, prefix: str = "10.220.32.0/24") -> None:
    fill_janes_network(qtbot, w, prefix)
    click_next(qtbot, w)
    click_next(qtbot, w)  # no management network
    fill_janes_clusters(qtbot, w)
    click_next(qtbot, w)


def test_a_service_row_takes_several_ports_and_its_own_ips(qtbot, wizard):
    w = wizard
    go_to_services(qtbot, w)
    page = w.services_page
    row = add_service(qtbot, w, "web", 2, "80,")
    qtbot.keyClicks(cell(page, row, page.COL_PORTS), " 44")
    assert next_button(w).isEnabled()  # "80, 44" are two ports, if not the intended ones
    qtbot.keyClicks(cell(page, row, page.COL_PORTS), "3")
    qtbot.keyClicks(cell(page, row, page.COL_PORTS), ", x")
    assert "x is not a port" in page.error.text() and not next_button(w).isEnabled()
    qtbot.keyClick(cell(page, row, page.COL_PORTS), Qt.Key.Key_Backspace)
    qtbot.keyClick(cell(page, row, page.COL_PORTS), Qt.Key.Key_Backspace)
    qtbot.keyClick(cell(page, row, page.COL_PORTS), Qt.Key.Key_Backspace)
    assert page.error.text() == "" and next_button(w).isEnabled()
    cell(page, row, page.COL_OWN).setFocus()
    qtbot.keyClick(cell(page, row, page.COL_OWN), Qt.Key.Key_Space)
    click_next(qtbot, w)
    service = w.result_plan().clusters[0].services[0]
    assert [(p.port, p.protocol) for p in service.ports] == [(80, "TCP"), (443, "TCP")]
    assert (service.instances, service.shares_ip) == (2, False)
    assert budget(w.result_plan()).load_balancer == 2  # two instances, one address each for both ports


def test_a_cluster_name_with_a_comma_is_flagged_as_typed(qtbot, wizard):
    w = wizard
    fill_janes_network(qtbot, w)
    click_next(qtbot, w)
    click_next(qtbot, w)
    page = w.clusters_page
    name = cell(page, 0, page.COL_NAME)
    retype(qtbot, name, "web")
    assert page.error.text() == "" and next_button(w).isEnabled()
    qtbot.keyClicks(name, ",")
    assert "comma" in page.error.text() and not next_button(w).isEnabled()
    assert name.styleSheet()  # the cell is marked
    qtbot.keyClicks(name, "db")
    assert "comma" in page.error.text()
    for _ in range(3):
        qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert page.error.text() == "" and next_button(w).isEnabled() and not name.styleSheet()
    qtbot.keyClicks(name, "-Prod")
    assert "NAME-2" in page.error.text() and not next_button(w).isEnabled()


def test_a_node_range_turns_the_autoscaler_on(qtbot, wizard):
    w = wizard
    go_to_services(qtbot, w)
    w.back()
    page = w.clusters_page
    retype(qtbot, cell(page, 1, page.COL_WORKERS), "2-")
    assert not next_button(w).isEnabled()
    qtbot.keyClicks(cell(page, 1, page.COL_WORKERS), "6")
    click_next(qtbot, w)
    click_next(qtbot, w)
    pool = w.result_plan().clusters[1].node_pools[0]
    assert (pool.count, pool.autoscaler.min_count, pool.autoscaler.max_count) == (2, 2, 6)
    assert budget(w.result_plan()).pool == 17  # cluster-b counts at 6 workers: 8 + 1 + 6 + 1 + 1


def test_the_pool_default_of_a_22_is_a_fair_share_not_20_percent(qtbot, wizard):
    w = wizard
    go_to_services(qtbot, w, prefix="10.220.32.0/22")
    add_service(qtbot, w, "vote-front", 3, "443")
    add_service(qtbot, w, "vote-back", 1, "80")
    click_next(qtbot, w)
    page = w.preview_page
    assert page.room.value() == 333  # (1019 free - 20 needed today) // 3 shares
    pool = w.result_plan().logical_networks[0].ip_pool
    assert int(pool.end) - int(pool.start) + 1 == 14 + 333
    # the person chooses: the pool follows, and a later fair share does not overwrite the choice
    retype(qtbot, page.room.lineEdit(), "50")
    pool = w.result_plan().logical_networks[0].ip_pool
    assert int(pool.end) - int(pool.start) + 1 == 14 + 50
    assert "room for 50 more node VMs" in page.sizing_label.text()
    retype(qtbot, page.headroom.lineEdit(), "0")
    assert page.room.value() == 50
    qtbot.mouseClick(page.fair_button, Qt.MouseButton.LeftButton)
    assert page.room.value() == (1019 - 19) // 3


def test_the_management_page_takes_a_proxy_and_the_arc_gateway(qtbot, wizard):
    w = wizard
    fill_janes_network(qtbot, w)
    click_next(qtbot, w)
    page = w.management_page
    assert next_button(w).isEnabled()  # the management network may stay unknown
    qtbot.keyClicks(page.http_proxy, "http://proxy.contoso.com:8080")
    assert "PROXY-3" in page.error.text() and not next_button(w).isEnabled()  # HTTPS proxy missing
    qtbot.keyClicks(page.https_proxy, "http://proxy.contoso.com:8080")
    qtbot.keyClicks(page.no_proxy, ".contoso.com")
    page.arc_gateway.setFocus()
    qtbot.keyClick(page.arc_gateway, Qt.Key.Key_Space)
    qtbot.keyClicks(page.hosts, "192.168.100.11")
    assert "prefix first" in page.error.text()
    qtbot.keyClicks(page.prefix, "192.168.100.0/24")
    assert page.error.text() == "" and page.infra.text() == "192.168.100.12 - 192.168.100.17"
    retype(qtbot, page.infra, "192.168.100.50 - 192.168.100.54")
    assert "MGMT-1" in page.error.text()
    retype(qtbot, page.infra, "192.168.100.50 - 192.168.100.55")
    qtbot.keyClicks(page.hosts, ", 192.168.100.12")  # a typed pool is no longer replaced
    assert page.infra.text() == "192.168.100.50 - 192.168.100.55"
    assert page.infra.placeholderText() == "192.168.100.13 - 192.168.100.18"  # emptied, the proposal counts
    click_next(qtbot, w)
    fill_janes_clusters(qtbot, w)
    click_next(qtbot, w)
    click_next(qtbot, w)
    plan = w.result_plan()
    assert plan.platform.arc_gateway is True
    assert plan.platform.proxy.http_proxy == "http://proxy.contoso.com:8080"
    assert ".contoso.com" in plan.platform.proxy.no_proxy and ".svc" in plan.platform.proxy.no_proxy
    assert str(plan.management_network.infra_ip_pool.start) == "192.168.100.50"
    assert [p for p in validate(plan) if p.severity is Severity.ERROR] == []
    assert not [p for p in validate(plan) if p.rule in ("PROXY-2", "PROXY-3")]


def test_the_release_choice_says_what_it_changes(qtbot, wizard):
    page = wizard.network_page
    assert "CP-1" in page.release_note.text() and "POOL-3" not in page.release_note.text()
    page.release.setFocus()
    page.release.setCurrentText("2411")
    assert "POOL-3" in page.release_note.text()
    page.release.setCurrentText("2402")
    assert "gcr.io" in page.release_note.text()


def test_esc_on_an_untouched_wizard_closes_without_asking(qtbot, wizard, questions):
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert questions == [] and not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Rejected


def test_esc_with_input_asks_before_discarding(qtbot, wizard, questions, monkeypatch):
    qtbot.keyClicks(wizard.network_page.prefix, "10.2")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: (
        questions.append("asked"), QMessageBox.StandardButton.Cancel)[1])
    qtbot.keyClick(wizard.network_page.prefix, Qt.Key.Key_Escape)
    assert questions == ["asked"] and wizard.isVisible()  # kept: the person said Cancel
    assert wizard.network_page.prefix.text() == "10.2"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: (
        questions.append("asked"), QMessageBox.StandardButton.Discard)[1])
    qtbot.keyClick(wizard.network_page.prefix, Qt.Key.Key_Escape)
    assert questions == ["asked", "asked"] and not wizard.isVisible()


def test_a_prefix_too_small_blocks_finish_and_says_why(qtbot, wizard):
    w = wizard
    fill_janes_network(qtbot, w, prefix="10.220.32.0/28")
    retype(qtbot, w.network_page.dns, "10.220.32.2")
    w.next()
    w.next()
    fill_janes_clusters(qtbot, w)
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
    retype(qtbot, cell(w.clusters_page, 0, w.clusters_page.COL_WORKERS), "1")
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
    w.next()
    page = w.clusters_page
    page.add_cluster(name="cluster-a")
    assert "unique" in page.error.text() and not next_button(w).isEnabled()
    retype(qtbot, cell(page, 1, page.COL_NAME), "cluster-b")
    retype(qtbot, cell(page, 1, page.COL_WORKERS), "three")
    assert "numbers from 1 to 64" in page.error.text() and not next_button(w).isEnabled()
    retype(qtbot, cell(page, 1, page.COL_WORKERS), "3, 2")
    assert next_button(w).isEnabled()


def test_renamed_cluster_is_offered_on_the_services_page(qtbot, wizard):
    w = wizard
    fill_janes_network(qtbot, w)
    w.next()
    w.next()
    w.next()
    w.services_page.add_service("cluster-a", "web", 2, "443")
    w.back()
    retype(qtbot, cell(w.clusters_page, 0, 0), "frontend")
    w.next()
    combo = w.services_page.table.cellWidget(0, w.services_page.COL_CLUSTER)
    assert [combo.itemText(i) for i in range(combo.count())] == ["frontend"]
    w.next()
    assert w.result_plan().clusters[0].services[0].name == "web"
    assert w.result_plan().clusters[0].load_balancer.addresses  # 2 instances on 443: a range was placed


def test_draft_parsers():
    assert parse_worker_pools("3, 2") == [3, 2] and parse_worker_pools("5") == [5]
    assert parse_worker_pools("3, 2-6") == [3, 6]  # an autoscaled pool at its largest
    for bad in ("", "0", "3, 65", "x"):
        with pytest.raises(DraftError):
            parse_worker_pools(bad)
    assert parse_address_list("10.0.0.1 10.0.0.2;10.0.0.3") == ["10.0.0.1", "10.0.0.2", "10.0.0.3"]
    with pytest.raises(DraftError):
        parse_address_list("10.0.0.1, nope")
    assert lb_name("cluster a!") == "lb-cluster-a"
    assert len(lb_name("x" * 40)) == 24


def test_an_emptied_infrastructure_pool_takes_the_proposal(qtbot, wizard):
    w = wizard
    fill_janes_network(qtbot, w)
    click_next(qtbot, w)
    fill_janes_management(qtbot, w)
    page = w.management_page
    retype(qtbot, page.infra, "192.168.100.40 - 192.168.100.45")
    assert page.draft().infra_pool == ("192.168.100.40", "192.168.100.45")
    page.infra.selectAll()
    qtbot.keyClick(page.infra, Qt.Key.Key_Delete)
    assert page.infra.text() == ""
    assert page.infra.placeholderText() == "192.168.100.13 - 192.168.100.18"
    assert page.draft().infra_pool == ("192.168.100.13", "192.168.100.18")
    assert next_button(w).isEnabled()


def test_a_service_name_is_checked_as_typed(qtbot, wizard):
    w = wizard
    go_to_services(qtbot, w)
    page = w.services_page
    row = add_service(qtbot, w, "web", 1, "443")
    assert next_button(w).isEnabled()
    qtbot.keyClicks(cell(page, row, page.COL_NAME), "_Front")
    assert "service name web_Front is not allowed" in page.error.text() and not next_button(w).isEnabled()

"""Edit > Suggest Addresses: fills what is empty as one undo step and says what it changed."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from aksarc_gui.domain import Plan, load_plan_text
from aksarc_gui.planning.allocate import allocate
from aksarc_gui.planning.problems import Severity
from aksarc_gui.planning.validate import validate
from aksarc_gui.ui import suggest
from aksarc_gui.ui.suggest import Headroom

from test_ui_fixtures import dialogs, settings  # noqa: F401 - fixtures


@pytest.fixture
def infos(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


@pytest.fixture
def headroom(monkeypatch: pytest.MonkeyPatch) -> list[Headroom | None]:
    """Answers for the headroom dialog, in order; asking more often than answered fails the test."""
    answers: list[Headroom | None] = []

    def ask(_parent: Any, _plan: Any = None) -> Headroom | None:
        assert answers, "unexpected headroom dialog"
        return answers.pop(0)

    monkeypatch.setattr(suggest, "ask_headroom", ask)
    return answers


def open_window(qtbot, plan: Plan, settings) -> Any:  # noqa: F811
    from aksarc_gui.ui.document import PlanDocument
    from aksarc_gui.ui.main_window import MainWindow

    w = MainWindow(PlanDocument(plan), settings)
    qtbot.addWidget(w, before_close_func=lambda win: win.doc.undo_stack.setClean())
    w.show()
    qtbot.waitExposed(w)
    return w


def emptied(jane_data: dict) -> Plan:
    """Jane's plan with the pool, both control plane IPs and cluster-a's LB range left empty."""
    jane_data["logical_networks"][0]["ip_pool"] = None
    for cluster in jane_data["clusters"]:
        cluster["control_plane"]["ip"] = None
    jane_data["clusters"][0]["load_balancer"]["addresses"] = []
    return load_plan_text(json.dumps(jane_data))


def errors(plan: Plan) -> int:
    return sum(p.severity is Severity.ERROR for p in validate(plan))


def test_suggest_fills_jane_in_one_undo_step(qtbot, jane_data, settings, dialogs, infos,  # noqa: F811
                                            headroom) -> None:
    plan = emptied(jane_data)
    assert errors(plan) > 0
    window = open_window(qtbot, plan, settings)
    headroom.append(Headroom(20, 0))
    window.act_suggest.trigger()

    filled = window.doc.plan
    net, (a, b) = filled.logical_networks[0], filled.clusters
    assert net.ip_pool is not None and a.control_plane.ip is not None and b.control_plane.ip is not None
    assert a.load_balancer.addresses
    assert errors(filled) == 0
    assert "0 error(s)" in window.status_counts.text()
    assert window.doc.undo_stack.count() == 1  # one step for every field
    (text,) = infos
    # the article's 14 addresses and no room asked for (the percentage is the load balancers')
    pool = net.ip_pool
    assert int(pool.end) - int(pool.start) + 1 == 14
    assert f"aks-lnet-01 › IP pool: (none) \u2192 {pool.start}-{pool.end}" in text
    assert f"cluster-a › control plane IP: (none) \u2192 {a.control_plane.ip}" in text
    assert f"cluster-b › control plane IP: (none) \u2192 {b.control_plane.ip}" in text
    assert "cluster-a › load balancer addresses: (none) \u2192" in text
    assert not dialogs.errors

    window.act_undo.trigger()
    assert window.doc.plan == plan
    assert window.doc.plan.model_dump(mode="json") == plan.model_dump(mode="json")
    window.act_redo.trigger()
    assert window.doc.plan == filled
    assert errors(window.doc.plan) == 0


def test_extra_nodes_make_the_pool_longer(qtbot, jane_data, settings, dialogs, infos, headroom) -> None:  # noqa: F811
    window = open_window(qtbot, emptied(jane_data), settings)
    headroom.append(Headroom(0, 10))
    window.act_suggest.trigger()
    pool = window.doc.plan.logical_networks[0].ip_pool
    assert int(pool.end) - int(pool.start) + 1 == 14 + 10


def test_a_plan_where_nothing_fits_shows_the_shortfall_and_stays(qtbot, jane_data, settings,  # noqa: F811
                                                                 dialogs, infos, headroom) -> None:
    # 14 hosts: too few for the 19 addresses
    jane_data["logical_networks"][0]["address_prefix"] = "10.220.32.0/28"
    jane_data["logical_networks"][0]["ip_pool"] = None
    jane_data["clusters"][0]["control_plane"]["ip"] = None
    jane_data["clusters"][1]["control_plane"]["ip"] = None
    jane_data["clusters"][0]["load_balancer"]["addresses"] = []
    plan = load_plan_text(json.dumps(jane_data))
    window = open_window(qtbot, plan, settings)
    headroom.append(Headroom(20, 0))
    window.act_suggest.trigger()
    assert window.doc.plan is plan
    assert window.doc.undo_stack.count() == 0
    ((_title, text),) = dialogs.errors  # QMessageBox.warning
    assert "not changed" in text
    shortfall = allocate(plan, headroom_pct=20, pool_headroom_pct=0).shortfall
    assert shortfall in text  # the allocator's own reason, whole
    assert "aks-lnet-01" in text and "would fit." in text
    assert not infos


def test_nothing_to_fill_says_so_without_asking(qtbot, jane, settings, dialogs, infos,  # noqa: F811
                                               headroom) -> None:
    window = open_window(qtbot, jane, settings)
    window.act_suggest.trigger()  # no headroom answer queued: asking would fail the test
    (text,) = infos
    assert "Nothing to fill in" in text
    assert window.doc.undo_stack.count() == 0 and window.doc.plan is jane


def test_cancelling_the_headroom_dialog_changes_nothing(qtbot, jane_data, settings, dialogs, infos,  # noqa: F811
                                                        headroom) -> None:
    plan = emptied(jane_data)
    window = open_window(qtbot, plan, settings)
    headroom.append(None)
    window.act_suggest.trigger()
    assert window.doc.plan is plan and not infos and not dialogs.errors


def test_the_headroom_dialog_defaults_to_20_percent(qtbot) -> None:
    dialog = suggest.HeadroomDialog()
    qtbot.addWidget(dialog)
    assert dialog.headroom() == Headroom(20, 0)
    dialog.pct.setValue(35)
    dialog.extra.setValue(4)
    assert dialog.headroom() == Headroom(35, 4)


def test_suggest_fills_the_infrastructure_pool_after_the_servers(qtbot, jane_data, settings, dialogs,  # noqa: F811
                                                                 infos, headroom) -> None:
    jane_data["management_network"]["infra_ip_pool"] = None
    plan = emptied(jane_data)
    assert any(p.rule == "MGMT-1" for p in validate(plan))
    window = open_window(qtbot, plan, settings)
    headroom.append(Headroom(20, 0))
    window.act_suggest.trigger()
    infra = window.doc.plan.management_network.infra_ip_pool
    # six addresses right after the last server IP (.12), as MGMT-1 asks
    assert (str(infra.start), str(infra.end)) == ("192.168.100.13", "192.168.100.18")
    assert errors(window.doc.plan) == 0
    assert not any(p.rule == "MGMT-1" for p in validate(window.doc.plan))
    (text,) = infos
    assert "management network › infrastructure pool: (none) \u2192 192.168.100.13-192.168.100.18" in text
    window.act_undo.trigger()
    assert window.doc.plan.management_network.infra_ip_pool is None


def test_the_room_defaults_to_the_fair_share_and_the_button_brings_it_back(qtbot) -> None:
    dialog = suggest.HeadroomDialog(None, Headroom(20, 73), fair_share=73)
    qtbot.addWidget(dialog)
    assert dialog.headroom() == Headroom(20, 73) and not dialog.fair_button.isHidden()
    dialog.extra.selectAll()
    qtbot.keyClicks(dialog.extra, "5")
    assert dialog.headroom() == Headroom(20, 5)
    qtbot.mouseClick(dialog.fair_button, Qt.MouseButton.LeftButton)
    assert dialog.headroom() == Headroom(20, 73)
    assert suggest.HeadroomDialog().fair_button.isHidden()  # no plan, no share to propose


def test_suggest_proposes_the_fair_share_of_the_plan(qtbot, jane_data, settings, dialogs, infos,  # noqa: F811
                                                     monkeypatch) -> None:
    from aksarc_gui.planning.pool_room import fair_share_room

    plan = emptied(jane_data)
    seen: list[Headroom] = []

    def accept(dialog: suggest.HeadroomDialog) -> int:
        seen.append(dialog.headroom())
        return suggest.QDialog.DialogCode.Accepted

    monkeypatch.setattr(suggest.HeadroomDialog, "exec", accept)
    window = open_window(qtbot, plan, settings)
    window.act_suggest.trigger()
    room = fair_share_room(plan, 20)
    assert seen == [Headroom(20, room)] and room > 0
    pool = window.doc.plan.logical_networks[0].ip_pool
    assert int(pool.end) - int(pool.start) + 1 == 14 + room
    assert errors(window.doc.plan) == 0


def test_every_dialog_label_has_its_mnemonic_on_a_field(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = suggest.HeadroomDialog(None, Headroom(20, 3), fair_share=3)
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert len(labels) == 2 and all(label.buddy() is not None for label in labels)

"""PlanDocument: edits as undo commands, merging, sharing, refusing values the plan cannot hold."""

from __future__ import annotations

import pytest

from aksarc_gui.ui import operations
from aksarc_gui.ui.document import PlanDocument, PlanEditError


def test_set_value_is_one_undoable_step_and_shares_what_it_does_not_touch(qtbot, jane) -> None:
    doc = PlanDocument(jane)
    with qtbot.waitSignal(doc.sig_changed):
        doc.set_value("clusters[0].control_plane.ip", "10.220.32.42", "edit")
    after = doc.plan
    assert str(after.clusters[0].control_plane.ip) == "10.220.32.42"
    assert after.clusters[1] is jane.clusters[1]  # untouched parts are shared, not copied
    assert after.logical_networks is jane.logical_networks
    assert jane.clusters[0].control_plane.ip is not None and str(jane.clusters[0].control_plane.ip) == "10.220.32.40"
    doc.undo_stack.undo()
    assert doc.plan is jane
    doc.undo_stack.redo()
    assert doc.plan is after


def test_edits_to_one_field_merge_until_the_step_is_closed(qtbot, jane) -> None:
    doc = PlanDocument(jane)
    for name in ("a", "ab", "abc"):
        doc.set_value("name", name, "rename")
    assert doc.undo_stack.count() == 1
    doc.break_merge()
    doc.set_value("name", "abcd", "rename")
    doc.set_value("clusters[0].name", "x", "rename cluster")
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.name == "abc"


def test_a_merged_edit_updates_the_step_on_top_instead_of_pushing_a_command(qtbot, jane) -> None:
    doc = PlanDocument(jane)
    doc.set_value("name", "a", "rename")
    top = doc.undo_stack.command(0)
    changes = []
    doc.sig_changed.connect(lambda: changes.append(doc.plan.name))
    for name in ("ab", "abc"):
        doc.set_value("name", name, "rename")
    assert doc.undo_stack.count() == 1 and doc.undo_stack.command(0) is top
    assert changes == ["ab", "abc"]  # views still follow every keystroke
    doc.undo_stack.undo()
    assert doc.plan is jane
    doc.undo_stack.redo()
    assert doc.plan.name == "abc"


def test_a_saved_step_is_not_merged_into(qtbot, jane, tmp_path) -> None:
    doc = PlanDocument(jane)
    doc.set_value("name", "a", "rename")
    doc.save(str(tmp_path / "p.aksplan"))
    doc.set_value("name", "ab", "rename")
    assert doc.undo_stack.count() == 2 and doc.modified
    doc.undo_stack.undo()
    assert doc.plan.name == "a" and not doc.modified


def test_a_value_the_plan_cannot_hold_is_refused_and_changes_nothing(jane) -> None:
    doc = PlanDocument(jane)
    with pytest.raises(PlanEditError, match="aks-lnet-01 \u203a VLAN"):
        doc.set_value("logical_networks[0].vlan", 5000, "vlan")
    with pytest.raises(PlanEditError, match="no such field"):
        doc.set_value("clusters[7].name", "x", "name")
    assert doc.plan is jane
    assert doc.undo_stack.count() == 0


def test_setting_the_same_value_adds_no_step(jane) -> None:
    doc = PlanDocument(jane)
    doc.set_value("clusters[0].control_plane.ip", "10.220.32.40", "same")
    assert doc.undo_stack.count() == 0


def test_value_reads_json_at_a_path(jane) -> None:
    doc = PlanDocument(jane)
    assert doc.value("clusters[0].control_plane.ip") == "10.220.32.40"
    assert doc.value("clusters[1].load_balancer") is None
    assert doc.value("logical_networks[0].ip_pool") == {"start": "10.220.32.18", "end": "10.220.32.38"}
    assert doc.value("clusters[9]") is None


def test_renaming_a_network_through_operations_moves_its_clusters(jane) -> None:
    doc = PlanDocument(jane)
    doc.edit("rename", lambda d: operations.rename(d, "logical_networks[0]", "lnet-b"))
    assert {c.logical_network for c in doc.plan.clusters} == {"lnet-b"}


@pytest.mark.parametrize(("base", "taken", "expected"), [
    ("nodepool1", {"nodepool1"}, "nodepool2"),
    ("aks-lnet-01", {"aks-lnet-01", "aks-lnet-02"}, "aks-lnet-03"),
    ("web-copy", {"web-copy"}, "web-copy-2"),
    ("fresh", set(), "fresh"),
])
def test_unique_names_count_up(base, taken, expected) -> None:
    assert operations.unique_name(base, taken) == expected

"""Details a new admin trips over: empty forms, precise marks, where new items go, shortcuts, the toolbar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QToolButton

from aksarc_gui.ui.fields import IntField, TextField
from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures


def undo_texts(window: Any) -> list[str]:
    stack = window.doc.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_the_form_of_a_missing_load_balancer_is_empty(qtbot, window) -> None:
    window.select_path("clusters[0].load_balancer")  # cluster-a: lb-cluster-a with addresses
    form = window.current_form()
    assert form.name.text() == "lb-cluster-a" and form.addresses.rows()
    window.select_path("clusters[1].load_balancer")  # cluster-b: none
    assert not form.present.isChecked()
    assert form.name.text() == ""
    assert form.addresses.rows() == []
    assert form.kind.currentIndex() == -1 and form.mode.currentIndex() == -1


def test_a_rule_about_a_whole_cluster_marks_the_fields_it_is_about(qtbot, window) -> None:
    # 20 nodes in cluster-a overflow the shared pool: POOL-3 names every cluster on it
    window.doc.set_value("clusters[0].node_pools[0].count", 20, "Change nodes")
    assert any(p.rule == "POOL-3" and "clusters[1]" in p.related for p in window.problems)
    window.select_path("clusters[1]")
    form = window.current_form()
    assert form.cp_count.property("problem") == "error"  # the count of VMs is what POOL-3 is about
    for field in (form.name, form.k8s, form.pod_cidr.edit):
        assert field.property("problem") in ("", None), field.accessibleName()


def test_add_service_with_a_network_selected_asks_which_cluster(qtbot, window, monkeypatch) -> None:
    asked: list[list[str]] = []

    def get_item(_parent, _title, _label, names, *_a, **_k):
        asked.append(list(names))
        return "cluster-b", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    window.select_path("logical_networks[0]")
    window.act_add_service.trigger()
    assert asked == [["cluster-a", "cluster-b"]]
    assert [s.name for s in window.doc.plan.clusters[1].services] == ["service-1"]
    assert [s.name for s in window.doc.plan.clusters[0].services] == ["vote-front", "vote-back"]
    assert undo_texts(window) == ["Add service to cluster-b"]


def test_add_service_with_a_cluster_selected_adds_to_it_without_asking(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")))
    window.select_path("clusters[1].node_pools[0]")
    window.act_add_service.trigger()
    assert len(window.doc.plan.clusters[1].services) == 1
    window.select_path("clusters[0]")
    window.act_add_pool.trigger()
    assert undo_texts(window) == ["Add service to cluster-b", "Add node pool to cluster-a"]


def test_cancelling_the_cluster_question_adds_nothing(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    window.select_path("logical_networks[0]")
    window.act_add_pool.trigger()
    assert window.doc.undo_stack.count() == 0


def claims_ctrl_e(event: QEvent) -> bool:
    """What Qt's key bindings on Linux and macOS do: a line edit claims Ctrl+E ("end of line")."""
    if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
            and QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+E"):
        event.accept()
        return True
    return False


class EmacsTextField(TextField):
    def event(self, e: QEvent) -> bool:
        return claims_ctrl_e(e) or super().event(e)


class EmacsIntField(IntField):
    def event(self, e: QEvent) -> bool:
        return claims_ctrl_e(e) or super().event(e)


def test_ctrl_e_exports_even_when_the_field_claims_the_key(qtbot, window, dialogs) -> None:
    asked: list[int] = []
    window.act_export_workbook.triggered.connect(lambda *_: asked.append(1))
    form = window.current_form()
    text, number = EmacsTextField(form), EmacsIntField(0, 10, parent=form)
    text.set_value("aks-lnet-01")
    for field in (text, number):
        field.show()
        field.setFocus()
        dialogs.answers.append(("", ""))  # the save dialog: cancelled
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1, 1]
    assert text.text() == "aks-lnet-01"  # the key did not edit the field either


def test_the_toolbar_has_the_file_edit_and_export_actions(qtbot, window) -> None:
    actions = window.toolbar.actions()
    for action in (window.act_new, window.act_open, window.act_save, window.act_undo, window.act_redo,
                   window.act_suggest, window.act_export_workbook, window.act_export_script):
        assert action in actions
    buttons = {b.defaultAction(): b for b in window.toolbar.findChildren(QToolButton) if b.defaultAction()}
    assert buttons[window.act_undo].text() == "Undo"  # short, whatever the last edit was
    assert window.toolbar.isVisible()


def test_save_from_the_toolbar_stores_the_field_being_typed(qtbot, window, dialogs, tmp_path) -> None:
    window.select_path("logical_networks[0].gateway")
    field = window.current_form().gateway.edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "10.220.32.254")
    dialogs.answers.append((str(tmp_path / "typed.aksplan"), ""))
    window.act_save.trigger()  # a toolbar button takes no focus: the field never lost it
    assert str(window.doc.plan.logical_networks[0].gateway) == "10.220.32.254"
    assert "10.220.32.254" in (tmp_path / "typed.aksplan").read_text(encoding="utf-8")


def test_remove_and_duplicate_are_named_after_the_item(qtbot, window) -> None:
    window.select_path("clusters[0].node_pools[0]")
    window.act_duplicate.trigger()
    window.select_path("clusters[1]")
    window.act_remove.trigger()
    assert undo_texts(window) == ["Duplicate cluster-a \u203a node pool nodepool1", "Remove cluster-b"]


def test_a_typed_release_is_stored_on_enter(qtbot, window) -> None:
    window.select_path("platform.release")
    field = window.current_form().release.lineEdit()
    field.setFocus()
    field.selectAll()
    for char in "2411":
        qtbot.keyClick(field, char)
    assert window.doc.plan.platform.release == "2405"  # not 2, 24, 241 on the way
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.doc.plan.platform.release == "2411"
    assert undo_texts(window) == ["Change Azure Local release (YYMM)"]

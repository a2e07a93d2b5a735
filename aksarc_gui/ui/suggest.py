"""Edit > Suggest Addresses: fill the plan's empty pools, control plane IPs, load balancer ranges and
the management network's infrastructure pool.

The allocation itself is ``planning.allocate.allocate``; this module asks for the
headroom, applies the completed plan as one undo step through the document (the
way every edit goes) and says in words what changed.  When nothing fits, the
allocator's shortfall message is shown and the plan stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QSpinBox, QWidget)

from aksarc_gui.domain import Plan
from aksarc_gui.planning.allocate import DEFAULT_HEADROOM_PCT, Change, allocate
from aksarc_gui.planning.field_names import field_name
from aksarc_gui.planning.pool_room import fair_share_room

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

MAX_HEADROOM_PCT = 400
MAX_EXTRA_NODES = 10_000


@dataclass(frozen=True, slots=True)
class Headroom:
    """What Suggest Addresses leaves room for: ``pct`` on each load balancer range, ``extra_nodes``
    more node VMs in each IP pool it fills (a pool gets no percentage: it is sized in node VMs)."""

    pct: int = DEFAULT_HEADROOM_PCT
    extra_nodes: int = 0


class HeadroomDialog(QDialog):
    """Room to grow on top of what the plan needs today, in the words an admin uses."""

    def __init__(self, parent: QWidget | None = None, initial: Headroom = Headroom(), fair_share: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Suggest", "Suggest Addresses"))
        intro = QLabel(translate(
            "Suggest", "Empty IP pools, control plane IPs and load balancer ranges get free addresses of their "
            "logical network, and an empty infrastructure pool six free addresses of the management network. "
            "Everything already set stays as it is.\n\nAn IP pool cannot be changed once its logical "
            "network exists: leave it room for the node VMs the clusters may grow by."), self)
        intro.setWordWrap(True)
        self.extra = QSpinBox(self)
        self.extra.setRange(0, MAX_EXTRA_NODES)
        self.extra.setValue(initial.extra_nodes)
        self.extra.setToolTip(translate("Suggest", "Each IP pool holds today's node VMs, one upgrade IP per "
                                                   "cluster and this many more node VMs."))
        self.fair_share = fair_share
        self.fair_button = QPushButton(translate("Suggest", "Fair &Share"), self)
        self.fair_button.setToolTip(translate(
            "Suggest", "The free addresses left once today's needs are placed, shared between the IP pool, each "
            "load balancer and a share kept free."))
        self.fair_button.setVisible(fair_share is not None)
        self.fair_button.clicked.connect(lambda: self.extra.setValue(self.fair_share or 0))
        room = QHBoxLayout()
        room.addWidget(self.extra, 1)
        room.addWidget(self.fair_button)
        self.pct = QSpinBox(self)
        self.pct.setRange(0, MAX_HEADROOM_PCT)
        self.pct.setSuffix(" %")
        self.pct.setValue(initial.pct)
        self.pct.setToolTip(translate("Suggest", "Added to each load balancer range, rounded up. Ranges can be "
                                                 "added to later; pools cannot."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Suggest", "&Fill In"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        room_label = QLabel(translate("Suggest", "&Room for more node VMs in each IP pool:"), self)
        room_label.setBuddy(self.extra)  # the field is a layout (box and button): name the box for Alt+R
        form.addRow(room_label, room)
        form.addRow(translate("Suggest", "&Load balancer headroom:"), self.pct)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def headroom(self) -> Headroom:
        return Headroom(self.pct.value(), self.extra.value())


def ask_headroom(parent: QWidget | None, plan: Plan | None = None) -> Headroom | None:
    """The headroom the user chose; None when cancelled (tests replace this function).

    With ``plan``, the room defaults to the fair share of the free space (``planning.pool_room``)."""
    fair = None if plan is None else fair_share_room(plan, DEFAULT_HEADROOM_PCT)
    dialog = HeadroomDialog(parent, Headroom(DEFAULT_HEADROOM_PCT, fair or 0), fair)
    try:
        return dialog.headroom() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# -- saying what changed --------------------------------------------------------------------------

def describe_change(plan: Plan, change: Change) -> str:
    """One line a person reads: ``aks-lnet-01 › IP pool: (none) -> 10.220.32.18-10.220.32.34``.

    The field is named as the Problems panel names it (``planning.field_names``)."""
    return translate("Suggest", "{what}: {old} \u2192 {new}").format(
        what=field_name(change.path, plan),
        old=change.old if change.old is not None else translate("Suggest", "(none)"),
        new=change.new)


# -- the action -----------------------------------------------------------------------------------

def _with_notes(text: str, notes: list[str]) -> str:
    return "\n\n".join([text, *notes]) if notes else text


def suggest_addresses(window: Any) -> bool:
    """Run the whole Suggest Addresses action on ``window`` (a MainWindow); True when the plan changed."""
    doc = window.doc
    plan = doc.plan
    title = translate("Suggest", "Suggest Addresses")
    probe = allocate(plan, headroom_pct=0)
    if probe.ok and not probe.changes:
        QMessageBox.information(window, title, _with_notes(translate(
            "Suggest", "Nothing to fill in: every IP pool, control plane IP, load balancer range and the "
            "infrastructure pool is set."),
            probe.notes))
        return False
    headroom = ask_headroom(window, plan)
    if headroom is None:
        return False
    # pools are sized in node VMs (extra_nodes) alone; the percentage is for load balancer ranges
    result = allocate(plan, headroom_pct=headroom.pct, extra_nodes=headroom.extra_nodes, pool_headroom_pct=0)
    if result.plan is None:
        QMessageBox.warning(window, title, _with_notes(
            translate("Suggest", "No layout fits; the plan was not changed.\n\n{reason}").format(
                reason=result.shortfall), result.notes))
        window.statusBar().showMessage(translate("Suggest", "No layout fits; the plan was not changed."), 8000)
        return False
    completed = result.plan.model_dump(mode="json")

    def fill(data: dict[str, Any]) -> None:
        data.clear()
        data.update(completed)

    doc.edit(translate("Suggest", "Suggest addresses"), fill)
    lines = [describe_change(plan, c) for c in result.changes]
    window.statusBar().showMessage(
        translate("Suggest", "Filled in {count} field(s); Undo takes them back.").format(count=len(lines)), 8000)
    QMessageBox.information(window, title, _with_notes(
        translate("Suggest", "Filled in (Undo takes it back):\n{changes}").format(changes="\n".join(lines)),
        result.notes))
    return True

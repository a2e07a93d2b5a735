"""EditorForm: the common ground of the editor forms.

A form shows the item at ``base`` (a JSON path).  Fields are bound to paths
relative to it; an edit becomes ``doc.set_value(path, value)``, never a write
to the Plan.  The form marks each field with the problems whose JSON path
points at it and can put the keyboard focus on the field for a path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.domain import jsonpath
from aksarc_gui.ui.document import PlanDocument, PlanEditError
from aksarc_gui.ui.fields import AddressListField, set_problem

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


PROPER_NAMES = {"Azure", "Arc", "Kubernetes", "Linux", "Windows", "MetalLB"}  # keep their capitals


def field_in_sentence(label: str) -> str:
    """A form label as it reads inside an undo entry: "Infrastructure pool end:" -> "infrastructure
    pool end"; names that start with capitals (IP, VLAN, DNS, HTTP) keep them."""
    text = label.rstrip(":\uff1a").strip()
    first = text.split(" ", 1)[0]
    if len(text) > 1 and text[0].isupper() and text[1].islower() and first not in PROPER_NAMES:
        text = text[0].lower() + text[1:]
    return text


def change_text(label: str) -> str:
    """The undo entry of an edit of one field: "Change infrastructure pool end"."""
    return translate("Editors", "Change {field}").format(field=field_in_sentence(label))


# The fields (relative to the item) a rule is about when its problem points at a whole item;
# "" for rules not listed: where an item is in the address space (a reservation's ends, a load
# balancer's addresses).
OBJECT_FIELDS: dict[str, tuple[str, ...]] = {
    "": ("start", "end", "addresses"),
    "POOL-3": ("control_plane.count", "count", "autoscaler.max_count"),
    "LB-4": ("instances", "ports", "addresses"),
    "LB-8": ("shares_ip", "addresses"),
}


class EditorForm(QWidget):
    #: The user asked to open another item (a node pool from the cluster's list): its JSON path.
    sig_open_path = Signal(str)
    #: An edit was refused because the plan could not hold it: the message.
    sig_refused = Signal(str)

    def __init__(self, doc: PlanDocument, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.base = ""
        self._fields: dict[str, QWidget] = {}  # relative path -> field widget
        self._last_refusal = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("editorHeading")
        self._layout.addWidget(self.heading)
        self.deployed_banner = QLabel(self)  # shown for objects imported from Azure (ui/editors/deployed.py)
        self.deployed_banner.setObjectName("deployedBanner")
        self.deployed_banner.setWordWrap(True)
        self.deployed_banner.hide()
        self._layout.addWidget(self.deployed_banner)
        self._fixed: dict[str, str] = {}  # relative path -> why it is read-only

    # -- building ----------------------------------------------------------------------------
    def section(self, title: str | None = None) -> QFormLayout:
        box = QGroupBox(title or "", self)
        if not title:
            box.setFlat(True)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addWidget(box)
        return form

    def finish(self) -> None:
        self._layout.addStretch(1)

    def bind(self, form: QFormLayout | None, rel: str, label: str, widget: QWidget,
             push: Callable[[Any], None] | None = None) -> QWidget:
        """Show ``widget`` for the field at ``rel`` and push its edits."""
        self._fields[rel] = widget
        if form is not None:
            form.addRow(label, widget)
        if isinstance(widget, AddressListField):
            widget.sig_item_edited.connect(lambda i, v, r=rel, l=label: self.push_item(r, i, v, l))
            widget.sig_item_removed.connect(lambda i, r=rel, l=label: self.remove_item(r, i, l))
        else:
            widget.sig_edited.connect(push or (lambda v, r=rel, l=label: self.push(r, v, l)))
        widget.sig_finished.connect(self.doc.break_merge)
        widget.setAccessibleName(label.rstrip(":："))
        return widget

    def full(self, rel: str) -> str:
        return jsonpath.join(jsonpath.parse(self.base) + jsonpath.parse(rel))

    # -- edits -------------------------------------------------------------------------------
    def run(self, text: str, change: Callable[[dict[str, Any]], None], merge_key: str | None = None) -> bool:
        try:
            self.doc.edit(text, change, merge_key)
        except PlanEditError as exc:
            self._last_refusal = str(exc)
            self.sig_refused.emit(str(exc))
            return False
        return True

    def push(self, rel: str, value: Any, label: str) -> bool:
        # set_value validates only the model that holds the field and shares the rest of the
        # plan: an edit costs the same in a large plan, and undo steps share their data.
        try:
            self.doc.set_value(self.full(rel), value, change_text(label))
        except PlanEditError as exc:
            self._last_refusal = str(exc)
            self.sig_refused.emit(str(exc))
            refused = getattr(self._fields.get(rel), "refused", None)
            if refused is not None:
                refused(self._last_refusal)  # beside the field, with the value the plan keeps
            return False
        return True

    def push_item(self, rel: str, index: int, value: Any, label: str) -> None:
        path = self.full(rel)

        def change(d: dict[str, Any]) -> None:
            items = jsonpath.get(d, path)
            if index < len(items):
                items[index] = value
            else:
                items.append(value)
        if not self.run(change_text(label), change, merge_key=f"{path}[{index}]"):
            rows = getattr(self._fields.get(rel), "rows", lambda: [])()
            if index < len(rows):
                rows[index].refused(self._last_refusal)  # beside the entry, with the value the plan keeps

    def remove_item(self, rel: str, index: int, label: str) -> None:
        path = self.full(rel)
        self.run(translate("Editors", "Remove from {field}").format(field=field_in_sentence(label)),
                 lambda d: jsonpath.get(d, path).pop(index))

    # -- showing -----------------------------------------------------------------------------
    def show_item(self, base: str) -> None:
        if base != self.base:
            for widget in self._fields.values():  # what was typed for the other item is not this one's
                widget.discard()  # type: ignore[attr-defined]
        self.base = base
        self.reload()

    def item(self) -> Any:
        """The JSON data of the shown item (None when it no longer exists)."""
        return self.doc.value(self.base) if self.base else self.doc.plan.model_dump(mode="json")

    def reload(self) -> None:
        data = self.item()
        if data is None:
            return
        self.load(data)

    def load(self, data: Any) -> None:
        """Fill the fields from the item's JSON data (without emitting edits)."""
        for rel, widget in self._fields.items():
            try:
                value = jsonpath.get(data, rel)
            except (KeyError, IndexError, TypeError):
                value = None
            widget.set_value(value)  # type: ignore[attr-defined]
        self.apply_deployed(data)

    def apply_deployed(self, data: Any) -> None:
        """Fields Azure fixed at creation are read-only, with the reason as tooltip, while the item is deployed."""
        from aksarc_gui.ui.editors.deployed import FIXED_FIELDS, banner_text, fixed_reason

        name = type(self).__name__
        deployed = isinstance(data, dict) and bool(data.get("deployed"))
        reason = fixed_reason(name) if deployed else ""
        self._fixed = {rel: reason for rel in FIXED_FIELDS.get(name, ()) if rel in self._fields and reason}
        for rel in FIXED_FIELDS.get(name, ()):
            widget = self._fields.get(rel)
            if widget is not None:
                widget.setEnabled(not deployed)
                widget.setToolTip(reason)
        self.deployed_banner.setText(banner_text() if deployed else "")
        self.deployed_banner.setVisible(deployed)

    # -- problems and focus ------------------------------------------------------------------
    def field_paths(self) -> dict[str, QWidget]:
        """Full JSON path -> the widget that marks it (list rows count as fields of their own)."""
        out: dict[str, QWidget] = {}
        for rel, widget in self._fields.items():
            path = self.full(rel)
            out[path] = widget.problem_widget()  # type: ignore[attr-defined]
            if isinstance(widget, AddressListField):
                for i, row in enumerate(widget.rows()):
                    out[f"{path}[{i}]"] = row.problem_widget()
        return out

    def mark(self, problems: list[Problem]) -> None:
        fields = self.field_paths()
        found: dict[str, list[Problem]] = {path: [] for path in fields}
        for problem in problems:
            if not problem.path:
                continue  # about the plan as a whole: the problems panel shows it
            # every field lies below this form's item: a problem about neither the item nor what
            # holds it cannot mark one (most of a large plan's problems; this runs on every edit)
            if self.base and not any(jsonpath.covers(p, self.base) or jsonpath.covers(self.base, p)
                                     for p in (problem.path, *problem.related)):
                continue
            for path in fields:
                if any(self._about(problem.rule, p, path) for p in (problem.path, *problem.related)):
                    found[path].append(problem)
        fixed = {self.full(rel): reason for rel, reason in self._fixed.items()}
        for path, widget in fields.items():
            group = found[path]
            if not group:
                set_problem(widget, "", fixed.get(path, ""))
                continue
            worst = min(group, key=lambda p: p.severity.rank).severity
            text = "\n".join(([fixed[path]] if path in fixed else []) + [f"{p.rule}: {p.message}" for p in group])
            # information (PORT-*, PROXY-1) is a tooltip, not a mark: nothing needs fixing
            mark = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(worst, "")
            set_problem(widget, mark, text)

    def _about(self, rule: str, target: str, field: str) -> bool:
        """Whether a problem pointing at ``target`` marks ``field``.

        A path to a field (or below one, such as a list entry or a pool's ends) marks it.
        A path to this form's whole item, or to something that holds it (POOL-3 names each
        cluster that shares a pool, LB-8 the list of services), marks only the fields the
        rule is about: a crowded pool is about node counts, not about the cluster's name.
        """
        if not jsonpath.covers(target, field):
            return False
        if not (self.base and jsonpath.covers(target, self.base)):
            return True
        rel = field[len(self.base):].lstrip(".").split("[")[0]  # a list entry counts as its list
        return rel in OBJECT_FIELDS.get(rule, OBJECT_FIELDS[""])

    def focus_path(self, path: str) -> bool:
        """Put the keyboard focus on the field that best matches ``path``."""
        fields = self.field_paths()
        best = max((p for p in fields if jsonpath.covers(p, path) or jsonpath.covers(path, p)),
                   key=len, default=None)
        if best is None:
            return False
        widget = fields[best]
        widget.setFocus()
        return True

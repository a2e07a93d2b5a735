"""PlanDocument: the one owner of the open Plan, its file and its undo history.

Plans are treated as immutable values: an edit builds a *new* Plan from the
old one's JSON data and swaps it in through a QUndoCommand that holds both, so
undo and redo are a swap and views never see a half-made change.  Editors call
:meth:`PlanDocument.set_value` / :meth:`PlanDocument.edit`; they never write the
Plan themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from aksarc_gui.domain import Plan, save_plan
from aksarc_gui.domain.file_stamp import FileStamp, changed_on_disk, read_stamp
from aksarc_gui.domain.io import json_path, read_plan_file
from aksarc_gui.domain.error_text import validation_message
from aksarc_gui.planning.field_names import field_name
from aksarc_gui.domain import jsonpath

class PlanEditCommand(QUndoCommand):
    """Swap the document's plan between ``before`` and ``after``.

    Edits with the same ``merge_key`` (the field's JSON path) make one undo step:
    PlanDocument updates ``after`` of the step on top instead of pushing a new
    command for Qt to merge, because every Python command pushed stays alive in
    PySide6 even after Qt merged and deleted it.  :meth:`PlanDocument.break_merge`
    closes a step: fields commit once per edit (Enter or leaving the field) and
    close the step at once, while the arrows of a number field make one step until
    the user leaves it.
    """

    def __init__(self, doc: PlanDocument, text: str, before: Plan, after: Plan, merge_key: str | None = None):
        super().__init__(text)
        self.doc = doc
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.closed = False

    def redo(self) -> None:
        self.doc._swap(self.after)

    def undo(self) -> None:
        self.doc._swap(self.before)


def _chain(plan: Plan, parts: list[jsonpath.Part]) -> list[Any]:
    """The objects along ``parts``: [plan, plan.x, plan.x[0], ...]."""
    chain: list[Any] = [plan]
    for part in parts:
        obj = chain[-1]
        chain.append(obj[part] if isinstance(part, int) else getattr(obj, part))
    return chain


def _deepest_model(chain: list[Any], end: int) -> int:
    """Index of the last pydantic model among ``chain[:end]``."""
    return max(i for i in range(end) if isinstance(chain[i], BaseModel))


class PlanEditError(ValueError):
    """An edit that would make the plan unloadable; the message names the field in words."""


class FileChangedOnDisk(Exception):
    """Another program changed the plan's file since the planner read or wrote it."""

    def __init__(self, path: str):
        super().__init__(path)
        self.path = path


class PlanDocument(QObject):
    #: Emitted once after every change of the plan: an edit, undo, redo, new or open.
    sig_changed = Signal()
    #: Emitted when a different plan replaced the current one (new / open): views reset selection.
    sig_replaced = Signal()
    #: Emitted when the file name or the saved state changes (title bar).
    sig_file_state = Signal()

    def __init__(self, plan: Plan | None = None, path: str | None = None, parent: QObject | None = None,
                 stamp: FileStamp | None = None):
        super().__init__(parent)
        self._plan = plan if plan is not None else Plan()
        self._path = path
        # What the file held when the planner last read or wrote it (``stamp``, from the read that
        # gave ``plan``; else the file as it is now): a save asks before it replaces what another
        # program wrote since.
        self._stamp: FileStamp | None = stamp if stamp is not None or path is None else read_stamp(path)
        #: The bundled sample's file name while the plan is the sample (never saved to a file of its own).
        self.sample_name: str | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)  # a method: disconnected with self

    def _clean_changed(self, _clean: bool) -> None:
        self.sig_file_state.emit()

    # -- state -----------------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def value(self, path: str) -> Any:
        """The JSON value at ``path`` (None when the path does not exist)."""
        try:
            chain = _chain(self._plan, jsonpath.parse(path))
        except (AttributeError, IndexError, TypeError):
            return None
        k = _deepest_model(chain, len(chain))
        rest = jsonpath.join(jsonpath.parse(path)[k:])
        data = chain[k].model_dump(mode="json")
        try:
            return jsonpath.get(data, rest) if rest else data
        except (KeyError, IndexError, TypeError):
            return None

    # -- edits -----------------------------------------------------------------------------
    def set_value(self, path: str, value: Any, text: str, merge: bool = True) -> None:
        """Set one field (JSON value) as one undo step; typing into the same field merges.

        Only the smallest model that holds the field is validated again; the rest
        of the plan is shared with the previous version (a keystroke in a large
        plan costs what it costs in a small one).
        """
        parts = jsonpath.parse(path)
        try:
            chain = _chain(self._plan, parts[:-1])
        except (AttributeError, IndexError, TypeError):
            raise PlanEditError(f"{path}: no such field") from None
        k = _deepest_model(chain, len(chain))
        model = chain[k]
        data = model.model_dump(mode="json")
        rest = jsonpath.join(parts[k:])
        try:
            if jsonpath.get(data, rest) == value:
                return
            jsonpath.set_(data, rest, value)
        except (KeyError, IndexError, TypeError):
            raise PlanEditError(f"{path}: no such field") from None
        try:
            new: Any = type(model).model_validate(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = jsonpath.join(parts[:k] + jsonpath.parse(json_path(err["loc"])))
            raise PlanEditError(f"{field_name(where, self._plan)}: {validation_message(err)}") from None
        for j in range(k - 1, -1, -1):  # rebuild the ancestors, sharing everything else
            parent, part = chain[j], parts[j]
            if isinstance(parent, list):
                new = [*parent[:part], new, *parent[part + 1:]]
            else:
                new = parent.model_copy(update={part: new})
        self._push(text, new, path if merge else None)

    def edit(self, text: str, change: Callable[[dict[str, Any]], None], merge_key: str | None = None) -> None:
        """Apply ``change`` to a copy of the plan's JSON data and push the result as one undo step.

        Raises PlanEditError when the result would not load (and leaves the plan as it was).
        """
        data = self._plan.model_dump(mode="json")
        change(data)
        after = self._build(data)
        if after == self._plan:
            return
        self._push(text, after, merge_key)

    def _push(self, text: str, after: Plan, merge_key: str | None) -> None:
        """One undo step to ``after``; an open step of the same field on top takes it in place."""
        stack = self.undo_stack
        index = stack.index()
        top = stack.command(index - 1) if index > 0 else None
        if (merge_key is not None and isinstance(top, PlanEditCommand) and not top.closed
                and top.merge_key == merge_key and index == stack.count() and stack.cleanIndex() != index):
            top.after = after
            self._swap(after)
            return
        stack.push(PlanEditCommand(self, text, self._plan, after, merge_key))

    def break_merge(self) -> None:
        """The next edit starts a new undo step even if it is to the same field."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, PlanEditCommand):
            top.closed = True

    @staticmethod
    def _build(data: dict[str, Any]) -> Plan:
        try:
            return Plan.model_validate(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            raise PlanEditError(f"{field_name(json_path(err['loc']), data)}: {validation_message(err)}") from None

    def _swap(self, plan: Plan) -> None:
        self._plan = plan
        self.sig_changed.emit()

    # -- files -----------------------------------------------------------------------------
    def replace(self, plan: Plan, path: str | None, sample_name: str | None = None,
                stamp: FileStamp | None = None) -> None:
        """Start over with ``plan`` (new / open): empty history, saved state.  ``stamp``: what the
        file held when ``plan`` was read from it (else the file is stamped as it is now)."""
        self._plan = plan
        self._path = path
        self._stamp = stamp if stamp is not None or path is None else read_stamp(path)
        self.sample_name = sample_name
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.sig_replaced.emit()
        self.sig_changed.emit()
        self.sig_file_state.emit()

    def open(self, path: str) -> None:
        """Load ``path``; raises PlanLoadError and leaves the current plan untouched when it does not load."""
        plan, stamp = read_plan_file(path)
        self.replace(plan, str(Path(path)), stamp=stamp)

    def changed_on_disk(self) -> bool:
        """Whether another program changed the plan's file since the planner read or wrote it."""
        return self._path is not None and changed_on_disk(self._path, self._stamp)

    def save(self, path: str | None = None, replace_changes: bool = False) -> None:
        """Save to ``path`` (default: the plan's file).  Raises FileChangedOnDisk, writing nothing, when
        saving to the plan's own file would replace what another program wrote there since the
        planner read or wrote it, unless ``replace_changes``; OSError when the file cannot be written."""
        target = path or self._path
        if target is None:
            raise ValueError("no file name")
        if not replace_changes and target == self._path and self.changed_on_disk():
            raise FileChangedOnDisk(str(target))
        self._stamp = save_plan(self._plan, target)
        self._path = str(target)
        self.sample_name = None
        self.undo_stack.setClean()
        self.sig_file_state.emit()

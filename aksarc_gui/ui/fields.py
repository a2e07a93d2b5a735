"""Field widgets of the editors: each shows one JSON value and reports committed edits.

A field commits on Enter or when the user leaves it, never while a value is being
typed: it then emits ``sig_edited(value)`` with a JSON value the plan accepts and
``sig_finished()``, which closes the undo step.  A value that is not valid is not
emitted: the field says why and which value the plan keeps, and Esc puts that
value back.  ``set_value`` shows the stored value without emitting anything (and
keeps what the user is typing when an unrelated change refreshes the form);
``discard`` forgets it when the form moves to another item.
"""

from __future__ import annotations

from typing import Any, Callable

from pydantic_core import PydanticCustomError
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aksarc_gui.domain.ipv4 import parse_address_block, parse_ipv4, parse_ipv4_network

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

ADDRESS, NETWORK, BLOCK = "address", "network", "block"


_UNSET: Any = object()  # a field that shows no stored value yet (a form opened on another item)

PROBLEM_TINTS = {"error": "#fde0dc", "warning": "#fff1d6"}


def set_problem(widget: QWidget, severity: str, tooltip: str = "") -> None:
    """Mark a widget with a problem severity ('' clears it).

    Line edits get a coloured border from the window's style sheet; spin boxes,
    combo boxes and lists get a tinted background through their palette, because
    a style-sheet border would make Qt draw their arrows in a fallback style.
    """
    if widget.property("problem") != severity:
        widget.setProperty("problem", severity)
        if isinstance(widget, QLineEdit):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        else:
            palette = widget.palette()
            default = QApplication.palette(widget)
            for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.Button):
                tint = PROBLEM_TINTS.get(severity)
                palette.setColor(role, QColor(tint) if tint else default.color(role))
            widget.setPalette(palette)
            widget.setAutoFillBackground(bool(severity) and type(widget) is QWidget)
    widget.setToolTip(tooltip)


def parse_address_text(kind: str, text: str) -> str:
    """The canonical text of a valid value; raises ValueError with a message for a person."""
    try:
        if kind == ADDRESS:
            return str(parse_ipv4(text))
        if kind == NETWORK:
            return str(parse_ipv4_network(text))
        return str(parse_address_block(text))
    except PydanticCustomError:
        pass
    if kind == ADDRESS:
        msg = translate("Fields", "Not a valid IPv4 address (for example 10.220.32.40).")
    elif kind == NETWORK:
        msg = translate("Fields", "Not a valid IPv4 network (for example 10.220.32.0/24).")
    else:
        msg = translate(
            "Fields", "Not a valid IPv4 address, range or network (10.0.0.5, 10.0.0.5-10.0.0.9 or 10.0.0.8/29).")
    raise ValueError(msg)


# The window's actions whose shortcuts must work while a field has the focus (File > Export
# Workbook is Ctrl+E).  On Linux and macOS, Qt's Emacs-style key bindings make Ctrl+E "end of
# line": the field claims the key and the window's shortcut never runs.  The field then gets
# the key press itself, and hands it to the action here.  (Windows has no such binding: the
# shortcut runs first and the field never sees the key.)
WINDOW_ACTIONS: list[QAction] = []


def run_window_shortcut(event: QKeyEvent) -> bool:
    """Trigger the window action whose shortcut ``event`` is; True when one ran."""
    pressed = QKeySequence(event.keyCombination())
    for action in list(WINDOW_ACTIONS):
        try:
            shortcut, enabled = action.shortcut(), action.isEnabled()
        except RuntimeError:  # the window is gone
            WINDOW_ACTIONS.remove(action)
            continue
        if enabled and not shortcut.isEmpty() and pressed.matches(shortcut) == QKeySequence.SequenceMatch.ExactMatch:
            event.accept()
            action.trigger()
            return True
    return False


def revert_or_shortcut(event: QKeyEvent, revert: Callable[[], None]) -> bool:
    """A field's own keys before the widget's: Esc puts the stored value back, a window shortcut
    (Ctrl+E ...) runs its action even though the field has the focus.  True when handled."""
    if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
        revert()
        event.accept()
        return True
    return run_window_shortcut(event)


def commit_focused_field(*_args: Any) -> None:
    """Store what the focused field holds, as leaving it would: a toolbar button or a shortcut
    (Save, Export) takes no focus, and must not act on the plan without the value just typed."""
    widget = QApplication.focusWidget()
    while widget is not None:
        if isinstance(widget, QAbstractSpinBox):
            widget.interpretText()  # stores the typed number (keyboard tracking is off)
            return
        commit = getattr(widget, "commit", None)
        if callable(commit):
            commit()
            return
        widget = widget.parentWidget()


def reveal(widget: QWidget) -> None:
    """Scroll the editor so that ``widget`` (an error that just appeared) is in view, once the
    layout has made room for it: on a short screen it would open below the visible part."""
    def scroll(again: bool) -> None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None or not widget.isVisible():
            return
        parent.ensureWidgetVisible(widget, 0, 8)
        if again:  # a wrapped label takes a second layout pass to reach its height
            QTimer.singleShot(0, widget, lambda: scroll(False))

    QTimer.singleShot(0, widget, lambda: scroll(True))


def stored_text(value: Any) -> str:
    """How a stored value reads in the note beside an invalid edit."""
    if value is None or value == "" or value == []:
        return translate("Fields", "(none)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def stored_note(value: Any) -> str:
    return translate("Fields", "The plan keeps {value}; Esc puts it back.").format(value=stored_text(value))


class CommitLineEdit(QLineEdit):
    """A line edit whose text is a proposal until Enter or leaving it; Esc takes it back.

    ``sig_commit`` is emitted on Enter and when the focus leaves (``editingFinished``),
    ``sig_revert`` on Esc.  Fields turn them into plan edits: a half-typed value
    (``10.20.0.30`` on the way to ``10.20.0.300``) never reaches the plan.
    """

    sig_commit = Signal()
    sig_revert = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editingFinished.connect(self.sig_commit.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not revert_or_shortcut(event, self.sig_revert.emit):
            super().keyPressEvent(event)


class TextField(CommitLineEdit):
    """A free text (a name, a resource group): stored on Enter or when the user leaves it."""

    sig_edited = Signal(object)
    sig_finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._stored: Any = None
        self.sig_commit.connect(self.commit)
        self.sig_revert.connect(self.revert)

    # how text and value map onto each other: a plain string here, a list in EntryListField
    def value_of(self, text: str) -> Any:
        return text

    def text_of(self, value: Any) -> str:
        return "" if value is None or value is _UNSET else str(value)

    def commit(self) -> None:
        value = self.value_of(self.text())
        if self.dirty():
            self.sig_edited.emit(value)
            self.sig_finished.emit()

    def revert(self) -> None:
        self.setText(self.text_of(self._stored))
        self.selectAll()
        self._mark_invalid("")

    def refused(self, message: str) -> None:
        """The plan could not hold the text: a dashed border, and the why and the stored value in
        the tooltip (the status bar says it too)."""
        self._mark_invalid(f"{message}\n{stored_note(self._stored)}")

    def _mark_invalid(self, tooltip: str) -> None:
        was = bool(self.property("invalid"))
        invalid = "true" if tooltip else ""
        if self.property("invalid") != invalid:
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)
        if tooltip:
            self.setToolTip(tooltip)
        elif was:
            self.setToolTip("")  # the problem marks set theirs again on the next refresh

    def dirty(self) -> bool:
        """The text says something else than the stored value."""
        return self.value_of(self.text()) != self.value_of(self.text_of(self._stored))

    def discard(self) -> None:
        self._stored = _UNSET  # the next set_value replaces whatever was typed

    def set_value(self, value: Any) -> None:
        if value == self._stored and self.dirty() and self.hasFocus():
            return  # the user is still typing: an unrelated refresh must not take the text away
        self._stored = value
        if self.property("invalid"):
            self._mark_invalid("")
        if self.value_of(self.text()) != self.value_of(self.text_of(value)):
            self.setText(self.text_of(value))

    def problem_widget(self) -> QWidget:
        return self


class AddressField(QWidget):
    """A line edit for an IPv4 address, network or LB block.

    The text is stored on Enter or when the user leaves the field, and only when it
    is valid; otherwise the field says why and which value the plan keeps, and Esc
    puts that value back.
    """

    sig_edited = Signal(object)
    sig_finished = Signal()

    def __init__(self, kind: str = ADDRESS, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.optional = optional
        self._stored: Any = None
        self.edit = CommitLineEdit(self)
        self.edit.setClearButtonEnabled(optional)
        if optional:
            self.edit.setPlaceholderText(translate("Fields", "(none)"))
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.sig_commit.connect(self.commit)
        self.edit.sig_revert.connect(self.revert)

    def check(self) -> tuple[str | None, Any]:
        """(error message or None, value) for the text as it stands."""
        text = self.edit.text().strip()
        if not text:
            if self.optional:
                return None, None
            return translate("Fields", "Required: enter an address."), None
        try:
            return None, parse_address_text(self.kind, text)
        except ValueError as exc:
            return str(exc), None

    def current(self) -> tuple[bool, str | None]:
        """(valid, value) for the text as it stands."""
        error, value = self.check()
        return error is None, value

    def _on_edited(self, _text: str) -> None:
        # no error while a value is being typed; once one was shown, it follows the text
        if self.error.isVisible():
            error, _ = self.check()
            self._show_error(error or "")

    def commit(self) -> None:
        error, value = self.check()
        if error is not None:
            self._show_error(error)
            reveal(self.error)
            return
        self._show_error("")
        if value != self._stored_value():
            self.sig_edited.emit(value)
            self.sig_finished.emit()

    def _stored_value(self) -> Any:
        if self._stored is _UNSET:
            return _UNSET
        return None if self._stored is None else str(self._stored)

    def revert(self) -> None:
        self.edit.setText(self._stored_value() or "")
        self.edit.selectAll()
        self._show_error("")

    def refused(self, message: str) -> None:
        """The plan could not hold the committed value (e.g. a pool end before its start)."""
        self._show_error(message)
        reveal(self.error)

    def _show_error(self, message: str) -> None:
        self.error.setText(f"{message}\n{stored_note(self._stored)}" if message else "")
        if message and self.edit.width() > 50:
            # as tall as the wrapped text at the field's width: the form's layout, asked before
            # the label had its width, would leave it two lines tall and cut the stored value off
            self.error.setMinimumHeight(self.error.heightForWidth(self.edit.width()))
        elif not message:
            self.error.setMinimumHeight(0)
        self.error.setVisible(bool(message))
        invalid = "true" if message else ""
        if self.edit.property("invalid") != invalid:
            self.edit.setProperty("invalid", invalid)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)

    def dirty(self) -> bool:
        error, value = self.check()
        return error is not None or value != self._stored_value()

    def discard(self) -> None:
        self._stored = _UNSET

    def set_value(self, value: Any) -> None:
        wanted = None if value is None else str(value)
        if wanted == self._stored_value() and self.dirty() and (self.edit.hasFocus() or self.error.isVisible()):
            return  # keep what the user typed: it was not stored, and an unrelated refresh must not eat it
        self._stored = value
        valid, current = self.current()
        if not (valid and current == wanted):
            self.edit.setText(wanted or "")
        self._show_error("")

    def text(self) -> str:
        return self.edit.text()

    def problem_widget(self) -> QWidget:
        return self.edit


class IntField(QSpinBox):
    """A count or a VLAN id; ``none_value`` (below the minimum) stands for null.

    Typed digits are stored on Enter or when the user leaves the field (no keyboard
    tracking: typing 20 never stores 2 on the way); the arrows store each step, and
    the steps merge into one undo step until the user leaves the field.  Esc puts the
    stored value back.
    """

    sig_edited = Signal(object)
    sig_finished = Signal()

    def __init__(self, minimum: int, maximum: int, nullable: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.nullable = nullable
        self.setRange(minimum - 1 if nullable else minimum, maximum)
        if nullable:
            self.setSpecialValueText(translate("Fields", "none"))
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.valueChanged.connect(self._changed)
        self.editingFinished.connect(self.sig_finished.emit)
        self._loading = False
        self._stored: Any = None

    def _changed(self, value: int) -> None:
        if not self._loading:
            self.sig_edited.emit(None if self.nullable and value == self.minimum() else value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not revert_or_shortcut(event, self._revert):
            super().keyPressEvent(event)

    def _revert(self) -> None:
        self.set_value(self._stored)
        self.selectAll()

    def discard(self) -> None:
        pass

    def set_value(self, value: Any) -> None:
        self._stored = value
        self._loading = True
        try:
            self.setValue(self.minimum() if value is None else int(value))
        finally:
            self._loading = False

    def problem_widget(self) -> QWidget:
        return self


class ChoiceField(QComboBox):
    """An enumeration; ``editable`` lets the user type a value that is not in the list (a new release)."""

    sig_edited = Signal(object)
    sig_finished = Signal()

    def __init__(self, choices: list[tuple[Any, str]], editable: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(editable)
        # as wide as the form allows, not as wide as the longest VM size label: the editor dock stays narrow
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        for value, label in choices:
            self.addItem(label, value)
        self._loading = False
        self._stored: Any = None
        if editable:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            # a typed value is stored on Enter or when the user leaves the field, not letter by letter
            self.lineEdit().editingFinished.connect(self._typed)
        self.activated.connect(self._picked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not run_window_shortcut(event):
            super().keyPressEvent(event)

    def _picked(self, index: int) -> None:
        self.sig_edited.emit(self.itemData(index))
        self.sig_finished.emit()

    def _typed(self) -> None:
        text = self.currentText()
        index = self.findText(text)
        value = self.itemData(index) if index >= 0 else text.strip()
        if value != self._stored:
            self.sig_edited.emit(value)
        self.sig_finished.emit()

    def discard(self) -> None:
        pass

    def commit(self) -> None:
        """Store what is typed in an editable list (Save pressed while typing a release)."""
        if self.isEditable():
            self._typed()

    def set_value(self, value: Any) -> None:
        self._stored = value
        index = self.findData(value)
        if index < 0 and value is not None and not self.isEditable():
            # a value the list does not offer (hand-edited file): show it rather than hide it
            self.addItem(str(value), value)
            index = self.count() - 1
        if value is None and not self.isEditable():
            self.setCurrentIndex(-1)  # nothing chosen (an empty form), not the previous item's choice
        elif index >= 0:
            if index != self.currentIndex():
                self.setCurrentIndex(index)
            if self.isEditable() and self.currentText() != self.itemText(index):
                self.setEditText(self.itemText(index))
        elif self.isEditable():
            if self.currentText() != str(value or ""):
                self.setEditText(str(value or ""))

    def problem_widget(self) -> QWidget:
        return self


class AddressListField(QWidget):
    """A list of addresses (DNS servers, host IPs, LB blocks): one row each, add and remove.

    Emits ``sig_item_edited(index, value)`` (index == current length appends),
    ``sig_item_removed(index)``.
    """

    sig_item_edited = Signal(int, object)
    sig_item_removed = Signal(int)
    sig_finished = Signal()

    def __init__(self, kind: str, add_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self._rows: list[tuple[QWidget, AddressField]] = []
        self._committed = 0  # rows that exist in the plan; rows past it are being typed
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self.add_button = QPushButton(add_label, self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def rows(self) -> list[AddressField]:
        return [field for _, field in self._rows]

    def add_row(self, focus: bool = False) -> AddressField:
        row = QWidget(self)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        field = AddressField(self.kind, parent=row)
        remove = QToolButton(row)
        remove.setText("\u2212")
        remove.setToolTip(translate("Fields", "Remove this entry"))
        remove.setAccessibleName(translate("Fields", "Remove"))
        h.addWidget(field, 1)
        h.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.insertWidget(len(self._rows), row)
        self._rows.append((row, field))
        field.sig_edited.connect(lambda value, f=field: self._edited(f, value))
        field.sig_finished.connect(self.sig_finished.emit)
        remove.clicked.connect(lambda _=False, f=field: self._remove(f))
        if focus:
            field.setFocus()
        return field

    def _index(self, field: AddressField) -> int:
        return next(i for i, (_, f) in enumerate(self._rows) if f is field)

    def _edited(self, field: AddressField, value: Any) -> None:
        index = self._index(field)
        if index > self._committed:
            return  # an earlier new row is still empty: wait until it is filled
        self.sig_item_edited.emit(index, value)

    def _remove(self, field: AddressField) -> None:
        index = self._index(field)
        if index < self._committed:
            self.sig_item_removed.emit(index)
        else:
            self._drop(index)

    def _drop(self, index: int) -> None:
        row, _ = self._rows.pop(index)
        row.hide()
        row.deleteLater()

    def discard(self) -> None:
        for field in self.rows():
            field.discard()

    def set_value(self, values: list[Any] | None) -> None:
        values = list(values or [])
        while len(self._rows) > len(values):
            self._drop(len(self._rows) - 1)
        while len(self._rows) < len(values):
            self.add_row()
        for (_, field), value in zip(self._rows, values):
            field.set_value(value)
        self._committed = len(values)

    def problem_widget(self) -> QWidget:
        return self.add_button

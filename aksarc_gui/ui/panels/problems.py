"""The problems panel: one row per validation problem; double-click leads to the field.

The Field column names the field in words ("cluster-a › control plane IP"); its
JSON path is in the tooltip.  Below the table, a detail pane shows the selected
problem's whole message, wrapped, so nothing that matters is cut off.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aksarc_gui.planning.field_names import field_name
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.ui.panels.elide import ElidingDelegate

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

_Index = QModelIndex | QPersistentModelIndex

SEVERITY, RULE, MESSAGE, WHERE = range(4)
_DISPLAY, _DECORATION, _TOOLTIP = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.DecorationRole),
                                   int(Qt.ItemDataRole.ToolTipRole))
_SHOWN_ROLES = frozenset((_DISPLAY, _DECORATION, _TOOLTIP))


def severity_label(severity: Severity) -> str:
    return {
        Severity.ERROR: translate("Problems", "Error"),
        Severity.WARNING: translate("Problems", "Warning"),
        Severity.INFO: translate("Problems", "Information"),
    }[severity]


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._problems: list[Problem] = []
        self._names: list[str] = []  # the field of each problem, in words
        self._icons: dict[Severity, QIcon] = {}

    def set_problems(self, problems: list[Problem], plan: Any = None) -> None:
        """Show ``problems``, telling the view only which rows changed; ``plan`` (a Plan) gives
        the items' names for the Field column.

        An edit usually adds, removes or rewrites a few problems; resetting the model
        would make the view measure and paint every row again (most of an edit's time).
        """
        names = [field_name(p.path, plan) for p in problems] if plan is not None else [p.path for p in problems]
        old, new = list(zip(self._problems, self._names)), list(zip(problems, names))
        if new == old:
            return
        n = min(len(old), len(new))
        start = 0
        while start < n and old[start] == new[start]:
            start += 1
        end = 0  # rows equal at the end
        while end < n - start and old[-1 - end] == new[-1 - end]:
            end += 1
        old_mid, new_mid = len(old) - start - end, len(new) - start - end
        common = min(old_mid, new_mid)
        if common:
            self._store(old[:start] + new[start:start + common] + old[start + common:])
            self.dataChanged.emit(self.index(start, 0), self.index(start + common - 1, self.columnCount() - 1))
        if new_mid > common:
            self.beginInsertRows(QModelIndex(), start + common, start + new_mid - 1)
            self._store(new)
            self.endInsertRows()
        elif old_mid > common:
            self.beginRemoveRows(QModelIndex(), start + common, start + old_mid - 1)
            self._store(new)
            self.endRemoveRows()
        self._store(new)

    def _store(self, rows: list[tuple[Problem, str]]) -> None:
        self._problems = [p for p, _ in rows]
        self._names = [name for _, name in rows]

    def field_text(self, row: int) -> str:
        return self._names[row]

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (translate("Problems", "Severity"), translate("Problems", "Rule"),
                    translate("Problems", "Message"),
                    translate("Problems", "Field"))[section]
        return None

    def _icon(self, severity: Severity) -> QIcon | None:
        if severity not in self._icons:
            from PySide6.QtWidgets import QApplication

            if QApplication.instance() is None:
                return None

            pixmap = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                      Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                      Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}[severity]
            self._icons[severity] = QApplication.style().standardIcon(pixmap)
        return self._icons[severity]

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # The view asks for a dozen roles per cell on every paint: the roles not shown are
        # answered first, with plain ints (comparing Qt's enum members costs more).
        if role not in _SHOWN_ROLES or not index.isValid() or index.row() >= len(self._problems):
            return None
        p = self._problems[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return (severity_label(p.severity), p.rule, p.message, self._names[index.row()])[column]
        if role == _DECORATION:
            return self._icon(p.severity) if column == SEVERITY else None
        return f"{p.rule}: {self._names[index.row()]} ({p.path or '-'})\n{p.message}"  # the tooltip


class ProblemsPanel(QWidget):
    #: The user asked to go to the field of a problem: its JSON path.
    sig_go_to = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ProblemsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setItemDelegate(ElidingDelegate(self.view))  # long messages laid out once, not per paint
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(translate("Problems", "Problems"))
        header = self.view.horizontalHeader()
        # Severity and rule columns are as wide as their texts.  Measured here rather than with
        # ResizeToContents, which asks every row for its size hints on each change of the list.
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RULE, QHeaderView.ResizeMode.Interactive)
        metrics = self.view.fontMetrics()
        padding = 2 * self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        icon = self.view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8
        texts = [self.model.headerData(SEVERITY, Qt.Orientation.Horizontal)]
        header.resizeSection(SEVERITY, icon + padding + max(
            [metrics.horizontalAdvance(severity_label(s)) for s in Severity]
            + [metrics.horizontalAdvance(str(t)) for t in texts if t]))
        header.resizeSection(RULE, padding + max(metrics.horizontalAdvance("SCALE-10"), metrics.horizontalAdvance(
            str(self.model.headerData(RULE, Qt.Orientation.Horizontal) or ""))))
        for signal in (self.model.rowsInserted, self.model.dataChanged, self.model.modelReset):
            signal.connect(self._fit_rule_column)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHERE, 220)
        self.detail = QLabel(self)
        self.detail.setObjectName("problemDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMargin(4)
        detail_area = QScrollArea(self)
        detail_area.setWidgetResizable(True)
        detail_area.setWidget(self.detail)
        # four lines: the longest messages (POOL-3 with its fix) read without scrolling
        detail_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(detail_area)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.view.activated.connect(self._activated)  # double-click, or Enter on the keyboard
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged,
                       self.model.modelReset):
            signal.connect(lambda *_: self._show_detail())
        self._show_detail()

    def _show_detail(self) -> None:
        """The selected problem in full (the first one when none is selected)."""
        row = self.view.currentIndex().row()
        if self.model.rowCount() == 0:
            self.detail.setText(translate("Problems", "No problems."))
            self.detail.setToolTip("")
            return
        row = row if 0 <= row < self.model.rowCount() else 0
        p = self.model.problem(row)
        self.detail.setText(translate("Problems", "{severity} {rule} \u2014 {field}\n{message}").format(
            severity=severity_label(p.severity), rule=p.rule, field=self.model.field_text(row), message=p.message))
        self.detail.setToolTip(p.path)

    def _fit_rule_column(self, *_args: object) -> None:
        """Widen the rule column when a longer rule name shows up (never narrows: no jumping)."""
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        widest = max((metrics.horizontalAdvance(p.rule) for p in self.model._problems), default=0)
        wanted = widest + 2 * self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        if wanted > header.sectionSize(RULE):
            header.resizeSection(RULE, wanted)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_go_to.emit(self.model.problem(index.row()).path)

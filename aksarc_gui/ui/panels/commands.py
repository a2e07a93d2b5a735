"""The commands panel: the plan's az commands in bash or PowerShell, one copy button per step."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aksarc_gui.domain import Plan

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

BASH, POWERSHELL = "bash", "powershell"


def step_texts(plan: Plan, dialect: str) -> list[tuple[str, str]]:
    """(title, text) of every step, as the copy buttons put them on the clipboard."""
    from aksarc_gui.export.commands import render_steps

    return [(step.title, text) for step, text in render_steps(plan, dialect)]


def script_text(plan: Plan, dialect: str) -> str:
    """The whole script as Copy All puts it on the clipboard: to be pasted into a terminal (Save
    as Script writes the file form)."""
    from aksarc_gui.export.commands import render_pasted_script

    return render_pasted_script(plan, dialect)


def write_export(plan: Plan, kind: str, path: str) -> None:
    """Write a script ("bash", "powershell") or the workbook ("xlsx") byte for byte as
    ``aksarc-plan export`` does, through the same writer (atomic, symlinks kept, a read-only
    file refused); a bash script becomes executable."""
    from aksarc_gui.cli import export_bytes  # openpyxl and the renderers load only now
    from aksarc_gui.domain.output import write_output

    write_output(path, export_bytes(plan, kind), executable=kind == BASH)


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


class StepView(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("stepTitle")
        self.copy_button = QPushButton(translate("Commands", "Copy"), self)
        self.copy_button.setToolTip(translate("Commands", "Copy this step's commands"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        from aksarc_gui.ui.panels.highlight import ScriptHighlighter  # steps exist once the panel shows

        self.highlighter = ScriptHighlighter(self.text.document())
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(head)
        layout.addWidget(self.text)
        self.copy_button.clicked.connect(lambda: copy_to_clipboard(self.text.toPlainText()))

    def set_step(self, title: str, text: str) -> None:
        self.title.setText(f"<b>{title}</b>")
        self.copy_button.setAccessibleName(translate("Commands", "Copy {step}").format(step=title))
        if self.text.toPlainText() != text:
            self.text.setPlainText(text)
        lines = text.count("\n") + 1
        metrics = self.text.fontMetrics()
        self.text.setFixedHeight(min(lines, 30) * metrics.lineSpacing() + 2 * self.text.frameWidth() + 12)


class CommandsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._plan: Plan | None = None
        self._shown: tuple[Plan, str] | None = None
        self.bash = QRadioButton(translate("Commands", "&Bash"), self)
        self.powershell = QRadioButton(translate("Commands", "&PowerShell"), self)
        self.bash.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.bash)
        group.addButton(self.powershell)
        self.copy_all = QPushButton(translate("Commands", "Copy &All"), self)
        self.save_button = QPushButton(translate("Commands", "Save as Script..."), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Commands", "Shell:"), self))
        bar.addWidget(self.bash)
        bar.addWidget(self.powershell)
        bar.addStretch(1)
        bar.addWidget(self.copy_all)
        bar.addWidget(self.save_button)
        self.steps_box = QWidget(self)
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps_layout.addStretch(1)
        self.step_views: list[StepView] = []
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.steps_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.message.hide()
        self.bash.toggled.connect(lambda _on: self._render())
        self.copy_all.clicked.connect(self._copy_all)
        self.save_button.clicked.connect(self._save)

    def dialect(self) -> str:
        return BASH if self.bash.isChecked() else POWERSHELL

    def mark_stale(self, plan: Plan) -> None:
        self._plan = plan

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
        self._render()

    def _render(self) -> None:
        plan = self._plan
        if plan is None or (self._shown is not None and self._shown[0] is plan and self._shown[1] == self.dialect()):
            return
        try:
            texts = step_texts(plan, self.dialect())
        except ImportError:
            self.message.setText(translate("Commands", "The command export is not part of this build."))
            self.message.show()
            return
        self.message.hide()
        self._shown = (plan, self.dialect())
        while len(self.step_views) > len(texts):
            self.step_views.pop().deleteLater()
        while len(self.step_views) < len(texts):
            view = StepView(self.steps_box)
            self.steps_layout.insertWidget(len(self.step_views), view)
            self.step_views.append(view)
        for view, (title, text) in zip(self.step_views, texts):
            view.set_step(title, text)

    def _copy_all(self) -> None:
        if self._plan is not None:
            copy_to_clipboard(script_text(self._plan, self.dialect()))

    def _save(self) -> None:
        window = self.window()
        if hasattr(window, "export_script"):
            window.export_script()

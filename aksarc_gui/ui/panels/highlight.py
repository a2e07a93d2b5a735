"""Light syntax highlighting for generated bash / PowerShell: comments, flags, strings, variables."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class ScriptHighlighter(QSyntaxHighlighter):
    RULES = (
        (re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*"), _format("#1565c0")),  # --flag / -Parameter
        (re.compile(r"\$\{?[A-Za-z_][\w:]*\}?"), _format("#6a1b9a")),  # $VAR / ${VAR} / $env:X
        (re.compile(r"'[^']*'|\"(?:[^\"\\]|\\.)*\""), _format("#2e7d32")),  # quoted strings
    )
    COMMENT = _format("#757575", italic=True)

    def __init__(self, document: QTextDocument):
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        stripped = text.lstrip()
        if stripped.startswith("#") or stripped.startswith("<#"):
            self.setFormat(0, len(text), self.COMMENT)
            return
        for pattern, fmt in self.RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)

"""A dock's content built the first time it is needed, not at start-up.

The Commands and Firewall panels sit in tabs behind the Problems panel: building
them (and importing the script renderers and firewall tables they use) cost a
tenth of the start-up for something most sessions look at later, if at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPanel(QWidget):
    """Stands in a dock for the panel ``factory(parent)`` makes on the first call of :meth:`panel`."""

    def __init__(self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._panel: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> bool:
        return self._panel is not None

    def panel(self) -> Any:
        if self._panel is None:
            self._panel = self._factory(self)
            self._layout.addWidget(self._panel)
        return self._panel

    def mark_stale(self, *args: Any) -> None:
        """Forwarded to a built panel; an unbuilt one shows the plan as it is when it is built."""
        if self._panel is not None:
            self._panel.mark_stale(*args)  # type: ignore[attr-defined]

"""The main window on small screens: a first size that fits the screen, and no stray tab bars.

``first_size`` picks the size of the first window (no saved geometry) from the
screen's available area, so that on a 1280x720 laptop the title bar, the status bar
and the dock tab bars are all on screen.  ``hide_stray_tab_bars`` works around a
Qt 6 main-window layout bug: tabifying docks in two places of the bottom area leaves
an unused copy of a tab bar shown over a dock (it sits in the middle of the problems
table); a tab bar that overlaps a visible dock is never one the layout uses.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

PREFERRED = QSize(1280, 800)
# what a window manager's frame and title bar take around the window (the frame is not
# known before the window is shown; this is the usual size on Windows and GNOME)
FRAME = QSize(16, 40)


def first_size(available: QRect, preferred: QSize = PREFERRED) -> QSize:
    """The first window's size: ``preferred``, shrunk to what the screen has room for."""
    return QSize(min(preferred.width(), max(640, available.width() - FRAME.width())),
                 min(preferred.height(), max(480, available.height() - FRAME.height())))


def hide_stray_tab_bars(window: QMainWindow) -> int:
    """Hide the main window's tab bars that lie over a dock; returns how many were hidden."""
    docks = [d.geometry() for d in window.findChildren(QDockWidget)
             if d.parent() is window and d.isVisible() and not d.isFloating()]
    hidden = 0
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window and bar.isVisible() and any(bar.geometry().intersects(g) for g in docks):
            bar.hide()
            hidden += 1
    return hidden


def keep_tab_bars_tidy(window: QMainWindow) -> None:
    """Hide stray tab bars now (after the pending layout) and whenever a dock moves."""
    from PySide6.QtCore import QTimer

    def later(*_args: object) -> None:
        QTimer.singleShot(0, window, lambda: hide_stray_tab_bars(window))

    if not window.property("tabBarsWatched"):
        window.setProperty("tabBarsWatched", True)
        for dock in window.findChildren(QDockWidget):
            dock.dockLocationChanged.connect(later)
            dock.topLevelChanged.connect(later)
    later()

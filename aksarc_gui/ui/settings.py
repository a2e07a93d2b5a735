"""Where the window keeps its geometry and recent files (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "AKS Arc Network Planner"
APPLICATION = "AKS Arc Network Planner"
MAX_RECENT = 8


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

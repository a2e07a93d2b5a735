"""Where the window keeps its geometry, recent files and the plan to reopen (QSettings)."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ORGANIZATION = "AKS Arc Network Planner"
APPLICATION = "AKS Arc Network Planner"
MAX_RECENT = 8


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

# What the next start opens: the plan open when the window closed ("" = none, or one never saved).
LAST_PLAN_KEY = "session/last_plan"
# Set at the first start, which alone opens the sample plan.
STARTED_KEY = "session/started"


def remember_last_plan(settings: QSettings, path: str | None) -> None:
    settings.setValue(LAST_PLAN_KEY, path or "")


def start_plan(settings: QSettings, sample: str) -> tuple[str | None, bool]:
    """What a start without a plan named opens: ``(path, is_sample)``; ``(None, False)`` is the start page.

    The very first start opens the sample; later ones the plan open when the window last closed,
    when it is still there.
    """
    if not (settings.value(STARTED_KEY, False, bool) or settings.value("recent_files") or settings.contains(LAST_PLAN_KEY)):
        settings.setValue(STARTED_KEY, True)
        settings.sync()
        return sample, True
    settings.setValue(STARTED_KEY, True)
    last = str(settings.value(LAST_PLAN_KEY, "") or "")
    if last and os.path.isfile(last):
        return last, False
    return None, False

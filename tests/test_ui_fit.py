"""The first window fits a 1280x720 laptop screen: status bar and dock tab bars in view, nothing stray."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDockWidget, QTabBar

from aksarc_gui.ui.window_fit import first_size
from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar
from aksarc_gui.app import _make_app
from aksarc_gui.assets import sample_plan_path
from aksarc_gui.domain import load_plan
from aksarc_gui.ui.document import PlanDocument
from aksarc_gui.ui.main_window import MainWindow

app = _make_app(["probe"], sys.argv[2])
w = MainWindow(PlanDocument(load_plan(sample_plan_path())), QSettings(sys.argv[1], QSettings.Format.IniFormat))
w.show()
for _ in range(5):
    app.processEvents()
inside = w.rect()
bars = [b for b in w.findChildren(QTabBar) if b.parent() is w and b.isVisible()]
docks = [d.geometry() for d in w.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()]
print(json.dumps({
    "available": app.primaryScreen().availableGeometry().getRect(),
    "frame": w.frameGeometry().getRect(),
    "status": [w.statusBar().isVisible(), inside.contains(w.statusBar().geometry())],
    "bars": [[b.tabText(0), inside.contains(b.geometry()), any(b.geometry().intersects(g) for g in docks)]
             for b in bars],
}))
"""


def run_on_screen(tmp_path: Path, width: int, height: int, language: str) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "settings.ini"), language],
                            capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_first_size_shrinks_to_the_available_screen() -> None:
    assert first_size(QRect(0, 0, 1920, 1040)) == QSize(1280, 800)
    small = first_size(QRect(0, 0, 1280, 720))
    assert small.width() <= 1280 and small.height() <= 720 - 30  # room for a title bar


def test_on_a_1280x720_laptop_the_whole_window_shows_in_both_languages(tmp_path) -> None:
    for language in ("en", "zh_CN"):
        got = run_on_screen(tmp_path, 1280, 720, language)
        x, y, w, h = got["frame"]
        assert x >= 0 and y >= 0 and x + w <= 1280 and y + h <= 720, (language, got)
        assert got["status"] == [True, True], (language, got)
        # the two tab groups at the bottom (Problems/Commands/Firewall and IP budget/Network)
        assert len(got["bars"]) == 2, (language, got)
        assert all(inside and not over_dock for _, inside, over_dock in got["bars"]), (language, got)


def test_no_tab_bar_is_left_over_a_dock(qtbot, window) -> None:
    window.resize(1264, 680)
    qtbot.wait(10)
    docks = [d.geometry() for d in window.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()]
    bars = [b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible()]
    assert bars and not [b for b in bars if any(b.geometry().intersects(g) for g in docks)]
    assert window.rect().contains(window.statusBar().geometry())

"""File > Export Map as PNG / SVG, and the application's icon and desktop entry name."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

from aksarc_gui.ui import map_export
from tests.conftest import ROOT

from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures


def test_export_map_as_png(window, dialogs, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "jane-map"
    dialogs.answers.append((str(target), ""))
    window.act_export_map_png.trigger()
    png = tmp_path / "jane-map.png"  # the suffix is added
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 480
    assert not dialogs.errors
    assert [p.name for p in tmp_path.iterdir()] == ["jane-map.png"]  # no temporary file left behind
    assert str(png) in window.statusBar().currentMessage()


def test_export_map_as_svg_replaces_the_old_file(window, dialogs, tmp_path: Path) -> None:  # noqa: F811
    svg = tmp_path / "map.svg"
    svg.write_text("old", encoding="utf-8")
    dialogs.answers.append((str(svg), ""))
    window.act_export_map_svg.trigger()
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "aks-lnet-01" in svg.read_text(encoding="utf-8")  # the network shown is the one drawn
    assert [p.name for p in tmp_path.iterdir()] == ["map.svg"]


def test_export_into_a_missing_folder_says_so_and_writes_nothing(window, dialogs, tmp_path: Path) -> None:  # noqa: F811
    dialogs.answers.append((str(tmp_path / "gone" / "map.png"), ""))
    window.act_export_map_png.trigger()
    ((title, text),) = dialogs.errors
    assert "not exported" in title and "map.png" in text
    assert not (tmp_path / "gone").exists()


def test_cancelled_export_writes_nothing(window, dialogs, tmp_path: Path) -> None:  # noqa: F811
    dialogs.answers.append(("", ""))
    window.act_export_map_svg.trigger()
    assert not dialogs.errors and not list(tmp_path.iterdir())


def test_the_window_has_the_application_icon_and_desktop_entry(qapp, window) -> None:  # noqa: F811
    from aksarc_gui.ui.app_icon import install_identity

    install_identity(qapp)
    icon = window.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    name = QGuiApplication.desktopFileName()
    assert name == "aksarc-planner"
    assert (ROOT / "resources" / "linux" / f"{name}.desktop").is_file()

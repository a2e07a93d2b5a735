"""The standalone demo: ``python -m aksarc_gui.ui.occupancy_map PLAN [NETWORK] --screenshot out.png``."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

from aksarc_gui.assets import sample_plan_path
from aksarc_gui.ui.occupancy_map.__main__ import main


def test_screenshot_of_the_sample_plan(qapp, tmp_path) -> None:
    png, svg = tmp_path / "lnet.png", tmp_path / "lnet.svg"
    assert main([str(sample_plan_path()), "aks-lnet-01", "--screenshot", str(png), "--svg", str(svg)]) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (2 * 980, 2 * 660)  # twice the window: sharp on high-DPI screens
    assert ET.parse(svg).getroot().tag.endswith("svg")


def test_management_network_and_a_generated_wide_plan(qapp, tmp_path) -> None:
    assert main([str(sample_plan_path()), "", "--screenshot", str(tmp_path / "mgmt.png")]) == 0
    assert main(["demo:8", "--zoom", "10.0.0.0", "--size", "700x500", "--screenshot", str(tmp_path / "w.png")]) == 0
    assert QImage(str(tmp_path / "w.png")).width() == 1400


def test_bad_input_gives_one_clear_line(qapp, tmp_path, capsys) -> None:
    missing = tmp_path / "nope.aksplan"
    assert main([str(missing), "--screenshot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "nope.aksplan" in err and "Traceback" not in err
    assert main(["demo:7", "--screenshot", str(tmp_path / "x.png")]) == 2
    assert "/7" in capsys.readouterr().err
    assert main([str(sample_plan_path()), "--size", "big", "--screenshot", str(tmp_path / "x.png")]) == 2
    assert "WIDTHxHEIGHT" in capsys.readouterr().err
    assert main([str(sample_plan_path()), "--screenshot", str(tmp_path / "no-such-dir" / "x.png")]) == 2


def test_a_bad_address_to_zoom_to_is_reported(qapp, tmp_path) -> None:
    import pytest

    with pytest.raises(SystemExit, match="not an IPv4 address"):
        main([str(sample_plan_path()), "--zoom", "10.220.32.x", "--screenshot", str(tmp_path / "x.png")])

"""``aksarc-planner`` / ``python -m aksarc_gui``: the screenshot mode and files that do not load."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent


def run_app(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # --screenshot must choose offscreen by itself
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # never the user's settings
    env["HOME"] = str(tmp_path)
    return subprocess.run([sys.executable, "-m", "aksarc_gui", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_screenshot_of_the_sample_plan(tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    result = run_app("--screenshot", str(png), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # a clean run says nothing (the offscreen platform's hints warnings are dropped)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1440, 900)
    # not one flat colour: the window was drawn
    assert len({image.pixel(x, y) for x in range(0, 1440, 37) for y in range(0, 900, 41)}) > 5


def test_screenshot_of_a_plan_that_does_not_load_exits_2_with_the_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.aksplan"
    broken.write_text('{"format": "aksarc-plan", "version": 99}', encoding="utf-8")
    result = run_app(str(broken), "--screenshot", str(tmp_path / "x.png"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "broken.aksplan" in result.stderr and "version" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_start_up_leaves_the_workbook_and_script_exports_unloaded(tmp_path: Path) -> None:
    code = ("import sys\nfrom aksarc_gui.app import main\n"
            f"rc = main(['--screenshot', {str(tmp_path / 'x.png')!r}])\n"
            "print(rc, sorted(m for m in ('openpyxl', 'aksarc_gui.export.commands', 'aksarc_gui.export.workbook')"
            " if m in sys.modules))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr


# What the first screen never uses: each loads when its feature is first asked for.
NOT_AT_START_UP = (
    "PySide6.QtSvg",  # the map's SVG export
    "xml.etree.ElementTree",  # the command line's translation catalogs
    "aksarc_gui.ui.panels.highlight",  # the commands panel's script views, built when it shows
    "aksarc_gui.ui.wizard",  # File > New from Wizard
    "aksarc_gui.planning.allocate",  # Edit > Suggest Addresses
)


def loaded_at_start_up(tmp_path: Path, names: tuple[str, ...]) -> list[str]:
    code = ("import sys\nfrom aksarc_gui.app import main\n"
            f"rc = main(['--screenshot', {str(tmp_path / 'x.png')!r}])\n"
            f"print(rc, sorted(m for m in {names!r} if m in sys.modules))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    rc, _, loaded = result.stdout.strip().splitlines()[-1].partition(" ")
    assert rc == "0", result.stderr
    return ast.literal_eval(loaded)  # the list of module names the child printed


def test_start_up_leaves_what_the_first_screen_does_not_use_unloaded(tmp_path: Path) -> None:
    assert loaded_at_start_up(tmp_path, NOT_AT_START_UP) == []


def test_the_start_up_probe_sees_modules_that_are_loaded(tmp_path: Path) -> None:
    """Guard against a probe that finds nothing: modules the window needs are reported."""
    assert loaded_at_start_up(tmp_path, ("aksarc_gui.ui.main_window", "PySide6.QtWidgets")) == [
        "PySide6.QtWidgets", "aksarc_gui.ui.main_window"]


def test_main_gives_the_cycle_collector_back_as_it_found_it(tmp_path: Path) -> None:
    """Start-up runs without the collector (then freezes its heap); a caller's setting is restored."""
    import gc

    from aksarc_gui.app import main

    broken = tmp_path / "broken.aksplan"
    broken.write_text("{}", encoding="utf-8")
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            assert main([str(broken), "--screenshot", str(tmp_path / "x.png")]) == 2
            assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_start_up_does_not_scan_installed_distributions_for_pydantic_plugins(tmp_path: Path) -> None:
    """The app switches pydantic's plugins off before pydantic loads: no entry point scan at start-up."""
    code = ("import importlib.metadata as md, sys\n"
            "scans = []\n"
            "real = md.entry_points\n"
            "md.entry_points = lambda **kw: scans.append(kw) or real(**kw)\n"
            "from aksarc_gui.app import main\n"
            f"rc = main(['--screenshot', {str(tmp_path / 'x.png')!r}])\n"
            "print(rc, scans)\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr

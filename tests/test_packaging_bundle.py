"""The frozen Linux bundle, built once with PyInstaller, runs and packages.

One build for the module (about 15-60 s on two cores), then: the bundled app
renders its window offscreen from the sample plan and from a plan given on the
command line, refuses a broken plan with exit 2, the MSI source compiles
against the bundle's files, and the .deb holds a bundle that runs.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.installer_modules import load_installer_module

REPO = Path(__file__).resolve().parent.parent
APP = "aksarc-planner"
SCREENSHOT_SIZE = (1440, 900)


def _missing_prerequisite() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the bundle test builds the Linux bundle (Windows builds run in the Windows CI workflow)"
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is not installed (pip install -e '.[test]')"
    if importlib.util.find_spec("aksarc_gui.app") is None:
        return "aksarc_gui/app.py (the GUI entry point) is not on this branch yet"
    if shutil.which("readelf") is None:
        return "readelf (binutils) is not installed; the spec needs it to prune libraries"
    from PyInstaller.depend import bindepend

    try:
        if bindepend.get_python_library_path():
            return None
    except Exception:  # noqa: BLE001 - PyInstaller's own "not found" error
        pass
    return ("PyInstaller needs Python's shared library, which this interpreter lacks "
            "(Debian's python3: apt-get install libpython3-dev)")


_MISSING = _missing_prerequisite()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(_MISSING is not None, reason=str(_MISSING))]



build = load_installer_module("aksarc_installer_build", "build.py")
bundle_filter = load_installer_module("aksarc_bundle_filter", "bundle_filter.py")


@dataclass
class Built:
    bundle: Path
    seconds: float
    mib: float


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    tmp = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    bundle = build.build_bundle(tmp / "dist", tmp / "work")
    seconds = time.monotonic() - started
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    return Built(bundle, seconds, size / 2**20)


def run_app(exe: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=120)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the IHDR chunk, the first chunk of every PNG."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.fixture(scope="module")
def sample_screenshot(built, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("shot") / "sample.png"
    result = run_app(built.bundle / APP, "--screenshot", str(out), cwd=out.parent)
    assert result.returncode == 0, result.stderr
    return out


def test_bundle_build_time_and_size(built, record_property):
    record_property("bundle_seconds", round(built.seconds, 1))
    record_property("bundle_mib", round(built.mib, 1))
    print(f"\nbundle built in {built.seconds:.1f} s, {built.mib:.1f} MiB")
    # Guards the exclusions: every Qt module and plugin would add about 50 MiB.
    assert built.mib < 160


def test_resources_are_package_data_of_the_bundle(built):
    resources = built.bundle / "_internal" / "aksarc_gui" / "_resources"
    assert (resources / "__init__.py").is_file()
    assert (resources / "samples" / "jane.aksplan").is_file()
    assert (resources / "icons" / "aksarc-planner.svg").is_file()
    assert (resources / "LICENSE.txt").is_file()


def test_unused_qt_modules_and_plugins_are_left_out(built):
    names = {p.name for p in built.bundle.rglob("*")}
    for unused in ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6OpenGL", "Qt6EglFS", "QtNetwork.abi3",
                   "libqgtk3", "libqvnc", "libqeglfs", "libgtk-3", "libcairo", "hypothesis"):
        assert not any(unused in name for name in names), unused
    platforms = {p.name for p in built.bundle.rglob("plugins/platforms/*")}
    assert platforms == {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"}
    assert any(p.name == "libqsvgicon.so" for p in built.bundle.rglob("plugins/iconengines/*"))
    qt_translations = {p.name for p in built.bundle.rglob("PySide6/Qt/translations/*.qm")}
    assert "qtbase_zh_CN.qm" in qt_translations and "qtbase_de.qm" not in qt_translations


def test_kept_binaries_find_the_qt_libraries_they_link_to(built):
    present = {p.name for p in built.bundle.rglob("*")}
    for path in built.bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        for needed in bundle_filter.elf_needed(str(path)):
            if re.match(r"lib(Qt6|pyside6|shiboken6|icu|python3)", needed):
                assert needed in present, f"{path.name} needs {needed}"
    dangling = [p for p in built.bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_bundled_app_renders_the_sample_plan(sample_screenshot):
    assert sample_screenshot.stat().st_size > 0
    assert png_size(sample_screenshot) == SCREENSHOT_SIZE


def test_bundled_app_opens_a_plan_given_on_its_command_line(built, sample_screenshot, tmp_path):
    plan = json.loads((REPO / "resources" / "samples" / "jane.aksplan").read_text(encoding="utf-8"))
    plan["name"] = "Second plan from the command line"
    plan["clusters"] = plan["clusters"][:1]
    second = tmp_path / "second plan.aksplan"  # a space, as in a double-clicked file's path
    second.write_text(json.dumps(plan), encoding="utf-8")
    out = tmp_path / "second.png"
    result = run_app(built.bundle / APP, str(second), "--screenshot", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size(out) == SCREENSHOT_SIZE
    # One cluster fewer and another name: the window shows a different plan.
    assert out.read_bytes() != sample_screenshot.read_bytes()


def test_bundled_app_refuses_a_broken_plan_with_exit_2(built, tmp_path):
    broken = tmp_path / "broken.aksplan"
    broken.write_text('{"format": "aksarc-plan", "version": 1, "name": ', encoding="utf-8")
    result = run_app(built.bundle / APP, str(broken), "--screenshot", str(tmp_path / "x.png"), cwd=tmp_path)
    assert result.returncode == 2
    assert "broken.aksplan" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_bundled_app_runs_through_a_symlink_like_usr_bin(built, tmp_path):
    link = tmp_path / "bin" / APP
    link.parent.mkdir()
    link.symlink_to(built.bundle / APP)
    out = tmp_path / "via-link.png"
    result = run_app(link, "--screenshot", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size(out) == SCREENSHOT_SIZE


@pytest.mark.skipif(shutil.which("wixl") is None, reason="wixl is not installed (apt-get install wixl)")
def test_msi_source_compiles_against_the_bundle(built, tmp_path):
    msi = build.build_msi(built.bundle, tmp_path / "out", tmp_path / "work")
    assert msi.stat().st_size > 10 * 2**20
    if shutil.which("msiinfo"):
        out = subprocess.run(["msiinfo", "export", str(msi), "File"], capture_output=True, text=True,
                             check=True).stdout
        files_in_msi = len(out.splitlines()) - 3
        regular = [p for p in built.bundle.rglob("*") if p.is_file() and not p.is_symlink()]
        assert files_in_msi == len(regular) + 1  # + the document icon


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")
def test_deb_holds_a_bundle_that_runs(built, tmp_path):
    env = {**os.environ, "DEB_COMPRESS": "none", "PYTHON": sys.executable}
    result = subprocess.run(["bash", str(REPO / "installer" / "linux" / "build_deb.sh"), str(built.bundle),
                             str(tmp_path / "out")], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    (deb,) = (tmp_path / "out").glob("*.deb")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./opt/aksarc-planner/_internal/aksarc_gui/_resources/samples/jane.aksplan" in listing
    assert "./usr/bin/aksarc-planner -> /opt/aksarc-planner/aksarc-planner" in listing
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    out = tmp_path / "from-deb.png"
    result = run_app(root / "opt" / APP / APP, "--screenshot", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size(out) == SCREENSHOT_SIZE

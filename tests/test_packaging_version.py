"""One version source (aksarc_gui.__version__) feeds every packaging artifact."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installer_modules import load_installer_module

import aksarc_gui

REPO = Path(__file__).resolve().parent.parent



version_info = load_installer_module("aksarc_version_info", "version_info.py")


def test_version_is_read_from_the_package_without_importing_it():
    assert version_info.app_version() == aksarc_gui.__version__


def test_a_package_without_a_literal_version_is_reported(tmp_path):
    init = tmp_path / "__init__.py"
    init.write_text("from ._v import __version__\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no literal __version__"):
        version_info.app_version(init)


@pytest.mark.parametrize("version, expected", [
    ("0.1.0", "0.1.0"), ("1.2", "1.2.0"), ("2.0.3rc1", "2.0.3"), ("1.4.0.dev2", "1.4.0"),
])
def test_msi_version_keeps_three_release_numbers(version, expected):
    assert version_info.msi_version(version) == expected


@pytest.mark.parametrize("version", ["256.0.0", "1.256.0", "1.0.65536"])
def test_msi_version_refuses_numbers_windows_installer_cannot_hold(version):
    with pytest.raises(ValueError, match="MSI limit"):
        version_info.msi_version(version)


def test_a_version_without_release_numbers_is_refused():
    with pytest.raises(ValueError, match="release number"):
        version_info.release_numbers("dev")


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="dpkg is not installed")
@pytest.mark.parametrize("older, newer", [("1.2.0rc1", "1.2.0"), ("1.2.0.dev3", "1.2.0"), ("1.2.0", "1.2.1")])
def test_deb_versions_sort_like_the_python_versions(older, newer):
    a, b = version_info.deb_version(older), version_info.deb_version(newer)
    assert subprocess.run(["dpkg", "--compare-versions", a, "lt", b]).returncode == 0, (a, b)


def _evaluate_version_resource(text: str) -> dict:
    """Evaluate the file the way PyInstaller does (eval with its class names), recording calls."""
    def record(kind):
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"]
    return eval(text, {"__builtins__": {}}, {n: record(n) for n in names})  # noqa: S307


def test_windows_version_resource_carries_the_package_version():
    version = aksarc_gui.__version__
    info = _evaluate_version_resource(version_info.pyinstaller_version_file(version))
    numbers = (*version_info.release_numbers(version), 0)
    assert info["ffi"]["filevers"] == numbers == info["ffi"]["prodvers"]
    table = info["kids"][0]["args"][0][0]
    strings = {s["args"][0]: s["args"][1] for s in table["args"][1]}
    assert strings["ProductVersion"] == strings["FileVersion"] == version
    assert strings["OriginalFilename"] == "aksarc-planner.exe"
    assert strings["LegalCopyright"] == "Copyright (c) 2026 The AKS Arc Network Planner authors"


def test_version_script_writes_the_resource_file(tmp_path):
    out = tmp_path / "v" / "version.txt"
    result = subprocess.run([sys.executable, str(REPO / "installer" / "version_info.py"),
                             "--pyinstaller", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert f"ProductVersion', '{aksarc_gui.__version__}'" in out.read_text(encoding="utf-8")

"""The core (domain, planning, export, cli, i18n, assets) works with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError(f"the core must not import {name}")
        return None

sys.meta_path.insert(0, NoQt())
import aksarc_gui
names = ["aksarc_gui", "aksarc_gui.cli", "aksarc_gui.cli_azure", "aksarc_gui.i18n", "aksarc_gui.assets"]
for package in ("aksarc_gui.domain", "aksarc_gui.planning", "aksarc_gui.export", "aksarc_gui.azure_import"):
    module = importlib.import_module(package)
    names.append(package)
    names += [f"{package}.{m.name}" for m in pkgutil.iter_modules(module.__path__)]
for name in names:
    importlib.import_module(name)
from aksarc_gui.cli import main
assert main(["check", sys.argv[1]]) == 0
print(len(names))
"""


def test_core_imports_and_runs_with_pyside6_blocked() -> None:
    sample = ROOT / "resources" / "samples" / "jane.aksplan"
    result = subprocess.run([sys.executable, "-c", PROBE, str(sample)], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip().splitlines()[-1]) >= 10  # every core module was imported


def test_the_probe_does_block_pyside6() -> None:
    """Guard against a probe that blocks nothing: importing the GUI under it must fail."""
    code = PROBE.split("import aksarc_gui\n")[0] + "import aksarc_gui.ui.main_window\n"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "must not import PySide6" in result.stderr

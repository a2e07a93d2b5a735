"""Resources are found the same way from a source checkout and an installed wheel.

(The frozen bundle is covered by tests/test_packaging_bundle.py.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from aksarc_gui import assets

REPO = Path(__file__).resolve().parent.parent


def _source_packages() -> set[str]:
    """Every package folder under aksarc_gui/ (a folder with __init__.py)."""
    return {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "aksarc_gui").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }


def test_pyproject_lists_every_package_folder():
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    missing = _source_packages() - listed
    assert not missing, f"add {sorted(missing)} to [tool.setuptools] packages in pyproject.toml"
    assert setuptools["package-dir"]["aksarc_gui._resources"] == "resources"
    assert listed - _source_packages() == {"aksarc_gui._resources"}


def test_source_checkout_finds_the_repository_resources():
    assert assets.resources_dir().resolve() == (REPO / "resources").resolve()
    assert assets.sample_plan_path().is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Build the wheel from a copy of the checkout (pip would leave build/ in the tree)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(REPO, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "__pycache__", "*.egg-info", ".pytest_cache", ".hypothesis"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp / "out"), str(src)],
        capture_output=True, text=True)
    if result.returncode != 0:
        # pip needs setuptools>=77 in its isolated build environment, fetched from the index.
        pytest.fail(f"pip wheel failed:\n{result.stdout}\n{result.stderr}")
    (whl,) = (tmp / "out").glob("aksarc_gui-*.whl")
    return whl


@pytest.mark.slow
def test_wheel_carries_resources_as_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("aksarc_gui/_resources/__init__.py",
                 "aksarc_gui/_resources/samples/jane.aksplan",
                 "aksarc_gui/_resources/icons/aksarc-planner.svg",
                 "aksarc_gui/_resources/icons/aksarc-planner.ico",
                 "aksarc_gui/_resources/LICENSE.txt"):
        assert name in names, name
    assert not any("__pycache__" in n for n in names)
    # Every module of the source tree is in the wheel.
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "aksarc_gui").rglob("*.py")
               if "__pycache__" not in p.parts}
    assert modules <= names, sorted(modules - names)


@pytest.mark.slow
def test_wheel_declares_the_gui_entry_point(wheel):
    with zipfile.ZipFile(wheel) as zf:
        (entry_points,) = [n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = zf.read(entry_points).decode("utf-8")
    assert "[gui_scripts]\naksarc-planner = aksarc_gui.app:main" in text
    assert "aksarc-plan = aksarc_gui.cli:main" in text


@pytest.mark.slow
def test_installed_wheel_finds_resources_inside_the_package(wheel, tmp_path):
    # An unpacked wheel is exactly what pip puts into site-packages.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = ("from aksarc_gui import assets; "
             "print(assets.resources_dir()); print(assets.sample_plan_path().is_file())")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(site)})
    assert result.returncode == 0, result.stderr
    found, exists = result.stdout.split()
    assert Path(found) == site / "aksarc_gui" / "_resources"
    assert exists == "True"

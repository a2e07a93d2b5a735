"""Test setup shared by every test: headless Qt, sample plans, plan builders."""

from __future__ import annotations

import os

# Headless: set before anything imports Qt (pytest-qt creates the QApplication lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Settings and app data (recovery files) in a scratch folder: tests never touch the user's own,
# and the subprocesses they start inherit it.
import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

_SCRATCH = tempfile.mkdtemp(prefix="aksarc-tests-")
atexit.register(shutil.rmtree, _SCRATCH, True)
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SCRATCH, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SCRATCH, "data")

import copy  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from aksarc_gui.assets import sample_plan_path  # noqa: E402
from aksarc_gui.domain import Plan, load_plan  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def jane() -> Plan:
    """The article's worked example (19 addresses), loaded fresh for each test."""
    return load_plan(sample_plan_path())


@pytest.fixture
def jane_data() -> dict:
    """The sample plan as plain JSON data, to break on purpose."""
    return copy.deepcopy(json.loads(sample_plan_path().read_text(encoding="utf-8")))


@pytest.fixture
def app_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app data folder (recovery files) of this test alone."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "app-data"))
    return tmp_path / "app-data"

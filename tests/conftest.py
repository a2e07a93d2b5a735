"""Test setup shared by every test: headless Qt, sample plans, plan builders."""

from __future__ import annotations

import os

# Headless: set before anything imports Qt (pytest-qt creates the QApplication lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

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

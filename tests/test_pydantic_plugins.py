"""pydantic's plugin loader is replaced at start-up only when plugins are off, and only as pydantic would behave."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pydantic.plugin._schema_validator as schema_validator

ROOT = Path(__file__).resolve().parent.parent


def run(code: str, **env_changes: str | None) -> str:
    env = dict(os.environ)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_pydantic_takes_get_plugins_from_its_loader_module_at_each_model_build() -> None:
    """What the stand-in relies on: if pydantic stops doing this, the stand-in has no effect (nor harm)."""
    source = inspect.getsource(schema_validator.create_schema_validator)
    assert "from ._loader import get_plugins" in source


def test_plugins_off_the_plan_loads_and_importlib_metadata_is_never_imported() -> None:
    code = ("import sys\n"
            "from aksarc_gui.pydantic_plugins import skip_plugin_scan\n"
            "installed = skip_plugin_scan()\n"
            "from aksarc_gui.assets import sample_plan_path\n"
            "from aksarc_gui.domain import load_plan\n"
            "from aksarc_gui.planning.validate import validate\n"
            "plan = load_plan(sample_plan_path())\n"
            "validate(plan)\n"
            "print(installed, len(plan.clusters), 'importlib.metadata' in sys.modules)\n")
    assert run(code, PYDANTIC_DISABLE_PLUGINS="__all__") == "True 2 False"


def test_plugins_not_switched_off_pydantic_keeps_its_own_loader() -> None:
    code = ("import sys\n"
            "from aksarc_gui.pydantic_plugins import LOADER, skip_plugin_scan\n"
            "installed = skip_plugin_scan()\n"
            "import aksarc_gui.domain\n"
            "print(installed, hasattr(sys.modules[LOADER], 'entry_points'))\n")
    assert run(code, PYDANTIC_DISABLE_PLUGINS=None) == "False True"
    # a list of plugin names is not "all off": pydantic must still scan for the others
    assert run(code, PYDANTIC_DISABLE_PLUGINS="logfire") == "False True"


def test_plugins_turned_on_later_the_stand_in_hands_over_to_pydantics_loader() -> None:
    code = ("import os, sys\n"
            "from aksarc_gui.pydantic_plugins import LOADER, skip_plugin_scan\n"
            "skip_plugin_scan()\n"
            "from pydantic import BaseModel\n"
            "class A(BaseModel):\n"
            "    x: int\n"
            "stand_in = getattr(sys.modules[LOADER], '_aksarc_stand_in', False)\n"
            "del os.environ['PYDANTIC_DISABLE_PLUGINS']\n"
            "class B(BaseModel):\n"
            "    y: int\n"
            "real = sys.modules[LOADER]\n"
            "print(stand_in, getattr(real, '_aksarc_stand_in', False), hasattr(real, 'entry_points'), "
            "B(y=2).y)\n")
    assert run(code, PYDANTIC_DISABLE_PLUGINS="true") == "True False True 2"


def test_loader_already_loaded_is_left_alone() -> None:
    code = ("import sys\n"
            "import pydantic.plugin._loader as real\n"
            "from aksarc_gui.pydantic_plugins import LOADER, skip_plugin_scan\n"
            "print(skip_plugin_scan(), sys.modules[LOADER] is real)\n")
    assert run(code, PYDANTIC_DISABLE_PLUGINS="1") == "False True"

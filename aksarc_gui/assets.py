"""Find bundled resources (samples, icons, translations) wherever the app runs.

A wheel and the frozen bundle carry the top-level ``resources/`` folder as the
package ``aksarc_gui._resources``; a source checkout has it beside the package.
"""

from __future__ import annotations

from functools import cache
from importlib import resources as _ir
from pathlib import Path


@cache
def resources_dir() -> Path:
    try:
        root = Path(str(_ir.files("aksarc_gui._resources")))
        if root.is_dir():
            return root
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_plan_path() -> Path:
    return resource_path("samples", "jane.aksplan")

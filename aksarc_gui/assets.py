"""Find bundled resources (samples, icons, translations) wherever the app runs.

A wheel and the frozen bundle carry the top-level ``resources/`` folder as the
package ``aksarc_gui._resources``; a source checkout has it beside the package.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    # The package's folder from its import spec: importlib.resources would be the same lookup
    # plus some 8 ms of imports before the window's first frame.
    try:
        spec = importlib.util.find_spec("aksarc_gui._resources")
    except ModuleNotFoundError:
        spec = None
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        root = Path(location)
        if root.is_dir():
            return root
    if spec is not None:  # a loader that keeps its files elsewhere (a zip, a frozen bundle)
        from importlib import resources

        root = Path(str(resources.files("aksarc_gui._resources")))
        if root.is_dir():
            return root
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_plan_path() -> Path:
    return resource_path("samples", "jane.aksplan")

"""Start pydantic without its plugin scan when plugins are switched off.

pydantic looks for plugins the first time a model class is built: its loader module
(``pydantic.plugin._loader``) imports ``importlib.metadata`` at its top, which pulls in
``email``, ``zipfile``, ``csv`` and ``calendar``, some 15-20 ms of a 300 ms start-up
(benchmarks/bench_startup.py), even when ``PYDANTIC_DISABLE_PLUGINS`` says that no
plugin is wanted and the scan itself is skipped.  The planner uses no plugin.

``skip_plugin_scan`` puts a stand-in for that loader module in place, before pydantic
is imported, that answers "no plugins" exactly when pydantic's own loader would (the
variable set to ``__all__``, ``1`` or ``true``) and otherwise hands over to the real
loader, so a process that turns plugins on later still gets them.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterable

LOADER = "pydantic.plugin._loader"
ENV_VAR = "PYDANTIC_DISABLE_PLUGINS"
ALL_DISABLED = ("__all__", "1", "true")  # the values pydantic's loader treats as "no plugins at all"


def _get_plugins() -> Iterable[object]:
    if os.environ.get(ENV_VAR) in ALL_DISABLED:
        return ()
    # Plugins wanted after all: load pydantic's own loader in place of this stand-in.
    # pydantic imports get_plugins from the module at every model build, so it uses the
    # real one from now on.
    if getattr(sys.modules.get(LOADER), "_aksarc_stand_in", False):
        del sys.modules[LOADER]
    return importlib.import_module(LOADER).get_plugins()


def skip_plugin_scan() -> bool:
    """Install the stand-in when plugins are off and pydantic's loader is not loaded yet;
    True when it is in place."""
    if os.environ.get(ENV_VAR) not in ALL_DISABLED:
        return False
    current = sys.modules.get(LOADER)
    if current is not None:
        return bool(getattr(current, "_aksarc_stand_in", False))
    stand_in = types.ModuleType(LOADER, __doc__)
    stand_in.get_plugins = _get_plugins  # type: ignore[attr-defined]
    stand_in._aksarc_stand_in = True  # type: ignore[attr-defined]
    sys.modules[LOADER] = stand_in
    return True

"""Start-up cost of the app against a bare PySide6 window, measured in one run.

Both sides start a fresh Python, create a QApplication offscreen, lay out a
1440x900 window, grab it and write a PNG; the app also loads the sample plan and
fills every view.  Prints the medians and their ratio (target: <= 1.5x).

Two more processes measure what the chosen stack costs before the app builds,
checks or paints anything: "libraries" is the bare window after importing
pydantic's model machinery and netaddr; "floor" is the bare window after importing
the plan model (``aksarc_gui.domain``: pydantic, netaddr and the model classes),
with pydantic's plugin scan off as the app has it.  No start-up that reads a plan
can cost less than the floor.

    python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: wall time only
    resource = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QLabel("hello"))
w.resize(1440, 900)
w.show()
for _ in range(3):
    app.processEvents()
w.grab().save(sys.argv[1])
"""


LIBRARIES = r"""
import os
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
from aksarc_gui.pydantic_plugins import skip_plugin_scan
skip_plugin_scan()
import netaddr, pydantic.fields, pydantic.main
""" + BARE

# The bare window after importing the plan model the way the app does (pydantic_plugins first).
FLOOR = r"""
import os
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
from aksarc_gui.pydantic_plugins import skip_plugin_scan
skip_plugin_scan()
import aksarc_gui.domain
""" + BARE


CPU_SECONDS: list[tuple[str, float]] = []  # (command, user + system time of the child)


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """Wall time of one run; its CPU time goes to CPU_SECONDS (a busy machine inflates wall time,
    hardly the CPU time a process needs)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{result.stderr}")
    if resource and before is not None:
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        CPU_SECONDS.append((cmd[1], after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
    return elapsed


WATCHED = ("PySide6.QtWidgets", "pydantic", "netaddr", "aksarc_gui.domain", "aksarc_gui.planning.validate",
           "aksarc_gui.ui.main_window", "aksarc_gui.ui.occupancy_map")


def import_breakdown(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Cumulative import time of the big pieces, from ``python -X importtime``."""
    result = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], cwd=ROOT, env=env, capture_output=True,
                            text=True)
    found: dict[str, float] = {}
    for line in result.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:"):].split("|")
        name = parts[2].strip()
        if name in WATCHED and parts[1].strip().isdigit():
            found[name] = int(parts[1]) / 1000
    return {name: found[name] for name in WATCHED if name in found}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = tmp  # fresh settings: no saved window state
        app_png, bare_png = os.path.join(tmp, "app.png"), os.path.join(tmp, "bare.png")
        app_cmd = [sys.executable, "-m", "aksarc_gui", "--screenshot", app_png]
        bare_cmd = [sys.executable, "-c", BARE, bare_png]
        floor_cmd = [sys.executable, "-c", FLOOR, os.path.join(tmp, "floor.png")]
        libraries_cmd = [sys.executable, "-c", LIBRARIES, os.path.join(tmp, "libraries.png")]
        commands = {"app": app_cmd, "bare": bare_cmd, "libraries": libraries_cmd, "floor": floor_cmd}
        for cmd in commands.values():
            timed(cmd, env)  # warm the file cache
        CPU_SECONDS.clear()
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):  # interleaved, so a busy moment hits every side
            for name, cmd in commands.items():
                times[name].append(timed(cmd, env))
                if CPU_SECONDS:
                    cpu[name].append(CPU_SECONDS.pop()[1])
        imports = import_breakdown(app_cmd, env)
    # The median says what a start usually costs; the best run says what it costs with nothing
    # else competing for the two cores, which is the steadier figure on a shared machine.
    labels = {"bare": "bare PySide6 window screenshot", "libraries": "bare + pydantic's models + netaddr",
              "floor": "bare + the plan model (the floor)", "app": "aksarc-planner --screenshot"}
    bare_median, bare_best = statistics.median(times["bare"]), min(times["bare"])
    print(f"{'':36s} {'median':>8s} {'best':>8s}   ratio to bare (median / best of {args.runs})")
    for name in ("bare", "libraries", "floor", "app"):
        median, best = statistics.median(times[name]), min(times[name])
        print(f"{labels[name]:36s} {median * 1000:5.0f} ms {best * 1000:5.0f} ms   "
              f"{median / bare_median:.2f}x / {best / bare_best:.2f}x")
    app_median, floor_median = statistics.median(times["app"]), statistics.median(times["floor"])
    print(f"ratio: {app_median / bare_median:.2f}x (target <= 1.5x); the floor alone is "
          f"{floor_median / bare_median:.2f}x, the app {app_median / floor_median:.2f}x the floor")
    if all(cpu.values()):
        app_c, bare_c, floor_c = (statistics.median(cpu[name]) for name in ("app", "bare", "floor"))
        print(f"CPU time (user + system): bare {bare_c * 1000:.0f} ms, floor {floor_c * 1000:.0f} ms "
              f"({floor_c / bare_c:.2f}x), app {app_c * 1000:.0f} ms, ratio {app_c / bare_c:.2f}x (target <= 1.5x)")
    print("where the app's extra time goes (cumulative import time, one run):")
    for name, ms in imports.items():
        print(f"  {name:28s} {ms:6.0f} ms")
    if not any((ROOT / "aksarc_gui").glob("__pycache__/app.*.pyc")):
        # An installed app (wheel or bundle) has its bytecode; without it every start compiles the
        # app's own modules (some 50 ms here), which the bare window never pays.
        print("note: aksarc_gui has no cached bytecode (PYTHONDONTWRITEBYTECODE?): its modules are compiled "
              "at every start; `python -m compileall aksarc_gui` measures what an installed app costs")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A planner killed (SIGKILL) with unsaved changes: the next start offers them and restores them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DRIVER = Path(__file__).with_name("recovery_driver.py")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is a POSIX test")


def environment(tmp_path: Path) -> dict[str, str]:
    """Offscreen, with settings and app data of this test alone."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
                XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT))


def start_editing(env: dict[str, str], name: str) -> tuple[subprocess.Popen, Path]:
    """A planner that typed ``name`` and wrote its recovery file (it keeps running)."""
    planner = subprocess.Popen([sys.executable, str(DRIVER), "edit", name], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(120, planner.kill)  # a driver that never gets ready fails, it does not hang
    watchdog.start()
    try:
        line = planner.stdout.readline()
    finally:
        watchdog.cancel()
    assert line.startswith("READY "), planner.stderr.read() if planner.poll() is not None else line
    return planner, Path(line.split(" ", 1)[1].strip())


def run_driver(env: dict[str, str], mode: str) -> dict:
    result = subprocess.run([sys.executable, str(DRIVER), mode], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_second_planner_does_not_offer_the_live_changes_of_one_that_runs(tmp_path: Path) -> None:
    env = environment(tmp_path)
    planner, file = start_editing(env, "Still being edited")
    try:
        second = run_driver(env, "state")
        assert second["offered"] == [] and not second["restored"]
        assert file.exists()  # the running planner's file is left alone
    finally:
        planner.kill()
        planner.communicate(timeout=30)


def test_changes_survive_a_kill_9_and_the_next_start_restores_them(tmp_path: Path) -> None:
    env = environment(tmp_path)
    planner, file = start_editing(env, "Typed before the kill")
    assert str(file).startswith(str(tmp_path / "data"))

    os.kill(planner.pid, signal.SIGKILL)
    assert planner.wait(timeout=30) == -signal.SIGKILL
    planner.stdout.close()
    planner.stderr.close()
    assert file.exists()  # nothing removed it: the planner did not close
    assert json.loads(file.read_text(encoding="utf-8"))["plan"]["name"] == "Typed before the kill"

    seen = run_driver(env, "restore")
    [offer] = seen["offered"]
    assert offer.startswith("Typed before the kill (") and "changes made 20" in offer
    assert seen["restored"] and seen["modified"]
    assert seen["plan_name"] == "Typed before the kill"
    assert seen["title"].startswith("jane.aksplan (sample)[*]")  # the first start's sample, still marked
    assert seen["sample"] == "jane.aksplan" and seen["path"] is None and not seen["start_page"]
    assert not file.exists()  # adopted by the new planner, under its own name
    files = sorted(p.name for p in file.parent.iterdir())
    assert len(files) == 1 and files[0].endswith(".aksrecover")  # both lock files gone: the dead one's, and
    # the second planner's own at its exit (its changes stay: they were never saved)

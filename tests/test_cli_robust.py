"""`aksarc-plan` on odd consoles and on its own bugs: UTF-8 or '?', exit 3 with one line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from aksarc_gui import cli
from aksarc_gui.cli import main
from tests.conftest import ROOT

ODD_NAME = "\u751f\u4ea7\u96c6\u7fa4 \u202e\u0645\u0631\u062d\u0628\u0627\u202c \U0001F680 na\u00efve"


def odd_plan(tmp_path, jane_data):
    jane_data["name"] = ODD_NAME
    jane_data["clusters"][1]["name"] = "\u96c6\u7fa4-b"
    jane_data["clusters"][1]["control_plane"]["ip"] = jane_data["clusters"][0]["control_plane"]["ip"]  # an error
    path = tmp_path / "\u8ba1\u5212.aksplan"
    path.write_text(json.dumps(jane_data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("env", [
    {"PYTHONIOENCODING": "cp1252"},
    {"PYTHONIOENCODING": "ascii"},
    {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_survives_any_console_encoding(tmp_path, jane_data, env, fmt):
    path = odd_plan(tmp_path, jane_data)
    child_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LC_ALL", "LANG")}
    child_env.update(env)
    result = subprocess.run([sys.executable, "-m", "aksarc_gui.cli", "check", str(path), "--format", fmt],
                            capture_output=True, cwd=ROOT, env=child_env, timeout=60)
    assert result.returncode == 1, result.stderr  # CP-4: the plan's error, not a crash
    assert b"Traceback" not in result.stderr
    out = result.stdout.decode("utf-8")  # UTF-8 whatever the console asked for
    assert ODD_NAME in out
    assert "CP-4" in out


def test_load_error_message_with_odd_path_survives_ascii_stderr(tmp_path):
    path = tmp_path / "\u4e0d\u5b58\u5728.aksplan"
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([sys.executable, "-m", "aksarc_gui.cli", "check", str(path)], capture_output=True,
                            cwd=ROOT, env=env, timeout=60)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr and result.stderr.count(b"\n") == 1


def test_an_unexpected_exception_exits_3_with_one_line(monkeypatch, capsys, jane_data, tmp_path):
    path = tmp_path / "p.aksplan"
    path.write_text(json.dumps(jane_data), encoding="utf-8")

    def broken(plan):
        raise KeyError("a bug\nover two lines")

    monkeypatch.setattr(cli, "validate", broken)
    assert main(["check", str(path)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("internal error (please report it): KeyError: ")
    assert "Traceback" not in err


def test_exit_3_for_export_too(monkeypatch, capsys, tmp_path):
    from aksarc_gui.assets import sample_plan_path

    def broken(plan, kind):
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(cli, "export_bytes", broken)
    assert main(["export", str(sample_plan_path()), "--to", "bash", "-o", str(tmp_path / "x.sh")]) == 3
    assert capsys.readouterr().err == "internal error (please report it): RuntimeError: renderer bug\n"
    assert not (tmp_path / "x.sh").exists()


def test_exit_3_in_a_child_process_has_no_traceback(tmp_path):
    """A real crash inside the command (a bad monkeypatch in the child) still ends as one line and exit 3."""
    code = ("import sys, aksarc_gui.cli as c\n"
            "c.budget = lambda plan: 1 / 0\n"
            f"sys.exit(c.main(['check', {str(ROOT / 'resources' / 'samples' / 'jane.aksplan')!r}]))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 3
    assert result.stderr == "internal error (please report it): ZeroDivisionError: division by zero\n"

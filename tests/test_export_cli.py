"""aksarc-plan export: exit codes, one-line messages, atomic output."""

from __future__ import annotations

import subprocess
import sys

import pytest
from openpyxl import load_workbook

from aksarc_gui.assets import sample_plan_path
from aksarc_gui.cli import main


@pytest.mark.parametrize("kind", ["xlsx", "bash", "powershell"])
def test_export_writes_the_file(tmp_path, kind, capsys):
    out = tmp_path / f"plan.{kind}"
    assert main(["export", str(sample_plan_path()), "--to", kind, "--output", str(out)]) == 0
    data = out.read_bytes()
    if kind == "xlsx":
        assert load_workbook(out)["Summary"] is not None
    elif kind == "bash":
        assert data.startswith(b"#!/usr/bin/env bash\n")
        assert subprocess.run(["bash", "-n", str(out)]).returncode == 0
    else:
        assert data.startswith(b"\xef\xbb\xbf# AKS Arc commands")  # BOM: PowerShell 5.1 then reads UTF-8
    assert capsys.readouterr().err == ""
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_plan_that_does_not_load_exits_2_with_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.aksplan"
    bad.write_text("{not json", encoding="utf-8")
    out = tmp_path / "out.sh"
    assert main(["export", str(bad), "--to", "bash", "--output", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.aksplan" in err and "not valid JSON" in err
    assert not out.exists()


def test_unwritable_output_exits_2(tmp_path, capsys):
    target = tmp_path / "missing-dir" / "out.xlsx"
    assert main(["export", str(sample_plan_path()), "--to", "xlsx", "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot write") and err.count("\n") == 1


def test_output_that_is_a_directory_exits_2(tmp_path, capsys):
    assert main(["export", str(sample_plan_path()), "--to", "bash", "--output", str(tmp_path)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_existing_file_is_replaced_whole(tmp_path):
    out = tmp_path / "deploy.sh"
    out.write_text("old content\n" * 1000)
    assert main(["export", str(sample_plan_path()), "--to", "bash", "--output", str(out)]) == 0
    assert "old content" not in out.read_text()


def test_plan_with_errors_still_exports(tmp_path, jane_data):
    import json

    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"
    plan = tmp_path / "p.aksplan"
    plan.write_text(json.dumps(jane_data), encoding="utf-8")
    out = tmp_path / "p.sh"
    assert main(["export", str(plan), "--to", "bash", "-o", str(out)]) == 0
    assert "WARNING: this plan has 1 error(s)" in out.read_text()


def test_runs_as_a_module_without_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "aksarc_gui.cli", "export", str(tmp_path / "none.aksplan"),
                             "--to", "xlsx", "--output", str(tmp_path / "x.xlsx")], capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "none.aksplan" in result.stderr

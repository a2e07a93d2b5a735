"""`aksarc-plan check`: the command-line contract of docs/plan-format.md."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from aksarc_gui.assets import sample_plan_path
from aksarc_gui.cli import main
from tests.conftest import ROOT


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a child process: exit code, stdout and stderr as a user sees them."""
    return subprocess.run([sys.executable, "-m", "aksarc_gui.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)


def test_jane_json_budget_is_the_articles_19():
    result = run_cli("check", str(sample_plan_path()), "--format", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["plan"] == "Jane's AKS Arc environment"
    b = doc["budget"]
    assert (b["pool"], b["control_plane"], b["load_balancer"], b["total"]) == (14, 2, 3, 19)
    assert b["clusters"][0] == {"name": "cluster-a", "node_vms": 8, "upgrade": 1, "control_plane": 1,
                                "load_balancer": 3}
    assert b["clusters"][1] == {"name": "cluster-b", "node_vms": 4, "upgrade": 1, "control_plane": 1,
                                "load_balancer": 0}
    assert b["logical_networks"] == [{"name": "aks-lnet-01", "pool_size": 21, "pool_required": 14, "pool_free": 7}]
    assert all(set(p) == {"rule", "severity", "path", "message"} for p in doc["problems"])
    assert not [p for p in doc["problems"] if p["severity"] == "error"]


def test_text_report_shows_the_reservation_table(capsys):
    assert main(["check", str(sample_plan_path())]) == 0
    out = capsys.readouterr().out
    assert "AKS Arc node VMs" in out and "12" in out
    assert out.splitlines()[-1] == "No errors."
    total = next(line for line in out.splitlines() if line.startswith("Total"))
    assert total.split()[1] == "19"


def test_errors_exit_1_and_are_listed_with_rule_and_path(jane_data, tmp_path, capsys):
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"  # inside the pool
    plan = tmp_path / "bad.aksplan"
    plan.write_text(json.dumps(jane_data), encoding="utf-8")
    assert main(["check", str(plan), "--format", "json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    cp3 = [p for p in problems if p["rule"] == "CP-3"]
    assert cp3 and cp3[0]["path"] == "clusters[0].control_plane.ip" and cp3[0]["severity"] == "error"
    assert "10.220.32.20" in cp3[0]["message"]


BAD_FILES = {
    "not-json.aksplan": "this is not json",
    "ipv6.aksplan": None,
    "octet.aksplan": None,
    "v99.aksplan": None,
    "types.aksplan": None,
    "empty.aksplan": "",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_every_bad_file_prints_one_clear_line_and_exits_2(name, jane_data, tmp_path):
    data = jane_data
    if name == "ipv6.aksplan":
        data["logical_networks"][0]["address_prefix"] = "fd00:10::/64"
    elif name == "octet.aksplan":
        data["clusters"][0]["control_plane"]["ip"] = "10.0.0.300"
    elif name == "v99.aksplan":
        data["version"] = 99
    elif name == "types.aksplan":
        data["clusters"][0]["node_pools"][0]["count"] = "five"
    text = BAD_FILES[name] if BAD_FILES[name] is not None else json.dumps(data)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert str(path) in lines[0]


def test_missing_file_exits_2(tmp_path):
    result = run_cli("check", str(tmp_path / "nope.aksplan"), "--format", "json")
    assert result.returncode == 2
    assert "cannot read the file" in result.stderr

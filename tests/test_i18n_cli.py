"""`aksarc-plan --lang`: English by default (stable for scripts), Chinese on request."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from aksarc_gui import i18n
from aksarc_gui.cli import main
from tests.conftest import ROOT


@pytest.fixture
def cp3_plan(jane_data, tmp_path):
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"  # inside the pool 10.220.32.18-38
    path = tmp_path / "cp3.aksplan"
    path.write_text(json.dumps(jane_data), encoding="utf-8")
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aksarc_gui.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, timeout=60)


def test_check_in_chinese_prints_chinese_headings_and_problems(cp3_plan):
    result = run_cli("--lang", "zh_CN", "check", str(cp3_plan))
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert out.startswith("规划：Jane's AKS Arc environment")
    assert "AKS Arc 节点 VM" in out and "控制平面 IP" in out and "负载均衡器 IP" in out
    assert "错误 (1)" in out
    lines = out.splitlines()
    cp3 = lines[lines.index(next(line for line in lines if line.strip().startswith("CP-3"))) + 1].strip()
    assert "控制平面 IP 10.220.32.20" in cp3 and "IP 池 10.220.32.18-10.220.32.38" in cp3
    assert not re.search(r"\b(the|is|inside|pool|pick|address)\b", cp3, re.IGNORECASE), cp3
    assert out.splitlines()[-1] == "1 个错误。"
    assert "Errors" not in out and "inside the IP pool" not in out


def test_chinese_table_columns_line_up(cp3_plan, capsys):
    try:
        main(["--lang", "zh_CN", "check", str(cp3_plan)])
    finally:
        i18n.set_translator(None)
    lines = capsys.readouterr().out.splitlines()
    header, rule = lines[2], lines[3]
    # Each column starts where the dashes under it start, counted in terminal columns.
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    second_column = i18n.display_width(header[:header.index("IP 地址数")])
    assert second_column == starts[1]
    total = next(line for line in lines if line.startswith("总计"))
    assert i18n.display_width(total[:total.index("19")]) == starts[1]


def test_default_is_english_whatever_the_locale(cp3_plan):
    result = subprocess.run([sys.executable, "-m", "aksarc_gui.cli", "check", str(cp3_plan)], capture_output=True,
                            text=True, encoding="utf-8", cwd=ROOT, timeout=60,
                            env={**__import__("os").environ, "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"})
    assert "Errors (1)" in result.stdout and "规划" not in result.stdout


def test_json_messages_follow_the_language_but_keys_and_ids_do_not(cp3_plan):
    result = run_cli("--lang", "zh_CN", "check", str(cp3_plan), "--format", "json")
    problem = next(p for p in json.loads(result.stdout)["problems"] if p["rule"] == "CP-3")
    assert problem["severity"] == "error" and problem["path"] == "clusters[0].control_plane.ip"
    assert "控制平面 IP" in problem["message"]


def test_load_errors_in_chinese(tmp_path):
    bad = tmp_path / "broken.aksplan"
    bad.write_text("{ not json", encoding="utf-8")
    result = run_cli("--lang", "zh_CN", "check", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith("错误：") and "不是有效的 JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_in_chinese():
    result = run_cli("--lang", "zh_CN", "--help")
    assert result.returncode == 0
    assert "根据 Microsoft 的网络要求检查 AKS Arc IP 地址规划" in result.stdout


def test_unknown_language_is_a_usage_error():
    result = run_cli("--lang", "fr", "check", "x.aksplan")
    assert result.returncode == 2
    assert "--lang" in result.stderr and "zh_CN" in result.stderr and "Traceback" not in result.stderr

"""Exports in Chinese: workbook headings, sheet names and messages; script comments, not commands."""

from __future__ import annotations

import io
import re

import pytest

from aksarc_gui import i18n
from aksarc_gui.assets import resource_path, sample_plan_path
from aksarc_gui.domain import load_plan

HAN = re.compile(r"[\u4e00-\u9fff]")


def workbook_in(language: str, plan_file) -> "openpyxl.Workbook":  # noqa: F821
    workbook = pytest.importorskip("aksarc_gui.export.workbook", reason="the workbook export is not merged yet")
    openpyxl = pytest.importorskip("openpyxl")
    with i18n.language(language):
        data = workbook.workbook_bytes(load_plan(plan_file))
    return openpyxl.load_workbook(io.BytesIO(data))


def test_workbook_in_chinese_has_chinese_sheets_headings_and_problems():
    wb = workbook_in("zh_CN", resource_path("samples", "problems.aksplan"))
    assert all(HAN.search(name) for name in wb.sheetnames), wb.sheetnames
    cells = [str(v) for ws in wb.worksheets for row in ws.iter_rows(max_row=3, values_only=True) for v in row if v]
    assert "AKS Arc IP 地址规划" in cells
    assert {"群集", "逻辑网络", "控制平面 IP"} <= set(cells)
    problems = wb.worksheets[-1]
    rows = list(problems.iter_rows(min_row=2, values_only=True))
    cp3 = next(row for row in rows if "CP-3" in row)
    assert "错误" in cp3 and any(HAN.search(str(v)) and "10.220.32.20" in str(v) for v in cp3)


def test_workbook_sheet_names_differ_by_language_only():
    english = workbook_in("en", sample_plan_path())
    chinese = workbook_in("zh_CN", sample_plan_path())
    assert len(english.sheetnames) == len(chinese.sheetnames)
    assert not any(HAN.search(name) for name in english.sheetnames)


@pytest.mark.parametrize("dialect", ["bash", "powershell"])
def test_script_comments_are_chinese_and_commands_stay_english(dialect):
    commands = pytest.importorskip("aksarc_gui.export.commands", reason="the command export is not merged yet")
    plan = load_plan(resource_path("samples", "problems.aksplan"))
    with i18n.language("en"):
        english = commands.render_script(plan, dialect)
    with i18n.language("zh_CN"):
        chinese = commands.render_script(plan, dialect)
    comments = [line for line in chinese.splitlines() if line.lstrip().startswith("#")]
    assert sum(bool(HAN.search(line)) for line in comments) > len(comments) // 2

    def command_lines(text: str) -> list[str]:
        return [line for line in text.splitlines() if re.match(r"\s*(az |--|\$?[A-Z_]+=)", line)]

    assert command_lines(chinese) == command_lines(english)
    assert command_lines(english)


def test_cli_exports_a_chinese_workbook(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "plan.xlsx"
    result = subprocess.run([sys.executable, "-m", "aksarc_gui.cli", "--lang", "zh_CN", "export",
                             str(sample_plan_path()), "--to", "xlsx", "-o", str(out)],
                            capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120)
    if "invalid choice: 'export'" in result.stderr:
        pytest.skip("aksarc-plan export is not merged yet")
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "摘要"
    assert wb.worksheets[0]["A1"].value == "AKS Arc IP 地址规划"


def test_wrapped_chinese_rows_are_given_room_for_their_wider_characters():
    from aksarc_gui.export.xlsx_cells import text_lines

    assert text_lines("a" * 40, 40) == 1
    assert text_lines("逻辑网络" * 10, 40) >= 2  # 40 CJK characters need about twice the width
    assert text_lines("逻辑网络" * 10, 40) > text_lines("abcd" * 10, 40)

"""Every plan that loads exports: random plans (odd sizes, reversed ranges, clashes) never break an export."""

from __future__ import annotations

import io
import json
import subprocess

from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook

from aksarc_gui.domain import load_plan_text
from aksarc_gui.export.commands import render_script
from aksarc_gui.export.workbook import workbook_bytes
from tests.test_properties import random_plans

FEW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FEW
@given(random_plans)
def test_random_plans_export_to_both_script_dialects(data):
    plan = load_plan_text(json.dumps(data))
    bash = render_script(plan, "bash")
    assert subprocess.run(["bash", "-n"], input=bash.encode("utf-8")).returncode == 0
    powershell = render_script(plan, "powershell")
    assert powershell.count("az extension add") == 6


@FEW
@given(random_plans)
def test_random_plans_export_to_a_workbook(data):
    plan = load_plan_text(json.dumps(data))
    wb = load_workbook(io.BytesIO(workbook_bytes(plan)))
    assert wb["Reservations"].max_row >= 2
    assert not any(cell.data_type == "f" for ws in wb.worksheets for row in ws.iter_rows() for cell in row)

"""The Excel workbook: numbers as numbers, every reservation listed, no formula from plan text."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from netaddr import IPAddress
from openpyxl import load_workbook

from aksarc_gui.export.workbook import workbook_bytes, write_workbook
from aksarc_gui.export.visible import visible
from aksarc_gui.export.xlsx_cells import excel_text
from aksarc_gui.planning.claims import plan_claims
from aksarc_gui.planning.palette import LIGHT, conflict_swatch
from tests.export_plans import HOSTILE, load

SHEETS = ["Summary", "Reservations", "Address map", "Clusters", "Services", "Firewall", "Problems"]


def read(plan):
    return load_workbook(io.BytesIO(workbook_bytes(plan)))


def test_sheets_in_order(jane):
    assert read(jane).sheetnames == SHEETS


def test_summary_holds_the_budget_as_numbers(jane):
    ws = read(jane)["Summary"]
    rows = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert rows["Total"] == 19 and isinstance(rows["Total"], int)
    assert rows["AKS Arc node VMs"] == 12
    assert rows["Kubernetes upgrade"] == 2
    assert rows["Control plane IPs"] == 2
    assert rows["Load balancer IPs"] == 3
    assert rows["Errors"] == 0
    pool_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "aks-lnet-01")
    assert [ws.cell(pool_row, c).value for c in range(4, 8)] == [32, 21, 14, 7]


def reservation_ranges(ws):
    header = [c.value for c in ws[1]]
    first, last = header.index("First"), header.index("Last")
    return [(int(IPAddress(row[first])), int(IPAddress(row[last])), row)
            for row in ws.iter_rows(min_row=2, values_only=True)]


def test_every_reserved_address_of_the_sample_is_listed(jane):
    ws = read(jane)["Reservations"]
    ranges = reservation_ranges(ws)
    for claim in plan_claims(jane):
        for address in range(claim.first, claim.last + 1):
            assert any(lo <= address <= hi for lo, hi, _ in ranges), (claim, str(IPAddress(address)))
    table = ws.tables["Reservations"]
    assert table.ref == f"A1:J{ws.max_row}"
    assert ws.freeze_panes == "A2"
    counts = {row[6]: row[5] for _, _, row in ranges}
    assert counts["control plane IP"] == 1 and counts["infrastructure pool"] == 6


def test_reservations_never_enumerate_a_large_range(jane_data):
    jane_data["logical_networks"][0]["address_prefix"] = "10.0.0.0/8"
    jane_data["logical_networks"][0]["ip_pool"] = {"start": "10.1.0.0", "end": "10.200.255.255"}
    wb = read(load(jane_data))
    assert wb["Reservations"].max_row < 40
    assert wb["Address map"].max_row < 80  # the /8 is listed as ranges, the /24 drawn


def test_address_map_draws_each_address_in_its_role_colour(jane):
    ws = read(jane)["Address map"]
    label_rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    row = label_rows["10.220.32.32"]  # .32 to .47; the control plane IPs are .40 and .41
    cell = ws.cell(row, 2 + 8)
    assert cell.value == 40
    assert cell.fill.fgColor.rgb.endswith(LIGHT[__import__("aksarc_gui.planning.claims", fromlist=["Role"])
                                                .Role.CONTROL_PLANE].fill.lstrip("#"))
    drawn = [ws.cell(r, c).value for r in range(1, ws.max_row + 1) for c in range(2, 18)
             if isinstance(ws.cell(r, c).value, int)]
    assert len(drawn) == 2 * 256  # management network and the logical network, every address once


def test_conflicts_get_the_conflict_colour(jane_data):
    jane_data["clusters"][1]["control_plane"]["ip"] = "10.220.32.40"  # same as cluster-a
    ws = read(load(jane_data))["Address map"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "10.220.32.32")
    assert ws.cell(row, 10).fill.fgColor.rgb.endswith(conflict_swatch().fill.lstrip("#"))
    assert ws.cell(row, 10).font.b


TRAPS = ["=HYPERLINK(\"http://evil\",\"x\")", "+1", "-x", "@foo", "=1+2", "\tTAB", "\rCR", "=cmd|' /C calc'!A0"]


def trap_plan(jane_data):
    jane_data["name"] = TRAPS[0]
    jane_data["logical_networks"][0]["name"] = TRAPS[1]
    jane_data["logical_networks"][0]["vm_switch_name"] = TRAPS[7]
    for cluster in jane_data["clusters"]:
        cluster["logical_network"] = TRAPS[1]
    jane_data["clusters"][0]["name"] = TRAPS[2]
    jane_data["clusters"][1]["name"] = TRAPS[3]
    jane_data["clusters"][0]["services"][0]["name"] = TRAPS[4]
    jane_data["clusters"][0]["control_plane"]["vm_size"] = TRAPS[5]
    jane_data["reservations"] = [{"name": TRAPS[6], "start": "10.220.32.60", "end": "10.220.32.61",
                                  "note": TRAPS[7]}]
    return load(jane_data)


def test_plan_text_never_becomes_a_formula(jane_data):
    wb = read(trap_plan(jane_data))
    texts = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    text = decode_excel_escapes(cell.value)  # as Excel shows it
                    texts.add(text)
                    if text.startswith(("=", "+", "-", "@", "\t", "\r")):
                        assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
    for trap in TRAPS:
        assert visible(trap, keep_newlines=True) in texts, trap  # a leading tab or CR shows as \t, \r
    assert wb["Summary"]["B3"].value == TRAPS[0]


def test_hostile_names_are_written_exactly(jane_data):
    jane_data["clusters"][0]["name"] = "\n".join(HOSTILE)
    wb = read(load(jane_data))
    names = [row[0] for row in wb["Clusters"].iter_rows(min_row=2, values_only=True)]
    # exact, except that tabs and carriage returns show as \t and \r (line breaks stay line breaks)
    assert decode_excel_escapes(names[0]) == visible("\n".join(HOSTILE), keep_newlines=True)
    assert "two  spaces and\\ttab" in names[0] and "line2\\r\nline3" in names[0]


def decode_excel_escapes(text: str) -> str:
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


@pytest.mark.parametrize("text", ["plain", "bell\x07", "nul\x00end", "_x0041_ looks like an escape", "\ufffe",
                                  "cr\r\nlf"])
def test_text_xml_cannot_hold_is_escaped_reversibly(text):
    stored = excel_text(text)
    assert not re.search(r"[\x00-\x08\x0b-\x1f]", stored)
    assert decode_excel_escapes(stored) == text


def test_workbook_for_a_plan_with_errors_lists_them(jane_data):
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"
    wb = read(load(jane_data))
    rows = list(wb["Problems"].iter_rows(min_row=2, values_only=True))
    assert ("error", "CP-3", "cluster-a \u203a control plane IP") in [r[:3] for r in rows]
    cp3 = next(r for r in rows if r[1] == "CP-3")
    assert cp3[5] == "clusters[0].control_plane.ip"  # the JSON path, in its own column
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True)}
    assert summary["Errors"] == 1


def test_empty_plan_exports(tmp_path):
    from aksarc_gui.domain import Plan

    path = tmp_path / "empty.xlsx"
    write_workbook(Plan(), path)
    wb = load_workbook(path)
    assert wb.sheetnames == SHEETS
    assert wb["Summary"].cell(1, 1).value == "AKS Arc IP address plan"


def test_services_sheet_lists_each_instance_with_its_address(jane):
    rows = list(read(jane)["Services"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [
        ("vote-front", 1, 443, "10.220.32.50"), ("vote-front", 2, 443, "10.220.32.51"),
        ("vote-front", 3, 443, "10.220.32.52"), ("vote-back", 1, 80, "10.220.32.50")]


def test_firewall_sheet_has_the_concrete_flows_and_urls(jane):
    ws = read(jane)["Firewall"]
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "PORT-3" in values and 55000 in values
    assert "192.168.100.50-192.168.100.55" in values
    assert any(isinstance(v, str) and "docker.io" in v for v in values)
    assert not any(isinstance(v, str) and "gcr.io" in v for v in values)  # release 2405
    assert set(ws.tables) == {"CrossVlanFlows", "OutboundUrls"}
    assert any(isinstance(v, str) and "192.168.100.0/24 covers them" in v for v in values)


def test_write_is_atomic_and_replaces(jane, tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"old")
    write_workbook(jane, path)
    assert path.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]


@pytest.mark.slow
def test_libreoffice_opens_the_workbook(jane_data, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot check that the workbook opens")
    path = tmp_path / "plan.xlsx"
    write_workbook(trap_plan(jane_data), path)
    result = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                            capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "plan.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert pages >= len(SHEETS)


def test_services_sheet_gives_the_sharing_key(jane_data):
    rows = list(read(load(jane_data))["Services"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2], r[6]) for r in rows[:4]] == [
        ("vote-front", 1, "cluster-a-shared"), ("vote-front", 2, "cluster-a-shared"),
        ("vote-front", 3, "cluster-a-shared"), ("vote-back", 1, "cluster-a-shared")]
    header = next(read(load(jane_data))["Services"].iter_rows(max_row=1, values_only=True))
    assert "metallb.universe.tf/allow-shared-ip" in header[6]
    jane_data["clusters"][0]["services"][1]["shares_ip"] = False
    rows = list(read(load(jane_data))["Services"].iter_rows(min_row=2, values_only=True))
    assert [r[6] for r in rows] == [None] * 4

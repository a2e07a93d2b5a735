"""The workbook follows the new fields: the bypass string on the Firewall sheet, PORT-5, autoscaled pools."""

from __future__ import annotations

import io
import json

from openpyxl import load_workbook

from aksarc_gui.domain import load_plan_text
from aksarc_gui.export.workbook import workbook_bytes
from aksarc_gui.planning.proxy import bypass_string


def _book(data):
    plan = load_plan_text(json.dumps(data), "t.aksplan")
    return plan, load_workbook(io.BytesIO(workbook_bytes(plan)))


def _values(ws):
    return [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]


def test_firewall_sheet_gives_the_complete_bypass_string_to_paste(jane_data):
    jane_data["platform"]["proxy"] = {"http_proxy": "http://10.0.0.9:3128", "https_proxy": "http://10.0.0.9:3128",
                                      "no_proxy": ["=cmd|' /C calc'!A0", "node1"]}
    plan, book = _book(jane_data)
    values = _values(book["Firewall"])
    text = bypass_string(plan)
    assert text in values and "node1" in text.split(",") and ".svc.cluster.local" in text.split(",")
    assert any(isinstance(v, str) and "http://10.0.0.9:3128" in v for v in values)
    # plan text never becomes a formula, even inside the string
    ws = book["Firewall"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == text)
    assert cell.data_type == "s"


def test_firewall_sheet_without_a_proxy_says_what_one_would_need(jane):
    book = load_workbook(io.BytesIO(workbook_bytes(jane)))
    values = _values(book["Firewall"])
    assert any(isinstance(v, str) and v.startswith("The plan has no proxy") for v in values)
    assert bypass_string(jane) in values


def test_firewall_sheet_lists_port_40343_both_ways_with_the_arc_gateway(jane_data):
    jane_data["platform"]["arc_gateway"] = True
    _, book = _book(jane_data)
    rows = [r for r in book["Firewall"].iter_rows(values_only=True) if r[0] == "PORT-5"]
    assert [(r[2], r[3], r[4]) for r in rows] == [("10.220.32.0/24", "192.168.100.50-192.168.100.55", 40343),
                                                  ("192.168.100.50-192.168.100.55", "10.220.32.0/24", 40343)]


def test_clusters_sheet_shows_the_autoscaler_range(jane_data):
    jane_data["clusters"][1]["node_pools"][0]["autoscaler"] = {"min_count": 2, "max_count": 6}
    _, book = _book(jane_data)
    values = _values(book["Clusters"])
    assert any(isinstance(v, str) and "autoscaler 2 to 6" in v for v in values)

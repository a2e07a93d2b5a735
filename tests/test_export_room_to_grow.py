"""The workbook's Summary sheet carries the what-if capacity as numbers a spreadsheet can sum."""

from __future__ import annotations

import io
import json

from openpyxl import load_workbook

from aksarc_gui.domain import load_plan_text
from aksarc_gui.export.workbook import workbook_bytes


def summary_rows(plan) -> list[list]:
    wb = load_workbook(io.BytesIO(workbook_bytes(plan)))
    return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]


def table_after(rows: list[list], heading: str, first_header: str) -> tuple[list, list[list]]:
    """The header row starting with ``first_header`` after ``heading``, and the rows up to the next blank."""
    start = next(i for i, r in enumerate(rows) if r[0] == heading)
    h = next(i for i in range(start, len(rows)) if rows[i][0] == first_header)
    body = []
    for r in rows[h + 1:]:
        if r[0] is None:
            break
        body.append(r)
    return rows[h], body


def test_jane_room_to_grow_numbers(jane) -> None:
    rows = summary_rows(jane)
    header, nets = table_after(rows, "Room to grow", "Logical network")
    assert header[:6] == ["Logical network", "Prefix", "Biggest free block", "Free addresses", "More node VMs",
                          "Pool short by"]
    assert nets == [["aks-lnet-01", "10.220.32.0/24", "10.220.32.64/26", 225, 7, 0, None, None, None]]
    header, clusters = table_after(rows, "Room to grow", "Cluster")
    assert header[3:] == ["Node VMs", "More node VMs", "LB addresses", "LB-4 need", "More LB instances",
                          "On a new port"]
    assert [r[:2] + r[3:] for r in clusters] == [["cluster-a", "aks-lnet-01", 8, 7, 3, 3, 0, 3],
                                                 ["cluster-b", "aks-lnet-01", 4, 7, 0, 0, 0, 0]]
    assert all(isinstance(v, int) for r in clusters for v in r[3:])  # numbers, not text


def test_a_short_pool_shows_how_many_addresses_it_lacks(jane_data) -> None:
    jane_data["clusters"][1]["node_pools"][0]["count"] = 12  # 8 more than the 7 the pool had room for
    rows = summary_rows(load_plan_text(json.dumps(jane_data)))
    _, nets = table_after(rows, "Room to grow", "Logical network")
    assert nets[0][4:6] == [0, 2]
    _, clusters = table_after(rows, "Room to grow", "Cluster")
    assert [r[4] for r in clusters] == [0, 0]

"""xlsx_cells: formatting copied from a cache must be the formatting asked for."""

from __future__ import annotations

import io

from openpyxl import Workbook, load_workbook

from aksarc_gui.export.xlsx_cells import BOLD, GRID_BORDER, TOP, WRAP, font_colour, merge, put, style


def _reloaded(wb: Workbook):  # noqa: ANN202
    out = io.BytesIO()
    wb.save(out)
    return load_workbook(io.BytesIO(out.getvalue())).active


def test_cached_formatting_matches_formatting_set_one_by_one() -> None:
    wb = Workbook()
    ws = wb.active
    for row in (1, 2, 3):  # the first row fills the cache, the others copy from it
        put(ws, row, 1, "=SUM(A1)", font=BOLD, fill="#FFCC00", alignment=WRAP, border=GRID_BORDER)
        put(ws, row, 2, 7, number_format="#,##0")
        put(ws, row, 3, "plain", alignment=TOP)
        style(ws.cell(row=row, column=3), fill="#00FF00", font=font_colour("#FFFFFF", bold=True))
    put(ws, 4, 1, "=SUM(A1)", font=BOLD)  # same text, other formatting: not taken from the cache
    ws = _reloaded(wb)
    for row in (1, 2, 3):
        a, b, c = ws.cell(row, 1), ws.cell(row, 2), ws.cell(row, 3)
        assert a.value == "=SUM(A1)" and a.data_type == "s" and a.quotePrefix
        assert a.font.b and a.fill.fgColor.rgb.endswith("FFCC00") and a.alignment.wrap_text
        assert a.border.left.style == "thin"
        assert b.number_format == "#,##0" and not b.font.b
        assert c.alignment.vertical == "top" and c.fill.fgColor.rgb.endswith("00FF00")
        assert c.font.b and c.font.color.rgb.endswith("FFFFFF")
    d = ws.cell(4, 1)
    assert d.font.b and d.quotePrefix and d.fill.fill_type is None and d.border.left.style is None


def test_merge_joins_the_cells_of_a_row() -> None:
    wb = Workbook()
    ws = wb.active
    put(ws, 2, 2, "joined")
    merge(ws, 2, 2, 5)
    merge(ws, 3, 2, 5)
    ws = _reloaded(wb)
    assert sorted(str(r) for r in ws.merged_cells.ranges) == ["B2:E2", "B3:E3"]
    assert ws.cell(2, 2).value == "joined"

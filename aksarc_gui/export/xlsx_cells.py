"""Writing cells safely: the one place text enters the workbook.

Text from a plan is data: a name like ``=HYPERLINK(...)`` must show as typed,
never become a formula.  Text starting with ``= + - @``, a tab or a carriage
return is stored as a string with the cell's quote prefix set (what Excel does
when you type a leading apostrophe).  Characters XML cannot hold (and the
carriage return, which XML reading turns into a line feed) are written with
Excel's ``_xHHHH_`` escape, and a literal ``_xHHHH_`` in the text is escaped
itself, so Excel and LibreOffice show the text exactly as it went in.

Before that, ``put`` makes characters that do not show visible (``visible``:
tabs, carriage returns, bidirectional overrides, zero-width characters become
``\t``, ``\r``, ``\u202e`` ...; line breaks stay), so a reviewer reads in
a cell what the plan really holds.
"""

from __future__ import annotations

import math
import re
import weakref
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook.workbook import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from aksarc_gui.export.visible import visible
from aksarc_gui.i18n import display_width

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32767
# Characters XML cannot carry, plus the carriage return, which XML parsers turn into a line feed.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_ESCAPE_LOOKALIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
# Printable ASCII without a backslash, short enough for a cell: stored exactly as given.
_PLAIN_SHORT = re.compile(r"[\x20-\x5b\x5d-\x7e]{0,%d}" % MAX_CELL_TEXT)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADING = Font(bold=True, size=12)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
LEFT_TOP = Alignment(horizontal="left", vertical="top")
CENTER_TOP = Alignment(horizontal="center", vertical="top")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
_GRID_SIDE = Side(style="thin", color="D0D0D0")
GRID_BORDER = Border(left=_GRID_SIDE, right=_GRID_SIDE, top=_GRID_SIDE, bottom=_GRID_SIDE)
_CONFLICT_SIDE = Side(style="medium", color="000000")
CONFLICT_BORDER = Border(left=_CONFLICT_SIDE, right=_CONFLICT_SIDE, top=_CONFLICT_SIDE, bottom=_CONFLICT_SIDE)


def excel_text(text: str) -> str:
    """``text`` as the workbook stores it (escapes only what XML cannot carry)."""
    text = _ESCAPE_LOOKALIKE.sub(r"_x005F_\1", text)
    text = _XML_ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "\u2026"
    return text


def put(ws: Worksheet, row: int, column: int, value: Any, *, font: Font | None = None,
        fill: str | None = None, number_format: str | None = None, alignment: Alignment | None = None,
        border: Border | None = None) -> Cell:
    """Write one cell.  Every string goes through here, so no text ever becomes a formula."""
    cell = ws.cell(row=row, column=column)
    quote = False
    if isinstance(value, str):
        if _PLAIN_SHORT.fullmatch(value) and "_x" not in value:
            shown = value  # printable ASCII: nothing to escape for the reader or for XML (most cells)
            cell.value = value
        else:
            shown = visible(value, keep_newlines=True)
            cell.value = excel_text(shown)
        cell.data_type = "s"  # openpyxl makes a formula of any text starting with "="
        quote = shown.startswith(FORMULA_TRIGGERS)
    else:
        cell.value = value
    if font is not None or fill is not None or number_format is not None or alignment is not None \
            or border is not None or quote:
        style(cell, font=font, fill=fill, number_format=number_format, alignment=alignment, border=border,
              quote=quote)
    return cell


# workbook -> (cell's style before, the style asked for) -> (the style after, the objects the key names by id)
_STYLES: WeakKeyDictionary[Workbook, dict[tuple[Any, ...], tuple[Any, ...]]] = WeakKeyDictionary()


# (a weak reference to the last workbook, its cache): cells come in long runs of one workbook, and
# the WeakKeyDictionary lookup per cell was a tenth of an export; weak so no workbook is kept alive
_last_book: list[Any] = [lambda: None, None]


def _styles_of(book: Workbook) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    if _last_book[0]() is not book:
        _last_book[:] = [weakref.ref(book), _STYLES.setdefault(book, {})]
    return _last_book[1]


def style(cell: Cell, *, font: Font | None = None, fill: str | None = None, number_format: str | None = None,
          alignment: Alignment | None = None, border: Border | None = None, quote: bool = False) -> None:
    """Add formatting to a cell.

    openpyxl hashes every font, fill, border and alignment it is given to find its
    index in the workbook (most of an export's time); a combination already seen
    in this workbook is copied as the array of indices instead.  Style objects are
    keyed by identity (the module's constants and the cached solid()/font_colour()
    results), and the entry keeps them alive so an identity is never reused.
    """
    cache = _styles_of(cell.parent.parent)
    before = tuple(cell._style) if cell.has_style else None
    key = (before, id(font), fill, number_format, id(alignment), id(border), quote)
    hit = cache.get(key)
    if hit is not None:
        cell._style = StyleArray(hit[0])
        return
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = solid(fill)
    if number_format is not None:
        cell.number_format = number_format
    if alignment is not None:
        cell.alignment = alignment
    if border is not None:
        cell.border = border
    if quote:
        cell.quotePrefix = True
    cache[key] = (tuple(cell._style), font, alignment, border)


def merge(ws: Worksheet, row: int, first_column: int, last_column: int) -> None:
    """Merge cells of one row.

    ws.merge_cells searches every merged range before adding one and restyles the
    covered cells (quadratic in a long range list); the sheets here merge disjoint,
    unbordered cells, so the range is added and the covered cells emptied directly.
    """
    coord = f"{get_column_letter(first_column)}{row}:{get_column_letter(last_column)}{row}"
    ws.merged_cells.ranges.add(MergedCellRange(ws, coord))
    for column in range(first_column + 1, last_column + 1):
        ws._cells[(row, column)] = MergedCell(ws, row=row, column=column)


@lru_cache(maxsize=256)
def solid(colour: str) -> PatternFill:
    rgb = colour.lstrip("#").upper()
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


@lru_cache(maxsize=256)
def font_colour(colour: str, bold: bool = False) -> Font:
    return Font(color=colour.lstrip("#").upper(), bold=bold)


HEADER_FILL = "#D9E1F2"
HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))
LINE_HEIGHT = 15.0  # points per text line at the default font size


def text_lines(value: Any, width: float) -> int:
    """How many lines a wrapped cell needs at ``width`` characters (a close estimate)."""
    if not isinstance(value, str) or not value:
        return 1
    usable = max(1, int(width * 1.2) - 1)  # proportional fonts fit about 1.2 characters per width unit
    return sum(max(1, math.ceil(_text_width(line) / usable)) for line in value.split("\n"))


def _text_width(line: str) -> float:
    """Width in Latin characters: a CJK character takes two columns (display_width) and a bit more."""
    wide = display_width(line)
    return wide * 1.25 if wide > len(line) else float(len(line))


def write_table(ws: Worksheet, top: int, left: int, name: str, headers: list[str], rows: list[list[Any]],
                widths: list[float], wrap: set[int] | frozenset[int] = frozenset(),
                center: set[int] | frozenset[int] = frozenset()) -> int:
    """A real Excel table (filter buttons, banded rows) at (top, left); returns the row after it.

    Column ``widths`` are in characters; columns in ``wrap`` wrap their text and rows
    grow to fit (spreadsheet programs do not always do that on opening).  An empty
    table gets one row saying so: Excel repairs a table without data rows.
    """
    if not rows:
        rows = [["\u2014"] + [None] * (len(headers) - 1)]
    header_lines = 1
    for c, header in enumerate(headers):
        put(ws, top, left + c, header, font=BOLD, fill=HEADER_FILL, alignment=HEADER_ALIGNMENT,
            border=HEADER_BORDER)
        header_lines = max(header_lines, text_lines(header, widths[c]))
    if header_lines > 1:
        ws.row_dimensions[top].height = LINE_HEIGHT * header_lines
    for r, row in enumerate(rows, start=1):
        lines = 1
        for c, value in enumerate(row):
            alignment = WRAP if c in wrap else CENTER_TOP if c in center else TOP
            put(ws, top + r, left + c, value, alignment=alignment)
            if c in wrap:
                lines = max(lines, text_lines(value, widths[c]))
        if lines > 1:
            ws.row_dimensions[top + r].height = LINE_HEIGHT * lines
    last_col = get_column_letter(left + len(headers) - 1)
    ref = f"{get_column_letter(left)}{top}:{last_col}{top + len(rows)}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
    ws.add_table(table)
    for c, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(left + c)].width = width
    return top + len(rows) + 1


def page_setup(ws: Worksheet, plan_name: str, landscape: bool = True, title_rows: str | None = None) -> None:
    """Print on A4/Letter width, with the sheet and plan name in the header and page numbers below."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.left.text = "&A"
    ws.oddHeader.right.text = header_text(plan_name)
    ws.oddFooter.center.text = "&P / &N"


def header_text(text: str) -> str:
    """Plan text for a page header: one line, and '&' (the header's code character) doubled."""
    one_line = visible(re.sub(r"[\x00-\x1f\x7f]+", " ", text).strip())
    return one_line[:120].replace("&", "&&")

"""Address map: every network as a grid of 16 addresses a row, coloured by role.

Prefixes up to /22 (1024 addresses) are drawn cell by cell with the last octet
in each cell; larger ones are listed as ranges, so a /8 costs what a /24 does.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from aksarc_gui.domain.plan import Plan
from aksarc_gui.export.sheets.common import ip, network_label, network_names, network_vlan
from aksarc_gui.export.xlsx_cells import (
    BOLD,
    CONFLICT_BORDER,
    GRID_BORDER,
    HEADING,
    TITLE,
    font_colour,
    page_setup,
    put,
    merge,
)
from aksarc_gui.i18n import translate
from aksarc_gui.planning.claims import Claim, Role, plan_claims, role_label
from aksarc_gui.planning.occupancy import Occupancy, Segment, occupancy
from aksarc_gui.planning.palette import LEGEND_ORDER, Swatch, conflict_swatch, swatch

PER_ROW = 16
MAX_GRID_ADDRESSES = 1024  # a /22
LEGEND_COLUMN = PER_ROW + 3  # one empty column after the grid
CENTER = Alignment(horizontal="center", vertical="center")


def segment_swatch(seg: Segment) -> Swatch:
    return conflict_swatch() if seg.conflict else swatch(seg.role)


def segment_text(seg: Segment) -> str:
    if seg.conflict:
        return translate("Workbook", "CONFLICT: {roles}").format(roles=", ".join(
            f"{role_label(o.role)} ({o.owner})" if o.owner else role_label(o.role) for o in seg.occupants))
    if not seg.occupants:
        return role_label(Role.FREE)
    o = seg.occupants[0]
    return f"{role_label(o.role)} ({o.owner})" if o.owner else role_label(o.role)


def _heading(plan: Plan, occ: Occupancy) -> str:
    vlan = network_vlan(plan, occ.name)
    vlan_text = translate("Workbook", "none (untagged)") if vlan is None else vlan
    return translate("Workbook", "{network}: {prefix}, VLAN {vlan}").format(
        network=network_label(occ.name), prefix=str(occ.prefix), vlan=vlan_text)


def _grid(ws: Worksheet, row: int, occ: Occupancy) -> int:
    lo, hi = occ.prefix.first, occ.prefix.last
    for base in range(lo, hi + 1, PER_ROW):
        put(ws, row, 1, ip(base), font=BOLD)
        for k in range(PER_ROW):
            address = base + k
            if address > hi:
                break
            seg = occ.at(address)
            colours = segment_swatch(seg) if seg else swatch(Role.FREE)
            put(ws, row, 2 + k, address & 0xFF, alignment=CENTER, fill=colours.fill,
                font=font_colour(colours.text, bold=bool(seg and seg.conflict)),
                border=CONFLICT_BORDER if seg and seg.conflict else GRID_BORDER)
        row += 1
    return row


# Columns of the range list drawn under a large network (the grid columns are narrow,
# so the last address and the count span several of them).
_FIRST, _LAST, _LAST_END, _COUNT, _COUNT_END, _SWATCH, _USE = 1, 2, 5, 6, 8, 9, 10


def _ranges(ws: Worksheet, row: int, occ: Occupancy) -> int:
    put(ws, row, 1, translate("Workbook", "Too large to draw address by address: ranges in order."))
    row += 1
    headings = ((_FIRST, translate("Workbook", "First")), (_LAST, translate("Workbook", "Last")),
                (_COUNT, translate("Workbook", "Count")), (_USE, translate("Workbook", "Use")))
    for col, text in headings:
        put(ws, row, col, text, font=BOLD)
    merge(ws, row, _COUNT, _COUNT_END)
    row += 1
    for seg in occ.segments:
        colours = segment_swatch(seg)
        put(ws, row, _FIRST, ip(seg.first))
        put(ws, row, _LAST, ip(seg.last))
        merge(ws, row, _LAST, _LAST_END)
        put(ws, row, _COUNT, seg.size, number_format="#,##0")
        merge(ws, row, _COUNT, _COUNT_END)
        put(ws, row, _SWATCH, "", fill=colours.fill, border=CONFLICT_BORDER if seg.conflict else GRID_BORDER)
        put(ws, row, _USE, segment_text(seg), font=BOLD if seg.conflict else None)
        row += 1
    return row


def _legend(ws: Worksheet) -> None:
    put(ws, 1, LEGEND_COLUMN, translate("Workbook", "Legend"), font=HEADING)
    entries = [(swatch(r), role_label(r)) for r in LEGEND_ORDER]
    entries.append((conflict_swatch(), translate("Workbook", "conflict: two uses of one address")))
    for i, (colours, label) in enumerate(entries, start=2):
        put(ws, i, LEGEND_COLUMN, "", fill=colours.fill,
            border=CONFLICT_BORDER if colours == conflict_swatch() else GRID_BORDER)
        put(ws, i, LEGEND_COLUMN + 1, label)
    ws.column_dimensions[get_column_letter(LEGEND_COLUMN)].width = 4
    ws.column_dimensions[get_column_letter(LEGEND_COLUMN + 1)].width = 34


def write_address_map(ws: Worksheet, plan: Plan, claims: list[Claim] | None = None) -> None:
    claims = plan_claims(plan) if claims is None else claims
    put(ws, 1, 1, translate("Workbook", "Address map"), font=TITLE)
    put(ws, 2, 1, translate("Workbook", "Each cell is one address, showing its last octet; the colour is its use."))
    ws.column_dimensions["A"].width = 16
    for k in range(PER_ROW):
        ws.column_dimensions[get_column_letter(2 + k)].width = 4.7
    ws.column_dimensions[get_column_letter(PER_ROW + 2)].width = 3
    _legend(ws)
    row = 4
    for name in network_names(plan):
        occ = occupancy(plan, name, claims)
        if occ is None:
            continue
        put(ws, row, 1, _heading(plan, occ), font=HEADING)
        row += 1
        row = _grid(ws, row, occ) if occ.prefix.size <= MAX_GRID_ADDRESSES else _ranges(ws, row, occ)
        row += 1
    if not network_names(plan):
        put(ws, row, 1, translate("Workbook", "The plan has no networks yet."))
    page_setup(ws, plan.name, landscape=True)

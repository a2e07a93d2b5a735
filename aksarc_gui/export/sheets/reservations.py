"""Reservations: one row per reserved address or range, built from occupancy (never per address)."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.worksheet.worksheet import Worksheet

from aksarc_gui.domain.plan import Plan
from aksarc_gui.export.deployed import status_label
from aksarc_gui.export.sheets.common import ip, network_label, network_names, network_vlan
from aksarc_gui.export.xlsx_cells import font_colour, page_setup, style, write_table
from aksarc_gui.i18n import translate
from aksarc_gui.planning.claims import Claim, Role, plan_claims, role_label
from aksarc_gui.planning.field_names import field_name
from aksarc_gui.planning.occupancy import MANAGEMENT, Occupant, occupancy
from aksarc_gui.planning.palette import conflict_swatch, swatch

_UNUSABLE = (Role.NETWORK, Role.BROADCAST)
_POOL_PARTS = (Role.POOL_NODES, Role.POOL_UPGRADE, Role.POOL_AUTO_CP, Role.POOL_SPARE)
OUTSIDE = None  # network of a claim that lies outside every planned network


@dataclass(frozen=True, slots=True)
class ReservationRow:
    network: str | None  # MANAGEMENT, a logical network name, or OUTSIDE
    prefix: str
    vlan: int | None
    first: int
    last: int
    role: Role
    owner: str
    note: str
    conflict: bool
    status: str  # exists in Azure, exists (Azure Local) or planned

    @property
    def count(self) -> int:
        return self.last - self.first + 1


def _owner(plan: Plan, occupant: Occupant, network: str) -> str:
    if occupant.role is Role.HOST:
        return translate("Workbook", "physical host")
    return occupant.owner or network_label(network)


def _describe(occupant: Occupant) -> str:
    label = role_label(occupant.role)
    return f"{label} ({occupant.owner})" if occupant.owner else label


def _note(plan: Plan, occupant: Occupant, others: list[Occupant], conflict: bool) -> str:
    notes = []
    if others:
        names = ", ".join(_describe(o) for o in others)
        notes.append(translate("Workbook", "CONFLICT with {others}").format(others=names) if conflict
                     else translate("Workbook", "also {others}").format(others=names))
    if occupant.role in _POOL_PARTS:
        notes.append(translate("Workbook", "share of the IP pool (the platform picks which addresses)"))
    if occupant.role is Role.RESERVATION and occupant.path.startswith("reservations["):
        index = int(occupant.path[len("reservations["):-1])
        if plan.reservations[index].note:
            notes.append(plan.reservations[index].note)
    return "; ".join(notes)


def _contained(claim: Claim, prefixes: list[tuple[int, int]]) -> bool:
    return any(lo <= claim.first and claim.last <= hi for lo, hi in prefixes)


def reservation_rows(plan: Plan) -> list[ReservationRow]:
    claims = plan_claims(plan)
    rows: list[ReservationRow] = []
    seen: set[tuple[int, int, Role, str, str]] = set()
    prefixes: list[tuple[int, int]] = []
    for name in network_names(plan):
        occ = occupancy(plan, name, claims)
        if occ is None:
            continue
        prefixes.append((occ.prefix.first, occ.prefix.last))
        for seg in occ.segments:
            for occupant in seg.occupants:
                if occupant.role in _UNUSABLE:
                    continue
                key = (seg.first, seg.last, occupant.role, occupant.owner, occupant.path)
                if key in seen:  # two networks with the same prefix draw the same claims
                    continue
                seen.add(key)
                others = [o for o in seg.occupants if o is not occupant]
                rows.append(ReservationRow(name, str(occ.prefix), network_vlan(plan, name), seg.first, seg.last,
                                           occupant.role, _owner(plan, occupant, name),
                                           _note(plan, occupant, others, seg.conflict), seg.conflict,
                                           status_label(plan, occupant.path)))
    for claim in claims:
        if not _contained(claim, prefixes):
            role = {Role.POOL: Role.POOL_NODES, Role.LOAD_BALANCER: Role.LB_USED}.get(claim.role, claim.role)
            rows.append(ReservationRow(OUTSIDE, "", None, claim.first, claim.last, role,
                                       claim.owner or network_label(MANAGEMENT),
                                       translate("Workbook", "outside every network of the plan ({field})").format(
                                           field=field_name(claim.path, plan)), False,
                                       status_label(plan, claim.path)))
    return rows


WIDTHS = [22, 17, 7, 16, 16, 8, 30, 20, 56, 20]


def write_reservations(ws: Worksheet, plan: Plan) -> None:
    headers = [translate("Workbook", "Network"), translate("Workbook", "Prefix"), translate("Workbook", "VLAN"),
               translate("Workbook", "First"), translate("Workbook", "Last"), translate("Workbook", "Count"),
               translate("Workbook", "Role"), translate("Workbook", "Owner"),
               translate("Workbook", "Note"), translate("Workbook", "Status")]
    rows = reservation_rows(plan)
    outside = translate("Workbook", "outside the planned networks")
    data = [[outside if r.network is OUTSIDE else network_label(r.network),
             r.prefix, r.vlan, ip(r.first), ip(r.last), r.count, role_label(r.role), r.owner, r.note, r.status]
            for r in rows]
    write_table(ws, 1, 1, "Reservations", headers, data, WIDTHS, wrap={0, 7, 8, 9}, center={2, 5})
    for index, r in enumerate(rows, start=2):
        colours = conflict_swatch() if r.conflict else swatch(r.role)
        style(ws.cell(row=index, column=7), fill=colours.fill, font=font_colour(colours.text, bold=r.conflict))
    ws.freeze_panes = "A2"
    page_setup(ws, plan.name, title_rows="1:1")

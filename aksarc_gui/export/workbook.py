"""The Excel workbook a network team can file and filter.

Sheets: Summary, Reservations, Address map, Clusters, Services, Firewall,
Problems.  Every text cell is written through ``xlsx_cells.put`` so no plan
text ever becomes a formula.  Works for every plan that loads, errors included.
"""

from __future__ import annotations

import gc
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager

from openpyxl import Workbook

from aksarc_gui.domain.io import atomic_write_bytes
from aksarc_gui.domain.plan import Plan
from aksarc_gui.export.sheets.address_map import write_address_map
from aksarc_gui.export.sheets.reservations import write_reservations
from aksarc_gui.export.sheets.summary import write_summary
from aksarc_gui.export.sheets.tables import write_clusters, write_firewall, write_problems, write_services
from aksarc_gui.export.xlsx_cells import excel_text
from aksarc_gui.i18n import translate
from aksarc_gui.planning.budget import budget
from aksarc_gui.planning.claims import plan_claims
from aksarc_gui.planning.validate import validate


def build_workbook(plan: Plan) -> Workbook:
    b, problems, claims = budget(plan), validate(plan), plan_claims(plan)
    wb = Workbook()
    summary = wb.active
    summary.title = translate("Workbook", "Summary")
    write_summary(summary, plan, b, problems)
    write_reservations(wb.create_sheet(translate("Workbook", "Reservations")), plan)
    write_address_map(wb.create_sheet(translate("Workbook", "Address map")), plan, claims)
    write_clusters(wb.create_sheet(translate("Workbook", "Clusters")), plan, b)
    write_services(wb.create_sheet(translate("Workbook", "Services")), plan)
    write_firewall(wb.create_sheet(translate("Workbook", "Firewall")), plan)
    write_problems(wb.create_sheet(translate("Workbook", "Problems")), plan, problems)
    wb.properties.title = excel_text(plan.name)[:255] or None  # document properties are XML too
    wb.properties.creator = "AKS Arc Network Planner"
    return wb


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A workbook is one object per cell, all alive until it is saved: the cyclic garbage
    collector would walk them again and again while they are made (a quarter of a large
    export) and find nothing to free."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def workbook_bytes(plan: Plan) -> bytes:
    buffer = io.BytesIO()
    with _collector_paused():
        build_workbook(plan).save(buffer)
    return buffer.getvalue()


def write_workbook(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Save the workbook atomically: ``path`` holds the old file or the complete new one."""
    atomic_write_bytes(path, workbook_bytes(plan))

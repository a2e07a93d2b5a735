"""The proxy bypass list on the Firewall sheet: the complete NO_PROXY string for this plan, to paste."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from aksarc_gui.domain.plan import Plan
from aksarc_gui.export.xlsx_cells import BOLD, HEADING, WRAP, merge, put
from aksarc_gui.i18n import translate
from aksarc_gui.planning.proxy import bypass_string

CHARS_PER_LINE = 150  # the merged cell spans the sheet's seven columns
LINE_HEIGHT = 15  # points


def write_proxy_bypass(ws: Worksheet, row: int, plan: Plan) -> int:
    """Heading, what the plan's proxy is, the string in one merged cell and how to use it; returns the next row."""
    put(ws, row, 1, translate("Workbook", "Proxy bypass list (NO_PROXY, rules PROXY-2 and PROXY-3)"), font=HEADING)
    row += 1
    proxy = plan.platform.proxy
    if proxy is None:
        put(ws, row, 1, translate("Workbook", "The plan has no proxy. If Azure Local is deployed with one, its "
                                              "bypass list needs at least:"))
    else:
        put(ws, row, 1, translate("Workbook", "Proxy: HTTP {http}, HTTPS {https}. Complete bypass list for this "
                                              "plan (the plan's entries and what AKS Arc needs):").format(
            http=proxy.http_proxy or "\u2014", https=proxy.https_proxy or "\u2014"))
    row += 1
    text = bypass_string(plan)
    put(ws, row, 1, text, font=BOLD, alignment=WRAP)
    merge(ws, row, 1, 7)
    ws.row_dimensions[row].height = LINE_HEIGHT * (len(text) // CHARS_PER_LINE + 1)
    row += 1
    put(ws, row, 1, translate("Workbook", "Set it as the NO_PROXY environment variable on every machine before "
                                          "Azure Local is registered (Learn: \"Configure proxy settings for Azure "
                                          "Local\"); add the machines' and the system's names. It cannot be changed "
                                          "after deployment. WinInet and WinHTTP take another syntax (no CIDR, "
                                          "* wildcards)."))
    return row + 1

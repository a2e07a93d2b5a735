"""Summary: the plan at a glance -- the article's reservation table with this plan's numbers."""

from __future__ import annotations

from datetime import datetime

from openpyxl.worksheet.worksheet import Worksheet

from aksarc_gui import __version__
from aksarc_gui.domain.plan import Plan
from aksarc_gui.export.xlsx_cells import (
    BOLD,
    CENTER_TOP,
    HEADER_ALIGNMENT,
    HEADING,
    LEFT_TOP,
    TITLE,
    page_setup,
    put,
)
from aksarc_gui.i18n import translate
from aksarc_gui.planning.budget import Budget
from aksarc_gui.planning.capacity import Capacity, ClusterCapacity, capacity
from aksarc_gui.planning.problems import Problem, Severity, counts

ERROR_FILL = "#F4C7BE"
TWO_LINES = 30  # points: a heading wrapped on two lines


def budget_rows(b: Budget) -> list[tuple[str, int, str]]:
    """The article's planning table (requirement, IPs, where), with this plan's numbers."""
    auto = b.pool - b.node_vms - b.upgrade
    rows = [
        (translate("Budget", "AKS Arc node VMs"), b.node_vms, translate("Budget", "logical network IP pool")),
        (translate("Budget", "Kubernetes upgrade"), b.upgrade, translate("Budget", "logical network IP pool")),
    ]
    if auto:
        rows.append((translate("Budget", "Control plane (automatic)"), auto,
                     translate("Budget", "logical network IP pool")))
    rows += [
        (translate("Budget", "Control plane IPs"), b.control_plane,
         translate("Budget", "same subnet, outside the IP pool")),
        (translate("Budget", "Load balancer IPs"), b.load_balancer,
         translate("Budget", "same subnet outside the IP pool, or another network")),
    ]
    return rows


def _limit_text(cluster: ClusterCapacity) -> str:
    if cluster.limited_by == "cluster_limit":
        return translate("Workbook", "200 nodes per cluster")
    if cluster.limited_by == "unknown_network":
        return translate("Workbook", "logical network not in the plan")
    return translate("Workbook", "IP pool of {network}, shared").format(network=cluster.logical_network)


def write_room_to_grow(ws: Worksheet, row: int, cap: Capacity) -> int:
    """How far the plan grows before POOL-3 or LB-4 breaks, as numbers; returns the next free row."""
    put(ws, row, 1, translate("Workbook", "Room to grow"), font=HEADING)
    row += 1
    headers = [translate("Budget", "Logical network"), translate("Workbook", "Prefix"),
               translate("Workbook", "Biggest free block"), translate("Workbook", "Free addresses"),
               translate("Workbook", "More node VMs"), translate("Workbook", "Pool short by")]
    for col, text in enumerate(headers, start=1):
        put(ws, row, col, text, font=BOLD, fill="#DDDDDD", alignment=HEADER_ALIGNMENT)
    ws.row_dimensions[row].height = TWO_LINES  # the narrow number columns wrap their headings
    row += 1
    for net in cap.networks:
        values = [net.name, net.prefix, net.largest_free_block or "\u2014", net.free_addresses, net.more_nodes,
                  net.pool_shortfall]
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value, number_format="0" if col >= 4 else None,
                alignment=CENTER_TOP if col >= 4 else LEFT_TOP,
                fill=ERROR_FILL if col == 6 and net.pool_shortfall else None)
        row += 1
    row += 1
    headers = [translate("Budget", "Cluster"), translate("Budget", "Logical network"),
               translate("Workbook", "Node VMs limited by"), translate("Workbook", "Node VMs"),
               translate("Workbook", "More node VMs"), translate("Workbook", "LB addresses"),
               translate("Workbook", "LB-4 need"), translate("Workbook", "More LB instances"),
               translate("Workbook", "On a new port")]
    for col, text in enumerate(headers, start=1):
        put(ws, row, col, text, font=BOLD, fill="#DDDDDD", alignment=HEADER_ALIGNMENT)
    ws.row_dimensions[row].height = TWO_LINES  # the narrow number columns wrap their headings
    row += 1
    for cluster in cap.clusters:
        values = [cluster.name, cluster.logical_network, _limit_text(cluster), cluster.node_vms, cluster.more_nodes,
                  cluster.lb_addresses, cluster.lb_need, cluster.more_lb_instances, cluster.lb_instances_per_new_port]
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value, number_format="0" if col >= 4 else None,
                alignment=CENTER_TOP if col >= 4 else LEFT_TOP)
        row += 1
    if not cap.clusters:
        put(ws, row, 1, translate("Workbook", "The plan has no clusters yet."))
        row += 1
    put(ws, row + 1, 1, translate("Workbook", "More node VMs: before POOL-3 breaks. A network's pool is shared: "
                                              "each cluster can add that many, not all at once."))
    put(ws, row + 2, 1, translate("Workbook", "More LB instances: before LB-4 breaks, on the busiest port; on a new "
                                              "port: the instances a service on an unused port can have."))
    return row + 4


def write_summary(ws: Worksheet, plan: Plan, b: Budget, problems: list[Problem]) -> None:
    ws.column_dimensions["A"].width = 30
    for col, width in zip("BCDEFGHI", (16, 46, 14, 14, 11, 11, 11, 11)):
        ws.column_dimensions[col].width = width
    put(ws, 1, 1, translate("Workbook", "AKS Arc IP address plan"), font=TITLE)
    facts = [
        (translate("Workbook", "Plan"), plan.name or translate("Workbook", "(unnamed)")),
        (translate("Workbook", "Azure Local release"), plan.platform.release),
        (translate("Workbook", "Resource group"), plan.azure.resource_group or "\u2014"),
        (translate("Workbook", "Exported"), datetime.now().replace(microsecond=0)),
        (translate("Workbook", "Exported with"), f"AKS Arc Network Planner {__version__}"),
    ]
    row = 3
    for label, value in facts:
        put(ws, row, 1, label, font=BOLD)
        put(ws, row, 2, value, alignment=LEFT_TOP,
            number_format="yyyy-mm-dd hh:mm" if isinstance(value, datetime) else None)
        row += 1

    row += 1
    put(ws, row, 1, translate("Workbook", "IP addresses to reserve"), font=HEADING)
    row += 1
    for col, text in enumerate([translate("Budget", "Requirement"), translate("Budget", "IPs"),
                                translate("Budget", "Where it is reserved")], start=1):
        put(ws, row, col, text, font=BOLD, fill="#DDDDDD")
    row += 1
    for requirement, count, where in budget_rows(b):
        put(ws, row, 1, requirement)
        put(ws, row, 2, count, number_format="0", alignment=CENTER_TOP)
        put(ws, row, 3, where)
        row += 1
    put(ws, row, 1, translate("Budget", "Total"), font=BOLD)
    put(ws, row, 2, b.total, font=BOLD, number_format="0", alignment=CENTER_TOP)
    row += 2

    put(ws, row, 1, translate("Workbook", "IP pool usage per logical network"), font=HEADING)
    row += 1
    headers = [translate("Budget", "Logical network"), translate("Workbook", "Prefix"),
               translate("Workbook", "IP pool"), translate("Workbook", "VLAN"), translate("Budget", "Pool size"),
               translate("Budget", "Required"), translate("Budget", "Free"), translate("Workbook", "Used")]
    for col, text in enumerate(headers, start=1):
        put(ws, row, col, text, font=BOLD, fill="#DDDDDD")
    row += 1
    for net, nb in zip(plan.logical_networks, b.logical_networks):
        pool = f"{net.ip_pool.start}-{net.ip_pool.end}" if net.ip_pool else translate("Workbook", "none")
        values = [net.name, str(net.address_prefix), pool, net.vlan, nb.pool_size, nb.pool_required, nb.pool_free,
                  nb.pool_required / nb.pool_size if nb.pool_size else None]
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value, number_format="0%" if col == 8 else None,
                alignment=CENTER_TOP if col >= 4 else LEFT_TOP)
        if nb.pool_free < 0:
            put(ws, row, 7, nb.pool_free, fill=ERROR_FILL, font=BOLD, alignment=CENTER_TOP)
        row += 1
    if not plan.logical_networks:
        put(ws, row, 1, translate("Workbook", "The plan has no logical networks yet."))
        row += 1
    row += 1
    row = write_room_to_grow(ws, row, capacity(plan))

    put(ws, row, 1, translate("Workbook", "Problems"), font=HEADING)
    row += 1
    labels = {Severity.ERROR: translate("Workbook", "Errors"), Severity.WARNING: translate("Workbook", "Warnings"),
              Severity.INFO: translate("Workbook", "Information")}
    for severity, number in counts(problems).items():
        put(ws, row, 1, labels[severity])
        put(ws, row, 2, number, number_format="0", alignment=CENTER_TOP,
            fill=ERROR_FILL if severity is Severity.ERROR and number else None)
        row += 1
    put(ws, row + 1, 1, translate("Workbook", "Details on the sheets Reservations, Address map, Clusters, Services, "
                                       "Firewall and Problems."))
    page_setup(ws, plan.name, landscape=False)

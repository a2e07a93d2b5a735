"""The list sheets: clusters, services, firewall and problems, each a filterable Excel table."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from aksarc_gui.domain.plan import NodePool, Plan
from aksarc_gui.export.deployed import status_label, with_new
from aksarc_gui.export.sheets.proxy import write_proxy_bypass
from aksarc_gui.export.xlsx_cells import HEADING, page_setup, put, write_table
from aksarc_gui.i18n import translate
from aksarc_gui.planning.assignment import SHARED_IP_ANNOTATION, service_bindings, sharing_key, sharing_services
from aksarc_gui.planning.budget import Budget
from aksarc_gui.planning.firewall import flows, needs_cross_vlan_rules, urls
from aksarc_gui.planning.problems import Problem


def _pool_text(p: NodePool) -> str:
    text = translate("Workbook", "{name}: {count} \u00d7 {size} ({os})").format(
        name=p.name, count=p.count, size=p.vm_size, os=p.os_type)
    if p.autoscaler is not None:
        text += translate("Workbook", ", autoscaler {low} to {high}").format(
            low=p.autoscaler.min_count, high=p.autoscaler.max_count)
    return text


def _cluster_status(plan: Plan, index: int) -> str:
    """The cluster's status, and which of its node pools and load balancer are new when it exists."""
    cluster = plan.clusters[index]
    status = status_label(plan, f"clusters[{index}]")
    if not cluster.deployed:
        return status
    new = [p.name for p in cluster.node_pools if not p.deployed]
    if cluster.load_balancer is not None and not cluster.load_balancer.deployed:
        new.append(cluster.load_balancer.name or translate("Workbook", "load balancer"))
    return with_new(status, new)


def write_clusters(ws: Worksheet, plan: Plan, b: Budget) -> None:
    headers = [translate("Workbook", "Cluster"), translate("Workbook", "Logical network"),
               translate("Workbook", "Control plane IP"),
               translate("Workbook", "Control plane nodes"), translate("Workbook", "Control plane VM size"),
               translate("Workbook", "Node pools"), translate("Workbook", "Worker nodes"),
               translate("Workbook", "Pool IPs needed"),
               translate("Workbook", "Load balancer"), translate("Workbook", "Load balancer addresses"),
               translate("Workbook", "Load balancer IPs needed"), translate("Workbook", "Pod CIDR"),
               translate("Workbook", "Kubernetes version"), translate("Workbook", "Status")]
    rows = []
    for index, cluster in enumerate(plan.clusters):
        cb = b.cluster(cluster.name)
        cp = cluster.control_plane
        pools = "\n".join(_pool_text(p) for p in cluster.node_pools)
        lb = cluster.load_balancer
        lb_text = translate("Workbook", "none") if lb is None else (
            translate("Workbook", "MetalLB {name}, {mode}").format(name=lb.name, mode=lb.advertise_mode)
            if lb.kind == "metallb"
            else translate("Workbook", "external {name}").format(name=lb.name))
        cp_ip = str(cp.ip) if cp.ip is not None else (
            translate("Workbook", "automatic (from the pool)") if cb and cb.auto_control_plane
            else translate("Workbook", "missing"))
        rows.append([cluster.name, cluster.logical_network, cp_ip, cp.count, cp.vm_size, pools,
                     sum(p.count for p in cluster.node_pools), cb.pool if cb else None, lb_text,
                     ", ".join(str(a) for a in lb.addresses) if lb else "", cb.load_balancer if cb else None,
                     str(cluster.pod_cidr), cluster.kubernetes_version or translate("Workbook", "default"),
                     _cluster_status(plan, index)])
    write_table(ws, 1, 1, "Clusters", headers, rows, [16, 16, 16, 13, 17, 36, 10, 10, 24, 26, 13, 14, 12, 28],
                wrap={5, 9, 13}, center={3, 6, 7, 10})
    ws.freeze_panes = "B2"
    page_setup(ws, plan.name, title_rows="1:1")


def write_services(ws: Worksheet, plan: Plan) -> None:
    headers = [translate("Workbook", "Cluster"), translate("Workbook", "Service"), translate("Workbook", "Instance"),
               translate("Workbook", "Port"),
               translate("Workbook", "Protocol"), translate("Workbook", "Load balancer IP"),
               translate("Workbook", "Annotation {annotation} (LB-8)").format(annotation=SHARED_IP_ANNOTATION), translate("Workbook", "Note")]
    # Rule LB-8: services that share an address need MetalLB's annotation with the cluster's key.
    keys = {(c.name, i): sharing_key(c) for c in plan.clusters
            if c.load_balancer is not None and c.load_balancer.kind == "metallb" for i in sharing_services(c)}
    rows = []
    for bnd in service_bindings(plan):
        note = "" if bnd.ip else translate("Workbook", "no load balancer address left for this instance")
        rows.append([bnd.cluster, bnd.service, bnd.instance, bnd.port, bnd.protocol or "", bnd.ip or "",
                     keys.get((bnd.cluster, bnd.service_index), ""), note])
    write_table(ws, 1, 1, "Services", headers, rows, [18, 22, 10, 8, 10, 17, 40, 44], center={2, 3, 4})

    ws.freeze_panes = "A2"
    page_setup(ws, plan.name, title_rows="1:1")


def write_firewall(ws: Worksheet, plan: Plan) -> None:
    put(ws, 1, 1, translate("Workbook", "Cross-VLAN flows (rules PORT-1 to PORT-5)"), font=HEADING)
    headers = [translate("Workbook", "Rule"), translate("Workbook", "Logical network"), translate("Workbook", "Source"),
               translate("Workbook", "Destination"), translate("Workbook", "Port"), translate("Workbook", "Protocol"),
               translate("Workbook", "Purpose")]
    rows = [[f.rule, f.network, "\n".join(f.source), "\n".join(f.destination), f.port, f.protocol, f.purpose]
            for f in flows(plan)]
    same = [n.name for n in plan.logical_networks if not needs_cross_vlan_rules(plan, n)]
    # Both tables share the columns, so their widths serve both: A rule, B network / hosts,
    # C source / service, D destination / purpose, E port.
    widths = [10, 44, 30, 40, 8, 9, 40]
    row = write_table(ws, 2, 1, "CrossVlanFlows", headers, rows, widths, wrap={1, 2, 3, 6}, center={4, 5})
    if rows and plan.management_network is not None:
        note = translate("Workbook", "Management side: the infrastructure IP pool and the physical hosts. A rule for "
                                     "the whole management network {prefix} covers them too.").format(
            prefix=str(plan.management_network.address_prefix.cidr))
        put(ws, row, 1, note)
        row += 1
    if same:
        put(ws, row, 1, translate("Workbook", "Same VLAN as the management network, no cross-VLAN rules needed: "
                                              "{names}").format(names=", ".join(same)))
        row += 1
    row += 1
    heading = translate("Workbook", "Outbound URL allow list (rules URL-1, URL-2), release {release}").format(
        release=plan.platform.release)
    put(ws, row, 1, heading, font=HEADING)
    url_rows = [[u.rule, "\n".join(u.hosts), u.service, u.purpose, u.port] for u in urls(plan.platform.release)]
    url_headers = [translate("Workbook", "Rule"), translate("Workbook", "Hosts"), translate("Workbook", "Service"),
                   translate("Workbook", "Purpose"), translate("Workbook", "Port")]
    row = write_table(ws, row + 1, 1, "OutboundUrls", url_headers, url_rows, widths[:5], wrap={1, 2, 3}, center={4})
    write_proxy_bypass(ws, row + 1, plan)
    ws.freeze_panes = "A3"
    page_setup(ws, plan.name)


def write_problems(ws: Worksheet, plan: Plan, problems: list[Problem]) -> None:
    """One row per problem: the field in words ("cluster-a \u203a control plane IP") for people, and
    its JSON path in the last column for tools."""
    from aksarc_gui.planning.field_names import field_name

    severity = {"error": translate("Workbook", "error"), "warning": translate("Workbook", "warning"),
                "info": translate("Workbook", "information")}
    headers = [translate("Workbook", "Severity"), translate("Workbook", "Rule"), translate("Workbook", "Field"),
               translate("Workbook", "Message"),
               translate("Workbook", "Related fields"), translate("Workbook", "JSON path")]
    rows = [[severity[p.severity.value], p.rule, field_name(p.path, plan), p.message,
             "; ".join(field_name(r, plan) for r in p.related), p.path] for p in problems]
    write_table(ws, 1, 1, "Problems", headers, rows, [12, 10, 34, 80, 34, 34], wrap={2, 3, 4, 5})
    ws.freeze_panes = "A2"
    page_setup(ws, plan.name, title_rows="1:1")

"""What the scripts and the workbook say about objects that already exist in Azure (``deployed``).

They are not created again: one "Already deployed" step lists them as comments, and only
what is new gets commands: new networks and clusters as usual, new node pools of a deployed
cluster with ``az aksarc nodepool add``, a new load balancer of a deployed cluster as usual.
"""

from __future__ import annotations

from aksarc_gui.domain import jsonpath
from aksarc_gui.domain.plan import Plan
from aksarc_gui.export.script_model import Line, Note, Step
from aksarc_gui.i18n import translate


def already_deployed_step(plan: Plan) -> list[Step]:
    """[] when nothing is deployed, else one step of comments."""
    lines: list[Line] = []
    for net in plan.logical_networks:
        if net.deployed:
            lines.append(Note(translate("Scripts", "Logical network {name} ({prefix}) exists.").format(
                name=net.name, prefix=str(net.address_prefix))))
    for cluster in plan.clusters:
        if not cluster.deployed:
            continue
        pools = ", ".join(p.name for p in cluster.node_pools if p.deployed) or translate("Scripts", "none")
        lines.append(Note(translate("Scripts", "Cluster {name} exists (node pools: {pools}).").format(
            name=cluster.name, pools=pools)))
        lb = cluster.load_balancer
        if lb is not None and lb.deployed:
            lines.append(Note(translate("Scripts", "Load balancer {name} of cluster {cluster} exists.").format(
                name=lb.name, cluster=cluster.name)))
    if not lines:
        return []
    return [Step(translate("Scripts", "Already deployed"), lines,
                 translate("Scripts", "Imported from Azure: nothing to create. The commands below create only what is new."))]


def new_node_pool_steps(plan: Plan) -> list[Step]:
    """``az aksarc nodepool add`` for the planned node pools of deployed clusters."""
    from aksarc_gui.export.commands import nodepool_lines

    out = []
    for cluster in plan.clusters:
        new = [p for p in cluster.node_pools if not p.deployed]
        if cluster.deployed and new:
            lines: list[Line] = []
            for pool in new:
                lines.extend(nodepool_lines(cluster, pool))
            out.append(Step(translate("Scripts", "New node pools of cluster {name}").format(name=cluster.name), lines,
                            translate("Scripts", "The cluster exists; these pools are added to it.")))
    return out


def status_label(plan: Plan, path: str) -> str:
    """Whether what ``path`` points at exists already, for the workbook's Status columns.

    The management network's addresses belong to Azure Local, deployed before any AKS
    cluster; otherwise the innermost object on the path that has a ``deployed`` flag decides
    (a planned load balancer of a deployed cluster is planned)."""
    parts = jsonpath.parse(path)
    if parts[:1] == ["management_network"]:
        return translate("Workbook", "exists (Azure Local)")
    deployed, node = False, plan
    try:
        for part in parts:
            node = node[part] if isinstance(part, int) else getattr(node, part)
            deployed = getattr(node, "deployed", deployed)
    except (AttributeError, IndexError, TypeError):
        pass  # a path past the model's objects (a computed claim): what was found so far decides
    if not deployed:
        return translate("Workbook", "planned")
    # a deployed cluster's node pools (its node VMs' share of the IP pool): some may be new
    new = [item.name for item in node if getattr(item, "deployed", True) is False] if isinstance(node, list) else []
    return with_new(translate("Workbook", "exists in Azure"), new)


def with_new(status: str, names: list[str]) -> str:
    """``status``, and the parts of a deployed object that are still to be created."""
    return status + "; " + translate("Workbook", "new: {names}").format(names=", ".join(names)) if names else status

"""What the scripts say about objects that already exist in Azure (``deployed`` in the plan).

They are not created again: one "Already deployed" step lists them as comments, and only
what is new gets commands: new networks and clusters as usual, new node pools of a deployed
cluster with ``az aksarc nodepool add``, a new load balancer of a deployed cluster as usual.
"""

from __future__ import annotations

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

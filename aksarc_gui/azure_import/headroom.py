"""Headroom forecast: how much more each deployed logical network's IP pool can take.

A deployed network's pool can never grow (az-cli.md section 1), so what the next clusters and
upgrades may use is what the deployed ones leave. Before 2411 each new cluster also needs a
control plane IP outside the pool: the addresses of the prefix that nothing deployed uses bound
the cluster count too. In use: the deployed clusters' pool budget
(node VMs at their largest size, the one upgrade address each, automatic control plane IPs;
planning/budget.py) plus the NIC addresses Azure handed out from the pool; Azure's own
``ipPools[].info.used`` counter is taken where it is higher. The planned (not deployed)
clusters and node pools on the network are then added in plan order, and the first one that
does not fit is named with what fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from netaddr import IPAddress

from aksarc_gui.azure_import.readers import Snapshot
from aksarc_gui.domain.plan import Cluster, LogicalNetwork, Plan
from aksarc_gui.i18n import display_width, ljust_display, translate
from aksarc_gui.planning.budget import AUTO_CONTROL_PLANE_RELEASE, cluster_budget, largest_size, pool_size
from aksarc_gui.planning.claims import plan_claims
from aksarc_gui.planning.ranges import count, free_gaps, merge, usable


@dataclass
class Action:
    text: str  # "add cluster cluster-c"
    need: int  # pool addresses
    free_before: int


@dataclass
class NetworkHeadroom:
    name: str
    pool_size: int
    in_use: int
    azure_used: int | None
    more_node_vms: int
    more_clusters: int
    upgrades_at_once: int
    free_outside_pool: int  # addresses of the prefix outside every use: control plane and load balancer IPs
    actions: list[Action] = field(default_factory=list)
    exhausted_by: str = ""  # the first planned action that does not fit, "" when all do
    message: str = ""

    @property
    def free(self) -> int:
        return self.pool_size - self.in_use

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "pool_size": self.pool_size, "in_use": self.in_use, "azure_used": self.azure_used,
                "free": self.free, "more_node_vms": self.more_node_vms, "more_clusters": self.more_clusters,
                "upgrades_at_once": self.upgrades_at_once, "free_outside_pool": self.free_outside_pool,
                "planned": [{"action": a.text, "pool_addresses": a.need, "free_before": a.free_before} for a in self.actions],
                "exhausted_by": self.exhausted_by or None, "message": self.message or None}


def smallest_cluster(plan: Plan) -> int:
    """Pool addresses of the smallest cluster: one control plane VM, one worker, one upgrade address
    (and the automatic control plane IP from 2411 on, when the planner leaves it to Azure)."""
    return 3 + (1 if plan.release_number() >= AUTO_CONTROL_PLANE_RELEASE else 0)


def _in_pool(net: LogicalNetwork, ip: str) -> bool:
    pool = net.ip_pool
    return pool is not None and int(pool.start) <= int(IPAddress(ip)) <= int(pool.end)


def _azure_use(net: LogicalNetwork, snap: Snapshot | None) -> tuple[int, int | None]:
    """(NIC addresses inside the plan's pool, Azure's info.used of that pool) from the az files."""
    if snap is None:
        return 0, None
    nics = sum(1 for n in snap.nics if n.network.lower() == net.name.lower() and _in_pool(net, n.ip))
    az = snap.network(net.name)
    used = None
    if az is not None and net.ip_pool is not None:
        used = next((p.used for p in az.vm_pools
                     if (p.start, p.end) == (str(net.ip_pool.start), str(net.ip_pool.end))), None)
    return nics, used


def deployed_view(plan: Plan) -> Plan:
    """The plan as Azure has it: deployed clusters with their deployed node pools and load balancer only."""
    clusters = []
    for c in plan.clusters:
        if c.deployed:
            lb = c.load_balancer if c.load_balancer is not None and c.load_balancer.deployed else None
            clusters.append(c.model_copy(update={"node_pools": [p for p in c.node_pools if p.deployed],
                                                 "load_balancer": lb}))
    return plan.model_copy(update={"clusters": clusters})


def busy_ranges(deployed: Plan) -> list[tuple[int, int]]:
    """Every address range ``deployed`` uses, merged (computed once for all networks)."""
    return merge((c.first, c.last) for c in plan_claims(deployed))


def free_outside_pool(busy: list[tuple[int, int]], net: LogicalNetwork) -> int:
    """Usable addresses of the network's prefix that no range of ``busy`` covers (the pool is one of them)."""
    lo, hi = usable(net.address_prefix.cidr)
    return count(free_gaps(lo, hi, busy))


def _planned(plan: Plan, net: LogicalNetwork) -> list[tuple[str, int, bool, Cluster]]:
    """(action text, pool addresses, is a new cluster, cluster) for what the plan adds on the network, in plan order."""
    out = []
    for cluster in plan.clusters:
        if cluster.logical_network.lower() != net.name.lower():
            continue
        if not cluster.deployed:
            out.append((translate("AzureHeadroom", "adding {cluster}").format(cluster=cluster.name),
                        cluster_budget(plan, cluster).pool, True, cluster))
            continue
        for pool in cluster.node_pools:
            if not pool.deployed:
                out.append((translate("AzureHeadroom", "adding node pool {pool} to {cluster}").format(
                    pool=pool.name, cluster=cluster.name), largest_size(pool), False, cluster))
    return out


def _exhaust_message(text: str, need: int, free: int, new_cluster: bool, cluster: Cluster) -> str:
    if new_cluster and need - 1 <= free:
        return translate("AzureHeadroom", "{action} uses the last {free} pool addresses: its first upgrade fails").format(
            action=text, free=free)
    if not new_cluster and need <= free + 1:
        return translate("AzureHeadroom", "{action} uses the last {free} pool addresses and the one kept for upgrades: "
                         "the next upgrade of {cluster} fails").format(action=text, free=free, cluster=cluster.name)
    return translate("AzureHeadroom", "{action} needs {need} pool addresses, {free} are left: its node VMs do not all "
                     "get an address").format(action=text, need=need, free=max(free, 0))


def network_headroom(plan: Plan, net: LogicalNetwork, snap: Snapshot | None = None, view: Plan | None = None,
                     busy: list[tuple[int, int]] | None = None) -> NetworkHeadroom:
    view = view or deployed_view(plan)
    busy = busy if busy is not None else busy_ranges(view)
    # only the deployed node pools are in use; a planned pool on a deployed cluster is a planned action
    budgets = [cluster_budget(view, c) for c in view.clusters if c.logical_network.lower() == net.name.lower()]
    nics, azure_used = _azure_use(net, snap)
    in_use = sum(b.pool for b in budgets) + nics
    if azure_used is not None and azure_used > in_use:
        in_use = azure_used  # Azure knows of allocations the plan does not (VMs not in the files)
    size = pool_size(net)
    free = size - in_use
    outside = free_outside_pool(busy, net)
    clusters = max(free, 0) // smallest_cluster(plan)
    if plan.release_number() < AUTO_CONTROL_PLANE_RELEASE:
        clusters = min(clusters, outside)  # each new cluster also needs a control plane IP outside the pool
    row = NetworkHeadroom(net.name, size, in_use, azure_used, max(free, 0), clusters, max(free + len(budgets), 0),
                          outside)
    if free < 0:
        row.exhausted_by = translate("AzureHeadroom", "what is deployed")
        row.message = translate("AzureHeadroom", "the deployed clusters already need {need} pool addresses, the pool has "
                                "{size}").format(need=in_use, size=size)
        return row
    for text, need, new_cluster, cluster in _planned(plan, net):
        row.actions.append(Action(text, need, free))
        if need > free and not row.exhausted_by:
            row.exhausted_by = text
            row.message = _exhaust_message(text, need, free, new_cluster, cluster)
        free -= need
    return row


def forecast(plan: Plan, snap: Snapshot | None = None) -> list[NetworkHeadroom]:
    """One row per deployed logical network, in plan order."""
    view = deployed_view(plan)
    busy = busy_ranges(view)
    return [network_headroom(plan, n, snap, view, busy) for n in plan.logical_networks if n.deployed]


def render_text(rows: list[NetworkHeadroom]) -> str:
    if not rows:
        return translate("AzureHeadroom", "No deployed logical network in the plan; import one with aksarc-plan import.") + "\n"
    head = [translate("AzureHeadroom", "Logical network"), translate("AzureHeadroom", "Pool"),
            translate("AzureHeadroom", "In use"), translate("AzureHeadroom", "Free"),
            translate("AzureHeadroom", "More node VMs"), translate("AzureHeadroom", "More clusters"),
            translate("AzureHeadroom", "Upgrades at once"), translate("AzureHeadroom", "Free outside pool")]
    table = [head] + [[r.name, str(r.pool_size), str(r.in_use), str(r.free), str(r.more_node_vms),
                       str(r.more_clusters), str(r.upgrades_at_once), str(r.free_outside_pool)] for r in rows]
    widths = [max(display_width(row[i]) for row in table) for i in range(len(head))]
    lines = ["  ".join(ljust_display(c, w) for c, w in zip(row, widths)).rstrip() for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    for r in rows:
        if r.message:
            lines.append(translate("AzureHeadroom", "{network}: {message}").format(network=r.name, message=r.message))
        elif r.actions:
            lines.append(translate("AzureHeadroom", "{network}: the {count} planned addition(s) fit; {free} pool addresses "
                                   "stay free").format(network=r.name, count=len(r.actions), free=r.free - sum(a.need for a in r.actions)))
    return "\n".join(lines).rstrip("\n") + "\n"

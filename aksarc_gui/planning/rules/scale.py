"""Scale limits (Learn scale-requirements.md): SCALE-1..4; VM sizes: SIZE-1.

SCALE-3 counts every node VM, control plane nodes included: the conservative
reading of "200 nodes per cluster".  SCALE-2: the default node pool, made by
az aksarc create (the plan's first pool), holds 1 to 200 nodes; pools added later
1 to 64.
"""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.rules.context import RuleContext

MAX_NODE_POOLS, MAX_POOL_NODES, MAX_CLUSTER_NODES, MAX_CLUSTERS = 16, 64, 200, 32
MAX_DEFAULT_POOL_NODES = 200

CONTROL_PLANE_SIZES = frozenset({"Standard_K8S3_v1", "Standard_A4_v2", "Standard_D4s_v3", "Standard_D8s_v3"})
WORKER_SIZES = frozenset({
    "Standard_A2_v2", "Standard_K8S3_v1", "Standard_A4_v2", "Standard_D4s_v3", "Standard_D8s_v3",
    "Standard_D16s_v3", "Standard_D32s_v3", "Standard_NK6", "Standard_NK12",
    "Standard_NC4_A2", "Standard_NC8_A2", "Standard_NC16_A2", "Standard_NC32_A2",
    "Standard_NC4_A16", "Standard_NC8_A16", "Standard_NC16_A16", "Standard_NC32_A16",
})


def check(ctx: RuleContext) -> Iterator[Problem]:
    clusters = ctx.plan.clusters
    if len(clusters) > MAX_CLUSTERS:
        yield ctx.problem("SCALE-4", "clusters", translate("Rules", "The plan has {count} clusters; an Azure Local instance supports at most {limit}. Spread them "
                     "over more instances.").format(count=len(clusters), limit=MAX_CLUSTERS))
    for c, cluster in enumerate(clusters):
        base = f"clusters[{c}]"
        pools = cluster.node_pools
        if not 1 <= len(pools) <= MAX_NODE_POOLS:
            yield ctx.problem("SCALE-1", f"{base}.node_pools", translate("Rules", "Cluster {cluster} has {count} node pools; a cluster has 1 to {limit}.").format(cluster=cluster.name, count=len(pools), limit=MAX_NODE_POOLS))
        for p, pool in enumerate(pools):
            if p == 0 and not 1 <= pool.count <= MAX_DEFAULT_POOL_NODES:
                yield ctx.problem("SCALE-2", f"{base}.node_pools[{p}].count", translate("Rules", "The first node pool {pool} of cluster {cluster} has {count} nodes; the default node pool "
                             "az aksarc create makes has 1 to {limit}.").format(pool=pool.name, cluster=cluster.name, count=pool.count, limit=MAX_DEFAULT_POOL_NODES))
            elif p > 0 and not 1 <= pool.count <= MAX_POOL_NODES:
                yield ctx.problem("SCALE-2", f"{base}.node_pools[{p}].count", translate("Rules", "Node pool {pool} of cluster {cluster} has {count} nodes; a node pool added to a "
                             "cluster has 1 to {limit}. Split it into pools of at most {limit}.").format(pool=pool.name, cluster=cluster.name, count=pool.count, limit=MAX_POOL_NODES))
            if pool.vm_size not in WORKER_SIZES:
                yield ctx.problem("SIZE-1", f"{base}.node_pools[{p}].vm_size", translate("Rules", "{size} is not a worker VM size AKS Arc lists (e.g. Standard_A4_v2, Standard_D8s_v3); "
                             "check the spelling.").format(size=pool.vm_size or "''"))
        nodes = ctx.budget.clusters[c].node_vms
        if nodes > MAX_CLUSTER_NODES:
            yield ctx.problem("SCALE-3", f"{base}.node_pools", translate("Rules", "Cluster {cluster} has {count} nodes (control plane included); a cluster has at most "
                         "{limit}. Split it into two clusters.").format(cluster=cluster.name, count=nodes, limit=MAX_CLUSTER_NODES))
        if cluster.control_plane.vm_size not in CONTROL_PLANE_SIZES:
            yield ctx.problem("SIZE-1", f"{base}.control_plane.vm_size", translate("Rules", "{size} is not a control plane VM size AKS Arc lists (Standard_K8S3_v1, Standard_A4_v2, "
                         "Standard_D4s_v3, Standard_D8s_v3); check the spelling.").format(size=cluster.control_plane.vm_size or "''"))

"""The cluster autoscaler: POOL-5 (a pool's bounds) and SCALE-5 (clusters per instance).

POOL-5 keeps ``count`` within ``min_count..max_count``, ``min_count`` at 1 or
more (empty node pools are not supported) and ``max_count`` within SCALE-2's
size limit for the pool (200 nodes for the default, first pool; 64 for the others).  POOL-3 and the budget count an autoscaled pool at
``max_count`` (``budget.largest_size``).  SCALE-5: Learn's scale page limits an
Azure Local instance to 12 clusters once the autoscaler is on; the note on that
page speaks of every cluster of the instance, the conservative reading taken here.
"""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.rules.context import RuleContext
from aksarc_gui.planning.rules.scale import MAX_DEFAULT_POOL_NODES, MAX_POOL_NODES

MAX_CLUSTERS_WITH_AUTOSCALER = 12


def check(ctx: RuleContext) -> Iterator[Problem]:
    autoscaled: list[str] = []
    for c, cluster in enumerate(ctx.plan.clusters):
        for p, pool in enumerate(cluster.node_pools):
            scaler = pool.autoscaler
            if scaler is None:
                continue
            if cluster.name not in autoscaled:
                autoscaled.append(cluster.name)
            limit = MAX_DEFAULT_POOL_NODES if p == 0 else MAX_POOL_NODES
            yield from _bounds(ctx, f"clusters[{c}].node_pools[{p}]", cluster.name, pool.name, pool.count,
                               scaler.min_count, scaler.max_count, limit)
    clusters = len(ctx.plan.clusters)
    if autoscaled and clusters > MAX_CLUSTERS_WITH_AUTOSCALER:
        yield ctx.problem("SCALE-5", "clusters", translate(
            "Rules", "The plan has {count} clusters and the cluster autoscaler is on in {names}; with the autoscaler, "
                     "an Azure Local instance supports at most {limit} clusters. Turn the autoscaler off, or spread "
                     "the clusters over more instances ({extra} too many).").format(
            count=clusters, names=", ".join(autoscaled), limit=MAX_CLUSTERS_WITH_AUTOSCALER,
            extra=clusters - MAX_CLUSTERS_WITH_AUTOSCALER))


def _bounds(ctx: RuleContext, base: str, cluster: str, pool: str, count: int, low: int,
            high: int, limit: int) -> Iterator[Problem]:
    names = {"pool": pool, "cluster": cluster, "min": low, "max": high, "count": count}
    if low < 1:
        yield ctx.problem("POOL-5", f"{base}.autoscaler.min_count", translate(
            "Rules", "Node pool {pool} of cluster {cluster} has min_count {min}, but a node pool has at least 1 node "
                     "(empty node pools are not supported): set min_count to 1.").format(**names))
    if high > limit:
        yield ctx.problem("POOL-5", f"{base}.autoscaler.max_count", translate(
            "Rules", "Node pool {pool} of cluster {cluster} has max_count {max}, but a node pool has at most {limit} "
                     "nodes: set max_count to {limit} or less.").format(limit=limit, **names))
    if low > high:
        yield ctx.problem("POOL-5", f"{base}.autoscaler.max_count", translate(
            "Rules", "Node pool {pool} of cluster {cluster} has min_count {min} above max_count {max}: set max_count "
                     "to {min} or more, or min_count to {max} or less.").format(**names),
            related=[f"{base}.autoscaler.min_count"])
        return  # the range is empty: where count belongs is not known
    if not low <= count <= high:
        fit = min(max(count, low), high)
        yield ctx.problem("POOL-5", f"{base}.count", translate(
            "Rules", "Node pool {pool} of cluster {cluster} starts with {count} nodes, outside the autoscaler's range "
                     "{min} to {max}: set the node count to {fit}, or widen the range to include {count}.").format(
            fit=fit, **names), related=[f"{base}.autoscaler"])

"""POOL-3: each logical network's IP pool holds what its clusters take from it; POOL-4: the
first node pool is Linux.

POOL-1 (one IP per node VM) and POOL-2 (one upgrade IP per cluster) are the two
terms of the count (``budget``); they are reported through POOL-3, whose message
gives both numbers.  From release 2411 a cluster without a control plane IP also
takes one pool address (az-cli reference, section 7).
"""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning.budget import pool_size
from aksarc_gui.planning.freespace import usable_range
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.rules.context import RuleContext, ip, span


def _first_pool_linux(ctx: RuleContext) -> Iterator[Problem]:
    """POOL-4: az aksarc create makes the first node pool itself and has no --os-type: it is Linux.

    Windows pools can only be added afterwards (az aksarc nodepool add --os-type Windows).
    """
    for c, cluster in enumerate(ctx.plan.clusters):
        if not cluster.node_pools or cluster.node_pools[0].os_type == "Linux":
            continue
        first = cluster.node_pools[0]
        linux = next((p for p in cluster.node_pools if p.os_type == "Linux"), None)
        if linux is not None:
            message = translate("Rules", "The first node pool {pool} of cluster {cluster} is Windows, but the first node pool "
                                         "is the default pool az aksarc create makes, and it is Linux. Move the Linux node "
                                         "pool {linux} to the top of the list.").format(pool=first.name, cluster=cluster.name, linux=linux.name)
        else:
            message = translate("Rules", "Every node pool of cluster {cluster} is Windows, but the first node pool is the default "
                                         "pool az aksarc create makes, and it is Linux. Add a Linux node pool (e.g. nodepool1 "
                                         "with 1 node of Standard_A4_v2) at the top of the list; it needs one more IP of the "
                                         "pool.").format(cluster=cluster.name)
        yield ctx.problem("POOL-4", f"clusters[{c}].node_pools[0].os_type", message)


def check(ctx: RuleContext) -> Iterator[Problem]:
    yield from _first_pool_linux(ctx)
    by_network: dict[str, list[int]] = {}
    for c, cluster in enumerate(ctx.plan.clusters):
        by_network.setdefault(cluster.logical_network, []).append(c)
    for n, net in enumerate(ctx.plan.logical_networks):
        pool = net.ip_pool
        members = by_network.get(net.name, [])
        if pool is None or int(pool.start) > int(pool.end) or not members:
            continue  # no pool (LNET-8), a reversed one (LNET-4), or nothing to hold
        budgets = [ctx.budget.clusters[c] for c in members]
        need = sum(b.pool for b in budgets)
        size = pool_size(net)
        if size >= need:
            continue
        path = f"logical_networks[{n}].ip_pool"
        vms, upgrades = sum(b.node_vms for b in budgets), sum(b.upgrade for b in budgets)
        auto = sum(b.auto_control_plane for b in budgets)
        first = int(pool.start)
        missing = need - size
        lo, hi = usable_range(net.address_prefix.cidr)
        new_end = first + need - 1
        if net.deployed:  # imported from Azure: its pool can never change
            fix = translate("Rules", "a deployed logical network's pool cannot change: put planned clusters on another "
                            "logical network or plan fewer nodes (aksarc-plan headroom shows what fits)")
        elif new_end <= hi and ctx.is_free(int(pool.end) + 1, new_end):
            fix = translate("Rules", "extend it to end at {end}").format(end=ip(new_end))
        else:
            start = ctx.free_in(net.address_prefix.cidr, need, exclude=[path])
            if start is not None:
                fix = translate("Rules", "move it to a free run such as {range}").format(range=span(start, start + need - 1))
            else:
                fix = translate("Rules", "the prefix {prefix} has no free run of {count} addresses: use a larger prefix "
                                  "or fewer nodes").format(prefix=net.address_prefix.cidr, count=need)
        if auto:
            message = translate("Rules", "The IP pool {pool} of {name} holds {size} addresses, but its clusters need {need}: "
                                  "{vms} node VMs (POOL-1), {upgrades} upgrade IPs (POOL-2) and {auto} control plane "
                                  "IPs the platform picks from the pool. That is {missing} too few; {fix}.").format(pool=span(first, int(pool.end)), name=net.name, size=size, need=need, vms=vms, upgrades=upgrades, auto=auto, missing=missing, fix=fix)
        else:
            message = translate("Rules", "The IP pool {pool} of {name} holds {size} addresses, but its clusters need {need}: "
                                  "{vms} node VMs (POOL-1) and {upgrades} upgrade IPs (POOL-2). That is {missing} too "
                                  "few; {fix}.").format(pool=span(first, int(pool.end)), name=net.name, size=size, need=need, vms=vms, upgrades=upgrades, missing=missing, fix=fix)
        if any(pool.autoscaler is not None for c in members for pool in ctx.plan.clusters[c].node_pools):
            message += " " + translate("Rules", "Node pools with the cluster autoscaler count at their max_count.")
        yield ctx.problem("POOL-3", path, message, related=[f"clusters[{c}]" for c in members])

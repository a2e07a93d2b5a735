"""Load balancer rules: LB-4 (enough addresses), LB-5 (ARP needs the nodes' subnet),
LB-6 (BGP peers), LB-7 (ranges the right way round), LB-8 (sharing needs MetalLB's
allow-shared-ip annotation), LB-9 (a MetalLB load balancer needs addresses).

LB-1, LB-2 and LB-3 are clashes, found by the sweep in ``overlaps``.  A load
balancer of kind ``external`` only reserves addresses: LB-5 and LB-6 (MetalLB
behaviour) do not apply to it, the rest does.
"""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.domain.plan import Cluster
from aksarc_gui.i18n import translate
from aksarc_gui.planning.assignment import SHARED_IP_ANNOTATION, shared_addresses, sharing_key, sharing_services
from aksarc_gui.planning.budget import port_keys
from aksarc_gui.planning.freespace import union_size
from aksarc_gui.planning.memo import per_object
from aksarc_gui.planning.sharing import colour
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.planning.rules.context import RuleContext, ip, make_problem, span


def _why(cluster: Cluster) -> str:
    """Why the count is what it is: the busiest (port, protocol), or the services that cannot share."""
    found = colour(cluster)
    demand = port_keys(cluster)
    key, instances = max(demand.items(), key=lambda item: (item[1], str(item[0])))
    if instances == found.count:
        if key[0] == "service":
            why = translate("Rules", "{instances} instances of {service}, which has no port").format(instances=instances, service=cluster.services[int(key[1])].name)  # type: ignore[arg-type]
        else:
            why = translate("Rules", "{instances} instances expose {port}/{protocol}").format(instances=instances, port=key[0], protocol=key[1])
    elif found.lower == found.count:
        names = ", ".join(cluster.services[i].name for i in found.clique)
        why = translate("Rules", "{instances} instances of {services}, no two of which may share an address: each pair "
                                 "exposes a common port or must have its own address").format(instances=found.lower, services=names)
    else:
        why = translate("Rules", "the services' common ports leave no way to use fewer; at least {lower} instances "
                                 "pairwise conflict").format(lower=found.lower)
    if not found.exact:
        why += translate("Rules", "; too many services to count exactly, so {count} is the best count found and {lower} "
                                  "the proven minimum").format(count=found.count, lower=found.lower)
    return why


def _need(ctx: RuleContext, c: int, cluster: Cluster) -> Iterator[Problem]:
    need = ctx.budget.clusters[c].load_balancer
    if need == 0:
        return
    lb = cluster.load_balancer
    blocks = [(b.first, b.last) for b in lb.addresses if b.first <= b.last] if lb else []
    have = union_size(blocks)
    if have >= need:
        return
    missing = need - have
    suggestion = None
    found = ctx.cluster_network(cluster)
    if found is not None:
        net = found[1]
        after = max((last for _, last in blocks), default=None)
        start_at = after + 1 if after is not None else ctx.pool_end(net)
        start = ctx.free_in(net.address_prefix.cidr, missing, start_at)
        suggestion = None if start is None else span(start, start + missing - 1)
    why = _why(cluster)
    if lb is None:
        path = f"clusters[{c}].load_balancer"
        if suggestion:
            message = translate("Rules", "The services of cluster {cluster} need {need} load balancer IPs ({why}), but the "
                                  "cluster has no load balancer. Add one with {need} addresses, e.g. {suggestion}.").format(cluster=cluster.name, need=need, why=why, suggestion=suggestion)
        else:
            message = translate("Rules", "The services of cluster {cluster} need {need} load balancer IPs ({why}), but the "
                                  "cluster has no load balancer. Add one with {need} addresses.").format(cluster=cluster.name, need=need, why=why)
    else:
        path = f"clusters[{c}].load_balancer.addresses"
        if suggestion:
            message = translate("Rules", "The services of cluster {cluster} need {need} load balancer IPs ({why}), but its "
                                  "addresses hold {have}. Add {missing} more, e.g. {suggestion}.").format(cluster=cluster.name, need=need, why=why, have=have, missing=missing, suggestion=suggestion)
        else:
            message = translate("Rules", "The services of cluster {cluster} need {need} load balancer IPs ({why}), but its "
                                  "addresses hold {have}. Add {missing} more.").format(cluster=cluster.name, need=need, why=why, have=have, missing=missing)
    yield ctx.problem("LB-4", path, message, related=[f"clusters[{c}].services"])


def _no_addresses(ctx: RuleContext, c: int, cluster: Cluster) -> Iterator[Problem]:
    """LB-9: az k8s-runtime load-balancer create needs --addresses.  With services to serve, LB-4 says it."""
    lb = cluster.load_balancer
    if lb is None or lb.kind != "metallb" or lb.addresses or ctx.budget.clusters[c].load_balancer:
        return
    found = ctx.cluster_network(cluster)
    start = None if found is None else ctx.free_in(found[1].address_prefix.cidr, 1, ctx.pool_end(found[1]))
    if start is None:
        message = translate("Rules", "The MetalLB load balancer {name} of cluster {cluster} has no addresses, and MetalLB "
                                     "cannot be created without any. Remove the load balancer (the cluster has no "
                                     "services), or give it at least one address.").format(name=lb.name, cluster=cluster.name)
    else:
        message = translate("Rules", "The MetalLB load balancer {name} of cluster {cluster} has no addresses, and MetalLB "
                                     "cannot be created without any. Remove the load balancer (the cluster has no "
                                     "services), or give it at least one address, e.g. {suggestion}.").format(name=lb.name, cluster=cluster.name, suggestion=ip(start))
    yield ctx.problem("LB-9", f"clusters[{c}].load_balancer.addresses", message)


def _sharing(ctx: RuleContext, c: int, cluster: Cluster) -> Iterator[Problem]:
    yield from _sharing_problems(cluster, c)


@per_object
def _sharing_problems(cluster: Cluster, c: int) -> tuple[Problem, ...]:
    """LB-8: where the count relies on services sharing an address, say which and the annotation to put on them.

    It depends on the cluster alone: a refresh keeps it for the clusters an edit left alone.
    """
    lb = cluster.load_balancer
    if lb is None or lb.kind != "metallb":
        return ()
    shared = shared_addresses(cluster)
    if not shared:
        return ()
    where = "; ".join(translate("Rules", "{address}: {services}").format(
        address=a.ip or translate("Rules", "address {n} of the load balancer (not planned yet)").format(n=a.slot + 1),
        services=", ".join(a.services)) for a in shared)
    names = ", ".join(cluster.services[i].name for i in sorted(sharing_services(cluster)))
    message = translate("Rules", "Cluster {cluster} counts on services sharing load balancer addresses ({where}). MetalLB "
                                 "shares an address only between services that carry the same annotation: put "
                                 "{annotation}: \"{key}\" on {services}, and keep externalTrafficPolicy: Cluster (or the "
                                 "same pod selector). A service that must have an address of its own: set shares_ip to "
                                 "false.").format(cluster=cluster.name, where=where, annotation=SHARED_IP_ANNOTATION, key=sharing_key(cluster), services=names)
    return (make_problem("LB-8", f"clusters[{c}].services", message, related=[f"clusters[{c}].load_balancer"]),)


def check(ctx: RuleContext) -> Iterator[Problem]:
    for c, cluster in enumerate(ctx.plan.clusters):
        yield from _need(ctx, c, cluster)
        yield from _no_addresses(ctx, c, cluster)
        yield from _sharing(ctx, c, cluster)
        lb = cluster.load_balancer
        if lb is None:
            continue
        base = f"clusters[{c}].load_balancer"
        for a, block in enumerate(lb.addresses):
            if block.first > block.last:
                yield ctx.problem("LB-7", f"{base}.addresses[{a}]", translate("Rules", "The load balancer range {range} ends before it starts; write it as {fixed}.").format(range=block.text, fixed=f"{ip(block.last)}-{ip(block.first)}"))
        if lb.kind != "metallb":
            continue
        if lb.advertise_mode in ("BGP", "Both"):
            yield ctx.problem("LB-6", f"{base}.advertise_mode", translate("Rules", "The load balancer {name} of cluster {cluster} announces its addresses over BGP ({mode}); "
                         "BGP needs peers, which the plan does not hold. Create them after the load balancer with "
                         "'az k8s-runtime bgp-peer create'.").format(name=lb.name, cluster=cluster.name, mode=lb.advertise_mode))
        if lb.advertise_mode == "BGP":
            continue
        found = ctx.cluster_network(cluster)
        if found is None:
            continue
        n, net = found
        prefix = net.address_prefix.cidr
        for a, block in enumerate(lb.addresses):
            if block.first > block.last or (prefix.first <= block.first and block.last <= prefix.last):
                continue
            path = f"{base}.addresses[{a}]"
            related = [f"logical_networks[{n}].address_prefix"]
            if lb.advertise_mode == "ARP":
                yield ctx.problem("LB-5", path, translate("Rules", "The load balancer addresses {range} of cluster {cluster} are not all in the nodes' "
                             "subnet {prefix}; in ARP mode MetalLB can only announce addresses of that subnet. Use "
                             "addresses in {prefix} outside the IP pool, or switch to BGP.").format(range=block.text, cluster=cluster.name, prefix=prefix), related=related)
            else:
                yield ctx.problem("LB-5", path, translate("Rules", "The load balancer addresses {range} of cluster {cluster} are not all in the nodes' "
                             "subnet {prefix}; in Both mode they are reachable over BGP only, ARP cannot announce "
                             "them.").format(range=block.text, cluster=cluster.name, prefix=prefix),
                    related=related, severity=Severity.WARNING)

"""Control plane rules: CP-1 (present; optional from 2411), CP-2 (inside the prefix), CP-5 (1, 3 or 5 nodes).

CP-3 (outside the pool) and CP-4 (no clash) are found by the sweep in ``overlaps``.
"""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning.budget import auto_control_plane
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.planning.rules.context import RuleContext, span

CONTROL_PLANE_COUNTS = (1, 3, 5)


def check(ctx: RuleContext) -> Iterator[Problem]:
    for c, cluster in enumerate(ctx.plan.clusters):
        base = f"clusters[{c}].control_plane"
        cp = cluster.control_plane
        if cp.count not in CONTROL_PLANE_COUNTS:
            yield ctx.problem("CP-5", f"{base}.count", translate("Rules", "Cluster {cluster} has {count} control plane nodes; AKS Arc supports 1, 3 or 5. Use 3 for "
                         "a highly available control plane, 1 for a test cluster.").format(cluster=cluster.name, count=cp.count))
        found = ctx.cluster_network(cluster)
        if cp.ip is None:
            # Same test as the budget's (an unknown release counts as an old one), so CP-1 and POOL-3 agree.
            if auto_control_plane(ctx.plan, cluster):
                yield ctx.problem("CP-1", f"{base}.ip", translate("Rules", "Cluster {cluster} has no control plane IP; from release 2411 the platform picks one "
                             "from the IP pool of {network}, which therefore needs one more free address (counted "
                             "in the pool budget).").format(cluster=cluster.name, network=cluster.logical_network),
                    severity=Severity.INFO)
            else:
                suggestion = None
                if found is not None:
                    net = found[1]
                    start = ctx.free_in(net.address_prefix.cidr, 1, ctx.pool_end(net))
                    suggestion = None if start is None else span(start, start)
                if suggestion:
                    message = translate("Rules", "Cluster {cluster} has no control plane IP; before release 2411 every "
                                          "cluster needs one, in the prefix of {network} and outside its IP pool, "
                                          "e.g. {suggestion}.").format(cluster=cluster.name, network=cluster.logical_network, suggestion=suggestion)
                else:
                    message = translate("Rules", "Cluster {cluster} has no control plane IP; before release 2411 every "
                                          "cluster needs one, in the prefix of its logical network and outside "
                                          "the IP pool.").format(cluster=cluster.name)
                yield ctx.problem("CP-1", f"{base}.ip", message)
            continue
        if found is None:
            continue  # REF-1 reports the unknown network
        n, net = found
        prefix = net.address_prefix.cidr
        if cp.ip not in prefix:
            start = ctx.free_in(prefix, 1, ctx.pool_end(net))
            if start is None:
                message = translate("Rules", "The control plane IP {ip} of cluster {cluster} is outside the prefix {prefix} "
                                      "of {network}; it must be in the nodes' subnet, but {prefix} has no free "
                                      "address left.").format(ip=cp.ip, cluster=cluster.name, prefix=prefix, network=net.name)
            else:
                message = translate("Rules", "The control plane IP {ip} of cluster {cluster} is outside the prefix {prefix} "
                                      "of {network}; pick an address in the nodes' subnet and outside the IP pool, "
                                      "e.g. {suggestion}.").format(ip=cp.ip, cluster=cluster.name, prefix=prefix, network=net.name, suggestion=span(start, start))
            yield ctx.problem("CP-2", f"{base}.ip", message, related=[f"logical_networks[{n}].address_prefix"])

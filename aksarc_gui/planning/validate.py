"""validate(plan) -> problems: every rule of the article, each with its id and path.

(First cut: the entry point and two rules; the complete rule set follows.)
"""

from __future__ import annotations

from aksarc_gui.domain.plan import Plan
from aksarc_gui.i18n import tr
from aksarc_gui.planning.problems import Problem, Severity, sort_problems


def validate(plan: Plan) -> list[Problem]:
    problems: list[Problem] = []
    for n, net in enumerate(plan.logical_networks):
        prefix = net.address_prefix.cidr
        if net.gateway is not None and net.gateway not in prefix:
            problems.append(Problem("LNET-2", Severity.ERROR, f"logical_networks[{n}].gateway", tr(
                "Rules", "The gateway {gateway} is outside the address prefix {prefix}; "
                         "pick a gateway inside {prefix}.", gateway=net.gateway, prefix=prefix)))
    for c, cluster in enumerate(plan.clusters):
        net = plan.network(cluster.logical_network)
        ip = cluster.control_plane.ip
        if net is not None and net.ip_pool is not None and ip is not None \
                and int(net.ip_pool.start) <= int(ip) <= int(net.ip_pool.end):
            problems.append(Problem("CP-3", Severity.ERROR, f"clusters[{c}].control_plane.ip", tr(
                "Rules", "The control plane IP {ip} is inside the IP pool {start}-{end}; "
                         "pick an address outside the pool.", ip=ip, start=net.ip_pool.start, end=net.ip_pool.end)))
    return sort_problems(problems)

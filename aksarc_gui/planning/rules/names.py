"""Names: patterns the platform enforces (NAME-1..4), uniqueness (NAME-5), references (REF-1).

Where the patterns come from:
- logical network: the REST API spec of Microsoft.AzureStackHCI/logicalNetworks;
- node pool: the Bicep type of agentPools (``^[a-z][a-z0-9]{2,11}$``);
- load balancer: the k8s-runtime CLI extension (``^[a-zA-Z0-9-]{3,24}$``);
- cluster: the aksarc extension is closed source and documents no pattern, so the
  planner checks the conservative RFC 1123 label Kubernetes uses for object names
  (lowercase letters, digits and hyphens, 1-63, starting with a letter, not ending
  with a hyphen) and reports a mismatch as a warning only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.domain.plan import Cluster
from aksarc_gui.planning.memo import per_object
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.planning.rules.context import RuleContext, make_problem

LNET_NAME = re.compile(r"[a-zA-Z0-9]|[a-zA-Z0-9][-._a-zA-Z0-9]{0,62}[a-zA-Z0-9]")
CLUSTER_NAME = re.compile(r"[a-z]([a-z0-9-]{0,61}[a-z0-9])?")
NODE_POOL_NAME = re.compile(r"[a-z][a-z0-9]{2,11}")
LB_NAME = re.compile(r"[a-zA-Z0-9-]{3,24}")


def _duplicate_message(kind: str, name: str) -> str:
    # One whole sentence per kind, so translators never assemble a sentence from pieces.
    if kind == "network":
        return translate("Rules", "Another logical network is already named '{name}'; give each logical network its own "
                           "name.").format(name=name)
    if kind == "cluster":
        return translate("Rules", "Another cluster is already named '{name}'; give each cluster its own name.").format(name=name)
    if kind == "node_pool":
        return translate("Rules", "Another node pool of this cluster is already named '{name}'; give each node pool of a "
                           "cluster its own name.").format(name=name)
    return translate("Rules", "Another service of this cluster is already named '{name}'; that works only in another "
                       "Kubernetes namespace.").format(name=name)


def _duplicates(names: Iterable[tuple[str, str]], kind: str, severity: Severity | None = None) -> Iterator[Problem]:
    """NAME-5 for every name seen before; ``names`` is (name, path of the object's name)."""
    seen: dict[str, str] = {}
    for name, path in names:
        if name in seen:
            yield make_problem("NAME-5", path, _duplicate_message(kind, name), related=[seen[name]],
                               severity=severity)
        else:
            seen[name] = path


def check(ctx: RuleContext) -> Iterator[Problem]:
    plan = ctx.plan
    for n, net in enumerate(plan.logical_networks):
        if not LNET_NAME.fullmatch(net.name):
            yield ctx.problem("NAME-1", f"logical_networks[{n}].name", translate("Rules", "The logical network name '{name}' is not allowed: use 1-64 letters, digits, '-', '.' or "
                         "'_', starting and ending with a letter or digit.").format(name=net.name))
    yield from _duplicates(((net.name, f"logical_networks[{n}].name") for n, net in enumerate(plan.logical_networks)),
                           "network")
    yield from _duplicates(((c.name, f"clusters[{i}].name") for i, c in enumerate(plan.clusters)),
                           "cluster")
    known = [net.name for net in plan.logical_networks]
    for c, cluster in enumerate(plan.clusters):
        base = f"clusters[{c}]"
        own_name, parts = _cluster_problems(cluster, c)
        yield from own_name
        if ctx.cluster_network(cluster) is None:
            yield ctx.problem("REF-1", f"{base}.logical_network", translate("Rules", "Cluster {cluster} names the logical network '{network}', which the plan does not have; "
                         "pick one of: {known}.").format(cluster=cluster.name, network=cluster.logical_network, known=", ".join(known) or translate("Rules", "(none yet: add a logical network)")))
        yield from parts


@per_object
def _cluster_problems(cluster: Cluster, c: int) -> tuple[tuple[Problem, ...], tuple[Problem, ...]]:
    """(NAME-2 of the cluster's name, the name problems of its parts): they depend on the
    cluster alone, so a refresh keeps them for the clusters an edit left alone."""
    return tuple(_cluster_name(cluster, c)), tuple(_part_names(cluster, c))


def _cluster_name(cluster: Cluster, c: int) -> Iterator[Problem]:
    if not CLUSTER_NAME.fullmatch(cluster.name):
        yield make_problem("NAME-2", f"clusters[{c}].name", translate("Rules", "The cluster name '{name}' may be refused: use 1-63 lowercase letters, digits or '-', "
                           "starting with a letter and not ending with '-'.").format(name=cluster.name))


def _part_names(cluster: Cluster, c: int) -> Iterator[Problem]:
    base = f"clusters[{c}]"
    for p, pool in enumerate(cluster.node_pools):
        if not NODE_POOL_NAME.fullmatch(pool.name):
            yield make_problem("NAME-3", f"{base}.node_pools[{p}].name", translate("Rules", "The node pool name '{name}' is not allowed: use 3-12 lowercase letters or digits, "
                               "starting with a letter (e.g. nodepool1).").format(name=pool.name))
    yield from _duplicates(((p.name, f"{base}.node_pools[{i}].name") for i, p in enumerate(cluster.node_pools)),
                           "node_pool")
    # Services may live in different Kubernetes namespaces, so a repeated name is only a warning.
    yield from _duplicates(((s.name, f"{base}.services[{i}].name") for i, s in enumerate(cluster.services)),
                           "service", Severity.WARNING)
    lb = cluster.load_balancer
    if lb is not None and lb.kind == "metallb":
        if not lb.name:
            yield make_problem("NAME-4", f"{base}.load_balancer.name", translate("Rules", "The load balancer of cluster {cluster} has no name; the command that creates it needs "
                               "one of 3-24 letters, digits or '-', e.g. lb-{cluster}.").format(cluster=cluster.name),
                               severity=Severity.WARNING)
        elif not LB_NAME.fullmatch(lb.name):
            yield make_problem("NAME-4", f"{base}.load_balancer.name", translate("Rules", "The load balancer name '{name}' is not allowed: use 3-24 letters, digits or '-'.").format(name=lb.name))

"""Pod and service CIDRs: CIDR-1..5.

Both ranges are cluster-internal; traffic from pods to an address inside them
never leaves the cluster.  So neither may overlap a logical network, the
management network, a DNS server, a load balancer address or a reservation (an
existing device; az-cli reference, section 7).  The Azure Local environment validator treats a pool overlapping the
pod CIDR as critical and the service CIDR as a warning: the pod CIDR can be
changed per cluster (``--pod-cidr``, error), the service CIDR 10.96.0.0/12
cannot (warning, on the other side of the clash).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from netaddr import IPNetwork

from aksarc_gui.domain.plan import SERVICE_CIDR, Cluster
from aksarc_gui.i18n import translate
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.rules.context import RuleContext, sentence, span
from aksarc_gui.planning.rules.lnet import host_bits_message

SERVICE = IPNetwork(SERVICE_CIDR)
# Pod CIDRs to suggest instead, in order: the default first.
CANDIDATES = tuple(IPNetwork(f"10.{b}.0.0/16") for b in range(244, 256)) + \
    tuple(IPNetwork(f"172.{b}.0.0/16") for b in range(16, 32))


@dataclass(frozen=True, slots=True)
class Target:
    first: int
    last: int
    path: str
    what: str
    is_prefix: bool


def _targets(ctx: RuleContext) -> list[Target]:
    out: list[Target] = []
    mgmt = ctx.plan.management_network
    if mgmt is not None:
        net = mgmt.address_prefix.cidr
        out.append(Target(net.first, net.last, "management_network.address_prefix",
                          translate("Rules", "the management network {prefix}").format(prefix=net), True))
    for n, lnet in enumerate(ctx.plan.logical_networks):
        net = lnet.address_prefix.cidr
        out.append(Target(net.first, net.last, f"logical_networks[{n}].address_prefix",
                          translate("Rules", "the logical network {name} ({prefix})").format(name=lnet.name, prefix=net), True))
        for d, dns in enumerate(lnet.dns_servers):
            out.append(Target(int(dns), int(dns), f"logical_networks[{n}].dns_servers[{d}]",
                              translate("Rules", "the DNS server {ip}").format(ip=dns), False))
    for r, res in enumerate(ctx.plan.reservations):
        if int(res.start) <= int(res.end):
            out.append(Target(int(res.start), int(res.end), f"reservations[{r}]",
                              translate("Rules", "the reservation {name} ({range})").format(
                                  name=res.name, range=span(int(res.start), int(res.end))), False))
    for c, cluster in enumerate(ctx.plan.clusters):
        if cluster.load_balancer is None:
            continue
        for a, block in enumerate(cluster.load_balancer.addresses):
            if block.first <= block.last:
                out.append(Target(block.first, block.last, f"clusters[{c}].load_balancer.addresses[{a}]",
                                  translate("Rules", "the load balancer addresses {range}").format(range=block.text), False))
    return out


def _hits(cidr: IPNetwork, targets: list[Target]) -> list[Target]:
    """Targets overlapping ``cidr``; an address inside a network already hit is not repeated."""
    hit = [t for t in targets if t.first <= cidr.last and cidr.first <= t.last]
    prefixes = [t for t in hit if t.is_prefix]
    return [t for t in hit if t.is_prefix or not any(p.first <= t.first and t.last <= p.last for p in prefixes)]


def _suggest(targets: list[Target]) -> IPNetwork | None:
    for cand in CANDIDATES:
        if not (cand.first <= SERVICE.last and SERVICE.first <= cand.last) and not _hits(cand, targets):
            return cand
    return None


# CIDR-5: Kubernetes gives each node a /24 of the pod CIDR by default (kube-controller-manager
# --node-cidr-mask-size 24 for IPv4), room for the kubelet's default of 110 pods.  AKS Arc does not
# document its per-node block, so the planner assumes this one (docs/rules.md, CIDR-5).
NODE_BLOCK = 24


def largest_node_count(cluster: Cluster) -> int:
    """Node VMs at the cluster's largest: control plane, workers at their autoscaler maximum, one upgrade VM."""
    workers = sum(p.autoscaler.max_count if p.autoscaler is not None else p.count for p in cluster.node_pools)
    return cluster.control_plane.count + workers + 1


def _room(ctx: RuleContext, c: int, cluster: Cluster) -> Iterator[Problem]:
    pod = cluster.pod_cidr.cidr
    blocks = 1 << (NODE_BLOCK - pod.prefixlen) if pod.prefixlen <= NODE_BLOCK else 0
    nodes = largest_node_count(cluster)
    if nodes <= blocks:
        return
    length = NODE_BLOCK - (nodes - 1).bit_length()
    yield ctx.problem("CIDR-5", f"clusters[{c}].pod_cidr", translate("Rules", "The pod CIDR {pod} of cluster {cluster} has room for {blocks} nodes, but the cluster "
                 "can have {nodes} node VMs at its largest ({control_plane} control plane, {workers} workers at their "
                 "autoscaler maximum, 1 during an upgrade); each node takes a /{block} of the pod CIDR (the "
                 "Kubernetes default, room for 110 pods). Use a /{length} or larger, such as the default "
                 "10.244.0.0/16.").format(pod=pod, cluster=cluster.name, blocks=blocks, nodes=nodes,
                                          control_plane=cluster.control_plane.count, workers=nodes - cluster.control_plane.count - 1,
                                          block=NODE_BLOCK, length=length))


def check(ctx: RuleContext) -> Iterator[Problem]:
    targets = _targets(ctx)
    for t in _hits(SERVICE, targets):
        yield ctx.problem("CIDR-2", t.path, sentence(translate("Rules", "{what} overlaps the service CIDR {service}, which every AKS Arc cluster uses and which cannot "
                     "be changed; pods would not reach {range}. Use other addresses.").format(what=t.what, service=SERVICE, range=span(max(t.first, SERVICE.first), min(t.last, SERVICE.last)))))
    suggestion: list[IPNetwork | None] = []  # computed once, on first need
    hits: dict[tuple[int, int], list[Target]] = {}  # clusters mostly share one pod CIDR: scan the targets once for it
    for c, cluster in enumerate(ctx.plan.clusters):
        path = f"clusters[{c}].pod_cidr"
        given = cluster.pod_cidr
        pod = given.cidr
        if given.ip != given.network:
            yield ctx.problem("CIDR-4", path, host_bits_message(given))
        yield from _room(ctx, c, cluster)
        if pod.first <= SERVICE.last and SERVICE.first <= pod.last:
            yield ctx.problem("CIDR-3", path, translate("Rules", "The pod CIDR {pod} of cluster {cluster} overlaps the service CIDR {service}; pick a pod "
                         "CIDR outside it, such as the default 10.244.0.0/16.").format(pod=pod, cluster=cluster.name, service=SERVICE))
        key = (pod.first, pod.last)
        if key not in hits:
            hits[key] = _hits(pod, targets)
        for t in hits[key]:
            if not suggestion:
                suggestion.append(_suggest(targets))
            if suggestion[0] is not None and suggestion[0] != pod:
                message = translate("Rules", "The pod CIDR {pod} of cluster {cluster} overlaps {what}; pods could not reach "
                                      "{range}. Pick another pod CIDR, e.g. {suggestion}.").format(pod=pod, cluster=cluster.name, what=t.what, range=span(max(t.first, pod.first), min(t.last, pod.last)), suggestion=suggestion[0])
            else:
                message = translate("Rules", "The pod CIDR {pod} of cluster {cluster} overlaps {what}; pods could not reach "
                                      "{range}. Pick another pod CIDR.").format(pod=pod, cluster=cluster.name, what=t.what, range=span(max(t.first, pod.first), min(t.last, pod.last)))
            yield ctx.problem("CIDR-1", path, message, related=[t.path])

"""Logical network rules: LNET-2, -3, -4, -6, -7, -8, -9, -11, -12.

LNET-1 (exactly one address prefix) is enforced by the plan format itself: a
logical network holds one ``address_prefix``, so there is nothing to report.
LNET-5 and LNET-10 are clashes and live in ``overlaps``.
"""

from __future__ import annotations

from collections.abc import Iterator

from netaddr import IPNetwork

from aksarc_gui.i18n import translate
from aksarc_gui.planning.claims import Role, role_label
from aksarc_gui.planning.freespace import usable_range
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.planning.rules.context import RuleContext, ip, span


def host_bits_message(given: IPNetwork) -> str:
    return translate("Rules", "The prefix {given} has host bits set; the network is {network}. Write {network} to say "
                       "what is meant.").format(given=given, network=given.cidr)


def _gateway(ctx: RuleContext, n: int) -> Iterator[Problem]:
    net = ctx.plan.logical_networks[n]
    prefix = net.address_prefix.cidr
    base = f"logical_networks[{n}]"
    if net.gateway is None:
        yield ctx.problem("LNET-11", f"{base}.gateway", translate("Rules", "The logical network {name} has no gateway; the node VMs need one to reach Azure. "
                     "Enter the gateway of {prefix}.").format(name=net.name, prefix=prefix))
    elif net.gateway not in prefix:
        lo, _ = usable_range(prefix)
        yield ctx.problem("LNET-2", f"{base}.gateway", translate("Rules", "The gateway {gateway} is outside the address prefix {prefix}; pick a gateway inside {prefix}, "
                     "usually {first}.").format(gateway=net.gateway, prefix=prefix, first=ip(lo)), related=[f"{base}.address_prefix"])
    if not net.dns_servers:
        yield ctx.problem("LNET-11", f"{base}.dns_servers", translate("Rules", "The logical network {name} has no DNS server; the node VMs need one to resolve the Azure "
                     "endpoints. Enter at least one DNS server.").format(name=net.name))
    elif net.name in ctx.networks_in_use():
        # Learn, aks-hci-network-system-requirements (DNS server settings): something to check
        # on the DNS servers themselves, which the plan cannot show.
        yield ctx.problem("LNET-11", f"{base}.dns_servers", translate("Rules", "The DNS servers of {name} ({servers}) must resolve the FQDN of the Azure "
                     "Local cluster: the Azure Local machines reach the AKS node VMs by name. Check that they "
                     "do before creating clusters.").format(servers=", ".join(str(d) for d in net.dns_servers), name=net.name),
                          severity=Severity.INFO)


def _switch(ctx: RuleContext, n: int) -> Iterator[Problem]:
    """LNET-12: az stack-hci-vm network lnet create requires --vm-switch-name (Learn, aks-networks)."""
    net = ctx.plan.logical_networks[n]
    if net.vm_switch_name.strip():
        return
    yield ctx.problem("LNET-12", f"logical_networks[{n}].vm_switch_name", translate("Rules", "The logical network {name} has no VM switch name; creating it requires one "
                 "(--vm-switch-name). Enter the external VM switch of the Azure Local machines, as "
                 "Get-VmSwitch -SwitchType External shows it, e.g. {example}.").format(name=net.name, example="ConvergedSwitch(management_compute_storage)"))


def _pool(ctx: RuleContext, n: int) -> Iterator[Problem]:
    net = ctx.plan.logical_networks[n]
    prefix = net.address_prefix.cidr
    path = f"logical_networks[{n}].ip_pool"
    pool = net.ip_pool
    if pool is None and net.deployed:
        # Azure made it without a VM pool and a pool cannot be added later: only a problem for clusters on it.
        if any(c.logical_network == net.name for c in ctx.plan.clusters):
            yield ctx.problem("LNET-8", path, translate("Rules", "The logical network {name} exists in Azure without an IP pool "
                              "for VMs, and a pool cannot be added after creation; put its clusters on another logical "
                              "network.").format(name=net.name))
        return
    if pool is None:
        nb = ctx.budget.network(net.name)
        need = max(nb.pool_required if nb else 0, 1)
        start = ctx.free_in(prefix, need)
        if start is None:
            yield ctx.problem("LNET-8", path, translate("Rules", "The logical network {name} has no IP pool yet; the plan is incomplete. Its clusters need "
                         "{count} pool addresses.").format(name=net.name, count=need))
        else:
            yield ctx.problem("LNET-8", path, translate("Rules", "The logical network {name} has no IP pool yet; the plan is incomplete. Its clusters need "
                         "{count} pool addresses, e.g. {suggestion}.").format(name=net.name, count=need, suggestion=span(start, start + need - 1)))
        return
    first, last = int(pool.start), int(pool.end)
    if first > last:
        yield ctx.problem("LNET-4", path, translate("Rules", "The IP pool starts at {start} but ends before it, at {end}; swap them: {end}-{start}.").format(start=pool.start, end=pool.end))
        return
    lo, hi = usable_range(prefix)
    outside = [str(a) for a in (pool.start, pool.end) if a not in prefix]
    if outside:
        yield ctx.problem("LNET-4", path, translate("Rules", "The IP pool {pool} reaches outside the address prefix {prefix} ({addresses}); keep it within "
                     "{usable}.").format(pool=span(first, last), prefix=prefix, addresses=", ".join(outside), usable=span(lo, hi)), related=[f"logical_networks[{n}].address_prefix"])


def _edges(ctx: RuleContext, n: int) -> Iterator[Problem]:
    """LNET-7: the network and broadcast address belong to no host (prefixes of /30 and larger)."""
    net = ctx.plan.logical_networks[n]
    prefix = net.address_prefix.cidr
    if prefix.prefixlen > 30:
        return
    edges = ((prefix.first, Role.NETWORK), (prefix.last, Role.BROADCAST))
    for claim in ctx.network_claims(net.name):
        for address, edge in edges:
            if claim.first <= address <= claim.last:
                yield ctx.problem("LNET-7", claim.path, translate("Rules", "{address} is the {edge} of {prefix} and cannot be given to a host; keep {what} "
                             "within {usable}.").format(address=ip(address), edge=role_label(edge), prefix=prefix, what=span(claim.first, claim.last), usable=span(*usable_range(prefix))))


def _prefix_pairs(ctx: RuleContext) -> list[tuple[int, int]]:
    """(a, b) indexes of logical networks whose prefixes overlap, one per extra user.

    Networks with the same prefix form one group whose first member meets each of the
    others (N networks on one prefix: N - 1 pairs, not N(N - 1)/2).  Prefixes are nested
    or apart, so a sweep over them sorted by start (the wider first) finds each
    network's enclosing prefixes, at most 32 of them; every network meets the first
    network of each.
    """
    groups: dict[tuple[int, int], list[int]] = {}
    for n, net in enumerate(ctx.plan.logical_networks):
        cidr = net.address_prefix.cidr
        groups.setdefault((cidr.first, cidr.last), []).append(n)
    pairs = [(members[0], m) for members in groups.values() for m in members[1:]]
    open_: list[tuple[int, int]] = []
    for first, last in sorted(groups, key=lambda k: (k[0], -k[1])):
        open_ = [g for g in open_ if g[1] >= first]
        members = groups[(first, last)]
        pairs.extend((groups[g][0], m) for g in open_ for m in members)
        open_.append((first, last))
    return pairs


def _prefix_overlaps(ctx: RuleContext) -> Iterator[Problem]:
    """LNET-9: two logical networks whose prefixes overlap."""
    for n, m in _prefix_pairs(ctx):
        a, b = sorted((n, m))
        na, nb = ctx.plan.logical_networks[a], ctx.plan.logical_networks[b]
        if (na.vlan or 0) == (nb.vlan or 0):
            message = translate("Rules", "The address prefix {prefix} of {name} overlaps {other_prefix} of {other} on "
                                  "the same VLAN {vlan}; that works only when their pools and addresses stay "
                                  "apart (checked here). Prefer one logical network per subnet.").format(prefix=nb.address_prefix.cidr, name=nb.name, other_prefix=na.address_prefix.cidr, other=na.name, vlan=na.vlan or 0)
        else:
            message = translate("Rules", "The address prefix {prefix} of {name} (VLAN {vlan}) overlaps {other_prefix} of "
                                  "{other} (VLAN {other_vlan}); the same addresses on two VLANs cannot both be "
                                  "routed. Use separate subnets.").format(prefix=nb.address_prefix.cidr, name=nb.name, vlan=nb.vlan or 0, other_prefix=na.address_prefix.cidr, other=na.name, other_vlan=na.vlan or 0)
        yield ctx.problem("LNET-9", f"logical_networks[{b}].address_prefix", message,
                          related=[f"logical_networks[{a}].address_prefix"])


def check(ctx: RuleContext) -> Iterator[Problem]:
    for n, net in enumerate(ctx.plan.logical_networks):
        base = f"logical_networks[{n}]"
        if net.address_prefix.ip != net.address_prefix.network:
            yield ctx.problem("LNET-6", f"{base}.address_prefix", host_bits_message(net.address_prefix))
        if net.ip_allocation_method != "Static":
            yield ctx.problem("LNET-3", f"{base}.ip_allocation_method", translate("Rules", "The logical network {name} uses {method} allocation; AKS Arc supports only Static "
                         "(node IPs must never change). Set the allocation method to Static.").format(name=net.name, method=net.ip_allocation_method))
        yield from _gateway(ctx, n)
        yield from _switch(ctx, n)
        yield from _pool(ctx, n)
        yield from _edges(ctx, n)
    yield from _prefix_overlaps(ctx)

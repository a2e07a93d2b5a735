"""Management network rules: MGMT-1 (infrastructure pool), MGMT-3 (inside the prefix), MGMT-4 (host bits),
MGMT-5 (no logical network on the management subnet from another VLAN).

The clash half of MGMT-1 (servers' IPs inside the infrastructure pool) and
MGMT-2 are found by the sweep in ``overlaps``.
"""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.planning.rules.context import RuleContext, ip, span
from aksarc_gui.planning.rules.lnet import host_bits_message

INFRA_POOL_MIN = 6
BASE = "management_network"


def _infra_pool(ctx: RuleContext) -> Iterator[Problem]:
    mgmt = ctx.plan.management_network
    assert mgmt is not None
    prefix = mgmt.address_prefix.cidr
    path = f"{BASE}.infra_ip_pool"
    pool = mgmt.infra_ip_pool
    if pool is None:
        start = ctx.free_in(prefix, INFRA_POOL_MIN)
        where = "" if start is None else span(start, start + INFRA_POOL_MIN - 1)
        yield ctx.problem("MGMT-1", path, translate("Rules", "The infrastructure IP pool is not planned yet; the deployment takes at least six contiguous "
                     "management IPs that no server uses, e.g. {suggestion}.").format(suggestion=where or prefix),
            severity=Severity.WARNING)
        return
    first, last = int(pool.start), int(pool.end)
    if first > last:
        yield ctx.problem("MGMT-1", path, translate("Rules", "The infrastructure IP pool starts at {start} but ends before it, at {end}; swap them.").format(start=pool.start, end=pool.end))
        return
    if pool.start not in prefix or pool.end not in prefix:
        yield ctx.problem("MGMT-1", path, translate("Rules", "The infrastructure IP pool {pool} is not inside the management prefix {prefix}; move it into "
                     "{prefix}.").format(pool=span(first, last), prefix=prefix), related=[f"{BASE}.address_prefix"])
        return
    size = last - first + 1
    if size < INFRA_POOL_MIN:
        end = first + INFRA_POOL_MIN - 1
        if end <= prefix.last - 1 and ctx.is_free(last + 1, end):
            fix = translate("Rules", "extend it to end at {end}").format(end=ip(end))
        else:
            start = ctx.free_in(prefix, INFRA_POOL_MIN, exclude=[path])
            fix = (translate("Rules", "move it to a free run such as {range}").format(range=span(start, start + INFRA_POOL_MIN - 1))
                   if start is not None else translate("Rules", "free six contiguous addresses in {prefix}").format(prefix=prefix))
        yield ctx.problem("MGMT-1", path, translate("Rules", "The infrastructure IP pool {pool} holds {size} addresses; the deployment needs at least six "
                     "contiguous ones: {fix}.").format(pool=span(first, last), size=size, fix=fix))


def _other_vlan_overlaps(ctx: RuleContext) -> Iterator[Problem]:
    """MGMT-5: the same addresses on two VLANs cannot both be routed.

    A logical network on the management subnet and VLAN is fine (small sites often
    put AKS there); no VLAN counts as VLAN 0, as in the cross-VLAN port rules.
    """
    mgmt = ctx.plan.management_network
    assert mgmt is not None
    prefix = mgmt.address_prefix.cidr
    vlan = mgmt.vlan or 0
    for n, net in enumerate(ctx.plan.logical_networks):
        other = net.address_prefix.cidr
        if (net.vlan or 0) == vlan or other.last < prefix.first or prefix.last < other.first:
            continue
        yield ctx.problem("MGMT-5", f"logical_networks[{n}].address_prefix", translate("Rules", "The address prefix {prefix} of {name} (VLAN {vlan}) overlaps the management network "
                     "{management} (VLAN {management_vlan}); the same addresses on two VLANs cannot both be routed. "
                     "Give {name} a subnet of its own, or put it on VLAN {management_vlan} with the management "
                     "network.").format(prefix=other, name=net.name, vlan=net.vlan or 0, management=prefix, management_vlan=vlan),
                          related=[f"{BASE}.address_prefix", f"{BASE}.vlan"])


def check(ctx: RuleContext) -> Iterator[Problem]:
    mgmt = ctx.plan.management_network
    if mgmt is None:
        return
    yield from _other_vlan_overlaps(ctx)
    prefix = mgmt.address_prefix.cidr
    if mgmt.address_prefix.ip != mgmt.address_prefix.network:
        yield ctx.problem("MGMT-4", f"{BASE}.address_prefix", host_bits_message(mgmt.address_prefix))
    if mgmt.gateway is not None and mgmt.gateway not in prefix:
        yield ctx.problem("MGMT-3", f"{BASE}.gateway", translate("Rules", "The management gateway {gateway} is outside the management prefix {prefix}; enter the "
                     "gateway of {prefix}.").format(gateway=mgmt.gateway, prefix=prefix),
            related=[f"{BASE}.address_prefix"])
    for h, host in enumerate(mgmt.host_ips):
        if host not in prefix:
            yield ctx.problem("MGMT-3", f"{BASE}.host_ips[{h}]", translate("Rules", "The server IP {ip} is outside the management prefix {prefix}; the servers' management "
                         "IPs and the infrastructure pool share one subnet. Check the prefix or the address.").format(ip=host, prefix=prefix), related=[f"{BASE}.address_prefix"])
    yield from _infra_pool(ctx)

"""PORT-1..4: flows to allow when the management network and a logical network are on different VLANs;
PORT-5: port 40343 to the Azure Local cluster IP when Azure Local uses the Arc gateway.

A VLAN left empty is VLAN 0 (untagged), as ``--vlan`` is when omitted.  One
information per flow and logical network, with the concrete prefixes.  The
article names one direction per flow; Learn's network requirements page adds
"and vice-versa" (edition of April 2025), so from release 2504 on the messages
ask for both directions.  PORT-5 comes from the same page (edition of July 2025):
both directions, whenever the AKS VMs and the cluster IP are on separate VLANs or
subnets.
"""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning.firewall import ARC_GATEWAY_PORT, BOTH_WAYS_RELEASE, needs_arc_gateway_flow
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.rules.context import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    yield from _arc_gateway(ctx)
    mgmt = ctx.plan.management_network
    if mgmt is None:
        return
    mgmt_vlan = mgmt.vlan or 0
    mgmt_net = mgmt.address_prefix.cidr
    both = ctx.release is not None and ctx.release >= BOTH_WAYS_RELEASE
    for n, net in enumerate(ctx.plan.logical_networks):
        vlan = net.vlan or 0
        if vlan == mgmt_vlan:
            continue
        path = f"logical_networks[{n}].vlan"
        related = ["management_network.vlan"]
        args = {"name": net.name, "vlan": vlan, "mgmt_vlan": mgmt_vlan, "lnet": net.address_prefix.cidr,
                "mgmt": mgmt_net}
        back = (" " + translate("Rules", "Release {release} needs the flow in both directions.").format(
            release=ctx.release)) if both else ""
        yield ctx.problem("PORT-1", path, translate("Rules", "The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: "
                     "allow TCP port 22 from the management network {mgmt} to {lnet}, for log collection.").format(**args) + back, related=related)
        yield ctx.problem("PORT-2", path, translate("Rules", "The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: "
                     "allow TCP port 6443 from the management network {mgmt} to {lnet}, for the Kubernetes API.").format(**args) + back, related=related)
        yield ctx.problem("PORT-3", path, translate("Rules", "The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: "
                     "allow TCP port 55000 from {lnet} to the management network {mgmt}, for the cloud agent "
                     "gRPC server.").format(**args) + back, related=related)
        yield ctx.problem("PORT-4", path, translate("Rules", "The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: "
                     "allow TCP port 65000 from {lnet} to the management network {mgmt}, for the cloud agent "
                     "gRPC authentication.").format(**args) + back, related=related)


def _arc_gateway(ctx: RuleContext) -> Iterator[Problem]:
    plan = ctx.plan
    if not plan.platform.arc_gateway:
        return
    mgmt = plan.management_network
    for n, net in enumerate(plan.logical_networks):
        if not needs_arc_gateway_flow(plan, net):
            continue
        if mgmt is None:
            where = translate("Rules", "the Azure Local cluster IP on the management network")
        else:
            where = translate("Rules", "the Azure Local cluster IP on the management network {mgmt}").format(
                mgmt=mgmt.address_prefix.cidr)
        yield ctx.problem("PORT-5", "platform.arc_gateway", translate(
            "Rules", "Azure Local uses the Arc gateway and the logical network {name} is on another VLAN or subnet: "
                     "allow TCP port {port} in both directions between {lnet} and {where} (on the cluster, "
                     "Get-ClusterResource -Name \"Cluster IP Address\" | Get-ClusterParameter -Name Address shows "
                     "it).").format(name=net.name, port=ARC_GATEWAY_PORT, lnet=net.address_prefix.cidr, where=where),
            related=[f"logical_networks[{n}].address_prefix"])

"""PORT-1..4: flows to allow when the management network and a logical network are on different VLANs.

A VLAN left empty is VLAN 0 (untagged), as ``--vlan`` is when omitted.  One
information per flow and logical network, with the concrete prefixes.
"""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.rules.context import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    mgmt = ctx.plan.management_network
    if mgmt is None:
        return
    mgmt_vlan = mgmt.vlan or 0
    mgmt_net = mgmt.address_prefix.cidr
    for n, net in enumerate(ctx.plan.logical_networks):
        vlan = net.vlan or 0
        if vlan == mgmt_vlan:
            continue
        path = f"logical_networks[{n}].vlan"
        related = ["management_network.vlan"]
        args = {"name": net.name, "vlan": vlan, "mgmt_vlan": mgmt_vlan, "lnet": net.address_prefix.cidr,
                "mgmt": mgmt_net}
        yield ctx.problem("PORT-1", path, translate("Rules", "The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: "
                     "allow TCP port 22 from the management network {mgmt} to {lnet}, for log collection.").format(**args), related=related)
        yield ctx.problem("PORT-2", path, translate("Rules", "The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: "
                     "allow TCP port 6443 from the management network {mgmt} to {lnet}, for the Kubernetes API.").format(**args), related=related)
        yield ctx.problem("PORT-3", path, translate("Rules", "The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: "
                     "allow TCP port 55000 from {lnet} to the management network {mgmt}, for the cloud agent "
                     "gRPC server.").format(**args), related=related)
        yield ctx.problem("PORT-4", path, translate("Rules", "The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: "
                     "allow TCP port 65000 from {lnet} to the management network {mgmt}, for the cloud agent "
                     "gRPC authentication.").format(**args), related=related)

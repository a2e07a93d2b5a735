"""What the sheets share: network names and addresses as a network team reads them."""

from __future__ import annotations

from aksarc_gui.domain.ipv4 import int_to_ip
from aksarc_gui.domain.plan import Plan
from aksarc_gui.i18n import translate
from aksarc_gui.planning.occupancy import MANAGEMENT


def network_label(name: str) -> str:
    return translate("Workbook", "management network") if name == MANAGEMENT else name


def network_names(plan: Plan) -> list[str]:
    """The management network (when the plan has one), then the logical networks in plan order."""
    return ([MANAGEMENT] if plan.management_network is not None else []) + [n.name for n in plan.logical_networks]


def network_vlan(plan: Plan, name: str) -> int | None:
    if name == MANAGEMENT:
        return plan.management_network.vlan if plan.management_network else None
    net = plan.network(name)
    return net.vlan if net else None


def ip(value: int) -> str:
    return int_to_ip(value)


def span(first: int, last: int) -> str:
    return ip(first) if first == last else f"{ip(first)}-{ip(last)}"

"""Which editor fields Azure fixes when the object is created, and why (for the tooltip).

A plan object marked ``deployed`` (imported from Azure) shows these fields read-only: the
logical network's prefix, gateway, pool, VLAN and vSwitch, the cluster's network, control
plane IP and pod CIDR, a node pool's VM size and OS, a load balancer's name cannot change
once created (docs/import.md, az-cli.md section 1). The name of every deployed object is fixed
too: renaming it in the plan would only make it a different, new object.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Editors", text)


FIXED_FIELDS: dict[str, tuple[str, ...]] = {
    "NetworkForm": ("name", "address_prefix", "gateway", "ip_allocation_method", "ip_pool.start", "ip_pool.end",
                    "vm_switch_name", "vlan"),
    "ClusterForm": ("name", "logical_network", "pod_cidr", "control_plane.ip"),
    "NodePoolForm": ("name", "vm_size", "os_type"),
    "LoadBalancerForm": ("kind", "name"),
    "ReservationForm": ("name", "start", "end"),
}


def fixed_reason(form: str) -> str:
    if form == "NetworkForm":
        return _t("Deployed in Azure: a logical network's name, prefix, gateway, IP pool, VLAN and vSwitch cannot "
                  "change after it is created.")
    if form == "ClusterForm":
        return _t("Deployed in Azure: a cluster's name, logical network, control plane IP and pod CIDR cannot change "
                  "after it is created.")
    if form == "NodePoolForm":
        return _t("Deployed in Azure: a node pool's name, VM size and OS type cannot change after it is created.")
    if form == "ReservationForm":
        return _t("Imported from Azure: the address is in use there (a VM's network interface or another IP pool). "
                  "Import again to refresh it.")
    return _t("Deployed in Azure: a load balancer's name and kind cannot change after it is created.")


def banner_text() -> str:
    return _t("Deployed in Azure (imported). Greyed fields were fixed when it was created.")

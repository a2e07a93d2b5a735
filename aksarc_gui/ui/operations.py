"""Structural edits of a plan's JSON data: add, duplicate, remove and rename items.

Each function changes the data in place; PlanDocument.edit wraps it in one undo
step.  New items get a unique name and defaults that load (a new network starts
without an IP pool so validation asks for one, instead of guessing addresses).
"""

from __future__ import annotations

import copy
import re
from typing import Any

from netaddr import IPNetwork

from aksarc_gui.domain.plan import DEFAULT_POD_CIDR, DEFAULT_VM_SIZE
from aksarc_gui.domain import jsonpath

# collection path (without indices) -> the kind of item it holds
NETWORKS, CLUSTERS, RESERVATIONS, NODE_POOLS, SERVICES, PORTS = (
    "logical_networks", "clusters", "reservations", "node_pools", "services", "ports")


def kind_of(collection: str) -> str:
    last = jsonpath.parse(collection)[-1]
    return str(last)


def unique_name(base: str, taken: set[str]) -> str:
    """``base``, or the next free name: a trailing number counts up (nodepool1 -> nodepool2,
    aks-lnet-01 -> aks-lnet-02), otherwise ``-2``, ``-3`` is appended."""
    if base not in taken:
        return base
    match = re.fullmatch(r"(.*?)(\d+)", base)
    if match:
        stem, digits = match.group(1), match.group(2)
        n = int(digits) + 1
        while f"{stem}{n:0{len(digits)}d}" in taken:
            n += 1
        return f"{stem}{n:0{len(digits)}d}"
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def _names(items: list[dict[str, Any]]) -> set[str]:
    return {str(i.get("name", "")) for i in items}


def new_item(data: dict[str, Any], collection: str) -> dict[str, Any]:
    items = jsonpath.get(data, collection)
    kind = kind_of(collection)
    if kind == NETWORKS:
        return {"name": unique_name("aks-lnet-01", _names(items)), "address_prefix": "10.0.0.0/24",
                "gateway": None, "dns_servers": [], "ip_allocation_method": "Static", "ip_pool": None,
                "vm_switch_name": "", "vlan": None}
    if kind == CLUSTERS:
        nets = data.get("logical_networks") or []
        return {"name": unique_name("cluster-1", _names(items)),
                "logical_network": nets[0]["name"] if nets else "",
                "kubernetes_version": "", "pod_cidr": DEFAULT_POD_CIDR,
                "control_plane": {"count": 1, "vm_size": DEFAULT_VM_SIZE, "ip": None},
                "node_pools": [{"name": "nodepool1", "count": 1, "vm_size": DEFAULT_VM_SIZE, "os_type": "Linux"}],
                "load_balancer": None, "services": []}
    if kind == NODE_POOLS:
        return {"name": unique_name("nodepool1", _names(items)), "count": 1, "vm_size": DEFAULT_VM_SIZE,
                "os_type": "Linux"}
    if kind == SERVICES:
        return {"name": unique_name("service-1", _names(items)), "instances": 1,
                "ports": [{"port": 80, "protocol": "TCP"}]}
    if kind == PORTS:
        return {"port": 80, "protocol": "TCP"}
    if kind == RESERVATIONS:
        address = _spare_address(data)
        return {"name": unique_name("reserved-1", _names(items)), "start": address, "end": address, "note": ""}
    raise ValueError(collection)


def _spare_address(data: dict[str, Any]) -> str:
    """The last usable address of the first network: rarely taken, and inside a prefix the user knows."""
    nets = data.get("logical_networks") or []
    prefix = nets[0]["address_prefix"] if nets else (data.get("management_network") or {}).get("address_prefix")
    if not prefix:
        return "192.168.0.254"
    net = IPNetwork(prefix).cidr
    return str(net[-2] if net.size > 2 else net[0])


def add(data: dict[str, Any], collection: str) -> int:
    """Append a new item; returns its index."""
    items = jsonpath.get(data, collection)
    items.append(new_item(data, collection))
    return len(items) - 1


def _planned(item: Any) -> Any:
    """``item`` with every ``deployed`` mark removed (its node pools and load balancer too)."""
    if isinstance(item, dict):
        return {k: _planned(v) for k, v in item.items() if k != "deployed"}
    if isinstance(item, list):
        return [_planned(v) for v in item]
    return item


def duplicate(data: dict[str, Any], collection: str, index: int) -> int:
    items = jsonpath.get(data, collection)
    item = _planned(copy.deepcopy(items[index]))  # a copy of something Azure has is not in Azure itself
    if "name" in item:
        item["name"] = unique_name(f"{item['name']}-copy", _names(items))
    items.insert(index + 1, item)
    return index + 1


def remove(data: dict[str, Any], collection: str, index: int) -> None:
    del jsonpath.get(data, collection)[index]


def rename(data: dict[str, Any], item_path: str, new_name: str) -> None:
    """Rename; a logical network keeps its clusters (their logical_network follows)."""
    item = jsonpath.get(data, item_path)
    old = item["name"]
    item["name"] = new_name
    parts = jsonpath.parse(item_path)
    if parts[0] == NETWORKS and len(parts) == 2:
        for cluster in data.get("clusters", []):
            if cluster["logical_network"] == old:
                cluster["logical_network"] = new_name


def split_item_path(path: str) -> tuple[str, int] | None:
    """``clusters[2]`` -> (``clusters``, 2); None when the path is not a list item."""
    parts = jsonpath.parse(path)
    if not parts or not isinstance(parts[-1], int):
        return None
    return jsonpath.join(parts[:-1]), parts[-1]

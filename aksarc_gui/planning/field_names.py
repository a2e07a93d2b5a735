"""JSON paths in words: ``clusters[0].control_plane.ip`` -> "cluster-a › control plane IP".

Problems name the field they are about by its JSON path, which is exact but not
what a person reads.  The Problems panel, the workbook's Problems sheet and the
CLI's text output show this name instead (the path stays in a tooltip, in its own
workbook column and in ``--format json``).  Items are named by their names in the
plan when it is given (``cluster-a``), otherwise by kind and number
("cluster 1").  Qt-free; every word goes through :mod:`aksarc_gui.i18n`.
"""

from __future__ import annotations

from typing import Any

from aksarc_gui.domain import jsonpath
from aksarc_gui.i18n import QT_TRANSLATE_NOOP, translate

SEP = " \u203a "  # " › " between the item and its field

# field (the last name of a path, or a name and its parent) -> its label; looked up in the
# "FieldNames" context at run time, so the table is marked for extraction only
_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("FieldNames", "name"),
    "address_prefix": QT_TRANSLATE_NOOP("FieldNames", "address prefix"),
    "gateway": QT_TRANSLATE_NOOP("FieldNames", "gateway"),
    "dns_servers": QT_TRANSLATE_NOOP("FieldNames", "DNS servers"),
    "ip_allocation_method": QT_TRANSLATE_NOOP("FieldNames", "IP allocation method"),
    "ip_pool": QT_TRANSLATE_NOOP("FieldNames", "IP pool"),
    "ip_pool.start": QT_TRANSLATE_NOOP("FieldNames", "IP pool start"),
    "ip_pool.end": QT_TRANSLATE_NOOP("FieldNames", "IP pool end"),
    "vm_switch_name": QT_TRANSLATE_NOOP("FieldNames", "VM switch name"),
    "vlan": QT_TRANSLATE_NOOP("FieldNames", "VLAN"),
    "host_ips": QT_TRANSLATE_NOOP("FieldNames", "physical host IPs"),
    "infra_ip_pool": QT_TRANSLATE_NOOP("FieldNames", "infrastructure pool"),
    "infra_ip_pool.start": QT_TRANSLATE_NOOP("FieldNames", "infrastructure pool start"),
    "infra_ip_pool.end": QT_TRANSLATE_NOOP("FieldNames", "infrastructure pool end"),
    "logical_network": QT_TRANSLATE_NOOP("FieldNames", "logical network"),
    "kubernetes_version": QT_TRANSLATE_NOOP("FieldNames", "Kubernetes version"),
    "pod_cidr": QT_TRANSLATE_NOOP("FieldNames", "pod CIDR"),
    "control_plane": QT_TRANSLATE_NOOP("FieldNames", "control plane"),
    "control_plane.count": QT_TRANSLATE_NOOP("FieldNames", "control plane nodes"),
    "control_plane.vm_size": QT_TRANSLATE_NOOP("FieldNames", "control plane VM size"),
    "control_plane.ip": QT_TRANSLATE_NOOP("FieldNames", "control plane IP"),
    "node_pools": QT_TRANSLATE_NOOP("FieldNames", "node pools"),
    "services": QT_TRANSLATE_NOOP("FieldNames", "services"),
    "count": QT_TRANSLATE_NOOP("FieldNames", "nodes"),
    "vm_size": QT_TRANSLATE_NOOP("FieldNames", "VM size"),
    "os_type": QT_TRANSLATE_NOOP("FieldNames", "OS type"),
    "autoscaler": QT_TRANSLATE_NOOP("FieldNames", "cluster autoscaler"),
    "autoscaler.min_count": QT_TRANSLATE_NOOP("FieldNames", "autoscaler minimum nodes"),
    "autoscaler.max_count": QT_TRANSLATE_NOOP("FieldNames", "autoscaler maximum nodes"),
    "load_balancer": QT_TRANSLATE_NOOP("FieldNames", "load balancer"),
    "load_balancer.name": QT_TRANSLATE_NOOP("FieldNames", "load balancer name"),
    "load_balancer.kind": QT_TRANSLATE_NOOP("FieldNames", "load balancer kind"),
    "load_balancer.advertise_mode": QT_TRANSLATE_NOOP("FieldNames", "advertise mode"),
    "load_balancer.addresses": QT_TRANSLATE_NOOP("FieldNames", "load balancer addresses"),
    "instances": QT_TRANSLATE_NOOP("FieldNames", "instances"),
    "ports": QT_TRANSLATE_NOOP("FieldNames", "ports"),
    "shares_ip": QT_TRANSLATE_NOOP("FieldNames", "address sharing"),
    "start": QT_TRANSLATE_NOOP("FieldNames", "first address"),
    "end": QT_TRANSLATE_NOOP("FieldNames", "last address"),
    "note": QT_TRANSLATE_NOOP("FieldNames", "note"),
    "release": QT_TRANSLATE_NOOP("FieldNames", "Azure Local release"),
    "arc_gateway": QT_TRANSLATE_NOOP("FieldNames", "Arc gateway"),
    "proxy": QT_TRANSLATE_NOOP("FieldNames", "proxy"),
    "http_proxy": QT_TRANSLATE_NOOP("FieldNames", "HTTP proxy"),
    "https_proxy": QT_TRANSLATE_NOOP("FieldNames", "HTTPS proxy"),
    "no_proxy": QT_TRANSLATE_NOOP("FieldNames", "bypass list (NO_PROXY)"),
    "subscription_id": QT_TRANSLATE_NOOP("FieldNames", "subscription ID"),
    "resource_group": QT_TRANSLATE_NOOP("FieldNames", "resource group"),
    "location": QT_TRANSLATE_NOOP("FieldNames", "location"),
    "custom_location_id": QT_TRANSLATE_NOOP("FieldNames", "custom location ID"),
}

# top-level parts that are places rather than fields
_PLACES: dict[str, str] = {
    "management_network": QT_TRANSLATE_NOOP("FieldNames", "management network"),
    "logical_networks": QT_TRANSLATE_NOOP("FieldNames", "logical networks"),
    "clusters": QT_TRANSLATE_NOOP("FieldNames", "clusters"),
    "reservations": QT_TRANSLATE_NOOP("FieldNames", "reservations"),
    "platform": QT_TRANSLATE_NOOP("FieldNames", "Azure Local"),
    "azure": QT_TRANSLATE_NOOP("FieldNames", "Azure context"),
}


def _label(key: str) -> str | None:
    if key not in _FIELDS:
        return None
    return translate("FieldNames", _FIELDS[key])


def _place(key: str) -> str:
    return translate("FieldNames", _PLACES[key])


def _get(obj: Any, key: str) -> Any:
    """``obj[key]`` for JSON data, ``obj.key`` for a Plan and its parts; None when there is none."""
    if isinstance(obj, dict):
        return obj.get(key)
    return getattr(obj, key, None) if obj is not None and not isinstance(obj, (str, int, list)) else None


def _item_name(kind: str, index: int, data: Any) -> str:
    """The item's own name from the plan, else its kind and number (1-based)."""
    items = _get(data, kind)
    if isinstance(items, list) and 0 <= index < len(items):
        name = str(_get(items[index], "name") or "")
        if name:
            if kind == "node_pools":
                return translate("FieldNames", "node pool {name}").format(name=name)
            if kind == "services":
                return translate("FieldNames", "service {name}").format(name=name)
            if kind == "reservations":
                return translate("FieldNames", "reservation {name}").format(name=name)
            return name
    number = index + 1
    return {
        "logical_networks": translate("FieldNames", "logical network {number}"),
        "clusters": translate("FieldNames", "cluster {number}"),
        "node_pools": translate("FieldNames", "node pool {number}"),
        "services": translate("FieldNames", "service {number}"),
        "reservations": translate("FieldNames", "reservation {number}"),
        "ports": translate("FieldNames", "port {number}"),
    }.get(kind, translate("FieldNames", "entry {number}")).format(number=number)


def field_name(path: str, plan: Any = None) -> str:
    """``path`` in words; ``plan`` (a Plan or its JSON data) names the items.

    Unknown parts are kept as they are, so a name is never empty and never wrong:
    at worst it shows a part of the path.  The plan is read where the path leads,
    never copied: the Problems panel names every problem after each edit.
    """
    if not path:
        return translate("FieldNames", "the plan as a whole")
    if path == "name":
        return translate("FieldNames", "plan name")
    parts = jsonpath.parse(path)
    words: list[str] = []
    data: Any = plan
    i = 0
    while i < len(parts):
        part = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if isinstance(part, str) and isinstance(nxt, int) and part in (
                "logical_networks", "clusters", "node_pools", "services", "reservations"):
            words.append(_item_name(part, nxt, data))
            items = _get(data, part)
            data = items[nxt] if isinstance(items, list) and nxt < len(items) else None
            i += 2
            continue
        if isinstance(part, str) and i == 0 and part in _PLACES:
            if not (part == "platform" and nxt is not None):  # "Azure Local release", not "Azure Local › ..."
                words.append(_place(part))
            data = _get(data, part)
            i += 1
            continue
        if isinstance(part, int):  # an entry of a list field: "DNS servers 2"
            words[-1:] = [translate("FieldNames", "{list} {number}").format(
                list=words[-1] if words else "", number=part + 1)]
            i += 1
            continue
        # the longest known key from here: "control_plane.ip", "load_balancer.addresses", "ip_pool.start"
        two = f"{part}.{nxt}" if isinstance(nxt, str) else None
        if two is not None and _label(two) is not None:
            words.append(_label(two) or two)
            data = _get(_get(data, part), nxt)
            i += 2
            continue
        label = _label(str(part))
        words.append(label if label is not None else str(part))
        data = _get(data, str(part))
        i += 1
    return SEP.join(w for w in words if w)

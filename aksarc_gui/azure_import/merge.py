"""Turn a :class:`Snapshot` into plan objects marked ``deployed`` and merge them into a plan.

Matching is by name (case-insensitive, as Azure compares resource names). A planned object
that now exists in Azure takes Azure's values and becomes deployed; planned objects Azure does
not have stay as they are (they are what the next scripts create). The merge builds a new plan
from a dump and validates it whole, so a failed merge changes nothing.

Conventions the diff relies on (docs/import.md):
- the plan keeps one IP pool per logical network: the first ``vm`` pool. Every other pool
  (a second ``vm`` pool, a ``vippool``) becomes a deployed reservation named
  ``NETWORK/POOL`` (ARM names have no ``/``, so the name cannot clash with a NIC's);
- a NIC address outside its network's pools becomes a deployed reservation named after the NIC
  (new plans must avoid it); one inside a pool is Azure's own allocation from that pool and is
  counted by the headroom forecast instead (a reservation there would be an LNET-5 error).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from netaddr import IPAddress

from aksarc_gui.azure_import.readers import AzCluster, AzNetwork, AzNic, AzNodePool, AzPool, Snapshot, id_segments
from aksarc_gui.domain.plan import DEFAULT_POD_CIDR, DEFAULT_VM_SIZE, DEFAULT_WINDOWS_VM_SIZE, Plan
from aksarc_gui.i18n import translate


@dataclass
class MergeResult:
    plan: Plan
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def plan_pool(net: AzNetwork) -> AzPool | None:
    """The pool the plan keeps as ``ip_pool``: the first pool for VMs."""
    return net.vm_pools[0] if net.vm_pools else None


def other_pools(net: AzNetwork) -> list[tuple[int, AzPool]]:
    kept = plan_pool(net)
    return [(i, p) for i, p in enumerate(net.pools) if p is not kept]


def pool_reservation_name(net: str, index: int, pool: AzPool) -> str:
    return f"{net}/{pool.name or f'pool-{index + 1}'}"


@lru_cache(maxsize=4096)
def ip_int(text: str) -> int:
    return int(IPAddress(text))


def in_pools(ip: str, net: AzNetwork) -> bool:
    value = ip_int(ip)
    return any(ip_int(p.start) <= value <= ip_int(p.end) for p in net.pools)


def nic_note(nic: AzNic) -> str:
    if nic.vm:
        return translate("AzureImport", "in use by VM {vm} (network interface {nic})").format(vm=nic.vm, nic=nic.name)
    return translate("AzureImport", "in use by network interface {nic}").format(nic=nic.name)


def network_data(net: AzNetwork) -> dict[str, Any]:
    pool = plan_pool(net)
    return {
        "name": net.name, "address_prefix": net.address_prefix, "gateway": net.gateway,
        "dns_servers": list(net.dns_servers), "ip_allocation_method": net.ip_allocation_method,
        "ip_pool": {"start": pool.start, "end": pool.end} if pool else None,
        "vm_switch_name": net.vm_switch_name, "vlan": net.vlan, "deployed": True,
    }


def node_pool_data(pool: AzNodePool) -> dict[str, Any]:
    default_size = DEFAULT_WINDOWS_VM_SIZE if pool.os_type == "Windows" else DEFAULT_VM_SIZE
    return {
        "name": pool.name, "count": pool.count, "vm_size": pool.vm_size or default_size, "os_type": pool.os_type,
        "autoscaler": {"min_count": pool.min_count, "max_count": pool.max_count} if pool.autoscale else None,
        "deployed": True,
    }


def _cluster_fields(cluster: AzCluster) -> dict[str, Any]:
    return {
        "logical_network": cluster.network, "kubernetes_version": cluster.kubernetes_version,
        "pod_cidr": cluster.pod_cidr or DEFAULT_POD_CIDR,
        "control_plane": {"count": cluster.control_plane_count,
                          "vm_size": cluster.control_plane_vm_size or DEFAULT_VM_SIZE, "ip": cluster.control_plane_ip},
        "deployed": True,
    }


def _find(items: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    return next((x for x in items if str(x.get("name", "")).lower() == name.lower()), None)


def _merge_network(data: dict[str, Any], net: AzNetwork, result: MergeResult) -> None:
    nets = data["logical_networks"]
    new = network_data(net)
    old = _find(nets, net.name)
    if old is None:
        nets.append(new)
        result.added.append(translate("AzureImport", "logical network {name}").format(name=net.name))
    else:
        if any(old.get(k) != v for k, v in new.items() if k != "name"):
            result.updated.append(translate("AzureImport", "logical network {name}").format(name=net.name))
        old.update({k: v for k, v in new.items() if k != "name"})
    for index, pool in other_pools(net):
        _put_reservation(data, pool_reservation_name(old["name"] if old else net.name, index, pool),
                         pool.start, pool.end, translate("AzureImport", "IP pool ({kind}) of logical network {network} in Azure; "
                                                         "the plan keeps one pool per network").format(kind=pool.kind, network=net.name))


def _put_reservation(data: dict[str, Any], name: str, start: str, end: str, note: str) -> None:
    """Add a deployed reservation, or replace the deployed one of that name (a re-import)."""
    reservations = data["reservations"]
    index = data.get("_deployed_index")
    if index is None:  # built once per merge: thousands of NICs make thousands of reservations
        index = data["_deployed_index"] = {r["name"].lower(): i for i, r in enumerate(reservations) if r.get("deployed")}
    new = {"name": name, "start": start, "end": end, "note": note, "deployed": True}
    i = index.get(name.lower())
    if i is None:
        index[name.lower()] = len(reservations)
        reservations.append(new)
    else:
        reservations[i] = new


def _merge_pools(cluster: dict[str, Any], pools: tuple[AzNodePool, ...]) -> None:
    planned = cluster["node_pools"]
    for pool in pools:
        old = _find(planned, pool.name)
        if old is None:
            planned.append(node_pool_data(pool))
        else:
            old.update({k: v for k, v in node_pool_data(pool).items() if k != "name"})


def _merge_cluster(data: dict[str, Any], cluster: AzCluster, snap: Snapshot, result: MergeResult) -> None:
    clusters = data["clusters"]
    old = _find(clusters, cluster.name)
    if old is None:
        old = {"name": cluster.name, "node_pools": [], "load_balancer": None, "services": []}
        clusters.append(old)
        result.added.append(translate("AzureImport", "cluster {name}").format(name=cluster.name))
    else:
        result.updated.append(translate("AzureImport", "cluster {name}").format(name=cluster.name))
    old.update(_cluster_fields(cluster))
    # ARM ids are case-insensitive: the id in vnetSubnetIds may spell the network otherwise than its name
    known = _find(data["logical_networks"], cluster.network) if cluster.network else None
    if known is not None:
        old["logical_network"] = known["name"]
    _merge_pools(old, snap.pools_of(cluster))
    if not cluster.network:
        result.notes.append(translate("AzureImport", "cluster {name}: Azure names no logical network for it "
                                      "(cloudProviderProfile.infraNetworkProfile.vnetSubnetIds is empty)").format(name=cluster.name))
    elif _find(data["logical_networks"], cluster.network) is None:
        result.notes.append(translate("AzureImport", "cluster {name}: its logical network {network} is in no file read; "
                                      "add the output of az stack-hci-vm network lnet show for it").format(
            name=cluster.name, network=cluster.network))


def _merge_orphans(data: dict[str, Any], snap: Snapshot, result: MergeResult) -> None:
    """Node pools and load balancers of a cluster that only the plan has (read without ``az aksarc show``)."""
    for ap in snap.agent_pools:
        if snap.cluster(ap.cluster) is not None:
            continue  # merged with its cluster
        target = _find(data["clusters"], ap.cluster)
        if target is None:
            result.notes.append(translate("AzureImport", "node pool {pool}: its cluster {cluster} is neither in the files nor in "
                                          "the plan; it was not imported").format(pool=ap.pool.name, cluster=ap.cluster))
        else:
            _merge_pools(target, (ap.pool,))
    for lb in snap.load_balancers:
        target = _find(data["clusters"], lb.cluster)
        if target is None:
            result.notes.append(translate("AzureImport", "load balancer {name}: its cluster {cluster} is neither in the files nor "
                                          "in the plan; it was not imported").format(name=lb.name, cluster=lb.cluster))
            continue
        old = target.get("load_balancer") or {}
        target["load_balancer"] = {"kind": "metallb", "name": lb.name, "advertise_mode": lb.advertise_mode,
                                   "addresses": list(lb.addresses), "deployed": True}
        if old.get("name") and old["name"] != lb.name:
            result.notes.append(translate("AzureImport", "cluster {cluster}: the planned load balancer {old} was replaced by "
                                          "{name}, which Azure has (one MetalLB load balancer per cluster)").format(
                cluster=lb.cluster, old=old["name"], name=lb.name))


def _merge_nics(data: dict[str, Any], snap: Snapshot, result: MergeResult) -> None:
    for nic in snap.nics:
        net = snap.network(nic.network)
        if net is not None and in_pools(nic.ip, net):
            continue  # Azure's own allocation from the pool: counted by the headroom forecast
        _put_reservation(data, nic.name, nic.ip, nic.ip, nic_note(nic))


def _fill_context(data: dict[str, Any], snap: Snapshot) -> None:
    azure = data["azure"]
    for net in snap.networks:
        seg = id_segments(net.custom_location)
        for key, value in (("subscription_id", seg.get("subscriptions", "")), ("resource_group", net.resource_group),
                           ("location", net.location), ("custom_location_id", net.custom_location)):
            if not azure.get(key) and value:
                azure[key] = value
    for cluster in snap.clusters:
        if not azure.get("resource_group") and cluster.resource_group:
            azure["resource_group"] = cluster.resource_group


def merge(plan: Plan, snap: Snapshot) -> MergeResult:
    """A new plan: ``plan`` with everything in ``snap`` merged in and marked deployed (``plan`` is not touched)."""
    data = plan.model_dump(mode="json")
    result = MergeResult(plan)
    for net in snap.networks:
        _merge_network(data, net, result)
    for cluster in snap.clusters:
        _merge_cluster(data, cluster, snap, result)
    _merge_orphans(data, snap, result)
    _merge_nics(data, snap, result)
    _fill_context(data, snap)
    data.pop("_deployed_index", None)
    result.plan = Plan.model_validate(data)
    result.notes = list(snap.notes) + result.notes
    return result


def import_plan(snap: Snapshot, name: str = "") -> MergeResult:
    """A new plan holding only what Azure has."""
    return merge(Plan(name=name), snap)

"""Drift: where the plan's deployed objects and what Azure reports differ.

Only the resource types the files hold are compared (a file of logical networks says nothing
about clusters); an object is ``missing`` only where its type was read from a list (a ``show``
names one resource, not all of them); load balancers and ``az aksarc nodepool list`` output only for the
clusters they belong to (those commands list one cluster each). Three kinds of difference:
``missing`` (deployed in the plan, not in Azure), ``extra`` (in Azure, not deployed in the
plan) and ``changed`` (a field differs).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aksarc_gui.azure_import.merge import in_pools, network_data, node_pool_data, other_pools, plan_pool
from aksarc_gui.azure_import.readers import (
    AGENT_POOL,
    CLUSTER,
    LNET,
    LOAD_BALANCER,
    NIC,
    AzNetwork,
    Snapshot,
)
from aksarc_gui.domain.plan import DEFAULT_POD_CIDR, Cluster, LogicalNetwork, Plan
from aksarc_gui.i18n import QT_TRANSLATE_NOOP, display_width, ljust_display, translate

MISSING, EXTRA, CHANGED = "missing", "extra", "changed"
KIND_LABELS = {
    MISSING: QT_TRANSLATE_NOOP("AzureDiff", "missing"),
    EXTRA: QT_TRANSLATE_NOOP("AzureDiff", "extra"),
    CHANGED: QT_TRANSLATE_NOOP("AzureDiff", "changed"),
}


@dataclass(frozen=True)
class Drift:
    kind: str  # MISSING, EXTRA or CHANGED
    what: str  # "logical network aks-lnet-01"
    path: str = ""  # the plan's JSON path, where the plan has the object
    field: str = ""
    plan: str = ""
    azure: str = ""

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "what": self.what, "path": self.path, "field": self.field,
                "plan": self.plan, "azure": self.azure}

    def message(self) -> str:
        if self.kind == MISSING:
            return translate("AzureDiff", "{what}: deployed in the plan, not in Azure").format(what=self.what)
        if self.kind == EXTRA:
            return translate("AzureDiff", "{what}: in Azure, not deployed in the plan").format(what=self.what)
        return translate("AzureDiff", "{what}: {field} is {plan} in the plan, {azure} in Azure").format(
            what=self.what, field=self.field, plan=self.plan, azure=self.azure)


def _show(value: Any) -> str:
    if value is None or value == [] or value == "":
        return translate("AzureDiff", "(none)")
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, dict):
        if set(value) == {"start", "end"}:
            return f"{value['start']}-{value['end']}"
        return ", ".join(f"{k} {_show(v)}" for k, v in value.items())
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _compare(out: list[Drift], what: str, path: str, plan: dict[str, Any], azure: dict[str, Any]) -> None:
    for key, value in azure.items():
        if plan.get(key) != value:
            out.append(Drift(CHANGED, what, f"{path}.{key}", key, _show(plan.get(key)), _show(value)))


def _find(items: list[Any], name: str) -> tuple[int, Any] | tuple[None, None]:
    return next(((i, x) for i, x in enumerate(items) if x.name.lower() == name.lower()), (None, None))


# -- logical networks ---------------------------------------------------------------------------

def _net_what(name: str) -> str:
    return translate("AzureImport", "logical network {name}").format(name=name)


def _networks(plan: Plan, snap: Snapshot, out: list[Drift]) -> None:
    for net in snap.networks:
        i, mine = _find(plan.logical_networks, net.name)
        if mine is None:
            out.append(Drift(EXTRA, _net_what(net.name)))
            continue
        path = f"logical_networks[{i}]"
        fields = mine.model_dump(mode="json")
        fields["deployed"] = mine.deployed
        _compare(out, _net_what(net.name), path, fields, {k: v for k, v in network_data(net).items() if k != "name"})
        _other_pools(plan, net, mine, out)
    for i, mine in enumerate(plan.logical_networks):
        if LNET in snap.listed and mine.deployed and snap.network(mine.name) is None:
            out.append(Drift(MISSING, _net_what(mine.name), f"logical_networks[{i}]"))


def _other_pools(plan: Plan, net: AzNetwork, mine: LogicalNetwork, out: list[Drift]) -> None:
    """Pools beyond the plan's one are deployed reservations ``NETWORK/POOL`` (see merge)."""
    prefix = mine.name.lower() + "/"
    planned = sorted(f"{r.start}-{r.end}" for r in plan.reservations if r.deployed and r.name.lower().startswith(prefix))
    actual = sorted(f"{p.start}-{p.end}" for _, p in other_pools(net))
    if planned != actual:
        out.append(Drift(CHANGED, _net_what(net.name), "reservations", translate("AzureDiff", "other IP pools"),
                         _show(planned), _show(actual)))


# -- clusters, node pools, load balancers -------------------------------------------------------

def _cluster_what(name: str) -> str:
    return translate("AzureImport", "cluster {name}").format(name=name)


def _cluster_fields(cluster: Cluster) -> dict[str, Any]:
    cp = cluster.control_plane
    return {"logical_network": cluster.logical_network, "kubernetes_version": cluster.kubernetes_version,
            "pod_cidr": str(cluster.pod_cidr), "control_plane.count": cp.count, "control_plane.vm_size": cp.vm_size,
            "control_plane.ip": None if cp.ip is None else str(cp.ip), "deployed": cluster.deployed}


def _azure_cluster_fields(az: Any) -> dict[str, Any]:
    fields = {"logical_network": az.network, "kubernetes_version": az.kubernetes_version,
              "pod_cidr": az.pod_cidr or DEFAULT_POD_CIDR, "control_plane.count": az.control_plane_count,
              "control_plane.ip": az.control_plane_ip, "deployed": True}
    if az.control_plane_vm_size:
        fields["control_plane.vm_size"] = az.control_plane_vm_size
    return fields


def _pools(cluster: Cluster, path: str, azure_pools: tuple[Any, ...], out: list[Drift]) -> None:
    for pool in azure_pools:
        j, mine = _find(cluster.node_pools, pool.name)
        what = translate("AzureDiff", "node pool {pool} of cluster {cluster}").format(pool=pool.name, cluster=cluster.name)
        if mine is None:
            out.append(Drift(EXTRA, what))
            continue
        expected = {k: v for k, v in node_pool_data(pool).items() if k != "name"}
        if not pool.vm_size:
            expected.pop("vm_size")
        actual = mine.model_dump(mode="json")
        actual["deployed"] = mine.deployed
        if pool.autoscale and mine.autoscaler is not None:
            expected.pop("count")  # the autoscaler moves the count: not drift
        _compare(out, what, f"{path}.node_pools[{j}]", actual, expected)
    for j, mine in enumerate(cluster.node_pools):
        if mine.deployed and not any(p.name.lower() == mine.name.lower() for p in azure_pools):
            out.append(Drift(MISSING, translate("AzureDiff", "node pool {pool} of cluster {cluster}").format(
                pool=mine.name, cluster=cluster.name), f"{path}.node_pools[{j}]"))


def _clusters(plan: Plan, snap: Snapshot, out: list[Drift]) -> None:
    if CLUSTER in snap.kinds:
        for az in snap.clusters:
            i, mine = _find(plan.clusters, az.name)
            if mine is None:
                out.append(Drift(EXTRA, _cluster_what(az.name)))
                continue
            path = f"clusters[{i}]"
            ours, theirs = _cluster_fields(mine), _azure_cluster_fields(az)
            if ours["logical_network"].lower() == theirs["logical_network"].lower():
                theirs["logical_network"] = ours["logical_network"]  # ARM names compare case-insensitively
            _compare(out, _cluster_what(az.name), path, ours, theirs)
            _pools(mine, path, snap.pools_of(az), out)
        for i, mine in enumerate(plan.clusters):
            if CLUSTER in snap.listed and mine.deployed and snap.cluster(mine.name) is None:
                out.append(Drift(MISSING, _cluster_what(mine.name), f"clusters[{i}]"))
    if AGENT_POOL in snap.kinds:
        # nodepool list output of clusters read without their aksarc show
        for name in sorted({ap.cluster.lower() for ap in snap.agent_pools} - {c.name.lower() for c in snap.clusters}):
            i, mine = _find(plan.clusters, name)
            pools = tuple(ap.pool for ap in snap.agent_pools if ap.cluster.lower() == name)
            if mine is None:
                out.append(Drift(EXTRA, _cluster_what(name)))
            else:
                _pools(mine, f"clusters[{i}]", pools, out)


def _load_balancers(plan: Plan, snap: Snapshot, out: list[Drift]) -> None:
    for lb in snap.load_balancers:
        i, mine = _find(plan.clusters, lb.cluster)
        what = translate("AzureDiff", "load balancer {name} of cluster {cluster}").format(name=lb.name, cluster=lb.cluster)
        if mine is None or mine.load_balancer is None:
            out.append(Drift(EXTRA, what))
            continue
        have = mine.load_balancer
        _compare(out, what, f"clusters[{i}].load_balancer",
                 {"name": have.name, "advertise_mode": have.advertise_mode,
                  "addresses": [str(a) for a in have.addresses], "deployed": have.deployed},
                 {"name": lb.name, "advertise_mode": lb.advertise_mode, "addresses": list(lb.addresses), "deployed": True})


# -- NIC reservations ---------------------------------------------------------------------------

def _nics(plan: Plan, snap: Snapshot, out: list[Drift]) -> None:
    planned = {r.name.lower(): (k, r) for k, r in enumerate(plan.reservations) if r.deployed and "/" not in r.name}
    seen: set[str] = set()
    for nic in snap.nics:
        net = snap.network(nic.network)
        if net is None:
            mine = plan.network(nic.network)
            if mine is not None and mine.ip_pool is not None and \
                    int(mine.ip_pool.start) <= int(_int(nic.ip)) <= int(mine.ip_pool.end):
                continue
        elif in_pools(nic.ip, net):
            continue
        what = translate("AzureDiff", "reservation for network interface {nic}").format(nic=nic.name)
        seen.add(nic.name.lower())
        k, res = planned.get(nic.name.lower(), (None, None))
        if res is None:
            out.append(Drift(EXTRA, what))
        elif (str(res.start), str(res.end)) != (nic.ip, nic.ip):
            out.append(Drift(CHANGED, what, f"reservations[{k}]", translate("AzureDiff", "address"),
                             f"{res.start}-{res.end}" if res.start != res.end else str(res.start), nic.ip))
    for name, (k, res) in planned.items():
        if NIC in snap.listed and name not in seen:
            out.append(Drift(MISSING, translate("AzureDiff", "reservation for network interface {nic}").format(nic=res.name),
                             f"reservations[{k}]"))


def _int(ip: str) -> int:
    from netaddr import IPAddress

    return int(IPAddress(ip))


def diff(plan: Plan, snap: Snapshot) -> list[Drift]:
    """Every difference between the plan's deployed objects and the snapshot, in document order."""
    out: list[Drift] = []
    if LNET in snap.kinds:
        _networks(plan, snap, out)
    _clusters(plan, snap, out)
    if LOAD_BALANCER in snap.kinds:
        _load_balancers(plan, snap, out)
    if NIC in snap.kinds:
        _nics(plan, snap, out)
    return out


def render_text(drift: list[Drift]) -> str:
    if not drift:
        return translate("AzureDiff", "No drift: the plan's deployed objects match Azure.") + "\n"
    labels = [translate("AzureDiff", KIND_LABELS[d.kind]) for d in drift]
    width = max(display_width(label) for label in labels)
    lines = [f"{ljust_display(label, width)}  {d.message()}" for label, d in zip(labels, drift)]
    lines += ["", translate("AzureDiff", "{count} difference(s).").format(count=len(drift))]
    return "\n".join(lines) + "\n"


__all__ = ["CHANGED", "EXTRA", "MISSING", "Drift", "diff", "plan_pool", "render_text"]

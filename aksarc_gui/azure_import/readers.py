"""Read what ``az`` prints for logical networks, NICs, clusters, node pools and load balancers.

Each file holds one resource (``show``) or a list of them (``list``), in any order and mix.
A resource is recognised by its ARM ``type`` (case does not matter) and, where a tool left the
type out, by its shape. The shapes are those of the REST API versions the CLI extensions use
(docs/import.md gives the sources): Microsoft.AzureStackHCI/logicalNetworks and
networkInterfaces 2024-01-01, Microsoft.HybridContainerService/provisionedClusterInstances and
agentPools 2024-01-01, Microsoft.KubernetesRuntime/loadBalancers 2024-03-01 (whose CLI prints the
properties flattened into the resource).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from pydantic_core import PydanticCustomError

from aksarc_gui.azure_import.jsondoc import AzureReadError, Node, Notes, parse_json, read_json_file
from aksarc_gui.azure_import.snapshot import (  # noqa: F401 - re-exported: the records belong with their readers
    AzAgentPool,
    AzCluster,
    AzLoadBalancer,
    AzNetwork,
    AzNic,
    AzNodePool,
    AzPool,
    Snapshot,
    Where,
    id_segments,
    last_segment,
)
from aksarc_gui.domain.ipv4 import parse_address_block, parse_ipv4, parse_ipv4_network
from aksarc_gui.i18n import translate

LNET = "microsoft.azurestackhci/logicalnetworks"
NIC = "microsoft.azurestackhci/networkinterfaces"
CLUSTER = "microsoft.hybridcontainerservice/provisionedclusterinstances"
AGENT_POOL = "microsoft.hybridcontainerservice/provisionedclusterinstances/agentpools"
LOAD_BALANCER = "microsoft.kubernetesruntime/loadbalancers"

# Members every ARM resource (and az's additions to it) may have; none of them is imported.
_RESOURCE = frozenset({"id", "name", "type", "location", "extendedLocation", "tags", "systemData",
                       "properties", "resourceGroup", "etag", "managedBy", "kind", "identity"})


def _ref_id(node: Node) -> str:
    """A reference object ``{"id": ...}``; the specs spell it ``ID`` in some places."""
    return node.obj().get("id", "ID").text()


# -- value checks -------------------------------------------------------------------------------

def _checked(node: Node, parse: Callable[[object], object], kind: str) -> str:
    try:
        return str(parse(node.text()))
    except PydanticCustomError:
        raise node.fail(translate("AzureImport", "{value} is not an IPv4 {kind}").format(
            value=repr(node.value), kind=kind)) from None


def _ip(node: Node) -> str:
    return _checked(node, parse_ipv4, translate("AzureImport", "address"))


def _cidr(node: Node) -> str:
    return _checked(node, parse_ipv4_network, translate("AzureImport", "network"))


def _checked_props(node: Node, known: frozenset[str], notes: Notes) -> Node:
    """``properties`` (or the flattened resource), with unknown members of both levels noted."""
    props = _props(node)
    if props is node:
        node.unknown(_RESOURCE | known, notes)
    else:
        node.unknown(_RESOURCE, notes)
        props.unknown(known, notes)
    return props


def _props(node: Node) -> Node:
    """``properties``, or the resource itself where the CLI flattened them."""
    node.obj()
    return node.get("properties").obj() if node.has("properties") else node


def _choice(node: Node, choices: tuple[str, ...], default: str) -> str:
    if node.value is None:
        return default
    text = node.text()
    for choice in choices:
        if text.lower() == choice.lower():
            return choice
    raise node.fail(translate("AzureImport", "{value} is not one of {choices}").format(
        value=repr(text), choices=", ".join(choices)))


# -- logical networks ---------------------------------------------------------------------------

_LNET_PROPS = frozenset({"dhcpOptions", "subnets", "vmSwitchName", "provisioningState", "status"})
_SUBNET_PROPS = frozenset({"name", "addressPrefix", "addressPrefixes", "ipAllocationMethod", "ipConfigurationReferences",
                           "routeTable", "ipPools", "vlan", "networkSecurityGroup"})
_POOL = frozenset({"name", "ipPoolType", "start", "end", "info"})


def _gateway(subnet: Node) -> str | None:
    """The next hop of the default route (0.0.0.0/0); no route table or no default route: no gateway."""
    table = subnet.opt("routeTable")
    if table.value is None:
        return None
    routes = _props(table).opt("routes").items()
    for route in routes:
        props = _props(route.obj())
        if props.opt("addressPrefix").opt_text() == "0.0.0.0/0":
            hop = props.opt("nextHopIpAddress")
            return None if hop.value is None else _ip(hop)
    return None


def _pool(node: Node, notes: Notes) -> AzPool:
    node.obj().unknown(_POOL, notes)
    kind = _choice(node.opt("ipPoolType"), ("vm", "vippool"), "vm")
    info = node.opt("info")
    used = info.obj().opt("used").opt_integer() if info.value is not None else None
    return AzPool(_ip(node.get("start")), _ip(node.get("end")), kind, node.opt("name").opt_text(), used)


def read_network(node: Node, notes: Notes) -> AzNetwork:
    props = _checked_props(node, _LNET_PROPS, notes)
    subnets = props.get("subnets").items()
    if not subnets:
        raise props.get("subnets").fail(translate("AzureImport", "a logical network without a subnet has no address prefix"))
    if len(subnets) > 1:
        notes.add(node.source, subnets[1].path, translate("AzureImport", "only the first subnet is imported: "
                                                          "a logical network made by az has one"))
    sub = _props(subnets[0])
    sub.unknown(_SUBNET_PROPS, notes)
    if sub.has("addressPrefix") or not sub.has("addressPrefixes"):
        prefix = _cidr(sub.get("addressPrefix"))
    else:
        prefixes = sub.get("addressPrefixes").items()
        if not prefixes:
            raise sub.get("addressPrefixes").fail(translate("AzureImport", "a logical network without a subnet has no address prefix"))
        prefix = _cidr(prefixes[0])
    pools = tuple(_pool(p, notes) for p in sub.opt("ipPools").items())
    dhcp = props.opt("dhcpOptions")
    dns = tuple(_ip(d) for d in (dhcp.obj().opt("dnsServers").items() if dhcp.value is not None else []))
    method = _choice(sub.opt("ipAllocationMethod"), ("Static", "Dynamic"), "Static" if pools else "Dynamic")
    vlan = sub.opt("vlan").opt_integer()
    if vlan is not None and not 0 <= vlan <= 4094:
        raise sub.get("vlan").fail(translate("AzureImport", "VLAN {vlan} is not between 0 and 4094").format(vlan=vlan))
    rid = node.opt("id").opt_text()
    ext = node.opt("extendedLocation")
    return AzNetwork(
        name=node.get("name").text(), address_prefix=prefix, gateway=_gateway(sub), dns_servers=dns,
        ip_allocation_method=method, pools=pools, vlan=vlan, vm_switch_name=props.opt("vmSwitchName").opt_text(),
        resource_group=node.opt("resourceGroup").opt_text() or id_segments(rid).get("resourcegroups", ""),
        custom_location=ext.obj().opt("name").opt_text() if ext.value is not None else "",
        location=node.opt("location").opt_text(), where=Where(node.source, node.path))


# -- network interfaces -------------------------------------------------------------------------

_NIC_PROPS = frozenset({"ipConfigurations", "macAddress", "dnsSettings", "provisioningState", "status",
                        "resourceName", "networkSecurityGroup"})
_IPCONFIG_PROPS = frozenset({"gateway", "prefixLength", "privateIPAddress", "privateIPAllocationMethod", "subnet"})


def read_nic(node: Node, notes: Notes) -> list[AzNic]:
    props = _checked_props(node, _NIC_PROPS, notes)
    name = node.get("name").text()
    # A NIC names no VM in this API version; a VM made through Arc sets managedBy or the vm tag.
    vm = last_segment(node.opt("managedBy").opt_text())
    out = []
    for config in props.opt("ipConfigurations").items():
        cp = _props(config)
        cp.unknown(_IPCONFIG_PROPS, notes)
        address = cp.opt("privateIPAddress")
        subnet = cp.opt("subnet")
        if address.value in (None, "") or subnet.value is None:
            continue  # not yet given an address (or not on a logical network): nothing to keep free
        out.append(AzNic(name, _ip(address), last_segment(_ref_id(subnet)), vm, Where(node.source, config.path)))
    return out


# -- clusters and node pools --------------------------------------------------------------------

_CLUSTER_PROPS = frozenset({"linuxProfile", "controlPlane", "kubernetesVersion", "networkProfile", "agentPoolProfiles",
                            "cloudProviderProfile", "provisioningState", "status", "licenseProfile",
                            "autoScalerProfile", "storageProfile", "clusterVMAccessProfile"})
_CONTROL_PLANE = frozenset({"count", "vmSize", "controlPlaneEndpoint", "osType", "osSKU", "linuxProfile"})
_NETWORK_PROFILE = frozenset({"loadBalancerProfile", "networkPolicy", "podCidr"})
_AGENT_POOL = frozenset({"name", "count", "vmSize", "osType", "osSKU", "enableAutoScaling", "minCount", "maxCount",
                         "maxPods", "nodeLabels", "nodeTaints", "provisioningState", "status", "availabilityZones",
                         "nodeImageVersion"})


def _cluster_name(node: Node) -> str:
    """The connected cluster's name: provisionedClusterInstances are all called "default"."""
    rid = node.opt("id").opt_text()
    name = id_segments(rid).get("connectedclusters")
    if name:
        return name
    own = node.opt("name").opt_text()
    if own and own.lower() != "default":
        return own
    raise AzureReadError(node.source, node.child_path("id"), translate(
        "AzureImport", "the cluster's name cannot be read: the id names no connectedClusters resource"))


def read_node_pool(node: Node, notes: Notes, name: str | None = None) -> AzNodePool:
    props = _props(node)
    props.unknown(_AGENT_POOL | _RESOURCE, notes)
    autoscale = props.opt("enableAutoScaling").boolean()
    count = props.opt("count").opt_integer()
    low, high = props.opt("minCount").opt_integer(), props.opt("maxCount").opt_integer()
    if autoscale and (low is None or high is None):
        key = "minCount" if low is None else "maxCount"
        raise AzureReadError(props.source, props.child_path(key), translate(
            "AzureImport", "the autoscaler is on (enableAutoScaling) but {field} is missing").format(field=key))
    return AzNodePool(name=name if name is not None else node.get("name").text(), count=1 if count is None else count,
                      vm_size=props.opt("vmSize").opt_text(), os_type=_choice(props.opt("osType"), ("Linux", "Windows"), "Linux"),
                      autoscale=autoscale, min_count=low, max_count=high)


def read_cluster(node: Node, notes: Notes) -> AzCluster:
    props = _checked_props(node, _CLUSTER_PROPS, notes)
    name = _cluster_name(node)
    cp = props.get("controlPlane").obj()
    cp.unknown(_CONTROL_PLANE, notes)
    endpoint = cp.opt("controlPlaneEndpoint")
    host = endpoint.obj().opt("hostIP") if endpoint.value is not None else endpoint
    subnet_ids = props.get("cloudProviderProfile").get("infraNetworkProfile").get("vnetSubnetIds").items()
    net_profile = props.opt("networkProfile")
    if net_profile.value is not None:
        net_profile.obj().unknown(_NETWORK_PROFILE, notes)
    pod = net_profile.opt("podCidr") if net_profile.value is not None else net_profile
    pools = tuple(read_node_pool(p.obj(), notes) for p in props.opt("agentPoolProfiles").items())
    count = cp.opt("count").opt_integer()
    rid = node.opt("id").opt_text()
    return AzCluster(
        name=name, network=last_segment(subnet_ids[0].text()) if subnet_ids else "",
        control_plane_count=1 if count is None else count, control_plane_vm_size=cp.opt("vmSize").opt_text(),
        control_plane_ip=None if host.value in (None, "") else _ip(host),
        kubernetes_version=props.opt("kubernetesVersion").opt_text(),
        pod_cidr=None if pod.value in (None, "") else _cidr(pod), node_pools=pools,
        resource_group=node.opt("resourceGroup").opt_text() or id_segments(rid).get("resourcegroups", ""),
        where=Where(node.source, node.path))


def read_agent_pool(node: Node, notes: Notes) -> AzAgentPool:
    if node.has("properties"):  # flattened, read_node_pool checks the one level there is
        node.unknown(_RESOURCE, notes)
    rid = node.get("id").text()
    cluster = id_segments(rid).get("connectedclusters")
    if not cluster:
        raise AzureReadError(node.source, node.child_path("id"), translate(
            "AzureImport", "the node pool's cluster cannot be read: the id names no connectedClusters resource"))
    return AzAgentPool(cluster, read_node_pool(node, notes, node.get("name").text()), Where(node.source, node.path))


# -- load balancers -----------------------------------------------------------------------------

_LB_PROPS = frozenset({"addresses", "advertiseMode", "serviceSelector", "bgpPeers", "provisioningState"})


def read_load_balancer(node: Node, notes: Notes) -> AzLoadBalancer:
    props = _props(node)
    node.unknown(_RESOURCE | _LB_PROPS, notes)
    if props is not node:
        props.unknown(_LB_PROPS, notes)
    rid = node.get("id").text()
    cluster = id_segments(rid).get("connectedclusters")
    if not cluster:
        raise AzureReadError(node.source, node.child_path("id"), translate(
            "AzureImport", "the load balancer's cluster cannot be read: the id names no connectedClusters resource"))
    addresses = []
    for a in props.get("addresses").items():
        addresses.append(_checked(a, parse_address_block, translate("AzureImport", "address, range or network")))
    return AzLoadBalancer(cluster, node.get("name").text(), tuple(addresses),
                          _choice(props.get("advertiseMode"), ("ARP", "BGP", "Both"), "ARP"), Where(node.source, node.path))


# -- classification -----------------------------------------------------------------------------

def _kind(node: Node) -> str | None:
    """The resource type, from ``type`` or, where it is missing, from the shape."""
    node.obj()
    declared = node.opt("type").value
    if isinstance(declared, str) and declared:
        return declared.lower()
    props = node.value.get("properties") if isinstance(node.value.get("properties"), dict) else node.value
    if "subnets" in props:
        return LNET
    if "ipConfigurations" in props:
        return NIC
    if "controlPlane" in props or "cloudProviderProfile" in props:
        return CLUSTER
    if "advertiseMode" in props or "addresses" in props:
        return LOAD_BALANCER
    if "osType" in props or "vmSize" in props:
        return AGENT_POOL
    return None


KNOWN_TYPES = (LNET, NIC, CLUSTER, AGENT_POOL, LOAD_BALANCER)


def _add_unique(snap: Snapshot, items: list, new, what: str) -> None:  # noqa: ANN001 - any of the Az* records
    """Keep one of two equal records (the same resource from ``list`` and ``show``); two that differ are an error."""
    key = (type(new).__name__, *_identity(new))
    old = snap.by_identity.get(key)
    if old is None:
        snap.by_identity[key] = new
        items.append(new)
    elif replace(old, where=new.where) != new:
        raise AzureReadError(new.where.source, new.where.path, translate(
            "AzureImport", "{what} {name} is also in {other} with different values; read one az output per resource").format(
            what=what, name=_identity(new)[-1], other=str(old.where)))


def _identity(record) -> tuple[str, ...]:  # noqa: ANN001
    if isinstance(record, AzAgentPool):
        return (record.cluster.lower(), record.pool.name.lower())
    if isinstance(record, AzLoadBalancer):
        return (record.cluster.lower(), record.name.lower())
    if isinstance(record, AzNic):
        return (record.name.lower(), record.ip)
    return (record.name.lower(),)


def read_document(root: Node, snap: Snapshot, notes: Notes) -> None:
    """Add the resources of one parsed file (one object, or a list of them) to ``snap``."""
    nodes = root.items() if isinstance(root.value, list) else [root.obj()]
    root_list = nodes if isinstance(root.value, dict) else None  # a show: one resource, not all of its kind
    if isinstance(root.value, dict) and isinstance(root.value.get("value"), list):
        nodes = root.get("value").items()  # the raw REST list shape: {"value": [...], "nextLink": ...}
    for node in nodes:
        kind = _kind(node)
        if kind in KNOWN_TYPES:
            snap.kinds.add(kind)
            if nodes is not root_list:
                snap.listed.add(kind)
        if kind == LNET:
            _add_unique(snap, snap.networks, read_network(node, notes), translate("AzureImport", "logical network"))
        elif kind == NIC:
            for nic in read_nic(node, notes):
                _add_unique(snap, snap.nics, nic, translate("AzureImport", "network interface"))
        elif kind == CLUSTER:
            _add_unique(snap, snap.clusters, read_cluster(node, notes), translate("AzureImport", "cluster"))
        elif kind == AGENT_POOL:
            _add_unique(snap, snap.agent_pools, read_agent_pool(node, notes), translate("AzureImport", "node pool"))
        elif kind == LOAD_BALANCER:
            _add_unique(snap, snap.load_balancers, read_load_balancer(node, notes), translate("AzureImport", "load balancer"))
        elif kind is None:
            raise node.fail(translate("AzureImport", "not a resource az prints for logical networks, NICs, clusters, "
                                      "node pools or load balancers"))
        else:
            raise node.opt("type").fail(translate("AzureImport", "resource type {type} is not one the planner imports").format(
                type=node.get("type").text()))


def read_nodes(roots: Iterable[Node]) -> Snapshot:
    snap, notes = Snapshot(), Notes()
    for root in roots:
        read_document(root, snap, notes)
        snap.sources.append(root.source)
    snap.notes = notes.items
    return snap


def read_files(paths: Iterable[str]) -> Snapshot:
    """Read az output files; raises :class:`AzureReadError` (nothing is returned half-read)."""
    return read_nodes(read_json_file(p) for p in paths)


def read_text(text: str, source: str = "<az>") -> Snapshot:
    return read_nodes([parse_json(text, source)])

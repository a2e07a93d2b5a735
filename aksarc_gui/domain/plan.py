"""The plan document, field for field as plan-format-v1 (docs/plan-format.md).

Field order here *is* the key order of saved files: keep it as the format lists
it.  Only shape and types are checked at load; everything the article forbids
(an address outside its prefix, overlaps, a Dynamic network, a control plane
count of 2, ...) loads and is reported by ``planning.validate``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from aksarc_gui.domain.ipv4 import IPv4, IPv4Net, LBAddress, is_ascii_number

FORMAT_NAME = "aksarc-plan"
FORMAT_VERSION = 1

DEFAULT_VM_SIZE = "Standard_A4_v2"
DEFAULT_WINDOWS_VM_SIZE = "Standard_K8S3_v1"
DEFAULT_POD_CIDR = "10.244.0.0/16"
SERVICE_CIDR = "10.96.0.0/12"  # fixed by AKS Arc, cannot be changed


# Sanity limits: far above what Microsoft supports, so a plan that breaks a real limit
# still loads and the rule reports it with its advice, but low enough that no file can
# make the planner, an export or an editor widget work on absurd numbers (a node count
# of 10**100 would overflow a Qt spin box; a billion service instances would make the
# address search run for ever).  Learn's scale requirements for AKS on Azure Local
# (https://learn.microsoft.com/azure/aks/aksarc/scale-requirements): 200 nodes in the
# default node pool and 64 in any other (SCALE-2), 16 node pools (SCALE-1), 200 nodes
# and 32 clusters per Azure Local instance (SCALE-3, SCALE-4); az aksarc create takes a
# control plane count of 1, 3 or 5 (CP-5).
MAX_POOL_NODES = 999  # node pool count, autoscaler min/max: 5x SCALE-2's 200, the editor's spin box limit
MAX_CONTROL_PLANE_NODES = 99  # CP-5 allows 1, 3 or 5
MAX_SERVICE_INSTANCES = 9999  # the editor's spin box limit; LB-4 needs an address per instance and port
MAX_NODE_POOLS = 256  # per cluster; SCALE-1 allows 16
MAX_CLUSTERS = 1000  # per plan; SCALE-4 allows 32
MAX_SERVICES = 1000  # per cluster
MAX_PORTS = 1000  # per service
MAX_NETWORKS = 1000  # logical networks per plan
MAX_DNS_SERVERS = 100  # per logical network
MAX_HOSTS = 1000  # management host IPs; an Azure Local instance has at most 16 machines
MAX_LB_ADDRESSES = 1000  # address entries of one load balancer (each may be a whole range)
MAX_LIST = 10000  # reservations, no_proxy entries
# Every address entry is a claim that the overlap sweep and the free-address search go
# through, once per network that needs a suggestion: this keeps that product in seconds.
MAX_PLAN_ADDRESS_ENTRIES = 20_000
# Each (service instance, port) is a row of the workbook and an entry of the address
# assignment: about 0.3 ms each in the workbook (benchmarks/export_speed.py), so these keep an export to seconds.
MAX_SERVICE_BINDINGS = 10_000  # per service: instances x ports
MAX_PLAN_BINDINGS = 10_000  # per plan (so at most about 3 s of workbook)
MAX_PLAN_NODE_POOLS = 4096  # per plan; 32 clusters x 16 node pools is 512


def service_bindings_count(instances: int, ports: int) -> int:
    """Rows a service adds to the workbook: one per instance and port (a service without ports: one per instance)."""
    return instances * max(1, ports)


# Fields added to format 1 after its first release carry this marker: a file
# leaves them out while they hold their default, so plans written before the
# field existed load and save byte for byte, and a plan that does not use a
# feature does not mention it.
OPTIONAL = {"omit_when_default": True}


class _Model(BaseModel):
    # strict: a string where a number belongs (or the reverse) is a load error,
    # not a silent conversion; forbid: a misspelt key is reported, not dropped.
    model_config = ConfigDict(strict=True, extra="forbid", validate_default=True)


class Proxy(_Model):
    """The proxy Azure Local was deployed with; every AKS Arc cluster inherits it."""

    http_proxy: str = ""
    https_proxy: str = ""
    no_proxy: list[str] = Field(default_factory=list, max_length=MAX_LIST)


class Platform(_Model):
    release: str = Field("2405", description="Azure Local / Azure Stack HCI release as YYMM, e.g. 2405")
    proxy: Proxy | None = Field(None, json_schema_extra=OPTIONAL,
                                description="null: no proxy; set once when Azure Local is deployed")
    arc_gateway: bool = Field(False, json_schema_extra=OPTIONAL,
                              description="Azure Local uses the Arc gateway for its outbound traffic")


class AzureContext(_Model):
    subscription_id: str = ""
    resource_group: str = ""
    location: str = ""
    custom_location_id: str = ""


class IPPool(_Model):
    start: IPv4
    end: IPv4


class ManagementNetwork(_Model):
    address_prefix: IPv4Net
    gateway: IPv4 | None = None
    dns_servers: list[IPv4] = Field(default_factory=list, max_length=MAX_DNS_SERVERS, json_schema_extra=OPTIONAL,
                                    description="the DNS servers Azure Local was deployed with")
    vlan: int | None = Field(None, ge=0, le=4094)
    host_ips: list[IPv4] = Field(default_factory=list, max_length=MAX_HOSTS)
    infra_ip_pool: IPPool | None = None


class LogicalNetwork(_Model):
    name: str
    address_prefix: IPv4Net
    gateway: IPv4 | None = None
    dns_servers: list[IPv4] = Field(default_factory=list, max_length=MAX_DNS_SERVERS)
    ip_allocation_method: Literal["Static", "Dynamic"] = "Static"
    ip_pool: IPPool | None = None
    vm_switch_name: str = ""
    vlan: int | None = Field(None, ge=0, le=4094)
    deployed: bool = Field(False, json_schema_extra=OPTIONAL,
                           description="true: exists in Azure (imported); prefix, gateway, DNS, pool, VLAN and vSwitch are fixed")


class Reservation(_Model):
    name: str
    start: IPv4
    end: IPv4
    note: str = ""
    deployed: bool = Field(False, json_schema_extra=OPTIONAL,
                           description="true: exists in Azure (imported); kept free for an address Azure already uses")


class ControlPlane(_Model):
    count: int = Field(1, ge=0, le=MAX_CONTROL_PLANE_NODES)
    vm_size: str = DEFAULT_VM_SIZE
    ip: IPv4 | None = None


class Autoscaler(_Model):
    min_count: int = Field(1, ge=0, le=MAX_POOL_NODES)
    max_count: int = Field(1, ge=0, le=MAX_POOL_NODES)


class NodePool(_Model):
    name: str
    count: int = Field(1, ge=0, le=MAX_POOL_NODES)
    vm_size: str = DEFAULT_VM_SIZE
    os_type: Literal["Linux", "Windows"] = "Linux"
    autoscaler: Autoscaler | None = Field(None, json_schema_extra=OPTIONAL,
                                          description="null: the cluster autoscaler is off for this pool")
    deployed: bool = Field(False, json_schema_extra=OPTIONAL,
                           description="true: exists in Azure (imported); no command creates it again")


class LoadBalancer(_Model):
    kind: Literal["metallb", "external"] = "metallb"
    name: str = ""
    advertise_mode: Literal["ARP", "BGP", "Both"] = "ARP"
    addresses: list[LBAddress] = Field(default_factory=list, max_length=MAX_LB_ADDRESSES)
    deployed: bool = Field(False, json_schema_extra=OPTIONAL,
                           description="true: exists in Azure (imported); its addresses are not moved")


class ServicePort(_Model):
    port: int = Field(ge=1, le=65535)
    protocol: Literal["TCP", "UDP"] = "TCP"


class Service(_Model):
    name: str
    instances: int = Field(1, ge=1, le=MAX_SERVICE_INSTANCES)
    ports: list[ServicePort] = Field(default_factory=list, max_length=MAX_PORTS)
    shares_ip: bool = Field(True, json_schema_extra=OPTIONAL,
                            description="false: the service must have addresses of its own (no allow-shared-ip)")

    @model_validator(mode="after")
    def _bounded(self) -> Service:
        rows = service_bindings_count(self.instances, len(self.ports))
        if rows > MAX_SERVICE_BINDINGS:
            raise PydanticCustomError(
                "too_many_bindings", "{instances} instances x {ports} ports make {rows} (instance, port) pairs; a service may "
                "have at most {limit}", {"instances": self.instances, "ports": len(self.ports), "rows": rows,
                                    "limit": MAX_SERVICE_BINDINGS})
        return self


class Cluster(_Model):
    name: str
    logical_network: str
    kubernetes_version: str = ""
    pod_cidr: IPv4Net = DEFAULT_POD_CIDR  # type: ignore[assignment]
    control_plane: ControlPlane = Field(default_factory=ControlPlane)
    node_pools: list[NodePool] = Field(default_factory=list, max_length=MAX_NODE_POOLS)
    load_balancer: LoadBalancer | None = None
    services: list[Service] = Field(default_factory=list, max_length=MAX_SERVICES)
    deployed: bool = Field(False, json_schema_extra=OPTIONAL,
                           description="true: exists in Azure (imported); its network, control plane IP and pod CIDR are fixed")


class Plan(_Model):
    format: Literal["aksarc-plan"] = FORMAT_NAME
    version: Literal[1] = FORMAT_VERSION
    name: str = ""
    platform: Platform = Field(default_factory=Platform)
    azure: AzureContext = Field(default_factory=AzureContext)
    management_network: ManagementNetwork | None = None
    logical_networks: list[LogicalNetwork] = Field(default_factory=list, max_length=MAX_NETWORKS)
    reservations: list[Reservation] = Field(default_factory=list, max_length=MAX_LIST)
    clusters: list[Cluster] = Field(default_factory=list, max_length=MAX_CLUSTERS)

    @model_validator(mode="after")
    def _bounded(self) -> Plan:
        pools = sum(len(c.node_pools) for c in self.clusters)
        if pools > MAX_PLAN_NODE_POOLS:
            raise PydanticCustomError("too_many_node_pools", "the clusters have {count} node pools in all; a plan may have at "
                                      "most {limit}", {"count": pools, "limit": MAX_PLAN_NODE_POOLS})
        entries = self.address_entries()
        if entries > MAX_PLAN_ADDRESS_ENTRIES:
            raise PydanticCustomError("too_many_addresses", "the plan lists {count} addresses, ranges and networks in all; a plan "
                                      "may have at most {limit}", {"count": entries, "limit": MAX_PLAN_ADDRESS_ENTRIES})
        rows = sum(service_bindings_count(s.instances, len(s.ports)) for c in self.clusters for s in c.services)
        if rows > MAX_PLAN_BINDINGS:
            raise PydanticCustomError("too_many_plan_bindings", "the services have {count} (instance, port) pairs in all; a plan may "
                                      "have at most {limit}", {"count": rows, "limit": MAX_PLAN_BINDINGS})
        return self

    def address_entries(self) -> int:
        """Addresses, ranges and networks the plan lists: what the overlap checks go through."""
        mgmt = self.management_network
        count = 0 if mgmt is None else 3 + len(mgmt.host_ips) + len(mgmt.dns_servers)
        count += sum(3 + len(n.dns_servers) for n in self.logical_networks)
        count += len(self.reservations)
        count += sum(2 + (len(c.load_balancer.addresses) if c.load_balancer else 0) for c in self.clusters)
        return count

    def network(self, name: str) -> LogicalNetwork | None:
        return next((n for n in self.logical_networks if n.name == name), None)

    def release_number(self) -> int:
        """The release as an integer YYMM (0 when not a number): rules key on it."""
        text = self.platform.release.strip()
        return int(text) if is_ascii_number(text) else 0

"""The plan document, field for field as plan-format-v1 (docs/plan-format.md).

Field order here *is* the key order of saved files: keep it as the format lists
it.  Only shape and types are checked at load; everything the article forbids
(an address outside its prefix, overlaps, a Dynamic network, a control plane
count of 2, ...) loads and is reported by ``planning.validate``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from aksarc_gui.domain.ipv4 import IPv4, IPv4Net, LBAddress, is_ascii_number

FORMAT_NAME = "aksarc-plan"
FORMAT_VERSION = 1

DEFAULT_VM_SIZE = "Standard_A4_v2"
DEFAULT_WINDOWS_VM_SIZE = "Standard_K8S3_v1"
DEFAULT_POD_CIDR = "10.244.0.0/16"
SERVICE_CIDR = "10.96.0.0/12"  # fixed by AKS Arc, cannot be changed


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
    no_proxy: list[str] = Field(default_factory=list)


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
    dns_servers: list[IPv4] = Field(default_factory=list, json_schema_extra=OPTIONAL,
                                    description="the DNS servers Azure Local was deployed with")
    vlan: int | None = Field(None, ge=0, le=4094)
    host_ips: list[IPv4] = Field(default_factory=list)
    infra_ip_pool: IPPool | None = None


class LogicalNetwork(_Model):
    name: str
    address_prefix: IPv4Net
    gateway: IPv4 | None = None
    dns_servers: list[IPv4] = Field(default_factory=list)
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
    count: int = Field(1, ge=0)
    vm_size: str = DEFAULT_VM_SIZE
    ip: IPv4 | None = None


class Autoscaler(_Model):
    min_count: int = Field(1, ge=0)
    max_count: int = Field(1, ge=0)


class NodePool(_Model):
    name: str
    count: int = Field(1, ge=0)
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
    addresses: list[LBAddress] = Field(default_factory=list)
    deployed: bool = Field(False, json_schema_extra=OPTIONAL,
                           description="true: exists in Azure (imported); its addresses are not moved")


class ServicePort(_Model):
    port: int = Field(ge=1, le=65535)
    protocol: Literal["TCP", "UDP"] = "TCP"


class Service(_Model):
    name: str
    instances: int = Field(1, ge=1)
    ports: list[ServicePort] = Field(default_factory=list)
    shares_ip: bool = Field(True, json_schema_extra=OPTIONAL,
                            description="false: the service must have addresses of its own (no allow-shared-ip)")


class Cluster(_Model):
    name: str
    logical_network: str
    kubernetes_version: str = ""
    pod_cidr: IPv4Net = DEFAULT_POD_CIDR  # type: ignore[assignment]
    control_plane: ControlPlane = Field(default_factory=ControlPlane)
    node_pools: list[NodePool] = Field(default_factory=list)
    load_balancer: LoadBalancer | None = None
    services: list[Service] = Field(default_factory=list)
    deployed: bool = Field(False, json_schema_extra=OPTIONAL,
                           description="true: exists in Azure (imported); its network, control plane IP and pod CIDR are fixed")


class Plan(_Model):
    format: Literal["aksarc-plan"] = FORMAT_NAME
    version: Literal[1] = FORMAT_VERSION
    name: str = ""
    platform: Platform = Field(default_factory=Platform)
    azure: AzureContext = Field(default_factory=AzureContext)
    management_network: ManagementNetwork | None = None
    logical_networks: list[LogicalNetwork] = Field(default_factory=list)
    reservations: list[Reservation] = Field(default_factory=list)
    clusters: list[Cluster] = Field(default_factory=list)

    def network(self, name: str) -> LogicalNetwork | None:
        return next((n for n in self.logical_networks if n.name == name), None)

    def release_number(self) -> int:
        """The release as an integer YYMM (0 when not a number): rules key on it."""
        text = self.platform.release.strip()
        return int(text) if is_ascii_number(text) else 0

"""Firewall data for a plan: the cross-VLAN flows (PORT-1..5) and the outbound URL list (URL-1, URL-2).

``flows(plan)`` fills the article's flows with the plan's own addresses for every
logical network on another VLAN than the management network.  From release 2504
on each of them is also listed the other way round (Learn's network requirements
page, April 2025: "and vice-versa"); with the Arc gateway, port 40343 between the
logical network and the Azure Local cluster IP, both ways (same page, July 2025;
the page names no protocol: the flow is the Arc proxy's HTTPS, so TCP).  ``urls(release)``
is the article's allow list; releases 2402 and earlier also need two Google
hosts.  The Python Package Index is named in words: the planner carries no
package-registry host names and points to Microsoft's firewall page instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from aksarc_gui.domain.ipv4 import is_ascii_number
from aksarc_gui.domain.plan import LogicalNetwork, Plan
from aksarc_gui.i18n import QT_TRANSLATE_NOOP, translate

LEGACY_URL_RELEASE = 2402  # URL-2: 2402 and earlier also need gcr.io and storage.googleapis.com
BOTH_WAYS_RELEASE = 2504  # PORT-1..4 in both directions (Learn edition of April 2025)
ARC_GATEWAY_PORT = 40343  # PORT-5: AKS VMs <-> Azure Local cluster IP with the Arc gateway


@dataclass(frozen=True, slots=True)
class Flow:
    rule: str
    port: int
    protocol: str
    source: tuple[str, ...]
    destination: tuple[str, ...]
    purpose: str
    network: str  # the logical network the flow serves
    management_vlan: int | None
    network_vlan: int | None


@dataclass(frozen=True, slots=True)
class UrlRule:
    hosts: tuple[str, ...]
    port: int
    service: str
    purpose: str
    rule: str = "URL-1"


# (rule, port, towards the logical network?, purpose)
_FLOWS = (
    ("PORT-1", 22, True, QT_TRANSLATE_NOOP("Firewall", "log collection for troubleshooting")),
    ("PORT-2", 6443, True, QT_TRANSLATE_NOOP("Firewall", "Kubernetes API")),
    ("PORT-3", 55000, False, QT_TRANSLATE_NOOP("Firewall", "cloud agent gRPC server")),
    ("PORT-4", 65000, False, QT_TRANSLATE_NOOP("Firewall", "cloud agent gRPC authentication")),
)


def _vlan(value: int | None) -> int:
    return 0 if value is None else value  # no VLAN = untagged


def management_addresses(plan: Plan) -> tuple[str, ...]:
    """The management network IPs the flows name: infrastructure pool, then the hosts."""
    mgmt = plan.management_network
    if mgmt is None:
        return (translate("Firewall", "management network IPs (the plan has no management network)"),)
    out = []
    if mgmt.infra_ip_pool is not None:
        out.append(f"{mgmt.infra_ip_pool.start}-{mgmt.infra_ip_pool.end}")
    out += [str(h) for h in mgmt.host_ips]
    return tuple(out) or (str(mgmt.address_prefix.cidr),)


def cloud_agent_addresses(plan: Plan) -> tuple[str, ...]:
    """Where the cloud agent and the cluster IP live: the infrastructure pool (else the whole network)."""
    mgmt = plan.management_network
    if mgmt is None:
        return management_addresses(plan)
    if mgmt.infra_ip_pool is not None:
        return (f"{mgmt.infra_ip_pool.start}-{mgmt.infra_ip_pool.end}",)
    return (str(mgmt.address_prefix.cidr),)


def needs_cross_vlan_rules(plan: Plan, net: LogicalNetwork) -> bool:
    mgmt = plan.management_network
    return mgmt is None or _vlan(mgmt.vlan) != _vlan(net.vlan)


def needs_arc_gateway_flow(plan: Plan, net: LogicalNetwork) -> bool:
    """PORT-5: the Arc gateway is on and the network is on another VLAN or subnet than the management one."""
    if not plan.platform.arc_gateway:
        return False
    mgmt = plan.management_network
    return (mgmt is None or _vlan(mgmt.vlan) != _vlan(net.vlan)
            or mgmt.address_prefix.cidr != net.address_prefix.cidr)


def both_ways(plan: Plan) -> bool:
    """Whether PORT-1..4 go both ways for the plan's release (a release that is not YYMM: the article's way)."""
    text = plan.platform.release.strip()
    valid = len(text) == 4 and is_ascii_number(text) and 1 <= int(text[2:]) <= 12
    return valid and int(text) >= BOTH_WAYS_RELEASE


def flows(plan: Plan) -> list[Flow]:
    """PORT-1..4 for every logical network on another VLAN than the management network, then PORT-5."""
    mgmt_vlan = plan.management_network.vlan if plan.management_network else None
    back = both_ways(plan)
    out: list[Flow] = []
    for net in plan.logical_networks:
        if not needs_cross_vlan_rules(plan, net):
            continue
        aks = (str(net.address_prefix.cidr),)
        for rule, port, inbound, purpose in _FLOWS:
            source, destination = (management_addresses(plan), aks) if inbound else (aks, cloud_agent_addresses(plan))
            out.append(Flow(rule, port, "TCP", source, destination, translate("Firewall", purpose), net.name,
                            mgmt_vlan, net.vlan))
            if back:
                out.append(Flow(rule, port, "TCP", destination, source, translate("Firewall", purpose), net.name,
                                mgmt_vlan, net.vlan))
    for net in plan.logical_networks:
        if not needs_arc_gateway_flow(plan, net):
            continue
        aks = (str(net.address_prefix.cidr),)
        cluster_ip = cloud_agent_addresses(plan)
        purpose = translate("Firewall", "Arc gateway: AKS Arc VMs and the Azure Local cluster IP")
        out.append(Flow("PORT-5", ARC_GATEWAY_PORT, "TCP", aks, cluster_ip, purpose, net.name, mgmt_vlan, net.vlan))
        out.append(Flow("PORT-5", ARC_GATEWAY_PORT, "TCP", cluster_ip, aks, purpose, net.name, mgmt_vlan, net.vlan))
    return out


_AKS = QT_TRANSLATE_NOOP("Firewall", "AKS Arc")
_ARC_K8S = QT_TRANSLATE_NOOP("Firewall", "Azure Arc-enabled Kubernetes")
_URLS = (
    (("https://mcr.microsoft.com", "*.data.mcr.microsoft.com", "azurearcfork8s.azurecr.io",
      "linuxgeneva-microsoft.azurecr.io", "pipelineagent.azurecr.io", "ecpacr.azurecr.io",
      "https://azurearcfork8sdev.azurecr.io", "https://hybridaks.azurecr.io", "aszk8snetworking.azurecr.io"),
     443, _AKS, QT_TRANSLATE_NOOP("Firewall", "official Microsoft artifacts such as container images")),
    (("docker.io",), 443, _AKS,
     QT_TRANSLATE_NOOP("Firewall", "official Kubernetes artifacts such as container base images")),
    (("hybridaksstorage.z13.web.core.windows.net",), 443, _AKS,
     QT_TRANSLATE_NOOP("Firewall", "AKSHCI static website in Azure Storage")),
    (("*.blob.core.windows.net", "*.dl.delivery.mp.microsoft.com", "*.do.dsp.mp.microsoft.com"), 443, _AKS,
     QT_TRANSLATE_NOOP("Firewall", "AKS Arc VHD image download and update")),
    (("*.prod.do.dsp.mp.microsoft.com",), 443, _AKS,
     QT_TRANSLATE_NOOP("Firewall", "AKS Arc VHD image download and update")),
    (("*.login.microsoft.com",), 443, QT_TRANSLATE_NOOP("Firewall", "Azure"),
     QT_TRANSLATE_NOOP("Firewall", "fetch and refresh Azure Resource Manager tokens for Azure sign-in")),
    (("https://*.his.arc.azure.com",), 443, _ARC_K8S,
     QT_TRANSLATE_NOOP("Firewall", "Arc agent identity and access control")),
    (("https://*.dp.kubernetesconfiguration.azure.com",), 443, _ARC_K8S,
     QT_TRANSLATE_NOOP("Firewall", "Azure Arc configuration")),
    (("https://*.servicebus.windows.net",), 443, _ARC_K8S,
     QT_TRANSLATE_NOOP("Firewall", "secure connection to Arc-enabled clusters without inbound firewall ports")),
    (("https://guestnotificationservice.azure.com",), 443, _ARC_K8S,
     QT_TRANSLATE_NOOP("Firewall", "guest notification operations")),
    (("sts.windows.net",), 443, _ARC_K8S,
     QT_TRANSLATE_NOOP("Firewall", "cluster connect and custom-location scenarios")),
    (("https://*.dp.prod.appliances.azure.com",), 443, QT_TRANSLATE_NOOP("Firewall", "Arc resource bridge"),
     QT_TRANSLATE_NOOP("Firewall", "data plane operations of the resource bridge (appliance)")),
    (("*.prod.microsoftmetrics.com", "*.prod.hot.ingestion.msftcloudes.com", "dc.services.visualstudio.com",
      "*.prod.warm.ingest.monitor.core.windows.net", "gcs.prod.monitoring.core.windows.net",
      "https://adhs.events.data.microsoft.com", "https://v20.events.data.microsoft.com"),
     443, QT_TRANSLATE_NOOP("Firewall", "metrics and health monitoring"),
     QT_TRANSLATE_NOOP("Firewall", "metrics and monitoring telemetry")),
    ((QT_TRANSLATE_NOOP("Firewall", "the Python Package Index: its main host, its subdomains and its file host "
                                    "(host names: Microsoft's \"Azure Local firewall requirements\" page)"),),
     443, QT_TRANSLATE_NOOP("Firewall", "Az CLI"),
     QT_TRANSLATE_NOOP("Firewall", "download of the Az CLI and its extensions")),
    (("aka.ms",), 443, QT_TRANSLATE_NOOP("Firewall", "Azure Stack HCI"),
     QT_TRANSLATE_NOOP("Firewall", "Azure Stack HCI downloads")),
    (("raw.githubusercontent.com",), 443, QT_TRANSLATE_NOOP("Firewall", "GitHub"),
     QT_TRANSLATE_NOOP("Firewall", "GitHub content")),
    (("www.microsoft.com",), 80, QT_TRANSLATE_NOOP("Firewall", "Microsoft website"),
     QT_TRANSLATE_NOOP("Firewall", "Microsoft website")),
)
_LEGACY = (("gcr.io", "storage.googleapis.com"), 443, _AKS,
           QT_TRANSLATE_NOOP("Firewall", "releases 2402 and earlier only (removed from later AKS Arc releases)"))


def urls(release: str | int) -> list[UrlRule]:
    """The outbound allow list for ``release`` (YYMM); an unknown release gets the legacy hosts too."""
    text = str(release).strip()
    number = int(text) if is_ascii_number(text) else 0
    rows = [UrlRule(tuple(translate("Firewall", h) if " " in h else h for h in hosts), port,
                    translate("Firewall", service), translate("Firewall", purpose))
            for hosts, port, service, purpose in _URLS]
    if number <= LEGACY_URL_RELEASE:
        hosts, port, service, purpose = _LEGACY
        rows.append(UrlRule(hosts, port, translate("Firewall", service), translate("Firewall", purpose), "URL-2"))
    return rows

"""Every rule the validation knows: id, default severity, source, one-line title.

Ids LNET-1..5, POOL-1..3, CP-1..4, LB-1..4, MGMT-1..2, PORT-1..4, PROXY-1, URL-2
are those of the source article (rules.md); the others are the planner's own,
from the Learn pages and specs named in ``source``.  docs/rules.md explains each;
a test checks that every id here is documented and tested.  Some rules report
with another severity in some cases (CP-1 is information from release 2411 on);
the severity here is the usual one.
"""

from __future__ import annotations

from dataclasses import dataclass

from aksarc_gui.i18n import QT_TRANSLATE_NOOP, translate
from aksarc_gui.planning.problems import Severity

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

ARTICLE = "AKS Arc network requirements (article)"
LEARN_LNET = "Learn: create-logical-networks.md"
LEARN_AKSARC = "Learn: az aksarc create reference"
LEARN_SCALE = "Learn: scale-requirements.md"
LEARN_LB = "Learn: deploy-load-balancer-cli.md; azure-cli-extensions k8s-runtime"
LEARN_AKS_NETWORKS = "Learn: aks-networks.md"
METALLB_SHARING = "MetalLB: usage, IP address sharing"
VALIDATOR = "Azure Local environment validator; Learn: aks-hci-ip-address-planning.md"
LEARN_AUTOSCALE = "Learn: auto-scale-aks-arc.md, scale-requirements.md"
LEARN_PROXY = "Learn: configure-proxy-settings-23h2.md (environment variables)"
LEARN_PORTS = "Learn: aks-hci-network-system-requirements.md"


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    severity: Severity
    source: str
    title: str  # English; translated with title_text()

    def title_text(self) -> str:
        return translate("RuleTitles", self.title)


_RULES = [
    RuleInfo("LNET-1", E, ARTICLE + ", logical network",
             QT_TRANSLATE_NOOP("RuleTitles", "Exactly one address prefix per logical network (the plan format holds one)")),
    RuleInfo("LNET-2", E, ARTICLE + ", logical network",
             QT_TRANSLATE_NOOP("RuleTitles", "The gateway lies inside the address prefix")),
    RuleInfo("LNET-3", E, ARTICLE + ", logical network",
             QT_TRANSLATE_NOOP("RuleTitles", "The IP allocation method is Static")),
    RuleInfo("LNET-4", E, ARTICLE + ", logical network",
             QT_TRANSLATE_NOOP("RuleTitles", "The IP pool lies inside the address prefix and starts before it ends")),
    RuleInfo("LNET-5", E, ARTICLE + ", logical network",
             QT_TRANSLATE_NOOP("RuleTitles", "Nothing but node VMs inside the IP pool")),
    RuleInfo("LNET-6", W, ARTICLE + ", logical network (example prefix)",
             QT_TRANSLATE_NOOP("RuleTitles", "The address prefix has host bits set")),
    RuleInfo("LNET-7", E, LEARN_LNET,
             QT_TRANSLATE_NOOP("RuleTitles", "No address in use is the network or broadcast address")),
    RuleInfo("LNET-8", E, "Plan format v1",
             QT_TRANSLATE_NOOP("RuleTitles", "The logical network has an IP pool")),
    RuleInfo("LNET-9", W, LEARN_LNET,
             QT_TRANSLATE_NOOP("RuleTitles", "Address prefixes of logical networks overlap")),
    RuleInfo("LNET-10", E, LEARN_LNET,
             QT_TRANSLATE_NOOP("RuleTitles", "IP pools of different logical networks do not overlap")),
    RuleInfo("LNET-11", W, LEARN_LNET,
             QT_TRANSLATE_NOOP("RuleTitles", "The logical network has a gateway and DNS servers")),
    RuleInfo("LNET-12", E, LEARN_AKS_NETWORKS + " (--vm-switch-name, required)",
             QT_TRANSLATE_NOOP("RuleTitles", "The logical network names its VM switch")),
    RuleInfo("POOL-1", E, ARTICLE + ", node VMs and upgrades",
             QT_TRANSLATE_NOOP("RuleTitles", "One pool IP per node VM (counted by POOL-3)")),
    RuleInfo("POOL-2", E, ARTICLE + ", node VMs and upgrades",
             QT_TRANSLATE_NOOP("RuleTitles", "One pool IP per cluster for upgrades (counted by POOL-3)")),
    RuleInfo("POOL-3", E, ARTICLE + ", node VMs and upgrades",
             QT_TRANSLATE_NOOP("RuleTitles", "The IP pool holds every node VM and upgrade IP of its clusters")),
    RuleInfo("POOL-4", E, LEARN_AKSARC + " (the default node pool)",
             QT_TRANSLATE_NOOP("RuleTitles", "The first node pool of a cluster is Linux")),
    RuleInfo("POOL-5", E, LEARN_AUTOSCALE,
             QT_TRANSLATE_NOOP("RuleTitles", "Autoscaler: the node count lies within min_count..max_count, 1 <= min_count <= max_count <= the pool's size limit")),
    RuleInfo("CP-1", E, ARTICLE + ", control plane IP; Learn (2411: automatic)",
             QT_TRANSLATE_NOOP("RuleTitles", "Every cluster has a control plane IP (optional from 2411)")),
    RuleInfo("CP-2", E, ARTICLE + ", control plane IP",
             QT_TRANSLATE_NOOP("RuleTitles", "The control plane IP lies inside the logical network's prefix")),
    RuleInfo("CP-3", E, ARTICLE + ", control plane IP",
             QT_TRANSLATE_NOOP("RuleTitles", "The control plane IP lies outside the IP pool")),
    RuleInfo("CP-4", E, ARTICLE + ", control plane IP",
             QT_TRANSLATE_NOOP("RuleTitles", "The control plane IP overlaps nothing else")),
    RuleInfo("CP-5", E, LEARN_AKSARC + " (--control-plane-count)",
             QT_TRANSLATE_NOOP("RuleTitles", "The control plane has 1, 3 or 5 nodes")),
    RuleInfo("LB-1", E, ARTICLE + ", load balancer IPs",
             QT_TRANSLATE_NOOP("RuleTitles", "Load balancer IPs stay out of other logical networks' IP pools")),
    RuleInfo("LB-2", E, ARTICLE + ", load balancer IPs",
             QT_TRANSLATE_NOOP("RuleTitles", "Load balancer IPs overlap no control plane IP, no other load balancer IP, nothing else")),
    RuleInfo("LB-3", E, ARTICLE + ", load balancer IPs",
             QT_TRANSLATE_NOOP("RuleTitles", "Load balancer IPs in the cluster's subnet lie outside its IP pool")),
    RuleInfo("LB-4", E, ARTICLE + ", load balancer IPs",
             QT_TRANSLATE_NOOP("RuleTitles", "Enough load balancer IPs for the services")),
    RuleInfo("LB-5", E, LEARN_LB,
             QT_TRANSLATE_NOOP("RuleTitles", "MetalLB in ARP mode announces only addresses of the nodes' subnet")),
    RuleInfo("LB-6", I, LEARN_LB,
             QT_TRANSLATE_NOOP("RuleTitles", "BGP mode needs BGP peers, configured outside the plan")),
    RuleInfo("LB-7", E, LEARN_LB,
             QT_TRANSLATE_NOOP("RuleTitles", "A load balancer range starts before it ends")),
    RuleInfo("LB-8", I, METALLB_SHARING,
             QT_TRANSLATE_NOOP("RuleTitles", "Services that share an address need MetalLB's allow-shared-ip annotation")),
    RuleInfo("LB-9", E, LEARN_LB,
             QT_TRANSLATE_NOOP("RuleTitles", "A MetalLB load balancer has addresses")),
    RuleInfo("MGMT-1", E, ARTICLE + ", management network",
             QT_TRANSLATE_NOOP("RuleTitles", "An infrastructure pool of at least six contiguous management IPs, clear of the servers")),
    RuleInfo("MGMT-2", E, ARTICLE + ", management network",
             QT_TRANSLATE_NOOP("RuleTitles", "Infrastructure and server IPs overlap nothing the logical networks use")),
    RuleInfo("MGMT-3", E, VALIDATOR,
             QT_TRANSLATE_NOOP("RuleTitles", "Management gateway and server IPs lie inside the management prefix")),
    RuleInfo("MGMT-4", W, ARTICLE + ", logical network (example prefix)",
             QT_TRANSLATE_NOOP("RuleTitles", "The management prefix has host bits set")),
    RuleInfo("MGMT-5", E, LEARN_LNET + "; " + ARTICLE + ", cross-VLAN ports",
             QT_TRANSLATE_NOOP("RuleTitles", "The management network and a logical network on different VLANs do not overlap")),
    RuleInfo("PORT-1", I, ARTICLE + ", cross-VLAN ports",
             QT_TRANSLATE_NOOP("RuleTitles", "Across VLANs: TCP 22 from the management network to the logical network")),
    RuleInfo("PORT-2", I, ARTICLE + ", cross-VLAN ports",
             QT_TRANSLATE_NOOP("RuleTitles", "Across VLANs: TCP 6443 from the management network to the logical network")),
    RuleInfo("PORT-3", I, ARTICLE + ", cross-VLAN ports",
             QT_TRANSLATE_NOOP("RuleTitles", "Across VLANs: TCP 55000 from the logical network to the management network")),
    RuleInfo("PORT-4", I, ARTICLE + ", cross-VLAN ports",
             QT_TRANSLATE_NOOP("RuleTitles", "Across VLANs: TCP 65000 from the logical network to the management network")),
    RuleInfo("PORT-5", I, LEARN_PORTS + " (Arc gateway)",
             QT_TRANSLATE_NOOP("RuleTitles", "Arc gateway: port 40343 both ways between the logical network and the Azure Local cluster IP")),
    RuleInfo("PROXY-1", I, ARTICLE + ", proxy settings",
             QT_TRANSLATE_NOOP("RuleTitles", "Proxy settings are inherited from the infrastructure")),
    RuleInfo("PROXY-2", W, LEARN_PROXY,
             QT_TRANSLATE_NOOP("RuleTitles", "The proxy bypass list holds what AKS Arc needs")),
    RuleInfo("PROXY-3", W, LEARN_PROXY,
             QT_TRANSLATE_NOOP("RuleTitles", "Proxy URLs and bypass entries use the syntax Azure Local takes")),
    RuleInfo("URL-2", I, ARTICLE + ", firewall URL exceptions",
             QT_TRANSLATE_NOOP("RuleTitles", "Releases 2402 and earlier also need gcr.io and storage.googleapis.com")),
    RuleInfo("REL-1", W, "Plan format v1 (platform.release)",
             QT_TRANSLATE_NOOP("RuleTitles", "The release is a YYMM number")),
    RuleInfo("SCALE-1", E, LEARN_SCALE,
             QT_TRANSLATE_NOOP("RuleTitles", "1 to 16 node pools per cluster")),
    RuleInfo("SCALE-2", E, LEARN_SCALE,
             QT_TRANSLATE_NOOP("RuleTitles", "1 to 200 nodes in the default (first) node pool, 1 to 64 in the others")),
    RuleInfo("SCALE-3", E, LEARN_SCALE,
             QT_TRANSLATE_NOOP("RuleTitles", "At most 200 nodes per cluster")),
    RuleInfo("SCALE-4", E, LEARN_SCALE,
             QT_TRANSLATE_NOOP("RuleTitles", "At most 32 clusters per Azure Local instance")),
    RuleInfo("SCALE-5", E, LEARN_SCALE + " (autoscaler)",
             QT_TRANSLATE_NOOP("RuleTitles", "At most 12 clusters per Azure Local instance when the autoscaler is on")),
    RuleInfo("SIZE-1", W, LEARN_SCALE,
             QT_TRANSLATE_NOOP("RuleTitles", "The VM size is one AKS Arc supports")),
    RuleInfo("NAME-1", E, "REST API spec: logicalNetworks name pattern",
             QT_TRANSLATE_NOOP("RuleTitles", "Logical network name pattern")),
    RuleInfo("NAME-2", W, "RFC 1123 DNS label (Kubernetes object names); conservative",
             QT_TRANSLATE_NOOP("RuleTitles", "Cluster name pattern")),
    RuleInfo("NAME-3", E, "Bicep types: agentPools name pattern",
             QT_TRANSLATE_NOOP("RuleTitles", "Node pool name pattern")),
    RuleInfo("NAME-4", E, LEARN_LB,
             QT_TRANSLATE_NOOP("RuleTitles", "Load balancer name pattern")),
    RuleInfo("NAME-5", E, "Azure resource names; Kubernetes object names",
             QT_TRANSLATE_NOOP("RuleTitles", "Names are unique")),
    RuleInfo("REF-1", E, "Plan format v1 (clusters[].logical_network)",
             QT_TRANSLATE_NOOP("RuleTitles", "A cluster names an existing logical network")),
    RuleInfo("CIDR-1", E, VALIDATOR,
             QT_TRANSLATE_NOOP("RuleTitles", "The pod CIDR overlaps no network, DNS server or load balancer IP")),
    RuleInfo("CIDR-2", W, VALIDATOR,
             QT_TRANSLATE_NOOP("RuleTitles", "Nothing overlaps the fixed service CIDR 10.96.0.0/12")),
    RuleInfo("CIDR-3", E, LEARN_AKSARC + " (--pod-cidr)",
             QT_TRANSLATE_NOOP("RuleTitles", "The pod CIDR and the service CIDR do not overlap")),
    RuleInfo("CIDR-4", W, LEARN_AKSARC + " (--pod-cidr)",
             QT_TRANSLATE_NOOP("RuleTitles", "The pod CIDR has host bits set")),
    RuleInfo("CIDR-5", W, "Learn: aks-hci-ip-address-planning.md; Kubernetes node CIDR /24",
             QT_TRANSLATE_NOOP("RuleTitles", "The pod CIDR holds a /24 for every node VM")),
    RuleInfo("RES-1", E, "Plan format v1 (reservations)",
             QT_TRANSLATE_NOOP("RuleTitles", "A reservation starts before it ends")),
    RuleInfo("RES-2", W, "Plan format v1 (reservations)",
             QT_TRANSLATE_NOOP("RuleTitles", "A reservation overlaps a gateway, DNS server, server IP or another reservation")),
]

RULES: dict[str, RuleInfo] = {r.id: r for r in _RULES}
assert len(RULES) == len(_RULES), "duplicate rule id in the catalog"


def rule(rule_id: str) -> RuleInfo:
    return RULES[rule_id]

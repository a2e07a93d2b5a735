"""The az commands that build a plan in Azure, as titled steps and as whole scripts.

Only flags documented in the az CLI reference (docs: az-cli) are used.  The
steps are dialect-neutral (``script_model``); ``render`` turns them into bash or
PowerShell.  Nothing here runs anything: a plan's names are data, quoted so they
reach az byte for byte.  Exports work for every plan that loads: a plan with
errors gets a warning at the top of the script instead of a refusal.
"""

from __future__ import annotations

from aksarc_gui.domain.ipv4 import AddressBlock
from aksarc_gui.domain.plan import DEFAULT_POD_CIDR, Cluster, LoadBalancer, LogicalNetwork, NodePool, Plan
from aksarc_gui.export.script_model import (
    ArgList,
    Assign,
    Command,
    Join,
    Line,
    Note,
    Option,
    Require,
    Step,
    Value,
    Var,
    step_outputs,
)
from aksarc_gui.i18n import translate
from aksarc_gui.planning.assignment import SHARED_IP_ANNOTATION, shared_addresses, sharing_key
from aksarc_gui.planning.budget import auto_control_plane
from aksarc_gui.planning.problems import Severity
from aksarc_gui.planning.validate import validate

EXTENSIONS = ("stack-hci-vm", "aksarc", "customlocation", "connectedk8s", "k8s-extension", "k8s-runtime")

SUBSCRIPTION, RESOURCE_GROUP, LOCATION, CUSTOM_LOCATION = "SUBSCRIPTION_ID", "RESOURCE_GROUP", "LOCATION", \
    "CUSTOM_LOCATION"
OBJECT_ID = "K8S_RUNTIME_OBJECT_ID"
# Optional SSH public key (the key or the path of its .pub file); empty: --generate-ssh-keys.
SSH_KEY_VALUE, SSH_KEY_ARGS = "SSH_KEY_VALUE", "SSH_KEY_ARGS"

# First-party app of Microsoft.KubernetesRuntime whose object id the arcnetworking extension needs.
K8S_RUNTIME_APP_ID = "087fca6e-4606-4d41-b3f6-5ebdf75b8b4c"
WINDOWS_OS_SKU = "Windows2022"


def context_values(plan: Plan) -> dict[str, str]:
    """The Azure context variables and their values from the plan ("" = the user fills it in)."""
    azure = plan.azure
    return {SUBSCRIPTION: azure.subscription_id, RESOURCE_GROUP: azure.resource_group,
            LOCATION: azure.location, CUSTOM_LOCATION: azure.custom_location_id}


def _context_labels() -> dict[str, str]:
    return {
        SUBSCRIPTION: translate("Scripts", "Azure subscription id"),
        RESOURCE_GROUP: translate("Scripts", "resource group of the Azure Local instance"),
        LOCATION: translate("Scripts", "Azure region of the resource group, e.g. eastus"),
        CUSTOM_LOCATION: translate("Scripts", "custom location of the Azure Local instance "
                                              "(its name or full resource id)"),
    }


def _scope() -> tuple[Option, Option]:
    return Option("--subscription", (Var(SUBSCRIPTION),)), Option("--resource-group", (Var(RESOURCE_GROUP),))


def lnet_id(name: str) -> Join:
    return Join(("/subscriptions/", Var(SUBSCRIPTION), "/resourceGroups/", Var(RESOURCE_GROUP),
                 "/providers/Microsoft.AzureStackHCI/logicalNetworks/", name))


def cluster_id(name: str) -> Join:
    return Join(("/subscriptions/", Var(SUBSCRIPTION), "/resourceGroups/", Var(RESOURCE_GROUP),
                 "/providers/Microsoft.Kubernetes/connectedClusters/", name))


def _opt(flag: str, *values: Value) -> Option:
    return Option(flag, tuple(values))


# -- steps ----------------------------------------------------------------------------------------

def extensions_step() -> Step:
    return Step(
        translate("Scripts", "Azure CLI extensions"),
        [Command(("az", "extension", "add"), (_opt("--name", ext), _opt("--upgrade"))) for ext in EXTENSIONS],
        translate("Scripts", "Adds or updates the az extensions the following commands use."),
    )


def context_step(plan: Plan) -> Step:
    labels = _context_labels()
    lines: list[Line] = []
    for var, value in context_values(plan).items():
        if value:
            lines.append(Note(labels[var]))
            lines.append(Assign(var, value))
        else:
            lines.append(Note(translate("Scripts", "FILL IN: {what} (not in the plan; set it here or in the "
                                                   "environment)").format(what=labels[var])))
            lines.append(Assign(var, None))
    for var in [v for v, value in context_values(plan).items() if not value]:
        message = translate("Scripts", "{var} is empty: fill it in at the top of the script.").format(var=var)
        lines.append(Require(var, message))
    lines += ssh_key_lines()
    return Step(translate("Scripts", "Azure context"), lines,
                translate("Scripts", "Where the resources are created. Every command below uses these variables."))


def ssh_key_lines() -> list[Line]:
    """SSH_KEY_VALUE at the top of the script: az aksarc create takes --ssh-key-value when it is set,
    --generate-ssh-keys otherwise (az-cli reference, section 2)."""
    return [
        Note(translate("Scripts", "OPTIONAL: the SSH public key for the cluster VMs (the key itself, or the path of "
                                  "its .pub file), passed as --ssh-key-value. Left empty, az aksarc create uses "
                                  "--generate-ssh-keys, which writes a new key pair to ~/.ssh on this machine "
                                  "(id_rsa and id_rsa.pub) unless one is there already.")),
        Assign(SSH_KEY_VALUE, None),
        ArgList(SSH_KEY_ARGS, "--ssh-key-value", SSH_KEY_VALUE, "--generate-ssh-keys"),
    ]


def lnet_step(net: LogicalNetwork) -> Step:
    subscription, group = _scope()
    options = [subscription, group, _opt("--custom-location", Var(CUSTOM_LOCATION)),
               _opt("--location", Var(LOCATION)), _opt("--name", net.name)]
    if net.vm_switch_name:
        options.append(_opt("--vm-switch-name", net.vm_switch_name))
    options.append(_opt("--ip-allocation-method", net.ip_allocation_method))
    options.append(_opt("--address-prefixes", str(net.address_prefix)))
    if net.gateway is not None:
        options.append(_opt("--gateway", str(net.gateway)))
    if net.dns_servers:
        options.append(_opt("--dns-servers", *(str(d) for d in net.dns_servers)))
    if net.ip_pool is not None:
        options.append(_opt("--ip-pool-start", str(net.ip_pool.start)))
        options.append(_opt("--ip-pool-end", str(net.ip_pool.end)))
    if net.vlan is not None:
        options.append(_opt("--vlan", str(net.vlan)))
    lines: list[Line] = []
    if net.ip_pool is None:
        lines.append(Note(translate("Scripts", "The plan has no IP pool for this network yet: AKS Arc needs one.")))
    if not net.vm_switch_name.strip():
        # --vm-switch-name is required (LNET-12): a command without it would only fail, so none is written.
        lines.append(Note(translate("Scripts", "NOT GENERATED: az stack-hci-vm network lnet create for {name}: the plan "
                                               "has no VM switch name, and --vm-switch-name is required (rule LNET-12). "
                                               "Enter the external VM switch (Get-VmSwitch -SwitchType External) in the "
                                               "plan and export again.").format(name=net.name)))
        return Step(translate("Scripts", "Logical network {name}").format(name=net.name), lines,
                    translate("Scripts", "Gateway, pool, prefix, VLAN and vSwitch cannot be changed after creation."))
    show = Command(("az", "stack-hci-vm", "network", "lnet", "show"), (subscription, group, _opt("--name", net.name)))
    lines.append(Command(("az", "stack-hci-vm", "network", "lnet", "create"), tuple(options), guard=show,
                         exists_message=translate("Scripts", "Logical network {name} exists already: not created "
                                                             "again.").format(name=net.name)))
    return Step(translate("Scripts", "Logical network {name}").format(name=net.name), lines,
                translate("Scripts", "Gateway, pool, prefix, VLAN and vSwitch cannot be changed after creation."))


def _first_linux_pool(cluster: Cluster) -> NodePool | None:
    return next((p for p in cluster.node_pools if p.os_type == "Linux"), None)


def cluster_step(plan: Plan, cluster: Cluster) -> Step:
    subscription, group = _scope()
    cp = cluster.control_plane
    options = [subscription, group, _opt("--custom-location", Var(CUSTOM_LOCATION)),
               _opt("--location", Var(LOCATION)), _opt("--name", cluster.name),
               _opt("--vnet-ids", lnet_id(cluster.logical_network))]
    lines: list[Line] = []
    if cp.ip is not None:
        options.append(_opt("--control-plane-ip", str(cp.ip)))
    elif auto_control_plane(plan, cluster):
        lines.append(Note(translate("Scripts", "No control plane IP: release {release} picks one from the logical "
                                        "network's IP pool.").format(release=plan.platform.release)))
    else:
        lines.append(Note(translate("Scripts", "The plan has no control plane IP, and release {release} needs one: "
                                        "add --control-plane-ip before running this command.").format(
                                            release=plan.platform.release)))
    options.append(_opt("--control-plane-count", str(cp.count)))
    options.append(_opt("--control-plane-vm-size", cp.vm_size))
    first = _first_linux_pool(cluster)
    if first is not None:
        options.append(_opt("--node-count", str(first.count)))
        options.append(_opt("--node-vm-size", first.vm_size))
        options += autoscaler_options(first)
        lines.append(Note(translate("Scripts", "The first node pool ({pool}) is created with the cluster; az names "
                                        "it itself.").format(pool=first.name)))
    else:
        lines.append(Note(translate("Scripts", "The plan has no Linux node pool; az aksarc create makes one Linux "
                                        "node by default.")))
    options.append(_opt("--load-balancer-count", "0"))
    if str(cluster.pod_cidr) != DEFAULT_POD_CIDR:
        options.append(_opt("--pod-cidr", str(cluster.pod_cidr)))
    if cluster.kubernetes_version:
        options.append(_opt("--kubernetes-version", cluster.kubernetes_version))
    lines.append(Note(translate("Scripts", "The SSH key comes from SSH_KEY_ARGS (Azure context step): "
                                           "--ssh-key-value with SSH_KEY_VALUE, or --generate-ssh-keys, which "
                                           "writes to ~/.ssh.")))
    show = Command(("az", "aksarc", "show"), (subscription, group, _opt("--name", cluster.name)))
    lines.append(Command(("az", "aksarc", "create"), tuple(options), guard=show, arg_list=SSH_KEY_ARGS,
                         exists_message=translate("Scripts", "Cluster {name} exists already: not created "
                                                             "again.").format(name=cluster.name)))
    for pool in cluster.node_pools:
        if pool is first:
            continue
        lines.extend(nodepool_lines(cluster, pool))
    return Step(translate("Scripts", "Cluster {name}").format(name=cluster.name), lines,
                translate("Scripts", "Control plane IP, logical network and pod CIDR are fixed once the cluster "
                                     "exists."))


def autoscaler_options(pool: NodePool) -> list[Option]:
    """The cluster autoscaler flags, documented for both az aksarc create (the first pool, Learn
    auto-scale-aks-arc) and az aksarc nodepool add (CLI reference); none when it is off."""
    scaler = pool.autoscaler
    if scaler is None:
        return []
    return [_opt("--enable-cluster-autoscaler"), _opt("--min-count", str(scaler.min_count)),
            _opt("--max-count", str(scaler.max_count))]


def nodepool_lines(cluster: Cluster, pool: NodePool) -> list[Line]:
    subscription, group = _scope()
    options = [subscription, group, _opt("--cluster-name", cluster.name), _opt("--name", pool.name),
               _opt("--node-count", str(pool.count)), _opt("--node-vm-size", pool.vm_size),
               _opt("--os-type", pool.os_type)]
    options += autoscaler_options(pool)
    lines: list[Line] = []
    if pool.os_type == "Windows":
        options.append(_opt("--os-sku", WINDOWS_OS_SKU))
        lines.append(Note(translate("Scripts", "Windows node pool {pool}: use --os-sku Windows2019 for Windows "
                                        "Server 2019 nodes.").format(pool=pool.name)))
    show = Command(("az", "aksarc", "nodepool", "show"),
                   (subscription, group, _opt("--cluster-name", cluster.name), _opt("--name", pool.name)))
    lines.append(Command(("az", "aksarc", "nodepool", "add"), tuple(options), guard=show,
                         exists_message=translate("Scripts", "Node pool {pool} of cluster {cluster} exists already: "
                                                             "not added again.").format(pool=pool.name,
                                                                                        cluster=cluster.name)))
    return lines


def load_balancer_prerequisites_step() -> Step:
    lookup = Command(("az", "ad", "sp", "list"),
                     (_opt("--filter", f"appId eq '{K8S_RUNTIME_APP_ID}'"), _opt("--query", "[].id"),
                      _opt("--output", "tsv")), capture=OBJECT_ID)
    return Step(
        translate("Scripts", "Load balancer prerequisites"),
        # --wait: the extension below must not start before the registration has finished.
        [Command(("az", "provider", "register"), (_opt("--subscription", Var(SUBSCRIPTION)),
                                                  _opt("--namespace", "Microsoft.KubernetesRuntime"),
                                                  _opt("--wait"))),
         Note(translate("Scripts", "Object id of the KubernetesRuntime first-party application:")),
         lookup,
         Require(OBJECT_ID, translate("Scripts", "The object id of the KubernetesRuntime application was not found."))],
        translate("Scripts", "Needed once per subscription before MetalLB load balancers can be created."),
    )


def default_load_balancer_name(cluster: Cluster) -> str:
    return f"lb-{cluster.name}"[:24]


def load_balancer_step(cluster: Cluster, lb: LoadBalancer) -> Step:
    name = lb.name or default_load_balancer_name(cluster)
    title = translate("Scripts", "Load balancer {name} (cluster {cluster})").format(name=name, cluster=cluster.name)
    if lb.kind == "external":
        addresses = ", ".join(str(a) for a in lb.addresses) or translate("Scripts", "none")
        return Step(title, [Note(translate("Scripts", "Cluster {cluster} uses an external load balancer: configure it "
                                               "with the addresses {addresses}. No az command is needed.").format(
                                                   cluster=cluster.name, addresses=addresses))],
                    translate("Scripts", "Bring-your-own load balancer: the planner only reserves its addresses."))
    lines: list[Line] = []
    if not lb.name:
        lines.append(Note(translate("Scripts", "The plan gives this load balancer no name; {name} is used.").format(
            name=name)))
    subscription, group = _scope()
    extension = (_opt("--cluster-name", cluster.name), _opt("--cluster-type", "connectedClusters"))
    lines.append(Command(("az", "k8s-extension", "create"), (
        subscription, group, *extension, _opt("--extension-type", "microsoft.arcnetworking"),
        _opt("--name", "arcnetworking"), _opt("--config", Join(("k8sRuntimeFpaObjectId=", Var(OBJECT_ID))))),
        guard=Command(("az", "k8s-extension", "show"), (subscription, group, *extension,
                                                       _opt("--name", "arcnetworking"))),
        exists_message=translate("Scripts", "The arcnetworking extension of cluster {cluster} exists already: not "
                                            "created again.").format(cluster=cluster.name)))
    if lb.addresses:
        resource = (_opt("--load-balancer-name", name), _opt("--resource-uri", cluster_id(cluster.name)))
        lines.append(Command(("az", "k8s-runtime", "load-balancer", "create"), (
            *resource, _opt("--addresses", *(metallb_address(a) for a in lb.addresses)),
            _opt("--advertise-mode", lb.advertise_mode)),
            guard=Command(("az", "k8s-runtime", "load-balancer", "show"), resource),
            exists_message=translate("Scripts", "Load balancer {name} of cluster {cluster} exists already: not "
                                                "created again.").format(name=name, cluster=cluster.name)))
    else:
        # az would read the next flag as the value of --addresses (rule LB-9): no command at all.
        lines.append(Note(translate("Scripts", "NOT GENERATED: az k8s-runtime load-balancer create for {name}: the "
                                               "plan gives it no addresses, and MetalLB cannot be created without "
                                               "any (rule LB-9, or LB-4 when services need addresses; aksarc-plan "
                                               "check reports it). Give the load "
                                               "balancer at least one address in the plan and export "
                                               "again.").format(name=name)))
    lines.extend(sharing_notes(cluster))
    if lb.advertise_mode in ("BGP", "Both"):
        lines.append(Note(translate("Scripts", "Advertise mode {mode} needs BGP peers: create each one with az "
                                        "k8s-runtime bgp-peer create --bgp-peer-name NAME --resource-uri "
                                        "(the cluster id above) --my-asn N --peer-asn N --peer-address IP.").format(
                                            mode=lb.advertise_mode)))
    return Step(title, lines, translate("Scripts", "MetalLB through the Arc networking extension."))


def metallb_address(block: AddressBlock) -> str:
    """A plan address as MetalLB reads it: a CIDR or a range; a single address becomes a.b.c.d/32."""
    text = str(block)
    return text if "/" in text or "-" in text else f"{text}/32"


def sharing_notes(cluster: Cluster) -> list[Line]:
    """Rule LB-8: the services that share an address need MetalLB's allow-shared-ip annotation."""
    shared = shared_addresses(cluster)
    if not shared:
        return []
    notes: list[Line] = [Note(translate("Scripts", "Services share load balancer addresses (rule LB-8); give each of them the "
                                                   "annotation {annotation}: \"{key}\" in its Kubernetes manifest:").format(
        annotation=SHARED_IP_ANNOTATION, key=sharing_key(cluster)))]
    for address in shared:
        where = address.ip or translate("Scripts", "address {n} of the load balancer (not planned yet)").format(
            n=address.slot + 1)
        notes.append(Note(translate("Scripts", "  {address}: {services}").format(address=where,
                                                                              services=", ".join(address.services))))
    return notes


def steps(plan: Plan) -> list[Step]:
    """Every step, in the order they must run."""
    from aksarc_gui.export.deployed import already_deployed_step, new_node_pool_steps

    out = [extensions_step(), context_step(plan)]
    out += already_deployed_step(plan)  # objects imported from Azure are not created again
    out += [lnet_step(net) for net in plan.logical_networks if not net.deployed]
    out += [cluster_step(plan, cluster) for cluster in plan.clusters if not cluster.deployed]
    out += new_node_pool_steps(plan)
    balancers = [(c, c.load_balancer) for c in plan.clusters if c.load_balancer is not None and not c.load_balancer.deployed]
    if any(lb.kind == "metallb" for _, lb in balancers):
        out.append(load_balancer_prerequisites_step())
    out += [load_balancer_step(c, lb) for c, lb in balancers]
    return out


def plan_warnings(plan: Plan) -> list[str]:
    """The plan's errors, for the warning at the top of a script (empty when there are none)."""
    errors = [p for p in validate(plan) if p.severity is Severity.ERROR]
    if not errors:
        return []
    lines = [translate("Scripts", "WARNING: this plan has {count} error(s). The commands below may fail, or build "
                           "something the plan did not mean. Fix the plan first:").format(count=len(errors))]
    lines += [f"  {p.rule} {p.path}: {p.message}" for p in errors]
    return lines


def render_steps(plan: Plan, dialect: str) -> list[tuple[Step, str]]:
    """Each step with its text in ``dialect``: what the GUI shows beside a copy button."""
    from aksarc_gui.export.render import renderer_for

    renderer = renderer_for(dialect, plan)
    all_steps = steps(plan)
    set_by: dict[str, str] = {}
    for step in all_steps:
        for var in step_outputs(step):
            set_by.setdefault(var, step.title)
    return [(step, renderer.render_step(step, set_by)) for step in all_steps]


def render_pasted_script(plan: Plan, dialect: str) -> str:
    """The whole script written to be pasted into a terminal (the Commands panel's Copy All)."""
    from aksarc_gui.export.render import renderer_for

    return renderer_for(dialect, plan).pasted_script(plan, steps(plan), plan_warnings(plan))


def render_script(plan: Plan, dialect: str) -> str:
    """A whole script for ``dialect`` ("bash" or "powershell")."""
    from aksarc_gui.export.render import renderer_for

    return renderer_for(dialect, plan).script(plan, steps(plan), plan_warnings(plan))

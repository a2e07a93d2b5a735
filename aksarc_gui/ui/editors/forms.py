"""The editor forms, one per kind of plan item, covering every field of plan-format v1."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QPushButton, QWidget

from aksarc_gui.domain import jsonpath
from aksarc_gui.ui import operations
from aksarc_gui.ui.choices import (
    ADVERTISE_MODES,
    ALLOCATION_METHODS,
    CONTROL_PLANE_COUNTS,
    CONTROL_PLANE_VM_SIZES,
    OS_TYPES,
    RELEASES,
    VLAN_MAX,
    VM_SIZE_SHAPES,
    WORKER_VM_SIZES,
)
from aksarc_gui.ui.document import PlanDocument
from aksarc_gui.ui.editors.base import EditorForm
from aksarc_gui.ui.editors.item_list import ItemListPanel
from aksarc_gui.ui.editors.ports import PortsField
from aksarc_gui.ui.editors.switches import CheckField, EntryListField
from aksarc_gui.ui.fields import (
    ADDRESS,
    BLOCK,
    NETWORK,
    AddressField,
    AddressListField,
    ChoiceField,
    IntField,
    TextField,
)

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def vm_size_choices(sizes: tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    for size in sizes:
        shape = VM_SIZE_SHAPES.get(size)
        label = (translate("Editors", "{size} ({cpu} vCPU, {memory} GiB)").format(
            size=size, cpu=shape[0], memory=shape[1]) if shape else size)
        out.append((size, label))
    return out


def _plain(values: tuple[Any, ...]) -> list[tuple[Any, str]]:
    return [(v, str(v)) for v in values]


class PlanForm(EditorForm):
    """The plan itself: name, release, Azure context."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(doc, translate("Editors", "Plan and Azure context"), parent)
        form = self.section()
        self.name = self.bind(form, "name", translate("Editors", "Plan name:"), TextField())
        self.release = self.bind(form, "platform.release", translate("Editors", "Azure Local release (YYMM):"),
                                 ChoiceField(_plain(RELEASES), editable=True))
        azure = self.section(translate("Editors", "Azure context (used by the generated commands)"))
        self.subscription = self.bind(azure, "azure.subscription_id", translate("Editors", "Subscription ID:"),
                                      TextField())
        self.resource_group = self.bind(azure, "azure.resource_group", translate("Editors", "Resource group:"),
                                        TextField())
        self.location = self.bind(azure, "azure.location", translate("Editors", "Location:"), TextField())
        self.custom_location = self.bind(azure, "azure.custom_location_id",
                                         translate("Editors", "Custom location ID:"), TextField())
        for w in (self.subscription, self.resource_group, self.location, self.custom_location):
            w.setPlaceholderText(translate("Editors", "(empty: the commands use a shell variable)"))
        self._platform_section()
        self.finish()

    # Proxy and Arc gateway: set when Azure Local is deployed, inherited by every cluster.
    PROXY_DEFAULT = {"http_proxy": "", "https_proxy": "", "no_proxy": []}

    def _platform_section(self) -> None:
        net = self.section(translate("Editors", "Azure Local outbound connectivity (set at deployment)"))
        self.arc_gateway = self.bind(net, "platform.arc_gateway", translate("Editors", "Arc gateway:"),
                                     CheckField(translate("Editors", "Azure Local uses the Arc gateway")))
        self.proxy_on = QCheckBox(translate("Editors", "Azure Local uses a proxy server"), self)
        self.proxy_on.setAccessibleName(translate("Editors", "Proxy"))
        net.addRow(translate("Editors", "Proxy:"), self.proxy_on)
        self.proxy_on.toggled.connect(self._toggle_proxy)
        self.http_proxy = self.bind(net, "platform.proxy.http_proxy", translate("Editors", "HTTP proxy:"), TextField())
        self.https_proxy = self.bind(net, "platform.proxy.https_proxy", translate("Editors", "HTTPS proxy:"),
                                     TextField())
        for w in (self.http_proxy, self.https_proxy):
            w.setPlaceholderText("http://proxy.contoso.com:8080")
        self.no_proxy = self.bind(net, "platform.proxy.no_proxy", translate("Editors", "Bypass list (NO_PROXY):"),
                                  EntryListField())
        self.no_proxy.setPlaceholderText(translate("Editors", "comma separated, e.g. localhost,.svc,10.0.0.0/8"))
        self.complete_bypass = QPushButton(translate("Editors", "Add what AKS Arc needs"), self)
        self.complete_bypass.setToolTip(translate("Editors", "Complete the bypass list with the names and subnets "
                                                             "AKS Arc needs for this plan (rule PROXY-2)"))
        self.complete_bypass.clicked.connect(self._complete_bypass)
        net.addRow("", self.complete_bypass)
        self._proxy_widgets = (self.http_proxy, self.https_proxy, self.no_proxy, self.complete_bypass)

    def load(self, data: Any) -> None:
        super().load(data)
        on = (data.get("platform") or {}).get("proxy") is not None
        self.proxy_on.blockSignals(True)
        self.proxy_on.setChecked(on)
        self.proxy_on.blockSignals(False)
        for w in self._proxy_widgets:
            w.setEnabled(on)

    def _toggle_proxy(self, on: bool) -> None:
        if on == (self.doc.plan.platform.proxy is not None):
            return
        value = dict(self.PROXY_DEFAULT, no_proxy=[]) if on else None
        text = translate("Editors", "Add proxy settings") if on else translate("Editors", "Remove proxy settings")
        self.run(text, lambda d: d["platform"].__setitem__("proxy", value))

    def _complete_bypass(self) -> None:
        from aksarc_gui.planning.proxy import bypass_list

        entries = bypass_list(self.doc.plan)
        self.run(translate("Editors", "Complete the proxy bypass list"),
                 lambda d: d["platform"]["proxy"].__setitem__("no_proxy", entries))


class _PoolMixin:
    """Two address fields for an optional pool object {start, end}: both empty means no pool."""

    def bind_pool(self: Any, form: QFormLayout, rel: str, start_label: str, end_label: str) -> tuple[Any, Any]:
        start = AddressField(ADDRESS, optional=True)
        end = AddressField(ADDRESS, optional=True)

        def push(edited: Any, label: str) -> None:
            ok_s, s = start.current()
            ok_e, e = end.current()
            if not (ok_s and ok_e):
                return
            if s is None and e is None:
                self.push(rel, None, label)
            elif s is not None and e is not None:
                if not self.push(rel, {"start": s, "end": e}, label):
                    edited.refused(self._last_refusal)
            else:  # half a pool: kept as typed until the other end is entered
                edited.refused(translate("Editors", "Enter both the start and the end of the pool."))
        # the undo entry names the end that was edited ("Change IP pool end"), not the pair
        self.bind(form, f"{rel}.start", start_label, start, lambda _v: push(start, start_label))
        self.bind(form, f"{rel}.end", end_label, end, lambda _v: push(end, end_label))
        return start, end


class _OptionalForm(EditorForm):
    """A form for an object the plan may leave out (null): a check box says whether it is there."""

    def optional_section(self, question: str) -> QFormLayout:
        self.present = QCheckBox(question, self)
        self._layout.addWidget(self.present)
        self.present.toggled.connect(self._toggle)
        form = self.section()
        self.form_box = form.parentWidget()
        return form

    def optional_path(self) -> str:
        raise NotImplementedError

    def _toggle(self, on: bool) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        data = self.doc.value(self.optional_path())
        self.present.blockSignals(True)
        self.present.setChecked(data is not None)
        self.present.blockSignals(False)
        self.form_box.setEnabled(data is not None)
        # without the object the fields are empty: never the values of the item shown before
        self.load(data if data is not None else {})


class ManagementForm(_OptionalForm, _PoolMixin):
    DEFAULT = {"address_prefix": "192.168.100.0/24", "gateway": None, "dns_servers": [], "vlan": None, "host_ips": [],
               "infra_ip_pool": None}

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(doc, translate("Editors", "Management network"), parent)
        form = self.optional_section(translate("Editors", "The plan describes the management network"))
        self.prefix = self.bind(form, "address_prefix", translate("Editors", "Address prefix:"), AddressField(NETWORK))
        self.gateway = self.bind(form, "gateway", translate("Editors", "Gateway:"),
                                 AddressField(ADDRESS, optional=True))
        self.dns = self.bind(form, "dns_servers", translate("Editors", "DNS servers:"),
                             AddressListField(ADDRESS, translate("Editors", "Add DNS server")))
        self.vlan = self.bind(form, "vlan", translate("Editors", "VLAN:"), IntField(0, VLAN_MAX, nullable=True))
        self.hosts = self.bind(form, "host_ips", translate("Editors", "Physical host IPs:"),
                               AddressListField(ADDRESS, translate("Editors", "Add host IP")))
        self.infra_start, self.infra_end = self.bind_pool(
            form, "infra_ip_pool", translate("Editors", "Infrastructure pool start:"),
            translate("Editors", "Infrastructure pool end:"))
        self.finish()

    def _toggle(self, on: bool) -> None:
        if on == (self.doc.plan.management_network is not None):
            return
        value = dict(self.DEFAULT) if on else None
        text = (translate("Editors", "Describe the management network") if on
                else translate("Editors", "Remove the management network"))
        self.run(text,
                 lambda d: d.__setitem__("management_network", value))

    def optional_path(self) -> str:
        return "management_network"


class NetworkForm(EditorForm, _PoolMixin):
    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(doc, translate("Editors", "Logical network"), parent)
        form = self.section()
        self.name = self.bind(form, "name", translate("Editors", "Name:"), TextField(), self._rename)
        self.prefix = self.bind(form, "address_prefix", translate("Editors", "Address prefix:"), AddressField(NETWORK))
        self.gateway = self.bind(form, "gateway", translate("Editors", "Gateway:"),
                                 AddressField(ADDRESS, optional=True))
        self.dns = self.bind(form, "dns_servers", translate("Editors", "DNS servers:"),
                             AddressListField(ADDRESS, translate("Editors", "Add DNS server")))
        self.method = self.bind(form, "ip_allocation_method", translate("Editors", "IP allocation method:"),
                                ChoiceField(_plain(ALLOCATION_METHODS)))
        self.pool_start, self.pool_end = self.bind_pool(form, "ip_pool", translate("Editors", "IP pool start:"),
                                                        translate("Editors", "IP pool end:"))
        self.switch = self.bind(form, "vm_switch_name", translate("Editors", "VM switch name:"), TextField())
        self.vlan = self.bind(form, "vlan", translate("Editors", "VLAN:"), IntField(0, VLAN_MAX, nullable=True))
        self.finish()

    def _rename(self, name: Any) -> None:
        self.run(translate("Editors", "Rename logical network"), lambda d: operations.rename(d, self.base, str(name)),
                 merge_key=self.full("name"))


class ClusterForm(EditorForm):
    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(doc, translate("Editors", "Cluster"), parent)
        form = self.section()
        self.name = self.bind(form, "name", translate("Editors", "Name:"), TextField())
        self.network = self.bind(form, "logical_network", translate("Editors", "Logical network:"), ChoiceField([]))
        self.k8s = self.bind(form, "kubernetes_version", translate("Editors", "Kubernetes version:"), TextField())
        self.k8s.setPlaceholderText(translate("Editors", "(empty: the release's default)"))
        self.pod_cidr = self.bind(form, "pod_cidr", translate("Editors", "Pod CIDR:"), AddressField(NETWORK))
        cp = self.section(translate("Editors", "Control plane"))
        self.cp_count = self.bind(cp, "control_plane.count", translate("Editors", "Control plane nodes:"),
                                  ChoiceField(_plain(CONTROL_PLANE_COUNTS)))
        self.cp_size = self.bind(cp, "control_plane.vm_size", translate("Editors", "Control plane VM size:"),
                                 ChoiceField(vm_size_choices(CONTROL_PLANE_VM_SIZES)))
        self.cp_ip = self.bind(cp, "control_plane.ip", translate("Editors", "Control plane IP:"),
                               AddressField(ADDRESS, optional=True))
        lists = self.section(translate("Editors", "Node pools and services"))
        self.pools = ItemListPanel(doc, self)
        self.services = ItemListPanel(doc, self)
        lists.addRow(translate("Editors", "Node pools:"), self.pools)
        lists.addRow(translate("Editors", "Services:"), self.services)
        for panel in (self.pools, self.services):
            panel.sig_open_path.connect(self.sig_open_path)
            panel.sig_refused.connect(self.sig_refused)
        self.finish()

    def load(self, data: Any) -> None:
        names = [n.name for n in self.doc.plan.logical_networks]
        current = [self.network.itemData(i) for i in range(self.network.count())]
        if current != names:
            self.network.clear()
            for name in names:
                self.network.addItem(name, name)
        super().load(data)
        self.pools.set_items(self.full("node_pools"), data["node_pools"],
                             lambda p: translate("Editors", "{name}: {count} \u00d7 {size} ({os})").format(
                                 name=p["name"], count=p["count"], size=p["vm_size"], os=p["os_type"]))
        self.services.set_items(self.full("services"), data["services"],
                                lambda s: translate("Editors", "{name}: {instances} instance(s), ports {ports}").format(
                                    name=s["name"], instances=s["instances"],
                                    ports=", ".join(f"{p['port']}/{p['protocol']}" for p in s["ports"]) or "-"))


class NodePoolForm(EditorForm):
    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(doc, translate("Editors", "Node pool"), parent)
        form = self.section()
        self.name = self.bind(form, "name", translate("Editors", "Name:"), TextField())
        self.count = self.bind(form, "count", translate("Editors", "Nodes:"), IntField(0, 999))
        self.size = self.bind(form, "vm_size", translate("Editors", "VM size:"),
                              ChoiceField(vm_size_choices(WORKER_VM_SIZES)))
        self.os = self.bind(form, "os_type", translate("Editors", "OS type:"), ChoiceField(_plain(OS_TYPES)))
        scale = self.section(translate("Editors", "Cluster autoscaler"))
        self.autoscale = QCheckBox(translate("Editors", "The autoscaler sizes this pool"), self)
        self.autoscale.setAccessibleName(translate("Editors", "Cluster autoscaler"))
        scale.addRow(self.autoscale)
        self.autoscale.toggled.connect(self._toggle_autoscaler)
        self.min_count = self.bind(scale, "autoscaler.min_count", translate("Editors", "Minimum nodes:"),
                                   IntField(0, 999))
        self.max_count = self.bind(scale, "autoscaler.max_count", translate("Editors", "Maximum nodes:"),
                                   IntField(0, 999))
        self.finish()

    def load(self, data: Any) -> None:
        super().load(data)
        on = data.get("autoscaler") is not None
        self.autoscale.blockSignals(True)
        self.autoscale.setChecked(on)
        self.autoscale.blockSignals(False)
        for w in (self.min_count, self.max_count):
            w.setEnabled(on)

    def _toggle_autoscaler(self, on: bool) -> None:
        pool = self.doc.value(self.base) or {}
        if on == (pool.get("autoscaler") is not None):
            return
        count = max(int(pool.get("count") or 1), 1)
        # the range starts around the pool's size, so POOL-5 holds until the user changes it
        value = {"min_count": 1, "max_count": count} if on else None
        path = self.full("autoscaler")
        text = translate("Editors", "Turn the autoscaler on") if on else translate("Editors", "Turn the autoscaler off")
        self.run(text, lambda d: jsonpath.set_(d, path, value))


class LoadBalancerForm(_OptionalForm):
    DEFAULT = {"kind": "metallb", "name": "", "advertise_mode": "ARP", "addresses": []}

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(doc, translate("Editors", "Load balancer"), parent)
        form = self.optional_section(translate("Editors", "The cluster has a load balancer for its services"))
        self.kind = self.bind(form, "kind", translate("Editors", "Kind:"), ChoiceField(
            [("metallb", translate("Editors", "MetalLB (Arc extension)")),
             ("external", translate("Editors", "External (bring your own)"))]))
        self.name = self.bind(form, "name", translate("Editors", "Name:"), TextField())
        self.mode = self.bind(form, "advertise_mode", translate("Editors", "Advertise mode:"),
                              ChoiceField(_plain(ADVERTISE_MODES)))
        self.addresses = self.bind(form, "addresses", translate("Editors", "Addresses:"),
                                   AddressListField(BLOCK, translate("Editors", "Add addresses")))
        self.finish()

    def _toggle(self, on: bool) -> None:
        if on == (self.doc.value(self.base) is not None):
            return
        cluster = self.doc.value(self.base.rsplit(".", 1)[0]) or {}
        value = dict(self.DEFAULT, name=f"lb-{cluster.get('name', '')}") if on else None
        path = self.base
        self.run(translate("Editors", "Add load balancer") if on else translate("Editors", "Remove load balancer"),
                 lambda d: jsonpath.set_(d, path, value))

    def optional_path(self) -> str:
        return self.base


class ServiceForm(EditorForm):
    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(doc, translate("Editors", "Service (type LoadBalancer)"), parent)
        form = self.section()
        self.name = self.bind(form, "name", translate("Editors", "Name:"), TextField())
        self.instances = self.bind(form, "instances", translate("Editors", "Instances:"), IntField(1, 9999))
        self.ports = self.bind(form, "ports", translate("Editors", "Ports:"), PortsField())
        # Rule LB-8: sharing needs MetalLB's allow-shared-ip annotation; a service may refuse it.
        self.shares_ip = self.bind(form, "shares_ip", translate("Editors", "Address:"), ChoiceField([
            (True, translate("Editors", "may share with other services (allow-shared-ip)")),
            (False, translate("Editors", "its own addresses only"))]))
        self.finish()


class ReservationForm(EditorForm):
    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(doc, translate("Editors", "Reservation"), parent)
        form = self.section()
        self.name = self.bind(form, "name", translate("Editors", "Name:"), TextField())
        self.start = self.bind(form, "start", translate("Editors", "First address:"), AddressField(ADDRESS))
        self.end = self.bind(form, "end", translate("Editors", "Last address:"), AddressField(ADDRESS))
        self.note = self.bind(form, "note", translate("Editors", "Note:"), TextField())
        self.finish()


class CollectionForm(EditorForm):
    """A group in the tree (all logical networks, clusters or reservations): its list."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(doc, "", parent)
        self.items = ItemListPanel(doc, self)
        self.items.list.setMaximumHeight(16777215)
        self._layout.addWidget(self.items, 1)
        self.items.sig_open_path.connect(self.sig_open_path)
        self.items.sig_refused.connect(self.sig_refused)

    def load(self, data: Any) -> None:
        self.heading.setText({
            "logical_networks": translate("Editors", "Logical networks"),
            "clusters": translate("Editors", "Clusters"),
            "reservations": translate("Editors", "Reservations"),
        }.get(self.base, self.base))
        label = None
        if self.base == "reservations":
            label = lambda r: f"{r['name']}: {r['start']}-{r['end']}"  # noqa: E731
        self.items.set_items(self.base, data, label)

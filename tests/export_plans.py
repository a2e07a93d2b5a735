"""Plans for the export tests: the sample with every feature, and one full of hostile names."""

from __future__ import annotations

import copy
import json
from typing import Any

from aksarc_gui.domain import Plan, load_plan_text

# Names that break naive quoting: quotes of every kind, substitutions, separators,
# line breaks, non-ASCII, a leading dash, cmd.exe metacharacters, globs.
HOSTILE = [
    "it's \"double\" \u2018single\u2019 \u201a \u201b \u201ccurly\u201d \u201elow\u201d",
    "$(touch PWNED_subst)",
    "`touch PWNED_backtick`",
    "two  spaces and\ttab",
    "line1\nline2\r\nline3",
    "\u00fcn\u00ef c\u00f8d\u00e9 \u540d\u524d \U0001f680",
    "a;b;touch PWNED_semicolon",
    "a&b&&touch PWNED_amp",
    "-leading-dash",
    "x|y>z<w^v",
    "%PATH% and !bang",
    "*glob?[x]{a,b}~",
    "back\\slash\\",
    "ConvergedSwitch(management_compute_storage)",
    "'",
    "--looks-like-a-flag",
    "${HOME} $HOME",
    "#not-a-comment",
    "=HYPERLINK(\"http://x\")",
]


def full_featured(data: dict[str, Any]) -> dict[str, Any]:
    """The sample plus a Windows pool, a BGP load balancer, a custom pod CIDR and version, an external LB."""
    data = copy.deepcopy(data)
    a, b = data["clusters"]
    a["kubernetes_version"] = "1.29.4"
    a["pod_cidr"] = "10.250.0.0/16"
    a["node_pools"].append({"name": "win1", "count": 2, "vm_size": "Standard_K8S3_v1", "os_type": "Windows"})
    a["node_pools"].append({"name": "linux2", "count": 1, "vm_size": "Standard_D4s_v3", "os_type": "Linux"})
    a["load_balancer"]["advertise_mode"] = "BGP"
    b["load_balancer"] = {"kind": "external", "name": "f5", "advertise_mode": "ARP",
                          "addresses": ["10.220.32.60/30"]}
    return data


def hostile(data: dict[str, Any]) -> dict[str, Any]:
    """One logical network and one cluster per hostile name, using the name everywhere a string goes."""
    data = copy.deepcopy(data)
    data["name"] = "\n".join(HOSTILE)
    data["azure"]["resource_group"] = "rg (test) & $(touch PWNED_rg)"
    data["azure"]["location"] = ""  # filled in from the environment
    nets, clusters = [], []
    for i, name in enumerate(HOSTILE):
        net = copy.deepcopy(data["logical_networks"][0])
        net.update(name=name, vm_switch_name=name, vlan=100 + i)
        nets.append(net)
        cluster = copy.deepcopy(data["clusters"][0])
        cluster["name"] = name
        cluster["logical_network"] = name
        cluster["kubernetes_version"] = name
        cluster["control_plane"]["vm_size"] = name
        cluster["node_pools"] = [{"name": "first", "count": 1, "vm_size": name, "os_type": "Linux"},
                                 {"name": name, "count": 2, "vm_size": name, "os_type": "Windows"}]
        cluster["load_balancer"]["name"] = name
        clusters.append(cluster)
    data["logical_networks"] = nets
    data["clusters"] = clusters
    return data


def load(data: dict[str, Any]) -> Plan:
    return load_plan_text(json.dumps(data), "test.aksplan")

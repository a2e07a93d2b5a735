"""Importing a large Azure Local instance costs about as much as checking the plan it makes.

Writes az-shaped JSON for 64 logical networks, 32 clusters (4 node pools each, one load
balancer each) and 4,000 NICs (half inside the pools, half outside: reservations), then times
reading + merging (import), diff against the same files, the headroom forecast, and
``check`` (budget + validate) of the imported plan, and prints each as a ratio of the check.

Run:  python benchmarks/bench_import.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aksarc_gui.azure_import import read_files  # noqa: E402
from aksarc_gui.azure_import.diff import diff  # noqa: E402
from aksarc_gui.azure_import.headroom import forecast  # noqa: E402
from aksarc_gui.azure_import.merge import import_plan  # noqa: E402
from aksarc_gui.planning.budget import budget  # noqa: E402
from aksarc_gui.planning.validate import validate  # noqa: E402

SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
NETWORKS, CLUSTERS, NICS = 64, 32, 4000


def lnet(n: int) -> dict:
    base = f"10.{n}.0"  # 10.n.0.0/22: pool .0.10-.1.250, NICs outside it in .2.x/.3.x
    return {"id": f"{SUB}/providers/Microsoft.AzureStackHCI/logicalNetworks/lnet-{n}", "name": f"lnet-{n}",
            "type": "microsoft.azurestackhci/logicalnetworks", "location": "eastus",
            "properties": {"dhcpOptions": {"dnsServers": [f"{base}.2"]}, "vmSwitchName": "ConvergedSwitch(compute)",
                           "subnets": [{"name": f"lnet-{n}", "properties": {
                               "addressPrefix": f"10.{n}.0.0/22", "ipAllocationMethod": "Static", "vlan": n,
                               "ipPools": [{"start": f"10.{n}.0.10", "end": f"10.{n}.1.250", "info": {"used": "0"}}],
                               "routeTable": {"properties": {"routes": [{"name": "d", "properties": {
                                   "addressPrefix": "0.0.0.0/0", "nextHopIpAddress": f"{base}.1"}}]}}}}]}}


def cluster(c: int) -> dict:
    n = c * 2
    cid = f"{SUB}/providers/Microsoft.Kubernetes/connectedClusters/cluster-{c}"
    return {"id": f"{cid}/providers/Microsoft.HybridContainerService/provisionedClusterInstances/default",
            "name": "default", "type": "microsoft.hybridcontainerservice/provisionedclusterinstances",
            "properties": {"controlPlane": {"count": 3, "vmSize": "Standard_A4_v2",
                                            "controlPlaneEndpoint": {"hostIP": f"10.{n}.0.5"}},
                           "kubernetesVersion": "1.29.4", "networkProfile": {"podCidr": "10.244.0.0/16"},
                           "cloudProviderProfile": {"infraNetworkProfile": {"vnetSubnetIds": [
                               f"{SUB}/providers/Microsoft.AzureStackHCI/logicalNetworks/lnet-{n}"]}},
                           "agentPoolProfiles": [{"name": f"pool{p}", "count": 5, "vmSize": "Standard_A4_v2",
                                                  "osType": "Linux"} for p in range(4)]}}


def load_balancer(c: int) -> dict:
    n = c * 2
    return {"id": f"{SUB}/providers/Microsoft.Kubernetes/connectedClusters/cluster-{c}/providers/"
                  f"Microsoft.KubernetesRuntime/loadBalancers/lb-{c}", "name": f"lb-{c}",
            "type": "microsoft.kubernetesruntime/loadbalancers", "advertiseMode": "ARP",
            "addresses": [f"10.{n}.3.240-10.{n}.3.250"]}


def nic(i: int) -> dict:
    n, k = i % NETWORKS, i // NETWORKS  # k < 63
    inside = i % 2 == 0
    ip = f"10.{n}.1.{k + 20}" if inside else f"10.{n}.2.{k + 10}"
    return {"id": f"{SUB}/providers/Microsoft.AzureStackHCI/networkInterfaces/nic-{i}", "name": f"nic-{i}",
            "type": "microsoft.azurestackhci/networkinterfaces",
            "properties": {"ipConfigurations": [{"name": "ipconfig1", "properties": {
                "privateIPAddress": ip,
                "subnet": {"id": f"{SUB}/providers/Microsoft.AzureStackHCI/logicalNetworks/lnet-{n}"}}}]}}


def timed(fn, repeat: int = 3) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, docs in (("lnets", [lnet(n) for n in range(NETWORKS)]), ("clusters", [cluster(c) for c in range(CLUSTERS)]),
                           ("lbs", [load_balancer(c) for c in range(CLUSTERS)]), ("nics", [nic(i) for i in range(NICS)])):
            path = Path(tmp) / f"{name}.json"
            path.write_text(json.dumps(docs), encoding="utf-8")
            files.append(str(path))
        plan = import_plan(read_files(files)).plan
        snap = read_files(files)
        assert not diff(plan, snap), "the round trip must show no drift"
        check = timed(lambda: (budget(plan), validate(plan)))
        rows = [("check (budget + validate) of the imported plan", check),
                ("read az files", timed(lambda: read_files(files))),
                ("import (read + merge)", timed(lambda: import_plan(read_files(files)))),
                ("diff (read + compare)", timed(lambda: diff(plan, read_files(files)))),
                ("headroom", timed(lambda: forecast(plan, snap)))]
    print(f"{NETWORKS} logical networks, {CLUSTERS} clusters, {NICS} NICs "
          f"({len(plan.reservations)} reservations in the plan)")
    for label, seconds in rows:
        print(f"{label:<50} {seconds * 1000:9.1f} ms  {seconds / check:6.2f} x check")


if __name__ == "__main__":
    main()

"""Time from an edit to updated problems on a large plan, through the real window.

The plan: one /16 logical network, 32 clusters, 500 services.  Each edit moves
a control plane IP in and out of the pool through the editor (the same call a
keystroke makes) and is timed until the window has recomputed budget and
problems and marked the fields (target: < 50 ms).

    python benchmarks/bench_edit.py [--edits 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from aksarc_gui.domain import Plan  # noqa: E402

CLUSTERS, SERVICES = 32, 500


def large_plan() -> Plan:
    clusters = []
    services_left = SERVICES
    for c in range(CLUSTERS):
        count = services_left // (CLUSTERS - c)
        services_left -= count
        third = 1 + c // 16  # clusters spread over 10.20.1.x - 10.20.2.x for control planes
        clusters.append({
            "name": f"cluster-{c:02d}", "logical_network": "lnet-big", "kubernetes_version": "",
            "pod_cidr": "10.244.0.0/16",
            "control_plane": {"count": 3, "vm_size": "Standard_A4_v2", "ip": f"10.20.{third}.{10 + c}"},
            "node_pools": [{"name": f"pool{p}", "count": 4, "vm_size": "Standard_D4s_v3", "os_type": "Linux"}
                           for p in range(1, 4)],
            "load_balancer": {"kind": "metallb", "name": f"lb-{c:02d}", "advertise_mode": "ARP",
                              "addresses": [f"10.20.{100 + c}.0/26"]},
            "services": [{"name": f"svc-{c:02d}-{s:02d}", "instances": 1 + s % 3,
                          "ports": [{"port": 443 if s % 2 else 8000 + s, "protocol": "TCP"}]}
                         for s in range(count)],
        })
    return Plan.model_validate({
        "format": "aksarc-plan", "version": 1, "name": "Large plan", "platform": {"release": "2405"},
        "management_network": {"address_prefix": "192.168.100.0/24", "gateway": "192.168.100.1", "vlan": 100,
                               "host_ips": [f"192.168.100.{11 + i}" for i in range(16)],
                               "infra_ip_pool": {"start": "192.168.100.50", "end": "192.168.100.59"}},
        "logical_networks": [{"name": "lnet-big", "address_prefix": "10.20.0.0/16", "gateway": "10.20.0.1",
                              "dns_servers": ["10.20.0.2", "10.20.0.3"], "ip_allocation_method": "Static",
                              "ip_pool": {"start": "10.20.4.0", "end": "10.20.7.255"},
                              "vm_switch_name": "vm-switch", "vlan": 20}],
        "reservations": [{"name": "printers", "start": "10.20.3.0", "end": "10.20.3.31", "note": ""}],
        "clusters": clusters,
    })


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=40)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from aksarc_gui.planning.validate import validate
    from aksarc_gui.ui.document import PlanDocument
    from aksarc_gui.ui.main_window import MainWindow

    app = QApplication([])
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        plan = large_plan()
        services = sum(len(c.services) for c in plan.clusters)
        window = MainWindow(PlanDocument(plan))
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        window.select_path("clusters[5].control_plane.ip")
        form = window.current_form()
        refreshed: list[float] = []
        window.sig_refreshed.connect(lambda: refreshed.append(time.perf_counter()))

        times = []
        values = ["10.20.4.20", "10.20.1.15"]  # into the pool (CP-3) and back out
        for i in range(args.edits):
            window.doc.break_merge()
            start = time.perf_counter()
            form.push("control_plane.ip", values[i % 2], "Control plane IP:")
            assert refreshed, "the window did not refresh"
            times.append(refreshed.pop() - start)
            app.processEvents()
            rules = {p.rule for p in window.problems_panel.model.problems()}
            assert ("CP-3" in rules) == (i % 2 == 0), rules

        t0 = time.perf_counter()
        for _ in range(10):
            validate(window.doc.plan)
        validate_ms = (time.perf_counter() - t0) / 10 * 1000
        window.doc.undo_stack.setClean()
        window.close()
        problems_shown = len(window.problems)
        window.deleteLater()
        app.processEvents()

    median = statistics.median(times) * 1000
    print(f"plan: /16 network, {len(plan.clusters)} clusters, {services} services, "
          f"{problems_shown} problems shown")
    print(f"edit -> updated problems: median {median:.1f} ms, max {max(times) * 1000:.1f} ms "
          f"over {args.edits} edits (target < 50 ms)")
    print(f"  first edits (warming up): {', '.join(f'{t * 1000:.0f}' for t in times[:3])} ms")
    print(f"  of which validate(): {validate_ms:.1f} ms")
    print(f"ratio to target: {median / 50:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The wizard's draft plan never holds a MetalLB load balancer without addresses (LB-9)."""

from __future__ import annotations

from aksarc_gui.planning.validate import validate
from aksarc_gui.ui.wizard.draft import ClusterDraft, NetworkDraft, ServiceDraft, allocated_plan, draft_plan

NETWORK = NetworkDraft(prefix="10.220.32.0/24", gateway="10.220.32.1", dns_servers=["10.220.32.16"], vlan=32)


def test_cluster_without_services_gets_no_load_balancer():
    plan = draft_plan(NETWORK, [ClusterDraft("quiet", load_balancer="metallb")])
    assert plan.clusters[0].load_balancer is None


def test_allocated_plan_has_no_empty_metallb():
    clusters = [ClusterDraft("quiet", load_balancer="metallb"),
                ClusterDraft("busy", load_balancer="metallb", services=[ServiceDraft("web", 2, 443)])]
    result = allocated_plan(NETWORK, clusters, headroom_pct=0)
    assert result.plan is not None
    rules = {p.rule for p in validate(result.plan)}
    assert "LB-9" not in rules and "LB-4" not in rules
    busy = result.plan.clusters[1].load_balancer
    assert busy is not None and sum(a.size for a in busy.addresses) == 2

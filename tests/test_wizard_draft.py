"""The wizard's drafts, parsers and pool sizing, without Qt."""

from __future__ import annotations

import pytest

from aksarc_gui.planning.allocate import allocate
from aksarc_gui.planning.problems import Severity
from aksarc_gui.planning.validate import validate
from aksarc_gui.ui.wizard.draft import (
    ClusterDraft,
    DraftError,
    ManagementDraft,
    NetworkDraft,
    PoolDraft,
    ServiceDraft,
    allocated_plan,
    check_cluster_name,
    check_service_name,
    draft_plan,
    parse_node_pools,
    parse_ports,
    release_effects,
)
from aksarc_gui.ui.wizard.sizing import fair_share_room, pool_sizing

NETWORK = NetworkDraft(prefix="10.220.32.0/24", gateway="10.220.32.1", dns_servers=["10.220.32.16"], vlan=32)
MGMT = ManagementDraft(prefix="192.168.100.0/24", gateway="192.168.100.1", dns_servers=["192.168.100.5"], vlan=100,
                       host_ips=["192.168.100.11", "192.168.100.12"])


def janes_clusters() -> list[ClusterDraft]:
    return [ClusterDraft("cluster-a", 3, [PoolDraft(5)], services=[
                ServiceDraft("vote-front", 3, [(443, "TCP")]), ServiceDraft("vote-back", 1, [(80, "TCP")])]),
            ClusterDraft("cluster-b", 1, [PoolDraft(3)], load_balancer="")]


def errors(plan) -> list[str]:
    return [f"{p.rule} {p.message}" for p in validate(plan) if p.severity is Severity.ERROR]


def test_cluster_without_services_gets_no_load_balancer():
    plan = draft_plan(NETWORK, [ClusterDraft("quiet", load_balancer="metallb")])
    assert plan.clusters[0].load_balancer is None


def test_allocated_plan_has_no_empty_metallb():
    clusters = [ClusterDraft("quiet", load_balancer="metallb"),
                ClusterDraft("busy", load_balancer="metallb", services=[ServiceDraft("web", 2, [(443, "TCP")])])]
    result = allocated_plan(NETWORK, clusters, headroom_pct=0)
    assert result.plan is not None
    rules = {p.rule for p in validate(result.plan)}
    assert "LB-9" not in rules and "LB-4" not in rules
    busy = result.plan.clusters[1].load_balancer
    assert busy is not None and sum(a.size for a in busy.addresses) == 2


def test_ports_are_a_list_and_a_protocol_per_port():
    assert parse_ports("80, 443") == [(80, "TCP"), (443, "TCP")]
    assert parse_ports("53/udp 53", "TCP") == [(53, "UDP"), (53, "TCP")]
    assert parse_ports("443,443") == [(443, "TCP")]
    for bad in ("", "0", "65536", "http", "80/sctp", "80,"[:-1] + ", x"):
        with pytest.raises(DraftError):
            parse_ports(bad)


def test_two_ports_of_one_service_need_addresses_for_both():
    cluster = ClusterDraft("web", services=[ServiceDraft("front", 2, parse_ports("80, 443"))])
    plan = draft_plan(NETWORK, [cluster])
    assert [(p.port, p.protocol) for p in plan.clusters[0].services[0].ports] == [(80, "TCP"), (443, "TCP")]


def test_cluster_names_follow_name_2_and_hold_no_comma():
    assert check_cluster_name("cluster-a") == "cluster-a"
    with pytest.raises(DraftError, match="comma"):
        check_cluster_name("a,b")
    for bad in ("Cluster", "1st", "end-", "", "a_b", "x" * 64):
        with pytest.raises(DraftError):
            check_cluster_name(bad)
    with pytest.raises(DraftError):
        check_service_name("Vote_Front")


def test_node_ranges_turn_the_autoscaler_on():
    pools = parse_node_pools("3, 2-6")
    assert pools == [PoolDraft(3), PoolDraft(2, 2, 6)]
    plan = draft_plan(NETWORK, [ClusterDraft("scaled", worker_pools=pools)])
    first, second = plan.clusters[0].node_pools
    assert first.autoscaler is None
    assert (second.count, second.autoscaler.min_count, second.autoscaler.max_count) == (2, 2, 6)
    assert parse_node_pools("150") == [PoolDraft(150)]  # the first pool holds up to 200 (SCALE-2)
    for bad in ("6-2", "3, 65", "201", "0-3", "x"):
        with pytest.raises(DraftError):
            parse_node_pools(bad)


def test_management_page_values_reach_the_plan_and_the_infra_pool_is_filled():
    mgmt = ManagementDraft(**{**MGMT.__dict__, "http_proxy": "http://proxy.contoso.com:8080",
                              "https_proxy": "http://proxy.contoso.com:8080", "no_proxy": [".contoso.com"],
                              "arc_gateway": True})
    result = allocated_plan(NETWORK, janes_clusters(), 20, "p", mgmt, extra_nodes=10)
    plan = result.plan
    m = plan.management_network
    assert (str(m.address_prefix), str(m.gateway), m.vlan) == ("192.168.100.0/24", "192.168.100.1", 100)
    assert [str(a) for a in m.dns_servers] == ["192.168.100.5"]
    assert [str(a) for a in m.host_ips] == ["192.168.100.11", "192.168.100.12"]
    assert (str(m.infra_ip_pool.start), str(m.infra_ip_pool.end)) == ("192.168.100.13", "192.168.100.18")
    assert plan.platform.arc_gateway is True
    no_proxy = plan.platform.proxy.no_proxy
    assert ".contoso.com" in no_proxy and "localhost" in no_proxy and ".svc" in no_proxy
    assert errors(plan) == []
    assert not any(p.rule in ("PROXY-2", "MGMT-1") for p in validate(plan))


def test_no_management_prefix_means_no_management_network():
    assert draft_plan(NETWORK, janes_clusters(), management=ManagementDraft()).management_network is None


def test_the_pool_is_sized_by_room_for_more_node_vms_alone():
    result = allocated_plan(NETWORK, janes_clusters(), 20, extra_nodes=10)
    pool = result.plan.logical_networks[0].ip_pool
    assert int(pool.end) - int(pool.start) + 1 == 14 + 10  # no percentage on top
    sizing = pool_sizing(draft_plan(NETWORK, janes_clusters()), 10)
    assert (sizing.node_vms, sizing.upgrade, sizing.auto_control_plane, sizing.size) == (12, 2, 0, 24)


def test_autoscaled_pools_count_at_their_largest_in_the_sizing():
    plan = draft_plan(NetworkDraft(prefix="10.0.0.0/24", release="2411"),
                      [ClusterDraft("a", 1, [PoolDraft(2, 2, 6)], load_balancer="")])
    sizing = pool_sizing(plan, 0)
    assert (sizing.node_vms, sizing.upgrade, sizing.auto_control_plane) == (7, 1, 1)


def test_fair_share_of_a_22_is_a_third_of_the_spare_addresses_not_20_percent():
    net = NetworkDraft(prefix="10.220.32.0/22", gateway="10.220.32.1", dns_servers=["10.220.32.16", "10.220.32.17"])
    plan = draft_plan(net, janes_clusters())
    old_pool = allocate(plan, headroom_pct=20).plan.logical_networks[0].ip_pool
    assert int(old_pool.end) - int(old_pool.start) + 1 == 17  # what 20 % headroom gave
    room = fair_share_room(plan, 20)
    # 1022 usable - gateway - 2 DNS - 14 pool - 2 control plane IPs - 4 LB (3 + 20 %) = 999 spare,
    # shared by the pool, cluster-a's load balancer and the reserve: 333 each
    assert room == 999 // 3 == 333
    result = allocated_plan(net, janes_clusters(), 20, extra_nodes=room)
    pool = result.plan.logical_networks[0].ip_pool
    assert int(pool.end) - int(pool.start) + 1 == 14 + room
    assert errors(result.plan) == []


def test_fair_share_is_lowered_to_what_fits_and_zero_when_nothing_does():
    tight = NetworkDraft(prefix="10.220.32.0/26", gateway="10.220.32.1")
    plan = draft_plan(tight, janes_clusters())
    room = fair_share_room(plan, 20)
    assert room >= 1 and allocated_plan(tight, janes_clusters(), 20, extra_nodes=room).plan is not None
    assert fair_share_room(draft_plan(NetworkDraft(prefix="10.220.32.0/28"), janes_clusters()), 20) == 0


def test_the_release_says_what_it_changes():
    assert "CP-1" in release_effects("2405") and "URL-2" not in release_effects("2405")
    assert "URL-2" in release_effects("2402")
    assert "POOL-3" in release_effects("2411") and "PORT-1..4" not in release_effects("2411")
    assert "PORT-1..4" in release_effects("2504")

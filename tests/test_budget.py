"""The IP budget, counted as the article does (POOL-1, POOL-2, CP-1, LB-4)."""

from __future__ import annotations

from aksarc_gui.domain.ipv4 import parse_address_block
from aksarc_gui.domain.plan import Cluster, Service, ServicePort
from aksarc_gui.planning.assignment import service_bindings
from aksarc_gui.planning.budget import budget, load_balancer_need


def svc(name: str, instances: int, *ports: tuple[int, str]) -> Service:
    return Service(name=name, instances=instances, ports=[ServicePort(port=p, protocol=proto) for p, proto in ports])


def cluster_with(*services: Service) -> Cluster:
    return Cluster(name="c", logical_network="n", services=list(services))


def test_jane_is_19_addresses(jane):
    b = budget(jane)
    assert (b.pool, b.control_plane, b.load_balancer, b.total) == (14, 2, 3, 19)
    assert [(c.node_vms, c.upgrade, c.control_plane, c.load_balancer) for c in b.clusters] == [(8, 1, 1, 3), (4, 1, 1, 0)]
    net = b.network("aks-lnet-01")
    assert (net.pool_size, net.pool_required, net.pool_free) == (21, 14, 7)


def test_three_pools_of_three_nodes_need_nine_plus_control_plane(jane):
    cluster = jane.clusters[1]
    cluster.control_plane.count = 1
    cluster.node_pools = [cluster.node_pools[0].model_copy(update={"name": f"pool{i}", "count": 3}) for i in range(3)]
    assert budget(jane).cluster("cluster-b").node_vms == 10  # 9 workers + 1 control plane node, one IP each


def test_lb4_same_port_needs_separate_ips_other_ports_share():
    assert load_balancer_need(cluster_with(svc("front", 3, (443, "TCP")), svc("db", 1, (80, "TCP")))) == 3
    assert load_balancer_need(cluster_with(svc("a", 2, (443, "TCP")), svc("b", 2, (443, "TCP")))) == 4
    # the same number over another protocol is another (port, protocol): it can share
    assert load_balancer_need(cluster_with(svc("dns-tcp", 2, (53, "TCP")), svc("dns-udp", 2, (53, "UDP")))) == 2
    # one service on two ports: each instance needs both ports on its own IP
    assert load_balancer_need(cluster_with(svc("web", 2, (80, "TCP"), (443, "TCP")), svc("api", 1, (443, "TCP")))) == 3
    assert load_balancer_need(cluster_with()) == 0


def test_from_2411_a_missing_control_plane_ip_is_taken_from_the_pool(jane):
    jane.platform.release = "2411"
    jane.clusters[1].control_plane.ip = None
    b = budget(jane)
    assert (b.pool, b.control_plane, b.total) == (15, 1, 19)
    assert b.network("aks-lnet-01").pool_required == 15


def test_before_2411_a_missing_control_plane_ip_still_needs_one_outside_the_pool(jane):
    jane.clusters[1].control_plane.ip = None
    b = budget(jane)
    assert (b.pool, b.control_plane) == (14, 2)


def test_reversed_or_missing_pool_has_size_zero(jane):
    net = jane.logical_networks[0]
    net.ip_pool.start, net.ip_pool.end = net.ip_pool.end, net.ip_pool.start
    assert budget(jane).network("aks-lnet-01").pool_size == 0
    net.ip_pool = None
    assert budget(jane).network("aks-lnet-01").pool_free == -14


def test_service_assignment_gives_same_port_instances_distinct_ips(jane):
    bindings = [(b.service, b.instance, b.ip, b.port) for b in service_bindings(jane)]
    assert bindings == [
        ("vote-front", 1, "10.220.32.50", 443),
        ("vote-front", 2, "10.220.32.51", 443),
        ("vote-front", 3, "10.220.32.52", 443),
        ("vote-back", 1, "10.220.32.50", 80),
    ]


def test_assignment_walks_blocks_in_order_and_reports_shortage(jane):
    lb = jane.clusters[0].load_balancer
    lb.addresses = [parse_address_block("10.220.32.60/32"), parse_address_block("10.220.32.70")]
    ips = [b.ip for b in service_bindings(jane) if b.service == "vote-front"]
    assert ips == ["10.220.32.60", "10.220.32.70", None]

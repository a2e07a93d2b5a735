"""LB-4's count: the chromatic number of the service instances' conflict graph (planning/sharing.py)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from aksarc_gui.domain.plan import Cluster, Service, ServicePort
from aksarc_gui.planning.assignment import cluster_bindings, shared_addresses
from aksarc_gui.planning.sharing import colour, conflicts


def svc(name: str, instances: int, *ports: int, shares_ip: bool = True) -> Service:
    return Service(name=name, instances=instances, ports=[ServicePort(port=p) for p in ports], shares_ip=shares_ip)


def cluster_of(*services: Service) -> Cluster:
    return Cluster(name="c", logical_network="n", services=list(services))


def _valid(cluster: Cluster, slots: dict[tuple[int, int], int]) -> bool:
    adj = conflicts(cluster)
    for (s, i), (t, j) in itertools.combinations(slots, 2):
        if slots[(s, i)] == slots[(t, j)] and (s == t or t in adj[s]):
            return False
    return True


def _colourable(cluster: Cluster, k: int) -> bool:
    """Whether some assignment of k addresses keeps every conflict apart (tries them all)."""
    vertices = [(s, i) for s, service in enumerate(cluster.services) for i in range(1, service.instances + 1)]
    return any(_valid(cluster, dict(zip(vertices, assignment)))
               for assignment in itertools.product(range(k), repeat=len(vertices)))


def test_triangle_of_ports_needs_three():
    found = colour(cluster_of(svc("a", 1, 80, 443), svc("b", 1, 443, 8080), svc("c", 1, 8080, 80)))
    assert (found.count, found.lower, found.exact) == (3, 3, True)


def test_odd_ring_needs_three_though_no_three_conflict():
    ring = cluster_of(*(svc(f"s{i}", 1, 1000 + i, 1000 + (i + 1) % 5) for i in range(5)))
    found = colour(ring)
    assert (found.count, found.lower, found.exact) == (3, 2, True)


def test_ring_of_seven_with_three_instances_each():
    # C7 with every vertex tripled: 21 instances, no more than 6 pairwise conflict; 7 colours.
    ring = cluster_of(*(svc(f"s{i}", 3, 1000 + i, 1000 + (i + 1) % 7) for i in range(7)))
    found = colour(ring)
    assert (found.count, found.exact) == (7, True)
    assert _valid(ring, found.slots)


def test_jane_addresses_follow_document_order(jane):
    found = colour(jane.clusters[0])
    assert found.slots == {(0, 1): 0, (0, 2): 1, (0, 3): 2, (1, 1): 0}
    assert [(a.ip, a.services) for a in shared_addresses(jane.clusters[0])] == [("10.220.32.50", ("vote-front", "vote-back"))]


def test_a_service_that_must_not_share_takes_its_own_addresses():
    found = colour(cluster_of(svc("front", 3, 443), svc("back", 2, 80, shares_ip=False)))
    assert found.count == 5 and found.sharing() == {}


def test_a_service_without_ports_shares_with_others_but_not_with_itself():
    found = colour(cluster_of(svc("plain", 2), svc("web", 2, 80)))
    assert found.count == 2 and found.sharing() == {0: [0, 1], 1: [0, 1]}


def test_bounded_search_reports_an_upper_bound():
    # The tripled ring of seven: greedy finds 7 or more, the clique bound is 6, so it must search.
    cluster = cluster_of(*(svc(f"s{i}", 3, 1000 + i, 1000 + (i + 1) % 7) for i in range(7)))
    bounded, full = colour(cluster, limit=3), colour(cluster)
    assert not bounded.exact
    assert bounded.lower <= full.count <= bounded.count
    assert _valid(cluster, bounded.slots)


def test_assignment_fits_the_count_and_separates_conflicts(jane):
    cluster = cluster_of(svc("a", 1, 80, 443), svc("b", 1, 443, 8080), svc("c", 1, 8080, 80))
    cluster.load_balancer = jane.clusters[0].load_balancer  # 10.220.32.50-52
    ips = {(b.service, b.port): b.ip for b in cluster_bindings(cluster)}
    assert ips[("a", 80)] == ips[("a", 443)]  # one instance, one address for all its ports
    assert len({ips[("a", 80)], ips[("b", 443)], ips[("c", 80)]}) == 3
    assert None not in ips.values()


services = st.lists(st.tuples(st.integers(1, 3), st.sets(st.integers(1, 5), max_size=3), st.booleans()),
                    min_size=1, max_size=4)


@settings(max_examples=60, deadline=None)
@given(services)
def test_count_matches_brute_force(spec):
    cluster = cluster_of(*(svc(f"s{i}", n, *ports, shares_ip=share) for i, (n, ports, share) in enumerate(spec)))
    found = colour(cluster)
    assert found.exact and found.lower <= found.count
    if sum(n for n, _, _ in spec) <= 6:  # beyond, trying every assignment takes too long
        assert not _colourable(cluster, found.count - 1)
    assert _valid(cluster, found.slots)
    assert set(found.slots.values()) == set(range(found.count))

"""Property-based tests: random plans never break the core, files round-trip, clean plans have no clashes."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from netaddr import IPAddress

from aksarc_gui.domain import dump_plan_text, load_plan_text
from aksarc_gui.planning.assignment import service_bindings
from aksarc_gui.planning.budget import budget
from aksarc_gui.planning.occupancy import MANAGEMENT, occupancy
from aksarc_gui.planning.problems import Severity
from aksarc_gui.planning.rules import RULES
from aksarc_gui.planning.validate import validate

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def ip(value: int) -> str:
    return str(IPAddress(value, 4))


# Most addresses fall in one small region so that random things collide often; a few land anywhere.
BASE = int(IPAddress("10.0.0.0"))
addresses = st.one_of(st.integers(BASE, BASE + 2047), st.integers(0, 2**32 - 1)).map(ip)
prefixes = st.builds(lambda a, n: f"{a}/{n}", addresses,
                     st.one_of(st.integers(20, 30), st.integers(0, 32)))
names = st.sampled_from(["lnet1", "lnet2", "a", "Bad Name", "", "x" * 70])
pool = st.builds(lambda a, b: {"start": a, "end": b}, addresses, addresses)  # may be reversed


@st.composite
def lb_entry(draw) -> str:
    kind = draw(st.sampled_from(["ip", "range", "cidr"]))
    if kind == "ip":
        return draw(addresses)
    if kind == "range":
        return f"{draw(addresses)}-{draw(addresses)}"  # may be reversed
    return draw(prefixes)


services = st.lists(st.fixed_dictionaries({
    "name": st.sampled_from(["web", "db", "web"]),
    "instances": st.integers(1, 6),
    "ports": st.lists(st.fixed_dictionaries({"port": st.sampled_from([80, 443, 53]),
                                             "protocol": st.sampled_from(["TCP", "UDP"])}), max_size=2),
}), max_size=3)

clusters = st.lists(st.fixed_dictionaries({
    "name": st.sampled_from(["cluster-a", "cluster-b", "Cluster_C", ""]),
    "logical_network": names,
    "pod_cidr": st.one_of(st.just("10.244.0.0/16"), prefixes),
    "control_plane": st.fixed_dictionaries({"count": st.integers(0, 6), "ip": st.one_of(st.none(), addresses)}),
    "node_pools": st.lists(st.fixed_dictionaries({"name": st.sampled_from(["nodepool1", "np", "pool2"]),
                                                  "count": st.integers(0, 70)}), max_size=3),
    "load_balancer": st.one_of(st.none(), st.fixed_dictionaries({
        "kind": st.sampled_from(["metallb", "external"]),
        "name": st.sampled_from(["lb-a", "", "x"]),
        "advertise_mode": st.sampled_from(["ARP", "BGP", "Both"]),
        "addresses": st.lists(lb_entry(), max_size=3),
    })),
    "services": services,
}), max_size=4)

random_plans = st.fixed_dictionaries({
    "format": st.just("aksarc-plan"),
    "version": st.just(1),
    "name": st.text(max_size=10),
    "platform": st.fixed_dictionaries({"release": st.sampled_from(["2311", "2402", "2405", "2411", "2503", "24H2", ""])}),
    "management_network": st.one_of(st.none(), st.fixed_dictionaries({
        "address_prefix": prefixes,
        "gateway": st.one_of(st.none(), addresses),
        "vlan": st.one_of(st.none(), st.integers(0, 4094)),
        "host_ips": st.lists(addresses, max_size=3),
        "infra_ip_pool": st.one_of(st.none(), pool),
    })),
    "logical_networks": st.lists(st.fixed_dictionaries({
        "name": names,
        "address_prefix": prefixes,
        "gateway": st.one_of(st.none(), addresses),
        "dns_servers": st.lists(addresses, max_size=2),
        "ip_allocation_method": st.sampled_from(["Static", "Dynamic"]),
        "ip_pool": st.one_of(st.none(), pool),
        "vlan": st.one_of(st.none(), st.integers(0, 4094)),
    }), max_size=3),
    "reservations": st.lists(st.builds(lambda n, a, b: {"name": n, "start": a, "end": b}, names, addresses,
                                       addresses), max_size=2),
    "clusters": clusters,
})


@SETTINGS
@given(random_plans)
def test_random_plans_never_break_the_core(data):
    plan = load_plan_text(json.dumps(data))
    problems = validate(plan)
    assert all(p.rule in RULES and p.message and isinstance(p.severity, Severity) for p in problems)
    assert validate(plan) == problems  # deterministic
    b = budget(plan)
    assert b.total >= 0
    service_bindings(plan)
    for net in [MANAGEMENT, *(n.name for n in plan.logical_networks)]:
        occ = occupancy(plan, net)
        if occ is not None:
            assert sum(s.size for s in occ.segments) == occ.prefix.size


@SETTINGS
@given(random_plans)
def test_save_then_load_gives_the_same_plan(data):
    plan = load_plan_text(json.dumps(data))
    again = load_plan_text(dump_plan_text(plan))
    assert again == plan
    assert dump_plan_text(again) == dump_plan_text(plan)


# ---- clean plans: every address distinct and inside its range --------------------------------------

OVERLAP_RULES = {"CP-2", "CP-3", "CP-4", "LB-1", "LB-2", "LB-3", "LNET-4", "LNET-5", "LNET-7", "LNET-10",
                 "MGMT-1", "MGMT-2", "MGMT-3", "RES-2"}


@st.composite
def clean_plans(draw) -> dict:
    """Lay every item of a network out one after another with random gaps: disjoint by construction."""
    net_count = draw(st.integers(1, 3))
    cluster_nets = draw(st.lists(st.integers(0, net_count - 1), max_size=4))
    second_octets = draw(st.lists(st.integers(0, 200), min_size=net_count, max_size=net_count, unique=True))
    lnets, clusters_out, reservations = [], [], []
    for n in range(net_count):
        prefix = int(IPAddress(f"10.{second_octets[n]}.0.0"))
        mine = [c for c, net in enumerate(cluster_nets) if net == n]
        items = [("gateway", 1, None), ("pool", draw(st.integers(1, 60)), None)]
        items += [("dns", 1, None)] * draw(st.integers(0, 2))
        items += [("res", draw(st.integers(1, 5)), None) for _ in range(draw(st.integers(0, 2)))]
        for c in mine:
            items.append(("cp", 1, c))
            items += [("lb", draw(st.integers(1, 8)), c) for _ in range(draw(st.integers(0, 2)))]
        items = draw(st.permutations(items))
        cursor = prefix + 1  # never the network address; a /22 leaves room for everything
        placed: dict[str, list] = {"dns": [], "res": [], "lb": []}
        for kind, size, owner in items:
            cursor += draw(st.integers(0, 5))
            first, last = cursor, cursor + size - 1
            cursor = last + 1
            placed.setdefault(kind, []).append((first, last, owner))
        lnets.append({"name": f"lnet{n}", "address_prefix": f"{ip(prefix)}/22", "gateway": ip(placed["gateway"][0][0]),
                      "dns_servers": [ip(f) for f, _, _ in placed["dns"]],
                      "ip_pool": {"start": ip(placed["pool"][0][0]), "end": ip(placed["pool"][0][1])},
                      "vlan": draw(st.integers(0, 4094))})
        reservations += [{"name": f"r{n}-{i}", "start": ip(f), "end": ip(l)} for i, (f, l, _) in enumerate(placed["res"])]
        for c in mine:
            cp = next(f for f, _, o in placed["cp"] if o == c)
            blocks = [f"{ip(f)}-{ip(l)}" for f, l, o in placed["lb"] if o == c]
            clusters_out.append((c, {
                "name": f"c{c}", "logical_network": f"lnet{n}",
                "control_plane": {"count": draw(st.sampled_from([1, 3, 5])), "ip": ip(cp)},
                "node_pools": [{"name": "nodepool1", "count": draw(st.integers(1, 5))}],
                "load_balancer": {"kind": "metallb", "name": f"lb-{c}", "advertise_mode": "ARP", "addresses": blocks}
                if blocks else None,
                "services": [],
            }))
    mgmt_base = int(IPAddress("192.168.0.0"))
    hosts = sorted(draw(st.lists(st.integers(2, 100), max_size=4, unique=True)))
    infra_start = draw(st.integers(101, 240))
    return {
        "format": "aksarc-plan", "version": 1, "platform": {"release": draw(st.sampled_from(["2405", "2411"]))},
        "management_network": {"address_prefix": "192.168.0.0/24", "gateway": "192.168.0.1",
                               "vlan": draw(st.integers(0, 4094)), "host_ips": [ip(mgmt_base + h) for h in hosts],
                               "infra_ip_pool": {"start": ip(mgmt_base + infra_start),
                                                 "end": ip(mgmt_base + infra_start + draw(st.integers(5, 10)))}},
        "logical_networks": lnets,
        "reservations": reservations,
        "clusters": [cluster for _, cluster in sorted(clusters_out, key=lambda item: item[0])],
    }


@SETTINGS
@given(clean_plans())
def test_plans_with_distinct_addresses_have_no_clashes(data):
    plan = load_plan_text(json.dumps(data))
    problems = validate(plan)
    assert not [p for p in problems if p.rule in OVERLAP_RULES], problems
    for net in [MANAGEMENT, *(n.name for n in plan.logical_networks)]:
        assert occupancy(plan, net).conflict_count() == 0


@SETTINGS
@given(clean_plans(), st.data())
def test_moving_a_control_plane_ip_into_the_pool_is_always_found(data, draw):
    if not data["clusters"]:
        return
    c = draw.draw(st.integers(0, len(data["clusters"]) - 1))
    net = next(n for n in data["logical_networks"] if n["name"] == data["clusters"][c]["logical_network"])
    first, last = int(IPAddress(net["ip_pool"]["start"])), int(IPAddress(net["ip_pool"]["end"]))
    data["clusters"][c]["control_plane"]["ip"] = ip(draw.draw(st.integers(first, last)))
    found = [p for p in validate(load_plan_text(json.dumps(data))) if p.rule == "CP-3"]
    assert [p.path for p in found] == [f"clusters[{c}].control_plane.ip"]

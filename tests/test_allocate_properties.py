"""Property tests for allocate(): random networks, clusters, services and obstacles.

The feasibility oracle is deliberately simple and sound:
- when everything to place fits in the longest free run, a layout surely exists
  (the allocator must find it, error-free, keeping every user value);
- when it needs more addresses than are free, none can exist (the allocator must
  say so, by the right amount, and return no plan);
- in between, whatever it answers must be consistent.
"""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from netaddr import IPNetwork

from aksarc_gui.domain.ipv4 import int_to_ip
from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.allocate import allocate, pool_target
from aksarc_gui.planning.budget import auto_control_plane, load_balancer_need
from aksarc_gui.planning.claims import plan_claims
from aksarc_gui.planning.ranges import count, free_gaps, largest, usable
from aksarc_gui.planning.problems import Severity
from aksarc_gui.planning.validate import validate
from tests.alloc_support import changed_outside, layout_errors

PORTS = [(80, "TCP"), (443, "TCP"), (8080, "TCP"), (53, "UDP")]


@st.composite
def services(draw):
    out = []
    for i in range(draw(st.integers(0, 3))):
        ports = draw(st.lists(st.sampled_from(PORTS), max_size=2, unique=True))
        out.append({"name": f"svc{i}", "instances": draw(st.integers(1, 4)),
                    "ports": [{"port": p, "protocol": proto} for p, proto in ports]})
    return out


@st.composite
def network(draw, index: int, with_hosts: bool):
    """A logical network with a gateway, DNS servers, reservations and (optionally) the management
    network's server IPs, all at distinct spots; returns (network, reservations, server IPs)."""
    bits = draw(st.integers(23, 29))
    prefix = IPNetwork(f"10.{16 * index}.0.0/{bits}")
    lo, hi = usable(prefix)
    spots = draw(st.lists(st.integers(lo, hi), min_size=1, max_size=6, unique=True))
    gateway, rest = spots[0], spots[1:]
    n_dns = draw(st.integers(0, min(2, len(rest))))
    dns, rest = rest[:n_dns], rest[n_dns:]
    n_hosts = draw(st.integers(0, len(rest))) if with_hosts else 0
    hosts = [int_to_ip(a) for a in rest[:n_hosts]]
    reservations = []
    for a in rest[n_hosts:]:  # each a short run that stops before the next spot already in use
        stop = min([s for s in spots if s > a] + [hi + 1]) - 1
        end = min(stop, a + draw(st.integers(0, 3)))
        reservations.append({"name": f"r-{index}-{a}", "start": int_to_ip(a), "end": int_to_ip(end), "note": ""})
    net = {"name": f"lnet-{index}", "address_prefix": str(prefix), "gateway": int_to_ip(gateway),
           "dns_servers": [int_to_ip(d) for d in dns], "ip_allocation_method": "Static", "ip_pool": None,
           "vm_switch_name": "vm-switch-01", "vlan": 10 + index}
    return net, reservations, hosts


@st.composite
def plans(draw):
    # The management network is either a subnet of its own or shares the first logical network's
    # (then its server IPs are obstacles there, and its infrastructure pool is placed last, in what the
    # logical network leaves, or left empty with a note).
    shared = draw(st.booleans())
    networks, reservations, hosts = [], [], []
    for i in range(draw(st.integers(1, 2))):
        net, res, net_hosts = draw(network(i, with_hosts=shared and i == 0))
        networks.append(net)
        reservations += res
        hosts += net_hosts
    if shared:
        # on the logical network's VLAN too: the same subnet on two VLANs is an error (MGMT-5)
        mgmt = {"address_prefix": networks[0]["address_prefix"], "gateway": networks[0]["gateway"],
                "vlan": networks[0]["vlan"], "host_ips": hosts, "infra_ip_pool": None}
    else:
        mgmt = {"address_prefix": "192.168.100.0/24", "gateway": "192.168.100.1",
                "host_ips": ["192.168.100.11", "192.168.100.12"],
                "infra_ip_pool": {"start": "192.168.100.50", "end": "192.168.100.55"}}
    clusters = []
    for i in range(draw(st.integers(0, 4))):
        lb = draw(st.sampled_from([None, "metallb", "external"]))
        clusters.append({
            "name": f"cluster{i}",
            "logical_network": draw(st.sampled_from([n["name"] for n in networks] + ["lost"])),
            "control_plane": {"count": draw(st.sampled_from([1, 3, 5])), "ip": None},
            "node_pools": [{"name": f"pool{j}", "count": draw(st.integers(1, 8))}
                           for j in range(draw(st.integers(1, 2)))],
            "load_balancer": None if lb is None else {"kind": lb, "name": f"lb-cluster{i}", "addresses": []},
            "services": draw(services()),
        })
    return Plan.model_validate({
        "platform": {"release": draw(st.sampled_from(["2405", "2411"]))},
        "management_network": mgmt,
        "logical_networks": networks, "reservations": reservations, "clusters": clusters,
    }, strict=False)


headroom = st.sampled_from([0, 10, 20, 50])


def piece_sizes(plan: Plan, net_index: int, pct: int) -> list[int]:
    """What allocation has to place on one network, computed from the budget rules directly."""
    net = plan.logical_networks[net_index]
    from fractions import Fraction
    sizes = [] if net.ip_pool is not None else [pool_target(plan, net, Fraction(pct), 0)]
    on_net = [c for c in plan.clusters if c.logical_network == net.name]
    cps = sum(1 for c in on_net if c.control_plane.ip is None and not auto_control_plane(plan, c))
    if cps:
        sizes.append(cps)
    for c in on_net:
        need = load_balancer_need(c)
        if c.load_balancer is not None and c.load_balancer.kind == "metallb":
            need = max(need, 1)  # MetalLB cannot be created without an address (LB-9)
        if c.load_balancer is not None and not c.load_balancer.addresses and need:
            sizes.append(need + -(-need * pct // 100))
    return sizes


def free_runs(plan: Plan, net_index: int) -> list[tuple[int, int]]:
    lo, hi = usable(plan.logical_networks[net_index].address_prefix)
    return free_gaps(lo, hi, [(c.first, c.last) for c in plan_claims(plan)])


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# What the generated plans may get wrong before allocation: only what is missing (pool, control plane
# IP, LB addresses) and the clusters sent to a network that does not exist.
MISSING_ONLY = {"LNET-8", "CP-1", "LB-4", "LB-9", "REF-1"}


@SETTINGS
@given(plans())
def test_generated_plans_are_clean_but_for_what_is_missing(plan):
    """Keeps the comparison "no new errors after allocation" meaningful."""
    assert {p.rule for p in validate(plan) if p.severity is Severity.ERROR} <= MISSING_ONLY


@SETTINGS
@given(plans(), headroom)
def test_complete_results_of_clean_plans_have_no_errors_at_all(plan, pct):
    doc = plan.model_dump(mode="json")
    for i, cluster in enumerate(doc["clusters"]):  # fix what allocation leaves to the user
        if cluster["logical_network"] == "lost":
            cluster["logical_network"] = "lnet-0"
        if cluster["services"] and cluster["load_balancer"] is None:
            cluster["load_balancer"] = {"kind": "metallb", "name": f"lb-cluster{i}", "addresses": []}
    clean = Plan.model_validate(doc, strict=False)
    result = allocate(clean, headroom_pct=pct)
    if result.plan is None:
        return
    event(f"checked, {len(clean.clusters)} clusters")
    assert [n for n in result.notes if "infrastructure IP pool" not in n] == []
    assert [p for p in validate(result.plan) if p.severity is Severity.ERROR] == []


@SETTINGS
@given(plans(), headroom)
def test_allocation_is_valid_or_explains_why_not(plan, pct):
    before = plan.model_dump(mode="json")
    result = allocate(plan, headroom_pct=pct)
    assert plan.model_dump(mode="json") == before  # pure: the input is untouched
    verdicts = []
    for n in range(len(plan.logical_networks)):
        sizes, runs = piece_sizes(plan, n, pct), free_runs(plan, n)
        widest = largest(runs)
        if sum(sizes) <= (widest[1] - widest[0] + 1 if widest else 0):
            verdicts.append("fits")
        elif sum(sizes) > count(runs):
            verdicts.append("too small")
        else:
            verdicts.append("maybe")
    event(f"networks: {verdicts}")
    if all(v == "fits" for v in verdicts):
        assert result.plan is not None, result.shortfall
    if "too small" in verdicts:
        assert result.plan is None
        for n, verdict in enumerate(verdicts):
            if verdict == "too small":
                missing = sum(piece_sizes(plan, n, pct)) - count(free_runs(plan, n))
                assert f"lnet-{n} " in result.shortfall and f"needs {missing} more addresses" in result.shortfall
    if result.plan is None:
        assert result.shortfall and result.changes == []
        return
    assert result.shortfall is None
    assert layout_errors(result.plan, plan) == []
    # Only fields that were empty changed, and each change is listed.
    assert changed_outside(plan, result.plan, {c.path for c in result.changes}) == []
    assert all(c.old is None for c in result.changes)
    for c in plan.clusters:
        if c.logical_network == "lost":
            assert any(c.name in note for note in result.notes)
    # Allocating a complete result again changes nothing.
    again = allocate(result.plan, headroom_pct=pct)
    assert again.changes == [] and again.plan == result.plan


@SETTINGS
@given(plans(), headroom, st.data())
def test_user_set_values_survive_reallocation(plan, pct, data):
    """Fill everything, forget some of it, fill again: what was kept stays, the rest is valid again."""
    first = allocate(plan, headroom_pct=pct)
    if first.plan is None or not first.changes:
        return
    forget = data.draw(st.sets(st.sampled_from([c.path for c in first.changes])))
    doc = first.plan.model_dump(mode="json")
    for path in forget:
        if path == "management_network.infra_ip_pool":
            doc["management_network"]["infra_ip_pool"] = None
            continue
        head, _, rest = path.partition("[")
        index, field = int(rest.split("]")[0]), rest.split("].", 1)[1]
        target = doc[head][index]
        if field == "ip_pool":
            target["ip_pool"] = None
        elif field == "control_plane.ip":
            target["control_plane"]["ip"] = None
        else:
            target["load_balancer"]["addresses"] = []
    partial = Plan.model_validate(doc, strict=False)
    second = allocate(partial, headroom_pct=pct)
    assert second.plan is not None, second.shortfall  # the first layout proves one exists
    assert {c.path for c in second.changes} == forget
    assert changed_outside(partial, second.plan, forget) == []
    assert layout_errors(second.plan, plan) == []


@SETTINGS
@given(plans(), headroom)
def test_a_suggested_wider_prefix_really_fits(plan, pct):
    result = allocate(plan, headroom_pct=pct)
    if result.plan is not None or "would fit" not in result.shortfall:
        return
    doc = plan.model_dump(mode="json")
    for line in result.shortfall.splitlines():
        if "would fit" not in line:
            continue
        name = line.split(" ", 1)[0]
        wider = line.rsplit("(", 1)[1].split(")")[0]
        next(n for n in doc["logical_networks"] if n["name"] == name)["address_prefix"] = wider
    widened = allocate(Plan.model_validate(doc, strict=False), headroom_pct=pct)
    if all("would fit" in line for line in result.shortfall.splitlines()):
        assert widened.plan is not None, widened.shortfall
        assert layout_errors(widened.plan, plan) == []


addresses = st.integers(0, 2**32 - 1).map(int_to_ip)


@st.composite
def odd_plans(draw):
    """Plans with anything anywhere: reversed ranges, addresses outside their prefix, /31 and /32,
    host bits, duplicate names, a control plane count of 0."""
    nets = []
    for i in range(draw(st.integers(0, 2))):
        base = draw(addresses)
        pool = draw(st.none() | st.tuples(addresses, addresses))
        nets.append({"name": draw(st.sampled_from(["a", "b"])),
                     "address_prefix": f"{base}/{draw(st.integers(8, 32))}",
                     "gateway": draw(st.none() | addresses), "dns_servers": draw(st.lists(addresses, max_size=2)),
                     "ip_allocation_method": draw(st.sampled_from(["Static", "Dynamic"])),
                     "ip_pool": None if pool is None else {"start": pool[0], "end": pool[1]}})
    clusters = []
    for i in range(draw(st.integers(0, 3))):
        lb = draw(st.none() | st.lists(st.tuples(addresses, addresses).map(lambda t: f"{t[0]}-{t[1]}"), max_size=2))
        clusters.append({"name": f"c{i}", "logical_network": draw(st.sampled_from(["a", "b", "x"])),
                         "control_plane": {"count": draw(st.integers(0, 5)), "ip": draw(st.none() | addresses)},
                         "node_pools": [{"name": "pool1", "count": draw(st.integers(0, 70))}],
                         "load_balancer": None if lb is None else {"addresses": lb},
                         "services": draw(services())})
    reservations = [{"name": "r", "start": s, "end": e} for s, e in draw(st.lists(st.tuples(addresses, addresses),
                                                                                   max_size=2))]
    return Plan.model_validate({"platform": {"release": draw(st.sampled_from(["2405", "2411", "next"]))},
                                "logical_networks": nets, "clusters": clusters, "reservations": reservations},
                               strict=False)


@settings(max_examples=300, deadline=None)
@given(odd_plans(), headroom, st.integers(0, 5))
def test_any_loadable_plan_gets_an_answer_not_an_exception(plan, pct, extra):
    result = allocate(plan, headroom_pct=pct, extra_nodes=extra)
    assert (result.plan is None) == bool(result.shortfall)
    paths = [c.path for c in result.changes]
    assert len(paths) == len(set(paths))  # nothing placed twice
    if result.plan is not None:
        assert changed_outside(plan, result.plan, {c.path for c in result.changes}) == []
        assert allocate(result.plan, headroom_pct=pct, extra_nodes=extra).changes == []

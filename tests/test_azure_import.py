"""Reading az output and importing it as deployed plan objects (docs/import.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aksarc_gui.azure_import import AzureReadError, read_files, read_text
from aksarc_gui.azure_import.merge import import_plan, merge
from aksarc_gui.cli import main
from aksarc_gui.domain import load_plan
from aksarc_gui.domain.io import dump_plan_text
from tests.az_support import ALL, FIXTURES, fixture, write


def test_fixtures_read_in_any_order_to_the_same_snapshot():
    forward, backward = read_files(ALL), read_files(list(reversed(ALL)))
    assert sorted(n.name for n in forward.networks) == ["aks-lnet-01", "lnet-flat", "lnet-vip-only"]
    assert {n.name for n in backward.networks} == {n.name for n in forward.networks}
    assert forward.notes == []


def test_logical_network_fields_come_from_the_spec_paths():
    snap = read_files([str(FIXTURES / "lnet-list.json")])
    lnet = snap.network("aks-lnet-01")
    assert lnet.gateway == "10.220.32.1"  # the 0.0.0.0/0 route's next hop
    assert lnet.dns_servers == ("10.220.32.16", "10.220.32.17")
    assert [(p.start, p.end, p.kind) for p in lnet.pools] == [
        ("10.220.32.18", "10.220.32.38", "vm"), ("10.220.32.200", "10.220.32.209", "vippool")]
    assert lnet.pools[0].used == 9  # info.used is a string in the spec
    assert (lnet.vlan, lnet.vm_switch_name) == (32, "ConvergedSwitch(management_compute_storage)")
    flat = snap.network("lnet-flat")
    assert (flat.gateway, flat.vlan, flat.dns_servers) == (None, None, ())  # no routes, null vlan, null DNS


def test_cluster_network_control_plane_and_pools():
    snap = read_files([str(FIXTURES / "aksarc-list.json"), str(FIXTURES / "nodepool-list.json")])
    a = snap.cluster("cluster-a")
    assert (a.network, a.control_plane_ip, a.control_plane_count) == ("aks-lnet-01", "10.220.32.40", 3)
    pools = {p.name: p for p in snap.pools_of(a)}
    assert pools["nodepool1"].count == 3  # the agent pool resource is newer than the profile's 2
    assert (pools["winpool"].os_type, pools["winpool"].autoscale, pools["winpool"].max_count) == ("Windows", True, 3)


def test_nic_reference_accepts_upper_case_id_and_skips_unassigned_configs():
    snap = read_files([str(FIXTURES / "nic-list.json")])
    assert [(n.name, n.ip, n.network, n.vm) for n in snap.nics] == [
        ("vm-jump-nic", "10.220.32.60", "aks-lnet-01", "vm-jump"), ("build-agent-nic", "10.220.32.20", "aks-lnet-01", "")]


def test_flattened_and_nested_load_balancer_shapes_read_alike(tmp_path):
    flat = fixture("lb-list.json")
    nested = [{k: v for k, v in flat[0].items() if k not in ("addresses", "advertiseMode")}]
    nested[0]["properties"] = {"addresses": flat[0]["addresses"], "advertiseMode": "ARP"}
    a = read_files([write(tmp_path, "a.json", flat)]).load_balancers
    b = read_files([write(tmp_path, "b.json", nested)]).load_balancers
    assert a == b and a[0].cluster == "cluster-a"


def test_rest_list_shape_and_show_of_a_listed_resource(tmp_path):
    listed = fixture("lnet-list.json")
    path = write(tmp_path, "rest.json", {"value": listed, "nextLink": None})
    show = write(tmp_path, "show.json", listed[0])
    snap = read_files([path, show])
    assert len(snap.networks) == 2  # the show duplicates a listed network: kept once


def test_utf16_file_from_windows_powershell(tmp_path):
    path = tmp_path / "ps.json"
    path.write_bytes((FIXTURES / "lb-list.json").read_text(encoding="utf-8").encode("utf-16"))
    assert read_files([str(path)]).load_balancers[0].name == "lb-cluster-a"


def test_unknown_field_is_a_warning_naming_file_and_path(tmp_path):
    doc = fixture("lnet-list.json")
    doc[0]["properties"]["subnets"][0]["properties"]["shinyNewField"] = 1
    snap = read_files([write(tmp_path, "new.json", doc)])
    assert len(snap.notes) == 1
    assert "new.json: [0].properties.subnets[0].properties.shinyNewField: unknown field" in snap.notes[0]


# -- error paths: each names the file and the JSON path ------------------------------------------

def _lnet(mutate):
    doc = fixture("lnet-list.json")
    mutate(doc)
    return doc


ERRORS = [
    ("missing subnets", lambda d: d[0]["properties"].pop("subnets"), "[0].properties.subnets", "required field is missing"),
    ("empty subnets", lambda d: d[0]["properties"].__setitem__("subnets", []), "[0].properties.subnets", "without a subnet"),
    ("missing name", lambda d: d[1].pop("name"), "[1].name", "required field is missing"),
    ("missing prefix", lambda d: d[0]["properties"]["subnets"][0]["properties"].pop("addressPrefix"),
     "[0].properties.subnets[0].properties.addressPrefix", "required field is missing"),
    ("empty prefixes", lambda d: (d[0]["properties"]["subnets"][0]["properties"].pop("addressPrefix"),
                                  d[0]["properties"]["subnets"][0]["properties"].__setitem__("addressPrefixes", [])),
     "[0].properties.subnets[0].properties.addressPrefixes", "has no address prefix"),
    ("bad prefix", lambda d: d[0]["properties"]["subnets"][0]["properties"].__setitem__("addressPrefix", "10.0.0.0/33"),
     "addressPrefix", "is not an IPv4 network"),
    ("ipv6 gateway", lambda d: d[0]["properties"]["subnets"][0]["properties"]["routeTable"]["properties"]["routes"][0][
        "properties"].__setitem__("nextHopIpAddress", "fe80::1"), "nextHopIpAddress", "is not an IPv4 address"),
    ("pool end missing", lambda d: d[0]["properties"]["subnets"][0]["properties"]["ipPools"][0].pop("end"),
     "ipPools[0].end", "required field is missing"),
    ("vlan text", lambda d: d[0]["properties"]["subnets"][0]["properties"].__setitem__("vlan", "ten"),
     "[0].properties.subnets[0].properties.vlan", "expected a whole number"),
    ("vlan range", lambda d: d[0]["properties"]["subnets"][0]["properties"].__setitem__("vlan", 5000), "vlan", "4094"),
    ("method", lambda d: d[0]["properties"]["subnets"][0]["properties"].__setitem__("ipAllocationMethod", "Magic"),
     "ipAllocationMethod", "is not one of"),
    ("info used text", lambda d: d[0]["properties"]["subnets"][0]["properties"]["ipPools"][0]["info"].__setitem__(
        "used", "many"), "info.used", "expected a whole number"),
    ("dns not list", lambda d: d[0]["properties"]["dhcpOptions"].__setitem__("dnsServers", "10.0.0.1"),
     "dhcpOptions.dnsServers", "expected a list"),
    ("pool type", lambda d: d[0]["properties"]["subnets"][0]["properties"]["ipPools"][0].__setitem__("ipPoolType", "lb"),
     "ipPoolType", "is not one of"),
    ("unknown type", lambda d: d[0].__setitem__("type", "Microsoft.Compute/virtualMachines"), "[0].type", "not one the planner"),
    ("unknown shape", lambda d: d.__setitem__(0, {"name": "x", "properties": {"foo": 1}}), "[0]", "not a resource az prints"),
    ("not an object", lambda d: d.__setitem__(0, "aks-lnet-01"), "[0]", "expected an object"),
]


@pytest.mark.parametrize("label, mutate, path, message", ERRORS, ids=[e[0] for e in ERRORS])
def test_bad_logical_network_names_file_and_path(tmp_path, label, mutate, path, message):
    source = write(tmp_path, "lnets.json", _lnet(mutate))
    with pytest.raises(AzureReadError) as info:
        read_files([source])
    assert info.value.source == source
    assert path in info.value.path and message in info.value.message, str(info.value)


def _cluster_error(tmp_path, mutate):
    doc = fixture("aksarc-list.json")
    mutate(doc)
    with pytest.raises(AzureReadError) as info:
        read_files([write(tmp_path, "c.json", doc)])
    return info.value


def test_cluster_error_paths(tmp_path):
    e = _cluster_error(tmp_path, lambda d: d[0]["properties"].pop("controlPlane"))
    assert (e.path, e.message) == ("[0].properties.controlPlane", "required field is missing")
    e = _cluster_error(tmp_path, lambda d: d[0]["properties"]["cloudProviderProfile"]["infraNetworkProfile"].pop("vnetSubnetIds"))
    assert e.path == "[0].properties.cloudProviderProfile.infraNetworkProfile.vnetSubnetIds"
    e = _cluster_error(tmp_path, lambda d: d[0].__setitem__("id", "/subscriptions/s/resourceGroups/rg"))
    assert e.path == "[0].id" and "connectedClusters" in e.message  # and its name is "default"
    doc = fixture("aksarc-list.json")
    doc[1].pop("id")  # the spec's own example names the resource after the cluster: that name is used
    assert read_files([write(tmp_path, "c.json", doc)]).clusters[1].name == "cluster-b"
    e = _cluster_error(tmp_path, lambda d: d[0]["properties"]["agentPoolProfiles"][0].__setitem__("count", "two"))
    assert e.path == "[0].properties.agentPoolProfiles[0].count"
    e = _cluster_error(tmp_path, lambda d: d[0]["properties"]["agentPoolProfiles"][0].__setitem__("osType", "BeOS"))
    assert e.path.endswith("osType") and "Linux, Windows" in e.message
    e = _cluster_error(tmp_path, lambda d: d[0]["properties"]["controlPlane"]["controlPlaneEndpoint"].__setitem__(
        "hostIP", "10.220.32.400"))
    assert e.path.endswith("controlPlaneEndpoint.hostIP")


def test_node_pool_and_load_balancer_error_paths(tmp_path):
    pools = fixture("nodepool-list.json")
    pools[1]["properties"].pop("maxCount")
    with pytest.raises(AzureReadError, match=r"\[1\]\.properties\.maxCount: the autoscaler is on"):
        read_files([write(tmp_path, "p.json", pools)])
    pools = fixture("nodepool-list.json")
    pools[0]["id"] = "/subscriptions/s/resourceGroups/rg/providers/X/agentPools/nodepool1"
    with pytest.raises(AzureReadError, match=r"\[0\]\.id: the node pool's cluster"):
        read_files([write(tmp_path, "p.json", pools)])
    lbs = fixture("lb-list.json")
    lbs[0]["addresses"] = ["10.220.32.50-10.220.32.5x"]
    with pytest.raises(AzureReadError, match=r"\[0\]\.addresses\[0\]: .* is not an IPv4 address, range or network"):
        read_files([write(tmp_path, "l.json", lbs)])
    lbs = fixture("lb-list.json")
    lbs[0]["advertiseMode"] = "OSPF"
    with pytest.raises(AzureReadError, match=r"\[0\]\.advertiseMode"):
        read_files([write(tmp_path, "l.json", lbs)])


def test_file_level_errors(tmp_path):
    with pytest.raises(AzureReadError, match="not JSON") as info:
        read_text("Please run 'az login' to setup account.", "login.txt")
    assert info.value.source == "login.txt"
    with pytest.raises(AzureReadError, match="cannot read the file"):
        read_files([str(tmp_path / "absent.json")])
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\x80\x81\x82")
    with pytest.raises(AzureReadError, match="not UTF-8"):
        read_files([str(binary)])


def test_hostile_files_are_refused_with_a_message(tmp_path):
    import os
    if hasattr(os, "mkfifo"):  # a pipe would block open() and read() forever
        fifo = tmp_path / "pipe.json"
        os.mkfifo(fifo)
        with pytest.raises(AzureReadError, match="not a regular file"):
            read_files([str(fifo)])
    with pytest.raises(AzureReadError, match="a number too long"):
        read_text('{"a": ' + "1" * 5000 + "}", "big.json")
    with pytest.raises(AzureReadError, match="nesting too deep"):
        read_text("[" * 100_000 + "]" * 100_000, "deep.json")
    for bad in ("²", "1" * 40, "NaN"):  # "²" is a digit to str.isdigit; NaN is no count
        e = _cluster_error(tmp_path, lambda d, v=bad: d[0]["properties"]["agentPoolProfiles"][0].__setitem__(
            "count", v))
        assert e.path == "[0].properties.agentPoolProfiles[0].count", bad
    e = _cluster_error(tmp_path, lambda d: d[0]["properties"]["agentPoolProfiles"][0].__setitem__(
        "count", float("inf")))
    assert e.path == "[0].properties.agentPoolProfiles[0].count"


def test_the_same_resource_with_different_values_is_refused(tmp_path):
    listed = fixture("lnet-list.json")
    changed = json.loads(json.dumps(listed[0]))
    changed["properties"]["subnets"][0]["properties"]["vlan"] = 33
    with pytest.raises(AzureReadError, match="also in .*lnets.json: \\[0\\] with different values"):
        read_files([write(tmp_path, "lnets.json", listed), write(tmp_path, "show.json", changed)])


# -- merge ---------------------------------------------------------------------------------------

def test_import_marks_everything_deployed_and_checks_clean():
    plan = import_plan(read_files(ALL)).plan
    assert all(n.deployed for n in plan.logical_networks)
    assert all(c.deployed and all(p.deployed for p in c.node_pools) for c in plan.clusters)
    assert plan.clusters[0].load_balancer.deployed
    reservations = {r.name: r for r in plan.reservations}
    assert reservations["vm-jump-nic"].note == "in use by VM vm-jump (network interface vm-jump-nic)"
    assert "build-agent-nic" not in reservations  # inside the pool: Azure's own allocation, not a reservation
    assert {"aks-lnet-01/pool-vip", "lnet-flat/pool-2", "lnet-vip-only/vips"} <= set(reservations)
    assert plan.azure.subscription_id == "00000000-0000-0000-0000-000000000000"


def test_merge_keeps_planned_objects_and_takes_azure_values(jane):
    snap = read_files([str(FIXTURES / "lnet-list.json"), str(FIXTURES / "aksarc-list.json")])
    result = merge(jane, snap)
    plan = result.plan
    names = [c.name for c in plan.clusters]
    assert names == ["cluster-a", "cluster-b"]
    a = plan.clusters[0]
    assert a.deployed and a.control_plane.ip is not None and str(a.control_plane.ip) == "10.220.32.40"
    assert a.services == jane.clusters[0].services  # what only the plan knows is kept
    assert not a.load_balancer.deployed  # no load balancer file was read: still planned
    assert jane.clusters[0].deployed is False  # the input plan is untouched
    assert "cluster cluster-a" in result.updated


def test_cluster_on_a_network_in_no_file_gets_a_note():
    snap = read_files([str(FIXTURES / "aksarc-list.json")])
    result = import_plan(snap)
    assert any("aks-lnet-01 is in no file read" in n for n in result.notes)


# -- the command ---------------------------------------------------------------------------------

def test_cli_import_writes_a_plan_that_loads(tmp_path, capsys):
    out = tmp_path / "deployed.aksplan"
    assert main(["import", "--az", *ALL, "--output", str(out), "--name", "Lab", "--release", "2411"]) == 0
    plan = load_plan(out)
    assert plan.name == "Lab" and plan.platform.release == "2411"
    assert "added cluster cluster-a (deployed)" in capsys.readouterr().err
    assert dump_plan_text(plan) == out.read_text(encoding="utf-8")


@pytest.mark.parametrize("strict", [False, True])
def test_cli_import_writes_nothing_on_error(tmp_path, capsys, strict):
    out = tmp_path / "plan.aksplan"
    out.write_text("keep me", encoding="utf-8")
    doc = fixture("nic-list.json")
    if strict:
        doc[0]["properties"]["futureField"] = True
    else:
        doc[0]["properties"]["ipConfigurations"][0]["properties"]["privateIPAddress"] = "10.220.32.999"
    bad = write(tmp_path, "nics.json", doc)
    args = ["import", "--az", str(FIXTURES / "lnet-list.json"), bad, "-o", str(out)] + (["--strict"] if strict else [])
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "nics.json: [0].properties." in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "keep me"


def test_cli_import_into_an_existing_plan(tmp_path, jane):
    from aksarc_gui.domain import save_plan

    base = tmp_path / "jane.aksplan"
    save_plan(jane, base)
    out = tmp_path / "merged.aksplan"
    assert main(["import", "--az", str(FIXTURES / "lnet-list.json"), "--into", str(base), "-o", str(out)]) == 0
    merged = load_plan(out)
    assert merged.name == jane.name and merged.network("aks-lnet-01").deployed
    assert merged.network("lnet-flat").deployed
    assert main(["import", "--az", str(FIXTURES / "lnet-list.json"), "--into", str(tmp_path / "nope"), "-o", str(out)]) == 2


def test_old_plans_load_and_save_unchanged(jane):
    from aksarc_gui.assets import sample_plan_path

    assert dump_plan_text(jane) == Path(sample_plan_path()).read_text(encoding="utf-8")
    assert '"deployed"' not in dump_plan_text(jane)


def test_nic_and_load_balancer_reference_errors(tmp_path):
    nics = fixture("nic-list.json")
    nics[0]["properties"]["ipConfigurations"][0]["properties"]["subnet"] = {"name": "aks-lnet-01"}
    with pytest.raises(AzureReadError) as info:
        read_files([write(tmp_path, "n.json", nics)])
    assert (info.value.path, info.value.message) == (
        "[0].properties.ipConfigurations[0].properties.subnet.id", "required field is missing")
    lbs = fixture("lb-list.json")
    del lbs[0]["id"]
    with pytest.raises(AzureReadError, match=r"\[0\]\.id: required field is missing"):
        read_files([write(tmp_path, "l.json", lbs)])
    lbs = fixture("lb-list.json")
    del lbs[0]["addresses"]
    with pytest.raises(AzureReadError, match=r"\[0\]\.addresses: required field is missing"):
        read_files([write(tmp_path, "l.json", lbs)])


def test_orphan_node_pools_and_load_balancers(tmp_path, jane):
    snap = read_files([str(FIXTURES / "nodepool-list.json"), str(FIXTURES / "lb-list.json")])
    alone = import_plan(snap)
    assert any("node pool winpool: its cluster cluster-a is neither in the files nor in the plan" in n for n in alone.notes)
    assert any("load balancer lb-cluster-a: its cluster cluster-a is neither" in n for n in alone.notes)
    assert alone.plan.clusters == []
    lbs = fixture("lb-list.json")
    lbs[0]["name"] = "lb-other"
    merged = merge(jane, read_files([str(FIXTURES / "nodepool-list.json"), write(tmp_path, "lb.json", lbs)]))
    cluster = merged.plan.clusters[0]
    assert [p.name for p in cluster.node_pools] == ["nodepool1", "winpool"] and cluster.node_pools[0].count == 3
    assert not cluster.deployed  # only its pools and load balancer were read
    assert cluster.load_balancer.name == "lb-other" and cluster.load_balancer.deployed
    assert any("the planned load balancer lb-cluster-a was replaced by lb-other" in n for n in merged.notes)


def test_reimport_replaces_deployed_reservations_instead_of_adding_more():
    once = import_plan(read_files(ALL)).plan
    twice = merge(once, read_files(ALL)).plan
    assert dump_plan_text(twice) == dump_plan_text(once)


def test_empty_list_imports_nothing_and_says_so(tmp_path, capsys):
    out = tmp_path / "p.aksplan"
    assert main(["import", "--az", write(tmp_path, "empty.json", []), "-o", str(out)]) == 0
    assert "The files hold no logical network" in capsys.readouterr().err
    assert load_plan(out).logical_networks == []


def _flatten(doc: dict) -> dict:
    flat = {k: v for k, v in doc.items() if k != "properties"}
    flat.update(doc["properties"])
    return flat


def test_flattened_output_of_every_type_reads_like_the_rest_shape(tmp_path):
    nested = read_files(ALL)
    files = []
    for path in ALL:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        items = doc if isinstance(doc, list) else [doc]
        flat = [_flatten(d) if "properties" in d else d for d in items]
        files.append(write(tmp_path, Path(path).name, flat if isinstance(doc, list) else flat[0]))
    flat = read_files(files)
    assert flat.notes == []  # the properties' members are known at the top level too
    assert (flat.networks, flat.clusters, flat.agent_pools, flat.nics, flat.load_balancers) == (
        nested.networks, nested.clusters, nested.agent_pools, nested.nics, nested.load_balancers)


def test_a_network_id_in_other_case_still_names_the_network(tmp_path):
    clusters = fixture("aksarc-list.json")
    profile = clusters[0]["properties"]["cloudProviderProfile"]["infraNetworkProfile"]
    profile["vnetSubnetIds"] = [profile["vnetSubnetIds"][0].replace("logicalNetworks/aks-lnet-01", "logicalnetworks/AKS-LNET-01")]
    files = [str(FIXTURES / "lnet-list.json"), write(tmp_path, "c.json", clusters)]
    plan = import_plan(read_files(files)).plan
    assert plan.clusters[0].logical_network == "aks-lnet-01"
    from aksarc_gui.azure_import.diff import diff

    assert diff(plan, read_files(files)) == []

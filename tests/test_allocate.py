"""allocate(plan): worked examples, the shortfall messages and `aksarc-plan allocate`."""

from __future__ import annotations

import json

import pytest

from aksarc_gui.cli import main
from aksarc_gui.domain import load_plan, load_plan_text
from aksarc_gui.domain.io import dump_plan_text
from aksarc_gui.planning.allocate import allocate
from aksarc_gui.planning.budget import budget
from aksarc_gui.planning.validate import validate
from tests.alloc_support import changed_outside, layout_errors


def _blank(data: dict) -> dict:
    """Jane's plan with the pool, the control plane IPs and the LB addresses removed."""
    data["logical_networks"][0]["ip_pool"] = None
    for cluster in data["clusters"]:
        cluster["control_plane"]["ip"] = None
    data["clusters"][0]["load_balancer"]["addresses"] = []
    return data


def _plan(data: dict):
    return load_plan_text(json.dumps(data))


def test_jane_without_addresses_gets_the_natural_layout(jane_data):
    plan = _plan(_blank(jane_data))
    before = dump_plan_text(plan)
    result = allocate(plan)
    assert result.shortfall is None and result.plan is not None
    assert dump_plan_text(plan) == before  # the input is not touched
    got = result.plan
    assert layout_errors(got) == []
    # Pool right after the DNS servers (.16/.17): 14 needed + 20% (2.8 -> 3) = 17 addresses.
    assert (str(got.logical_networks[0].ip_pool.start), str(got.logical_networks[0].ip_pool.end)) == \
        ("10.220.32.18", "10.220.32.34")
    # Control plane IPs side by side after the pool.
    assert [str(c.control_plane.ip) for c in got.clusters] == ["10.220.32.35", "10.220.32.36"]
    # The LB range: need 3 + 20% (0.6 -> 1) = 4, starting on a multiple of 8.
    assert [str(a) for a in got.clusters[0].load_balancer.addresses] == ["10.220.32.40-10.220.32.43"]
    assert got.clusters[1].load_balancer is None  # cluster B has no load balancer: left alone
    assert [(c.path, c.old, c.new) for c in result.changes] == [
        ("logical_networks[0].ip_pool", None, "10.220.32.18-10.220.32.34"),
        ("clusters[0].control_plane.ip", None, "10.220.32.35"),
        ("clusters[0].load_balancer.addresses", None, "10.220.32.40-10.220.32.43"),
        ("clusters[1].control_plane.ip", None, "10.220.32.36"),
    ]
    assert changed_outside(plan, got, {c.path for c in result.changes}) == []


def test_complete_plan_is_left_as_it_is(jane):
    result = allocate(jane)
    assert result.changes == [] and result.shortfall is None
    assert dump_plan_text(result.plan) == dump_plan_text(jane)


def test_user_values_are_kept_and_only_gaps_filled(jane_data):
    jane_data["clusters"][1]["control_plane"]["ip"] = None  # only this one is missing
    result = allocate(_plan(jane_data))
    assert [(c.path, c.new) for c in result.changes] == [("clusters[1].control_plane.ip", "10.220.32.39")]
    assert layout_errors(result.plan) == []


def test_headroom_and_extra_nodes_size_the_pool(jane_data):
    plan = _plan(_blank(jane_data))
    for pct, extra, size in [(0, 0, 14), (20, 0, 17), (50, 0, 21), (0, 6, 20), (10, 6, 22)]:
        got = allocate(plan, headroom_pct=pct, extra_nodes=extra).plan
        assert budget(got).network("aks-lnet-01").pool_size == size, (pct, extra)
        lb = got.clusters[0].load_balancer.addresses[0]
        assert lb.size == 3 + -(-3 * pct // 100)
        assert layout_errors(got) == []


def test_release_2411_leaves_control_plane_ips_to_the_platform(jane_data):
    data = _blank(jane_data)
    data["platform"]["release"] = "2411"
    result = allocate(_plan(data), headroom_pct=0)
    assert [c.control_plane.ip for c in result.plan.clusters] == [None, None]
    # ... and the pool holds them instead: 14 + 2 automatic control plane IPs.
    assert budget(result.plan).network("aks-lnet-01").pool_size == 16
    assert not any("control_plane" in c.path for c in result.changes)


def test_a_28_is_too_small_and_says_by_how_much(jane_data):
    data = _blank(jane_data)
    data["logical_networks"][0]["address_prefix"] = "10.220.32.0/28"
    data["logical_networks"][0]["dns_servers"] = ["10.220.32.2"]
    plan = _plan(data)
    result = allocate(plan)
    assert result.plan is None and result.changes == []
    # 17 pool + 2 control plane + 4 LB = 23; a /28 has 14 hosts, minus gateway and DNS = 12 free.
    assert "needs 23 addresses but only 12 are free" in result.shortfall
    assert "11 more addresses" in result.shortfall
    assert "pool for 10 node VMs; the clusters have 12" in result.shortfall
    assert "A /27 (10.220.32.0/27) would fit." in result.shortfall
    data["logical_networks"][0]["address_prefix"] = "10.220.32.0/27"
    assert layout_errors(allocate(_plan(data)).plan) == []


def test_headroom_that_does_not_fit_says_which_does(jane_data):
    data = _blank(jane_data)
    data["logical_networks"][0]["address_prefix"] = "10.220.32.0/27"
    data["logical_networks"][0]["dns_servers"] = ["10.220.32.2"]
    # 28 free addresses; 100% would need 28 + 2 + 6 = 36; 50% needs 21 + 2 + 5 = 28 exactly.
    result = allocate(_plan(data), headroom_pct=100)
    assert result.plan is None
    assert "needs 8 more addresses" in result.shortfall
    assert "It fits with a headroom of 50% (asked: 100%)." in result.shortfall
    assert layout_errors(allocate(_plan(data), headroom_pct=50).plan) == []
    assert allocate(_plan(data), headroom_pct=51).plan is None


def test_fragmented_space_is_reported_as_such(jane_data):
    data = _blank(jane_data)
    data["logical_networks"][0]["address_prefix"] = "10.220.32.0/26"
    data["logical_networks"][0]["dns_servers"] = ["10.220.32.2"]
    # Reservations every 8 addresses: plenty of free addresses, no run of 17.
    data["reservations"] = [{"name": f"r{i}", "start": f"10.220.32.{i}", "end": f"10.220.32.{i}", "note": ""}
                            for i in range(8, 63, 8)]
    result = allocate(_plan(data))
    assert result.plan is None
    assert "in ranges too short" in result.shortfall and "needs 17 addresses in a row" in result.shortfall


def test_everything_claimed_is_avoided(jane_data):
    data = _blank(jane_data)
    data["reservations"] = [{"name": "printers", "start": "10.220.32.18", "end": "10.220.32.30", "note": ""}]
    data["management_network"]["address_prefix"] = "10.220.32.0/24"  # one subnet for everything
    data["management_network"]["gateway"] = "10.220.32.1"
    data["management_network"]["vlan"] = 32  # the logical network's VLAN: one subnet on two VLANs is MGMT-5
    data["management_network"]["host_ips"] = ["10.220.32.31", "10.220.32.32"]
    data["management_network"]["infra_ip_pool"] = {"start": "10.220.32.33", "end": "10.220.32.38"}
    result = allocate(_plan(data))
    assert layout_errors(result.plan) == []
    pool = result.plan.logical_networks[0].ip_pool
    assert (str(pool.start), str(pool.end)) == ("10.220.32.39", "10.220.32.55")


def test_unknown_network_is_reported_and_its_cluster_left_alone(jane_data):
    data = _blank(jane_data)
    data["clusters"][1]["logical_network"] = "nowhere"
    result = allocate(_plan(data))
    assert result.plan.clusters[1].control_plane.ip is None
    assert any("cluster-b" in n and "nowhere" in n for n in result.notes)
    assert not any(c.path.startswith("clusters[1]") for c in result.changes)


def test_network_without_clusters_still_gets_a_pool(jane_data):
    data = _blank(jane_data)
    data["logical_networks"].append({**data["logical_networks"][0], "name": "spare",
                                     "address_prefix": "10.220.40.0/24", "gateway": "10.220.40.1",
                                     "dns_servers": []})
    result = allocate(_plan(data), headroom_pct=0)
    pool = result.plan.logical_networks[1].ip_pool
    assert (str(pool.start), str(pool.end)) == ("10.220.40.2", "10.220.40.4")


def test_overlapping_networks_do_not_get_the_same_addresses(jane_data):
    data = _blank(jane_data)
    twin = json.loads(json.dumps(data["logical_networks"][0]))
    twin["name"] = "aks-lnet-02"
    data["logical_networks"].append(twin)
    data["clusters"][1]["logical_network"] = "aks-lnet-02"
    result = allocate(_plan(data))
    assert layout_errors(result.plan) == []


def test_negative_headroom_is_refused(jane):
    with pytest.raises(ValueError):
        allocate(jane, headroom_pct=-1)


# -- the command line ---------------------------------------------------------------------------

def test_cli_writes_the_completed_plan_and_lists_changes(jane_data, tmp_path, capsys):
    src, dst = tmp_path / "in.aksplan", tmp_path / "out.aksplan"
    src.write_text(json.dumps(_blank(jane_data)), encoding="utf-8")
    assert main(["allocate", str(src), "--headroom", "0", "--output", str(dst)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    # Without headroom the 14 pool addresses fit between the gateway and the DNS servers.
    assert "logical_networks[0].ip_pool: (empty) -> 10.220.32.2-10.220.32.15" in captured.err
    assert "clusters[1].control_plane.ip: (empty) -> 10.220.32.19" in captured.err
    assert layout_errors(load_plan(dst)) == []
    assert main(["allocate", str(dst)]) == 0  # already complete: the same plan, to stdout
    captured = capsys.readouterr()
    assert captured.out == dst.read_text(encoding="utf-8")
    assert "Nothing to allocate" in captured.err


def test_cli_no_layout_fits_exits_1_and_writes_nothing(jane_data, tmp_path, capsys):
    data = _blank(jane_data)
    data["logical_networks"][0]["address_prefix"] = "10.220.32.0/28"
    src, dst = tmp_path / "in.aksplan", tmp_path / "out.aksplan"
    src.write_text(json.dumps(data), encoding="utf-8")
    assert main(["allocate", str(src), "-o", str(dst)]) == 1
    captured = capsys.readouterr()
    assert not dst.exists() and captured.out == ""
    assert "no layout fits" in captured.err and "would fit" in captured.err


def test_cli_unloadable_plan_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.aksplan"
    bad.write_text("{", encoding="utf-8")
    assert main(["allocate", str(bad)]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_cli_refuses_a_negative_headroom(jane_data, tmp_path, capsys):
    src = tmp_path / "in.aksplan"
    src.write_text(json.dumps(jane_data), encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["allocate", str(src), "--headroom", "-5"])
    assert exc.value.code == 2
    assert "expected a whole number >= 0" in capsys.readouterr().err


def test_cli_unwritable_output_exits_2(jane_data, tmp_path, capsys):
    src = tmp_path / "in.aksplan"
    src.write_text(json.dumps(_blank(jane_data)), encoding="utf-8")
    assert main(["allocate", str(src), "-o", str(tmp_path / "missing-dir" / "out.aksplan")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_a_metallb_load_balancer_without_services_gets_one_address(jane_data):
    data = _blank(jane_data)
    data["clusters"][1]["load_balancer"] = {"kind": "metallb", "name": "lb-b", "advertise_mode": "ARP",
                                            "addresses": []}
    result = allocate(_plan(data), headroom_pct=0)
    lb = result.plan.clusters[1].load_balancer
    assert sum(a.size for a in lb.addresses) == 1  # MetalLB cannot be created without one (LB-9)
    assert "LB-9" not in {p.rule for p in validate(result.plan)}
    data["clusters"][1]["load_balancer"]["kind"] = "external"  # reserves addresses only: none needed
    assert allocate(_plan(data), headroom_pct=0).plan.clusters[1].load_balancer.addresses == []

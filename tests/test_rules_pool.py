"""Pool budget rules: POOL-1 and POOL-2 are the terms of the count, POOL-3 reports a pool that is too small."""

from __future__ import annotations

from aksarc_gui.planning.problems import Severity
from rule_helpers import check, of_rule, one, plan_of, silent

POOL = "logical_networks[0].ip_pool"


def _pool(data, end):
    data["logical_networks"][0]["ip_pool"] = {"start": "10.220.32.18", "end": end}


def test_pool_3_exactly_enough_is_fine(jane_data):
    _pool(jane_data, "10.220.32.31")  # 14 addresses: 12 node VMs + 2 upgrade IPs
    assert silent(jane_data, "POOL-3")


def test_pool_3_one_short_is_an_error_saying_how_to_fix_it(jane_data):
    _pool(jane_data, "10.220.32.30")  # 13 addresses
    p = one(jane_data, "POOL-3")
    assert (p.severity, p.path) == (Severity.ERROR, POOL)
    assert "holds 13" in p.message and "need 14" in p.message and "1 too few" in p.message
    assert "end at 10.220.32.31" in p.message
    assert set(p.related) == {"clusters[0]", "clusters[1]"}


def test_pool_3_suggests_moving_when_the_next_address_is_taken(jane_data):
    _pool(jane_data, "10.220.32.30")
    jane_data["reservations"].append({"name": "printer", "start": "10.220.32.31", "end": "10.220.32.31", "note": ""})
    p = one(jane_data, "POOL-3")
    assert "end at" not in p.message and "10.220.32.2-10.220.32.15" in p.message


def test_pool_1_each_node_vm_counts(jane_data):
    _pool(jane_data, "10.220.32.31")  # exactly enough ...
    jane_data["clusters"][1]["node_pools"][0]["count"] = 4  # ... until one worker more (POOL-1)
    p = one(jane_data, "POOL-3")
    assert "13 node VMs (POOL-1)" in p.message and "1 too few" in p.message


def test_pool_1_control_plane_nodes_count_too(jane_data):
    _pool(jane_data, "10.220.32.31")
    jane_data["clusters"][1]["control_plane"]["count"] = 3  # two more control plane VMs
    p = one(jane_data, "POOL-3")
    assert "14 node VMs (POOL-1)" in p.message and "2 too few" in p.message


def test_pool_1_fewer_nodes_keep_silence(jane_data):
    _pool(jane_data, "10.220.32.31")
    jane_data["clusters"][1]["node_pools"][0]["count"] = 2
    assert silent(jane_data, "POOL-3")


def test_pool_2_each_cluster_takes_an_upgrade_ip(jane_data):
    _pool(jane_data, "10.220.32.29")  # 12 addresses: the node VMs fit, the 2 upgrade IPs do not
    p = one(jane_data, "POOL-3")
    assert "12 node VMs (POOL-1)" in p.message and "2 upgrade IPs (POOL-2)" in p.message
    assert "2 too few" in p.message


def test_pool_2_upgrade_ips_counted_in_the_budget(jane):
    from aksarc_gui.planning.budget import budget
    b = budget(jane)
    assert (b.node_vms, b.upgrade, b.pool) == (12, 2, 14)


def test_pool_3_release_2411_counts_the_automatic_control_plane_ip(jane_data):
    jane_data["platform"]["release"] = "2411"
    jane_data["clusters"][1]["control_plane"]["ip"] = None
    _pool(jane_data, "10.220.32.32")  # 15 = 14 + 1 automatic control plane IP
    assert silent(jane_data, "POOL-3")
    _pool(jane_data, "10.220.32.31")
    p = one(jane_data, "POOL-3")
    assert "1 control plane IPs the platform picks" in p.message and "need 15" in p.message


def test_pool_3_counts_only_the_clusters_on_that_network(jane_data):
    jane_data["logical_networks"].append({
        "name": "small", "address_prefix": "10.1.0.0/24", "gateway": "10.1.0.1", "dns_servers": ["10.1.0.2"],
        "ip_allocation_method": "Static", "ip_pool": {"start": "10.1.0.10", "end": "10.1.0.14"},
        "vm_switch_name": "", "vlan": 32})
    jane_data["clusters"][1]["logical_network"] = "small"
    jane_data["clusters"][1]["control_plane"]["ip"] = "10.1.0.20"
    # cluster-b needs 4 + 1 = 5: exactly the 5 addresses of "small"
    assert not of_rule(check(jane_data), "POOL-3")
    assert plan_of(jane_data).network("small") is not None


def _windows(name, count=1):
    return {"name": name, "count": count, "vm_size": "Standard_K8S3_v1", "os_type": "Windows"}


def test_pool_4_windows_first_pool(jane_data):
    jane_data["clusters"][0]["node_pools"].insert(0, _windows("win1"))
    p = one(jane_data, "POOL-4")
    assert (p.severity, p.path) == (Severity.ERROR, "clusters[0].node_pools[0].os_type")
    assert "win1" in p.message and "Move the Linux node pool nodepool1 to the top" in p.message


def test_pool_4_all_windows(jane_data):
    jane_data["clusters"][1]["node_pools"] = [_windows("win1"), _windows("win2")]
    p = one(jane_data, "POOL-4")
    assert p.path == "clusters[1].node_pools[0].os_type"
    assert "Add a Linux node pool" in p.message


def test_pool_4_windows_after_linux_is_fine(jane_data):
    jane_data["clusters"][0]["node_pools"].append(_windows("win1"))
    assert silent(jane_data, "POOL-4")

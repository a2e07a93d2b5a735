"""allocate() fills an empty infrastructure pool of the management network with six free addresses (MGMT-1)."""

from __future__ import annotations

import json

from aksarc_gui.domain import load_plan_text
from aksarc_gui.planning.allocate import INFRA_POOL_SIZE, allocate


def _plan(jane_data: dict, **mgmt: object):
    jane_data["management_network"].update({"infra_ip_pool": None, **mgmt})
    return load_plan_text(json.dumps(jane_data))


def test_six_addresses_after_the_last_server(jane_data) -> None:
    result = allocate(_plan(jane_data))
    pool = result.plan.management_network.infra_ip_pool
    assert INFRA_POOL_SIZE == 6
    assert (str(pool.start), str(pool.end)) == ("192.168.100.13", "192.168.100.18")
    assert result.changes[0].path == "management_network.infra_ip_pool"  # document order: first


def test_the_pool_skips_gateway_dns_and_servers(jane_data) -> None:
    plan = _plan(jane_data, host_ips=["192.168.100.2", "192.168.100.250"], dns_servers=["192.168.100.252"])
    pool = allocate(plan).plan.management_network.infra_ip_pool
    # after .250 only .251, .253, .254 are free: the pool goes to the lowest free run instead (.1 is the gateway)
    assert (str(pool.start), str(pool.end)) == ("192.168.100.3", "192.168.100.8")


def test_a_full_management_subnet_says_why(jane_data) -> None:
    plan = _plan(jane_data, address_prefix="192.168.100.0/29", gateway="192.168.100.1",
                 host_ips=["192.168.100.2"])
    result = allocate(plan)
    assert result.plan is not None  # the logical network is allocated all the same
    assert result.plan.management_network.infra_ip_pool is None
    (note,) = result.notes
    assert "needs 6 contiguous free addresses" in note and "longest free range has 4" in note


def test_a_set_pool_is_left_alone(jane) -> None:
    assert not any(c.path.startswith("management_network") for c in allocate(jane).changes)

"""Shared role colours and the firewall data."""

from __future__ import annotations

import pytest

from aksarc_gui.planning.claims import Role
from aksarc_gui.planning.firewall import flows, urls
from aksarc_gui.planning.palette import DARK, LIGHT, conflict_swatch, swatch
from tests.export_plans import load


def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_every_role_has_a_readable_colour(dark):
    for role in Role:
        s = swatch(role, dark)
        assert contrast(s.fill, s.text) >= 4.5, (role, s)
    c = conflict_swatch(dark)
    assert contrast(c.fill, c.text) >= 4.5
    assert c.fill not in {s.fill for s in (DARK if dark else LIGHT).values()}


def test_flows_name_the_plans_addresses_when_vlans_differ(jane):
    result = flows(jane)
    assert [f.rule for f in result] == ["PORT-1", "PORT-2", "PORT-3", "PORT-4"]
    port1, _, port3, _ = result
    assert port1.port == 22 and port1.destination == ("10.220.32.0/24",)
    assert port1.source == ("192.168.100.50-192.168.100.55", "192.168.100.11", "192.168.100.12")
    assert port3.port == 55000 and port3.destination == ("192.168.100.50-192.168.100.55",)
    assert (port1.management_vlan, port1.network_vlan) == (100, 32)


def test_same_vlan_needs_no_flows(jane_data):
    jane_data["logical_networks"][0]["vlan"] = 100
    assert flows(load(jane_data)) == []


def test_unknown_management_network_still_lists_the_flows(jane_data):
    jane_data["management_network"] = None
    result = flows(load(jane_data))
    assert len(result) == 4 and "management network" in result[0].source[0]


@pytest.mark.parametrize(("release", "legacy"), [("2311", True), ("2402", True), ("2405", False), ("2503", False)])
def test_url_list_adds_the_google_hosts_up_to_2402(release, legacy):
    hosts = [h for rule in urls(release) for h in rule.hosts]
    assert ("gcr.io" in hosts) is legacy and ("storage.googleapis.com" in hosts) is legacy
    assert "docker.io" in hosts and "www.microsoft.com" in hosts
    assert not any("pypi" in h.lower() or "pythonhosted" in h.lower() for h in hosts)
    assert any("Python Package Index" in h for h in hosts)

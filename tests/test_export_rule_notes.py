"""Scripts follow the rules: no lnet create without a VM switch (LNET-12), sharing spelt out (LB-8)."""

from __future__ import annotations

import pytest

from aksarc_gui.export.commands import render_script, steps
from aksarc_gui.export.script_model import Command
from tests.export_plans import load


def _lnet_creates(plan) -> list[Command]:
    return [c for s in steps(plan) for c in s.commands
            if isinstance(c, Command) and c.words[:5] == ("az", "stack-hci-vm", "network", "lnet", "create")]


@pytest.mark.parametrize("dialect", ["bash", "powershell"])
def test_no_lnet_create_without_a_vm_switch(jane_data, dialect):
    jane_data["logical_networks"][0]["vm_switch_name"] = ""
    plan = load(jane_data)
    assert _lnet_creates(plan) == []
    script = render_script(plan, dialect)
    assert "lnet create for aks-lnet-01: the plan has no VM switch name" in script
    assert "LNET-12" in script  # also in the warning at the top: the plan has an error


def test_lnet_create_with_a_vm_switch(jane):
    (create,) = _lnet_creates(jane)
    assert ("--vm-switch-name", ("vm-switch-01",)) in [(o.flag, o.values) for o in create.options]


@pytest.mark.parametrize("dialect", ["bash", "powershell"])
def test_shared_addresses_and_the_annotation_in_the_load_balancer_step(jane, dialect):
    script = render_script(jane, dialect)
    assert 'metallb.universe.tf/allow-shared-ip: "cluster-a-shared"' in script
    assert "10.220.32.50: vote-front, vote-back" in script


def test_no_sharing_note_when_nothing_shares(jane_data):
    jane_data["clusters"][0]["services"][1]["shares_ip"] = False
    jane_data["clusters"][0]["load_balancer"]["addresses"] = ["10.220.32.50-10.220.32.53"]
    assert "allow-shared-ip" not in render_script(load(jane_data), "bash")

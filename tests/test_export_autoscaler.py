"""The autoscaler in the generated commands: create (first pool) and nodepool add, bash and PowerShell."""

from __future__ import annotations

import json

from aksarc_gui.domain import load_plan_text
from aksarc_gui.export.commands import render_script
from test_export_commands import ALLOWED, GLOBAL, bash_commands, subcommand_and_flags


def _plan(data):
    return load_plan_text(json.dumps(data), "t.aksplan")


def _with_pools(data):
    data["clusters"][0]["node_pools"] = [
        {"name": "nodepool1", "count": 2, "vm_size": "Standard_A4_v2", "os_type": "Linux",
         "autoscaler": {"min_count": 1, "max_count": 4}},
        {"name": "burst", "count": 1, "vm_size": "Standard_D8s_v3", "os_type": "Linux",
         "autoscaler": {"min_count": 1, "max_count": 6}},
        {"name": "steady", "count": 2, "vm_size": "Standard_A4_v2", "os_type": "Linux"},
    ]
    return data


def _flags_of(argv):
    out, flag = {}, None
    for token in argv:
        if token.startswith("--"):
            flag = token
            out[flag] = []
        elif flag:
            out[flag].append(token)
    return out


def test_autoscaled_pools_get_the_documented_flags_and_others_do_not(jane_data):
    commands = bash_commands(render_script(_plan(_with_pools(jane_data)), "bash"))
    creates = [_flags_of(a) for a in commands if subcommand_and_flags(a)[0] == "aksarc create"]
    adds = {_flags_of(a)["--name"][0]: _flags_of(a) for a in commands
            if subcommand_and_flags(a)[0] == "aksarc nodepool add"}
    first = creates[0]
    assert first["--node-count"] == ["2"] and first["--enable-cluster-autoscaler"] == []
    assert first["--min-count"] == ["1"] and first["--max-count"] == ["4"]
    assert "--enable-cluster-autoscaler" not in creates[1]  # cluster-b has no autoscaler
    assert adds["burst"]["--min-count"] == ["1"] and adds["burst"]["--max-count"] == ["6"]
    assert "--enable-cluster-autoscaler" in adds["burst"]
    assert not {"--enable-cluster-autoscaler", "--min-count", "--max-count"} & set(adds["steady"])
    for argv in commands:
        sub, flags = subcommand_and_flags(argv)
        assert not set(flags) - ALLOWED[sub] - GLOBAL


def test_powershell_carries_the_same_autoscaler_flags(jane_data):
    text = render_script(_plan(_with_pools(jane_data)), "powershell")
    assert text.count("--enable-cluster-autoscaler") == 2
    assert "--max-count" in text and "--min-count" in text


def test_a_plan_without_autoscaler_generates_no_autoscaler_flag(jane):
    for dialect in ("bash", "powershell"):
        text = render_script(jane, dialect)
        assert "autoscaler" not in text and "--min-count" not in text

"""Objects marked deployed: the plan format, allocation and the generated scripts leave them alone."""

from __future__ import annotations

import re

from aksarc_gui.azure_import import read_files
from aksarc_gui.azure_import.merge import import_plan
from aksarc_gui.domain import Plan, load_plan_text
from aksarc_gui.domain.io import dump_plan_text
from aksarc_gui.export.commands import render_script, steps
from aksarc_gui.planning.allocate import allocate
from tests.az_support import ALL


def _deployed() -> Plan:
    return import_plan(read_files(ALL)).plan


def _edit(plan: Plan, change) -> Plan:
    data = plan.model_dump(mode="json")
    change(data)
    return Plan.model_validate(data)


def test_deployed_is_saved_only_when_true_and_round_trips(jane):
    text = dump_plan_text(_deployed())
    assert text.count('"deployed": true') == 2 + 3 + 4 + 3 + 1  # clusters, networks, reservations, pools, LB
    assert dump_plan_text(load_plan_text(text)) == text
    assert '"deployed"' not in dump_plan_text(jane)


def test_deployed_must_be_a_boolean():
    import pytest

    from aksarc_gui.domain import PlanLoadError

    text = dump_plan_text(_deployed()).replace('"deployed": true', '"deployed": "yes"', 1)
    with pytest.raises(PlanLoadError, match=r"logical_networks\[0\]\.deployed"):
        load_plan_text(text, "p.aksplan")


def test_allocate_never_fills_deployed_objects(jane):
    plan = _deployed()
    # a deployed network without a VM pool, a deployed cluster whose control plane IP Azure did not report,
    # a deployed load balancer without addresses: allocation leaves all three alone
    plan = _edit(plan, lambda d: (d["clusters"][0]["control_plane"].__setitem__("ip", None),
                                  d["clusters"][0]["load_balancer"].__setitem__("addresses", []),
                                  d["clusters"][0].__setitem__("services", [{"name": "web", "ports": [{"port": 80}]}])))
    result = allocate(plan)
    assert result.ok and result.changes == []
    # the same objects when planned are filled
    planned = _edit(plan, lambda d: (d["logical_networks"][2].__setitem__("deployed", False),
                                     d["clusters"][0].__setitem__("deployed", False),
                                     d["clusters"][0]["load_balancer"].__setitem__("deployed", False)))
    paths = [c.path for c in allocate(planned).changes]
    assert paths == ["logical_networks[2].ip_pool", "clusters[0].control_plane.ip", "clusters[0].load_balancer.addresses"]


def test_new_objects_get_addresses_around_the_deployed_ones():
    plan = _edit(_deployed(), lambda d: d["clusters"].append(
        {"name": "cluster-c", "logical_network": "aks-lnet-01", "control_plane": {"count": 1, "ip": None},
         "node_pools": [{"name": "np1", "count": 1}], "load_balancer": {"name": "lb-c"},
         "services": [{"name": "web", "ports": [{"port": 443}]}]}))
    result = allocate(plan)
    assert [c.path for c in result.changes] == ["clusters[2].control_plane.ip", "clusters[2].load_balancer.addresses"]
    taken = {"10.220.32.40", "10.220.32.60", "10.220.32.50", "10.220.32.51", "10.220.32.52", "10.220.32.53"}
    cp = str(result.plan.clusters[2].control_plane.ip)
    assert cp not in taken and cp != "10.220.32.1"  # not the deployed CP, LB, VM NIC or gateway


def test_scripts_create_only_what_is_new():
    plan = _edit(_deployed(), lambda d: (
        d["clusters"][0]["node_pools"].append({"name": "gpu", "count": 2}),
        d["clusters"].append({"name": "cluster-c", "logical_network": "aks-lnet-01",
                              "control_plane": {"count": 1, "ip": "10.220.32.41"},
                              "node_pools": [{"name": "np1", "count": 1}]})))
    titles = [s.title for s in steps(plan)]
    assert titles == ["Azure CLI extensions", "Azure context", "Already deployed", "Cluster cluster-c",
                      "New node pools of cluster cluster-a"]
    script = render_script(plan, "bash")
    assert "lnet create" not in script
    commands = [line.strip() for line in script.splitlines() if not line.lstrip().startswith("#")]
    assert commands.count("az aksarc create \\") == 1 and "--name cluster-c" in script
    assert re.search(r"az aksarc nodepool add \\\n(\s+--\S+ \S+ \\\n)*\s+--cluster-name cluster-a \\\n"
                     r"\s+--name gpu \\\n", script)
    assert "# Cluster cluster-a exists (node pools: nodepool1, winpool)." in script
    assert "k8s-runtime load-balancer create" not in script
    ps = render_script(plan, "powershell")
    assert "Already deployed" in ps and "lnet create" not in ps


def test_a_deployed_network_without_a_vm_pool_is_a_problem_only_for_clusters_on_it():
    from aksarc_gui.planning.validate import validate

    plan = _deployed()
    assert not [p for p in validate(plan) if p.rule == "LNET-8"]  # lnet-vip-only: nothing planned on it
    plan = _edit(plan, lambda d: d["clusters"][1].__setitem__("logical_network", "lnet-vip-only"))
    problems = [p for p in validate(plan) if p.rule == "LNET-8"]
    assert [p.path for p in problems] == ["logical_networks[2].ip_pool"]
    assert "cannot be added after creation" in problems[0].message


def test_pool3_on_a_deployed_network_does_not_advise_growing_the_pool():
    from aksarc_gui.planning.validate import validate

    plan = _edit(_deployed(), lambda d: d["clusters"].append(
        {"name": "cluster-c", "logical_network": "aks-lnet-01", "control_plane": {"count": 1, "ip": "10.220.32.41"},
         "node_pools": [{"name": "np1", "count": 20}]}))
    pool3 = [p for p in validate(plan) if p.rule == "POOL-3"]
    assert len(pool3) == 1
    assert "a deployed logical network's pool cannot change" in pool3[0].message
    assert "extend it" not in pool3[0].message and "move it" not in pool3[0].message

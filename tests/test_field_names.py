"""JSON paths in words, as the Problems panel, the workbook and the CLI show them."""

from __future__ import annotations

import pytest

from aksarc_gui import i18n
from aksarc_gui.planning.field_names import field_name


@pytest.mark.parametrize(("path", "words"), [
    ("clusters[0].control_plane.ip", "cluster-a \u203a control plane IP"),
    ("clusters[1].node_pools[0].autoscaler.max_count", "cluster-b \u203a node pool nodepool1 \u203a autoscaler maximum nodes"),
    ("clusters[0].services[1].ports", "cluster-a \u203a service vote-back \u203a ports"),
    ("clusters[0].load_balancer.addresses[0]", "cluster-a \u203a load balancer addresses 1"),
    ("logical_networks[0].dns_servers[1]", "aks-lnet-01 \u203a DNS servers 2"),
    ("logical_networks[0].ip_pool", "aks-lnet-01 \u203a IP pool"),
    ("management_network.infra_ip_pool.end", "management network \u203a infrastructure pool end"),
    ("platform.proxy.no_proxy", "proxy \u203a bypass list (NO_PROXY)"),
    ("platform.release", "Azure Local release"),
    ("azure.location", "Azure context \u203a location"),
    ("name", "plan name"),
    ("", "the plan as a whole"),
    ("clusters", "clusters"),
])
def test_paths_of_the_sample_plan_read_as_words(jane, path, words) -> None:
    assert field_name(path, jane) == words


def test_without_a_plan_items_are_numbered_from_one(jane) -> None:
    assert field_name("clusters[1].pod_cidr") == "cluster 2 \u203a pod CIDR"
    assert field_name("reservations[0].start") == "reservation 1 \u203a first address"


def test_an_index_past_the_end_or_an_unknown_field_still_reads(jane) -> None:
    assert field_name("clusters[9].control_plane.ip", jane) == "cluster 10 \u203a control plane IP"
    assert field_name("clusters[0].future_field", jane) == "cluster-a \u203a future_field"


def test_the_words_follow_the_language(jane) -> None:
    with i18n.language("zh_CN"):
        text = field_name("clusters[0].control_plane.ip", jane)
    assert text.startswith("cluster-a \u203a ") and "控制平面 IP" in text


def test_check_text_names_fields_in_words_and_json_keeps_the_path(jane_data, tmp_path, capsys) -> None:
    import json

    from aksarc_gui.cli import main

    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"
    plan = tmp_path / "bad.aksplan"
    plan.write_text(json.dumps(jane_data), encoding="utf-8")
    main(["check", str(plan)])
    text = capsys.readouterr().out
    assert "cluster-a \u203a control plane IP" in text and "clusters[0].control_plane.ip" not in text
    main(["check", str(plan), "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert any(p["path"] == "clusters[0].control_plane.ip" for p in doc["problems"])

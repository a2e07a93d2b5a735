"""The rule engine as a whole: the sample plan, the catalog, translation, determinism."""

from __future__ import annotations

import copy
import re
from pathlib import Path

from aksarc_gui.i18n import set_translator
from aksarc_gui.planning.problems import Severity, sort_problems
from aksarc_gui.planning.rules import RULES
from aksarc_gui.planning.validate import validate
from rule_helpers import check

ROOT = Path(__file__).resolve().parent.parent


def test_sample_plan_has_no_errors_or_warnings(jane):
    problems = validate(jane)
    assert [p for p in problems if p.severity is not Severity.INFO] == []


def test_sample_plan_infos(jane):
    # Management VLAN 100 vs logical network VLAN 32: the four flows; the proxy note; vote-back shares
    # an address with vote-front (LB-8); the DNS servers must resolve the cluster's FQDN (LNET-11).
    infos = {(p.rule, p.path) for p in validate(jane)}
    assert infos == {("PROXY-1", ""), ("LB-8", "clusters[0].services"), ("LNET-11", "logical_networks[0].dns_servers"),
                     *{(f"PORT-{i}", "logical_networks[0].vlan") for i in range(1, 5)}}


def test_every_rule_is_documented():
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| \*\*([A-Z]+-\d+)\*\* \|", doc, flags=re.M))
    assert rows == set(RULES)


def test_every_rule_has_tests():
    text = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_rules_*.py"))
    for rule in RULES:
        fn = "test_" + rule.lower().replace("-", "_") + "_"
        assert f'"{rule}"' in text or f"def {fn}" in text, f"no test names {rule}"


def test_catalog_entries_are_complete():
    for rule_id, info in RULES.items():
        assert re.fullmatch(r"[A-Z]+-\d+", rule_id)
        assert info.source and info.title and info.title_text() == info.title


def test_problems_cite_catalog_ids_and_are_sorted(jane_data):
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"
    jane_data["logical_networks"][0]["gateway"] = "10.9.9.9"
    problems = check(jane_data)
    assert problems and all(p.rule in RULES for p in problems)
    assert problems == sort_problems(list(reversed(problems)))


def test_messages_go_through_the_translator(jane_data):
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"
    set_translator(lambda context, text: f"[{context}] {text}" if context == "Rules" else text, "xx")
    try:
        problems = check(jane_data)
    finally:
        set_translator(None)
    assert problems and all(p.message.startswith("[Rules]") for p in problems)


def test_validate_is_pure_and_deterministic(jane):
    before = copy.deepcopy(jane)
    first, second = validate(jane), validate(jane)
    assert first == second
    assert jane == before


def test_no_rule_module_imports_qt():
    for path in (ROOT / "aksarc_gui" / "planning").rglob("*.py"):
        assert "PySide6" not in path.read_text(encoding="utf-8"), path

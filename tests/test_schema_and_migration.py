"""The published JSON Schema is current; version handling and migration work."""

from __future__ import annotations

import json

import pytest

from aksarc_gui.domain import PlanLoadError, io, load_plan_text
from aksarc_gui.domain.schema import schema_text
from tests.conftest import ROOT


def test_published_schema_is_current():
    published = (ROOT / "docs" / "plan.schema.json").read_text(encoding="utf-8")
    assert published == schema_text(), "regenerate: python -m aksarc_gui.domain.schema > docs/plan.schema.json"


def test_schema_lists_every_top_level_key_in_file_order():
    schema = json.loads(schema_text())
    assert list(schema["properties"]) == ["format", "version", "name", "platform", "azure",
                                          "management_network", "logical_networks", "reservations", "clusters"]
    assert schema["additionalProperties"] is False


def test_migrations_run_in_order_up_to_the_current_version(monkeypatch):
    """A file two versions old goes through both registered steps, in order."""
    monkeypatch.setattr(io, "FORMAT_VERSION", 3)
    monkeypatch.setattr(io, "MIGRATIONS", {
        1: lambda d: {**d, "version": 2, "steps": d.get("steps", []) + ["1->2"]},
        2: lambda d: {**d, "version": 3, "steps": d["steps"] + ["2->3"]},
    })
    out = io.migrate({"format": "aksarc-plan", "version": 1}, "old.aksplan")
    assert out == {"format": "aksarc-plan", "version": 3, "steps": ["1->2", "2->3"]}


def test_a_missing_migration_step_is_a_load_error_not_a_crash(monkeypatch):
    monkeypatch.setattr(io, "FORMAT_VERSION", 2)
    monkeypatch.setattr(io, "MIGRATIONS", {})
    with pytest.raises(PlanLoadError, match="no migration from format version 1"):
        io.migrate({"format": "aksarc-plan", "version": 1}, "old.aksplan")


@pytest.mark.parametrize("version", ["1", 1.0, None, True, 0, 99])
def test_bad_versions_are_refused_with_the_path(jane_data, version):
    jane_data["version"] = version
    with pytest.raises(PlanLoadError) as info:
        load_plan_text(json.dumps(jane_data), "v.aksplan")
    assert str(info.value).startswith("v.aksplan: version: ")

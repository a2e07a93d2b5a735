"""The JSON Schema of plan format v1, generated from the pydantic models.

The published copy lives in docs/plan.schema.json; a test fails when it is not
current, so a change of the format is always a deliberate one.
Regenerate with ``python -m aksarc_gui.domain.schema > docs/plan.schema.json``.
"""

from __future__ import annotations

import json

from aksarc_gui.domain.plan import FORMAT_VERSION, Plan

SCHEMA_ID = "https://aksarc-planner.example/schema/plan-v1.json"


def plan_schema() -> dict[str, object]:
    schema = Plan.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"AKS Arc Network Planner plan, format version {FORMAT_VERSION}",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def schema_text() -> str:
    return json.dumps(plan_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")

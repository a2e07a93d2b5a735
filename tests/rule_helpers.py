"""Helpers for the rule tests: validate plain plan data and pick the problems of one rule."""

from __future__ import annotations

import json

from aksarc_gui.domain import Plan, load_plan_text
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.validate import validate


def plan_of(data: dict) -> Plan:
    return load_plan_text(json.dumps(data), "test.aksplan")


def check(data: dict) -> list[Problem]:
    return validate(plan_of(data))


def of_rule(problems: list[Problem], rule: str) -> list[Problem]:
    return [p for p in problems if p.rule == rule]


def one(data: dict, rule: str) -> Problem:
    """The single problem ``rule`` reports for ``data`` (fails when there are none or several)."""
    found = of_rule(check(data), rule)
    assert len(found) == 1, f"expected one {rule}, got {found}"
    return found[0]


def silent(data: dict, rule: str) -> bool:
    return not of_rule(check(data), rule)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity.value == "error"]

"""validate(plan) -> problems: every rule of the article and the planner's own.

Each problem carries its rule id (see ``rules.catalog`` and docs/rules.md), a
severity, the JSON path of the field it is about, related paths, and a message
that says what to change.  The rules live in ``planning/rules/``, one module per
area.  Pure and deterministic: the same plan gives the same sorted list.
"""

from __future__ import annotations

from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.problems import Problem, sort_problems
from aksarc_gui.planning.rules import run_rules


def validate(plan: Plan) -> list[Problem]:
    return sort_problems(run_rules(plan))

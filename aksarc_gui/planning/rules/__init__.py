"""The rule engine: one small module per area, each a ``check(ctx)`` generator.

``run_rules(plan)`` builds the shared context once (claims, budget, lookups) and
runs every module; ``catalog.RULES`` lists every rule id.  All checks work on
ranges and object counts, never on single addresses of a network.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.rules import (
    autoscaler,
    cidrs,
    control_plane,
    lnet,
    load_balancer,
    management,
    names,
    overlaps,
    platform,
    pool,
    ports,
    proxy,
    reservations,
    scale,
)
from aksarc_gui.planning.rules.catalog import RULES, RuleInfo
from aksarc_gui.planning.rules.context import RuleContext

CHECKS: tuple[Callable[[RuleContext], Iterable[Problem]], ...] = (
    platform.check, names.check, scale.check, lnet.check, pool.check, control_plane.check,
    load_balancer.check, management.check, reservations.check, overlaps.check, cidrs.check, ports.check,
    autoscaler.check, proxy.check,
)


def run_rules(plan: Plan) -> list[Problem]:
    ctx = RuleContext(plan)
    out: list[Problem] = []
    seen: set[Problem] = set()
    for check in CHECKS:
        for problem in check(ctx):
            if problem not in seen:  # one clash can be found twice (e.g. a pool overlapping twice)
                seen.add(problem)
                out.append(problem)
    return out


__all__ = ["CHECKS", "RULES", "RuleInfo", "run_rules"]

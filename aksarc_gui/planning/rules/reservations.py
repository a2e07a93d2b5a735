"""RES-1: a reservation runs forwards.  Its clashes (RES-2, LNET-5, CP-4, LB-2, MGMT-2) are in ``overlaps``."""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.rules.context import RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for r, res in enumerate(ctx.plan.reservations):
        if int(res.start) > int(res.end):
            yield ctx.problem("RES-1", f"reservations[{r}]", translate("Rules", "The reservation {name} starts at {start} but ends before it, at {end}; swap them.").format(name=res.name, start=res.start, end=res.end))

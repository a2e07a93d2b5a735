"""Release-wide notes: REL-1 (release is YYMM), URL-2 (2402 and earlier), PROXY-1 (inherited proxy)."""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.rules.context import RuleContext

LAST_RELEASE_WITH_GCR = 2402


def check(ctx: RuleContext) -> Iterator[Problem]:
    release = ctx.plan.platform.release
    if ctx.release is None:
        yield ctx.problem("REL-1", "platform.release", translate("Rules", "The release '{release}' is not a YYMM number such as 2405 or 2411; rules that changed "
                     "between releases are checked as for the oldest one. Enter the Azure Local release.").format(release=release))
    elif ctx.release <= LAST_RELEASE_WITH_GCR:
        yield ctx.problem("URL-2", "platform.release", translate("Rules", "Release {release} is 2402 or earlier: besides the usual firewall list, allow gcr.io and "
                     "storage.googleapis.com on port 443.").format(release=ctx.release))
    if ctx.plan.clusters:
        yield ctx.problem("PROXY-1", "", translate("Rules", "AKS Arc clusters inherit the proxy settings of the Azure Local infrastructure; a cluster "
                     "cannot have its own proxy settings, and they cannot be changed later."))

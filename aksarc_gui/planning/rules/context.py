"""What every rule module needs, computed once per validation: claims, budget, lookups.

Rules are plain functions ``check(ctx) -> Iterable[Problem]``.  The context keeps
them small: it builds problems with the catalog's severity, formats addresses,
and finds free addresses for the suggestions in messages (by gaps between
merged claims, never by walking addresses).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from netaddr import IPNetwork

from aksarc_gui.domain.ipv4 import int_to_ip, is_ascii_number
from aksarc_gui.domain.plan import Cluster, LogicalNetwork, Plan
from aksarc_gui.planning.budget import Budget, budget
from aksarc_gui.planning.claims import Claim, plan_claims
from aksarc_gui.planning.freespace import Interval, find_free, is_free, merge, usable_range
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.planning.rules.catalog import RULES


def ip(value: int) -> str:
    return int_to_ip(value)


def span(first: int, last: int) -> str:
    """``a`` for one address, ``a-b`` for a range."""
    return ip(first) if first == last else f"{ip(first)}-{ip(last)}"


def sentence(text: str) -> str:
    """Capitalise a message that starts with a described object ('the control plane IP ...')."""
    return text[:1].upper() + text[1:]


def valid_release(text: str) -> int | None:
    """The release as YYMM when it is one (4 digits, month 01-12), else None."""
    text = text.strip()
    if len(text) == 4 and is_ascii_number(text) and 1 <= int(text[2:]) <= 12:
        return int(text)
    return None


@dataclass
class RuleContext:
    plan: Plan
    claims: list[Claim] = field(init=False)
    budget: Budget = field(init=False)
    release: int | None = field(init=False)  # None: not a YYMM number (REL-1)
    _networks: dict[str, tuple[int, LogicalNetwork]] = field(init=False)
    _busy: dict[Interval, list[Interval]] = field(init=False, default_factory=dict)
    _pool_required: dict[str, int] = field(init=False, default_factory=dict)
    _by_network: dict[str | None, list[Claim]] | None = field(init=False, default=None)
    _in_use: set[str] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.claims = plan_claims(self.plan)
        self.budget = budget(self.plan)
        self.release = valid_release(self.plan.platform.release)
        self._networks = {}
        for nb in self.budget.logical_networks:
            self._pool_required.setdefault(nb.name, nb.pool_required)
        for n, net in enumerate(self.plan.logical_networks):
            self._networks.setdefault(net.name, (n, net))  # duplicates are NAME-5; the first one counts

    # -- lookups -------------------------------------------------------------
    def network(self, name: str) -> tuple[int, LogicalNetwork] | None:
        return self._networks.get(name)

    def cluster_network(self, cluster: Cluster) -> tuple[int, LogicalNetwork] | None:
        return self._networks.get(cluster.logical_network)

    def networks_in_use(self) -> set[str]:
        """Names of the logical networks some cluster is on (computed once, not per network)."""
        if self._in_use is None:
            self._in_use = {c.logical_network for c in self.plan.clusters}
        return self._in_use

    def network_claims(self, name: str) -> list[Claim]:
        """The claims of one logical network, in document order (indexed once: rules ask per network)."""
        if self._by_network is None:
            self._by_network = {}
            for claim in self.claims:
                self._by_network.setdefault(claim.network, []).append(claim)
        return self._by_network.get(name, [])

    # -- problems ------------------------------------------------------------
    def problem(self, rule_id: str, path: str, message: str, related: Iterable[str] = (),
                severity: Severity | None = None) -> Problem:
        return Problem(rule_id, severity or RULES[rule_id].severity, path, message, tuple(related))

    # -- free addresses ------------------------------------------------------
    def busy(self, lo: int, hi: int, exclude: frozenset[str] = frozenset()) -> list[Interval]:
        """Merged claims that touch [lo, hi] (any network: a claim of another network may sit here)."""
        key = (lo, hi)
        if not exclude and key in self._busy:
            return self._busy[key]
        merged = merge((max(c.first, lo), min(c.last, hi)) for c in self.claims
                       if c.last >= lo and c.first <= hi and c.path not in exclude)
        if not exclude:
            self._busy[key] = merged
        return merged

    def free_in(self, prefix: IPNetwork, size: int = 1, start_at: int | None = None,
                exclude: Iterable[str] = ()) -> int | None:
        """First address of a free block of ``size`` host addresses in ``prefix``, or None."""
        lo, hi = usable_range(prefix)
        return find_free(self.busy(lo, hi, frozenset(exclude)), lo, hi, size, start_at)

    def is_free(self, first: int, last: int, exclude: Iterable[str] = ()) -> bool:
        return is_free(self.busy(first, last, frozenset(exclude)), first, last)

    def pool_end(self, net: LogicalNetwork) -> int | None:
        """Where suggestions start looking: just after the pool (where people look first).

        When the pool is too small, after the end it must grow to (POOL-3), so that
        a suggested control plane or load balancer address never sits where the pool
        is told to grow.
        """
        if net.ip_pool is None:
            return None
        start, end = int(net.ip_pool.start), int(net.ip_pool.end)
        if start > end:
            return None
        required = self._pool_required.get(net.name, 0)
        return max(end, start + required - 1) + 1

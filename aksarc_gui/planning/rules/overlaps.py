"""Clashes between claims: one sweep over every address range the plan uses.

``overlapping_pairs`` finds each pair of claims sharing addresses without
walking addresses; this module maps the pair of roles to the rule that forbids
it and says which side the problem is about (the thing a person would move):

| pair                                  | rule    | path (other side in related) |
| ------------------------------------- | ------- | ---------------------------- |
| control plane IP in its network's pool| CP-3    | control plane IP             |
| control plane IP and anything else    | CP-4    | control plane IP (the later one of two) |
| LB block in its network's pool        | LB-3    | LB block                     |
| LB block in another network's pool    | LB-1    | LB block                     |
| LB block and control plane / LB / other | LB-2  | LB block (the later one of two) |
| pool and pool                         | LNET-10 | the later pool               |
| gateway, DNS, reservation, host or infrastructure pool in a pool | LNET-5 | the pool |
| reservation and gateway/DNS/host/reservation | RES-2 | the reservation           |
| infrastructure pool and server IP     | MGMT-1  | infrastructure pool          |
| infrastructure pool or server IP and anything else | MGMT-2 | the management field |

A gateway that is also a DNS server is fine (the article's own example does it),
and so are two networks naming the same DNS server or gateway (claims.COMPATIBLE).
"""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning.claims import Claim, Role, compatible, overlapping_pairs, role_label
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.planning.rules.context import RuleContext, sentence, span

MGMT_ROLES = {Role.HOST, Role.INFRA_POOL}
SOFT_FOR_RESERVATION = {Role.GATEWAY, Role.DNS, Role.HOST, Role.RESERVATION}


def _describe(claim: Claim) -> str:
    """'the IP pool 10.0.0.10-10.0.0.20 of aks-lnet-01' and the like, for messages."""
    where = span(claim.first, claim.last)
    label = role_label(claim.role)
    if claim.role is Role.CONTROL_PLANE:
        return translate("Rules", "the control plane IP {address} of cluster {owner}").format(address=where, owner=claim.owner)
    if claim.role is Role.LOAD_BALANCER:
        return translate("Rules", "the load balancer range {address} of cluster {owner}").format(address=where, owner=claim.owner)
    if claim.role is Role.POOL:
        return translate("Rules", "the IP pool {address} of {owner}").format(address=where, owner=claim.owner)
    if claim.role is Role.RESERVATION:
        return translate("Rules", "the reservation {owner} ({address})").format(address=where, owner=claim.owner)
    if claim.network == "":
        return translate("Rules", "the management network's {role} {address}").format(role=label, address=where)
    return translate("Rules", "the {role} {address} of {owner}").format(role=label, address=where, owner=claim.owner)


def _shared(a: Claim, b: Claim) -> str:
    return span(max(a.first, b.first), min(a.last, b.last))


def _later(a: Claim, b: Claim, order: dict[str, int]) -> tuple[Claim, Claim]:
    """(the later claim in document order, the earlier one): the later one is what a person just added."""
    return (a, b) if order[a.path] > order[b.path] else (b, a)


def classify(a: Claim, b: Claim, order: dict[str, int]) -> tuple[str, Claim, Claim, Severity | None] | None:
    """(rule, claim the problem is about, the other claim, severity override) for a clashing pair."""
    roles = {a.role, b.role}

    def pick(role: Role) -> tuple[Claim, Claim]:
        return (a, b) if a.role is role else (b, a)

    if Role.POOL in roles:
        if roles == {Role.POOL}:
            return ("LNET-10", *_later(a, b, order), None)
        pool, other = pick(Role.POOL)
        if other.role is Role.CONTROL_PLANE:
            return ("CP-3" if other.network == pool.network else "CP-4", other, pool, None)
        if other.role is Role.LOAD_BALANCER:
            return ("LB-3" if other.network == pool.network else "LB-1", other, pool, None)
        return ("LNET-5", pool, other, None)
    if Role.CONTROL_PLANE in roles:
        if Role.LOAD_BALANCER in roles:
            lb, cp = pick(Role.LOAD_BALANCER)
            return ("LB-2", lb, cp, None)
        if roles == {Role.CONTROL_PLANE}:
            return ("CP-4", *_later(a, b, order), None)
        cp, other = pick(Role.CONTROL_PLANE)
        return ("CP-4", cp, other, None)
    if Role.LOAD_BALANCER in roles:
        if roles == {Role.LOAD_BALANCER}:
            return ("LB-2", *_later(a, b, order), None)
        lb, other = pick(Role.LOAD_BALANCER)
        return ("LB-2", lb, other, None)
    if Role.RESERVATION in roles and roles <= SOFT_FOR_RESERVATION:
        if roles == {Role.RESERVATION}:
            return ("RES-2", *_later(a, b, order), None)
        res, other = pick(Role.RESERVATION)
        return ("RES-2", res, other, None)
    if roles == MGMT_ROLES:
        infra, host = pick(Role.INFRA_POOL)
        return ("MGMT-1", infra, host, None)
    if roles & MGMT_ROLES:
        if roles == {Role.HOST}:
            return ("MGMT-2", *_later(a, b, order), None)
        mine, other = pick(Role.INFRA_POOL if Role.INFRA_POOL in roles else Role.HOST)
        # A server that also serves DNS is unusual but can be deliberate: a warning, not an error.
        severity = Severity.WARNING if roles == {Role.HOST, Role.DNS} else None
        return ("MGMT-2", mine, other, severity)
    return None  # every other pair is compatible (gateway/DNS) or not a clash the rules know


def _message(rule: str, about: Claim, other: Claim, shared: str, suggestion: str | None) -> str:
    this, that = _describe(about), _describe(other)
    if rule == "CP-3":
        if suggestion:
            return translate("Rules", "{this} is inside {that}; the pool is only for node VMs. Pick an address outside "
                               "the pool, e.g. {suggestion}.").format(this=this, that=that, suggestion=suggestion)
        return translate("Rules", "{this} is inside {that}; the pool is only for node VMs. Pick an address outside "
                           "the pool.").format(this=this, that=that)
    if rule == "LB-3":
        if suggestion:
            return translate("Rules", "{this} reaches into {that} at {shared}; the pool is only for node VMs. Use "
                               "addresses outside the pool, e.g. {suggestion}.").format(this=this, that=that, shared=shared, suggestion=suggestion)
        return translate("Rules", "{this} reaches into {that} at {shared}; the pool is only for node VMs. Use addresses "
                           "outside the pool.").format(this=this, that=that, shared=shared)
    if rule == "LNET-5":
        return translate("Rules", "{that} is inside {this}; the pool is only for node VMs. Shrink the pool so it leaves "
                           "out {shared}, or move the other address.").format(this=this, that=that, shared=shared)
    if rule == "LNET-10":
        return translate("Rules", "{this} overlaps {that} at {shared}; two networks would hand the same addresses to "
                           "VMs. Move one pool.").format(this=this, that=that, shared=shared)
    if rule == "MGMT-1":
        return translate("Rules", "{this} includes the server IP {shared}; the infrastructure pool must leave out the "
                           "physical servers' addresses. Move the pool.").format(this=this, shared=shared)
    if rule == "RES-2":
        return translate("Rules", "{this} overlaps {that} at {shared}; a reservation is meant to stay free. Check "
                           "whether both are right.").format(this=this, that=that, shared=shared)
    if suggestion:
        return translate("Rules", "{this} overlaps {that} at {shared}; every address may have only one use. Move "
                           "it, e.g. to {suggestion}.").format(this=this, that=that, shared=shared, suggestion=suggestion)
    return translate("Rules", "{this} overlaps {that} at {shared}; every address may have only one use. Move "
                       "one of them.").format(this=this, that=that, shared=shared)


def _suggest(ctx: RuleContext, about: Claim) -> str | None:
    """A free place in the claim's own network for the control plane IP or LB block being moved."""
    if about.role not in (Role.CONTROL_PLANE, Role.LOAD_BALANCER) or not about.network:
        return None
    found = ctx.network(about.network)
    if found is None:
        return None
    net = found[1]
    prefix = net.address_prefix.cidr
    if about.role is Role.LOAD_BALANCER and not prefix.first <= about.first <= prefix.last:
        return None  # an external range: the planner does not know what else lives there
    # No exclusion: the cached busy list serves every suggestion (the current spot is taken anyway).
    start = ctx.free_in(prefix, about.size, ctx.pool_end(net))
    return None if start is None else span(start, start + about.size - 1)


def check(ctx: RuleContext) -> Iterator[Problem]:
    order = {c.path: i for i, c in enumerate(ctx.claims)}
    for a, b in overlapping_pairs(ctx.claims):
        if compatible(a.role, b.role):
            continue
        found = classify(a, b, order)
        if found is None:
            continue
        rule, about, other, severity = found
        shared = _shared(a, b)
        message = sentence(_message(rule, about, other, shared, _suggest(ctx, about)))
        yield ctx.problem(rule, about.path, message, related=[other.path], severity=severity)


"""Independent checks for allocation tests: what a filled layout must satisfy, and user values kept.

These re-derive the rules that allocation could break (LNET-4/5, POOL-3, CP-2..4, LB-1..4) from
the claims and the budget, so the tests do not trust the allocator's own bookkeeping.
"""

from __future__ import annotations

from typing import Any

from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.budget import budget, load_balancer_need
from aksarc_gui.planning.claims import Role, compatible, overlapping_pairs, plan_claims
from aksarc_gui.planning.problems import Severity
from aksarc_gui.planning.validate import validate


def layout_errors(plan: Plan, before: Plan | None = None) -> list[str]:
    """Everything wrong with the plan's pools, control plane IPs and LB ranges, in words.

    With ``before`` (the plan as it was before allocation), validation errors it already had on the
    same field for the same rule are the user's, not allocation's, and are left out.
    """
    out: list[str] = []
    claims = plan_claims(plan)
    for a, b in overlapping_pairs(claims):
        if not compatible(a.role, b.role):
            out.append(f"overlap: {a.path} and {b.path}")
    b = budget(plan)
    edges = {}
    for net in plan.logical_networks:
        prefix = net.address_prefix.cidr
        if prefix.prefixlen <= 30:
            edges[prefix.first] = edges[prefix.last] = net.name
        if net.ip_pool is None:
            out.append(f"{net.name}: no pool")
            continue
        if not (prefix.first <= int(net.ip_pool.start) <= int(net.ip_pool.end) <= prefix.last):
            out.append(f"{net.name}: pool outside {prefix}")
        nb = b.network(net.name)
        if nb is not None and nb.pool_free < 0:
            out.append(f"{net.name}: pool holds {nb.pool_size}, needs {nb.pool_required}")
    for c, cluster in enumerate(plan.clusters):
        net = plan.network(cluster.logical_network)
        if net is None:
            continue
        prefix = net.address_prefix.cidr
        ip = cluster.control_plane.ip
        if ip is None and plan.release_number() < 2411:
            out.append(f"clusters[{c}]: no control plane IP")
        if ip is not None and int(ip) not in range(prefix.first, prefix.last + 1):
            out.append(f"clusters[{c}]: control plane IP outside {prefix}")
        lb = cluster.load_balancer
        if lb is not None and (lb.addresses or cluster.services):
            size = sum(block.size for block in lb.addresses)
            if size < load_balancer_need(cluster):
                out.append(f"clusters[{c}]: {size} LB addresses for a need of {load_balancer_need(cluster)}")
            for block in lb.addresses:
                if block.first < prefix.first or block.last > prefix.last:
                    out.append(f"clusters[{c}]: LB {block} outside {prefix}")
    for claim in claims:
        if claim.role in (Role.POOL, Role.CONTROL_PLANE, Role.LOAD_BALANCER):
            hit = [e for e in edges if claim.first <= e <= claim.last]
            if hit:
                out.append(f"{claim.path}: takes a network or broadcast address")
    known = {(p.rule, p.path) for p in validate(before) if p.severity is Severity.ERROR} if before else set()
    out += [f"{p.rule} {p.path}: {p.message}" for p in validate(plan)
            if p.severity is Severity.ERROR and (p.rule, p.path) not in known]
    return out


def leaf_diff(a: Any, b: Any, path: str = "") -> list[str]:
    """JSON paths where two plain-JSON documents differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for key in a.keys() | b.keys():
            out += leaf_diff(a.get(key), b.get(key), f"{path}.{key}" if path else key)
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b) and a:
        out = []
        for i, (x, y) in enumerate(zip(a, b)):
            out += leaf_diff(x, y, f"{path}[{i}]")
        return out
    return [] if a == b else [path]


def changed_outside(before: Plan, after: Plan, allowed: set[str]) -> list[str]:
    """Paths that differ between the two plans and are not under one of ``allowed``."""
    diffs = leaf_diff(before.model_dump(mode="json"), after.model_dump(mode="json"))
    return [d for d in diffs if not any(d == p or d.startswith(p + ".") or d.startswith(p + "[") for p in allowed)]

"""A plan validation error in the user's language: pydantic writes its messages in English only.

Load errors (``io.load_plan``) and refused edits (the editor) name the field and say what
is wrong with it.  pydantic's own message is the fallback for a kind of error not listed
here, so nothing is ever lost, only left untranslated.
"""

from __future__ import annotations

import json
import re
from typing import Any

from aksarc_gui.i18n import translate

# Error types whose message says what was expected, not what was found: ", got VALUE" follows.
_EXPECTED = {
    "string_type": lambda ctx: translate("Load", "expected text"),
    "int_type": lambda ctx: translate("Load", "expected a whole number"),
    "bool_type": lambda ctx: translate("Load", "expected true or false"),
    "list_type": lambda ctx: translate("Load", "expected a list"),
    "model_type": lambda ctx: translate("Load", "expected an object"),
    "dict_type": lambda ctx: translate("Load", "expected an object"),
    "literal_error": lambda ctx: translate("Load", "expected one of {choices}").format(
        choices=_choices(str(ctx["expected"]))),
    "greater_than_equal": lambda ctx: translate("Load", "must be at least {limit}").format(limit=ctx["ge"]),
    "less_than_equal": lambda ctx: translate("Load", "must be at most {limit}").format(limit=ctx["le"]),
    "greater_than": lambda ctx: translate("Load", "must be more than {limit}").format(limit=ctx["gt"]),
    "less_than": lambda ctx: translate("Load", "must be less than {limit}").format(limit=ctx["lt"]),
}

# Error types whose message is complete (it names the value itself, or the value is a whole list).
_COMPLETE = {
    "missing": lambda ctx: translate("Load", "required field is missing"),
    "extra_forbidden": lambda ctx: translate("Load", "unknown field (misspelt, or from another program?)"),
    "too_long": lambda ctx: translate("Load", "{count} items; at most {limit} are allowed").format(
        count=ctx["actual_length"], limit=ctx["max_length"]),
    "too_short": lambda ctx: translate("Load", "{count} items; at least {limit} are needed").format(
        count=ctx["actual_length"], limit=ctx["min_length"]),
    # ours (domain/ipv4.py, domain/plan.py)
    "ipv4": lambda ctx: {
        "address": translate("Load", "{value} is not an IPv4 address"),
        "network": translate("Load", "{value} is not an IPv4 network"),
    }.get(ctx["kind"], translate("Load", "{value} is not an IPv4 address, range or network")).format(
        value=ctx["value"]),
    "too_many_bindings": lambda ctx: translate(
        "Load", "{instances} instances x {ports} ports make {rows} (instance, port) pairs; a service may have at "
                "most {limit}").format(**ctx),
    "too_many_node_pools": lambda ctx: translate(
        "Load", "the clusters have {count} node pools in all; a plan may have at most {limit}").format(**ctx),
    "too_many_addresses": lambda ctx: translate(
        "Load", "the plan lists {count} addresses, ranges and networks in all; a plan may have at most "
                "{limit}").format(**ctx),
    "too_many_plan_bindings": lambda ctx: translate(
        "Load", "the services have {count} (instance, port) pairs in all; a plan may have at most "
                "{limit}").format(**ctx),
}


def _choices(expected: str) -> str:
    """pydantic's "'ARP', 'BGP' or 'Both'" as "ARP", "BGP", "Both" (no English "or")."""
    items = re.findall(r"'((?:[^'\\]|\\.)*)'", expected)
    return ", ".join(json.dumps(item, ensure_ascii=False) for item in items) if items else expected


def preview(value: Any) -> str:
    """A short JSON rendering of a bad value for a message; never fails, whatever the value."""
    try:
        got = json.dumps(value, ensure_ascii=False) if _jsonable(value) else repr(value)
    except (RecursionError, ValueError):
        got = type(value).__name__
    return got if len(got) <= 60 else got[:57] + "..."


def _jsonable(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool, type(None), list, dict))


def validation_message(err: Any) -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) as a sentence in the current language."""
    kind, ctx = err["type"], err.get("ctx") or {}
    try:
        if kind in _COMPLETE:
            return _COMPLETE[kind](ctx)
        problem = _EXPECTED[kind](ctx) if kind in _EXPECTED else err["msg"]
    except (KeyError, IndexError, ValueError):  # a context this planner did not expect: pydantic's words
        return err["msg"]
    return translate("Load", "{problem}, got {value}").format(problem=problem, value=preview(err.get("input")))

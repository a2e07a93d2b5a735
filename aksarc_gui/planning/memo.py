"""Results kept per plan object while a caller promises that no plan changes.

A GUI refresh asks the same questions of one plan several times: validation,
the budget table, the room to grow and the occupancy map each need the budget,
the claims and the load balancer colouring of every cluster.  Inside
``with same_plans():`` those functions remember their result per argument
*object* (not per value: comparing plans would cost what computing does), so
each is computed once.  Outside the block nothing is remembered: core callers
may change a plan in place between two calls and must see the change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_kept: dict[tuple[str, int, tuple[Any, ...]], tuple[Any, Any]] | None = None  # key -> (object, result)


@contextmanager
def same_plans() -> Iterator[None]:
    """Within the block, functions marked ``@per_object`` compute once per argument object."""
    global _kept
    outer = _kept
    if outer is None:
        _kept = {}
    try:
        yield
    finally:
        if outer is None:
            _kept = None


def per_object(fn: F) -> F:
    """Remember ``fn(obj, *rest)`` by the identity of ``obj`` (and the value of ``rest``) inside same_plans()."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def wrapper(obj: Any, *rest: Any, **options: Any) -> Any:
        kept = _kept
        if kept is None:
            return fn(obj, *rest, **options)
        key = (name, id(obj), (*rest, *sorted(options.items())))
        hit = kept.get(key)
        if hit is not None and hit[0] is obj:  # the entry holds obj, so its id cannot be reused meanwhile
            return hit[1]
        result = fn(obj, *rest, **options)
        kept[key] = (obj, result)
        return result

    return wrapper  # type: ignore[return-value]

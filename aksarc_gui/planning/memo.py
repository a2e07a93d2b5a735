"""Results kept per plan object while a caller promises that no plan changes.

A GUI refresh asks the same questions of one plan several times: validation,
the budget table, the room to grow and the occupancy map each need the budget,
the claims and the load balancer colouring of every cluster.  Inside
``with same_plans():`` functions marked ``@per_object`` remember their result
per argument *object* (not per value: comparing plans would cost what computing
does), so each is computed once.  Outside a block nothing is remembered: core
callers may change a plan in place between two calls and must see the change.

A caller whose plans never change in place (the GUI: an edit makes a new plan
that shares the untouched clusters with the old one) passes a ``Kept`` store,
so results for the unchanged objects carry over to the next block; what a
block did not use is dropped at its end, so the store holds one plan's worth.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_Key = tuple[str, int, tuple[Any, ...]]


class Kept:
    """Results of ``@per_object`` functions: key -> (the argument object, the result)."""

    def __init__(self) -> None:
        self.entries: dict[_Key, tuple[Any, Any]] = {}
        self.used: set[_Key] = set()

    def drop_unused(self) -> None:
        self.entries = {key: value for key, value in self.entries.items() if key in self.used}
        self.used = set()


_active: Kept | None = None


@contextmanager
def same_plans(kept: Kept | None = None) -> Iterator[None]:
    """Within the block, ``@per_object`` functions compute once per argument object.

    ``kept``: a store that outlives the block, for a caller whose plans never change in
    place.  A nested block uses the outer block's store.
    """
    global _active
    if _active is not None:
        yield
        return
    store = kept if kept is not None else Kept()
    _active = store
    try:
        yield
    finally:
        _active = None
        store.drop_unused()


def per_object(fn: F) -> F:
    """Remember ``fn(obj, *rest)`` by the identity of ``obj`` (and the value of ``rest``) inside same_plans()."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def wrapper(obj: Any, *rest: Any, **options: Any) -> Any:
        store = _active
        if store is None:
            return fn(obj, *rest, **options)
        key = (name, id(obj), (*rest, *sorted(options.items())))
        store.used.add(key)
        hit = store.entries.get(key)
        if hit is not None and hit[0] is obj:  # the entry holds obj, so its id cannot be reused meanwhile
            return hit[1]
        result = fn(obj, *rest, **options)
        store.entries[key] = (obj, result)
        return result

    return wrapper  # type: ignore[return-value]

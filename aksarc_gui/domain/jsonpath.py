"""JSON paths such as ``clusters[0].control_plane.ip``: parse, read and write plan data.

The same paths name fields in validation problems, in the navigation tree and in
the editors, so a problem can lead the user straight to the field it is about.
"""

from __future__ import annotations

import re
from typing import Any

_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")

Part = str | int


def parse(path: str) -> list[Part]:
    parts: list[Part] = []
    for name, index in _TOKEN.findall(path):
        parts.append(int(index) if index else name)
    return parts


def join(parts: list[Part]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def child(path: str, part: Part) -> str:
    return join([*parse(path), part])


def get(data: Any, path: str) -> Any:
    for part in parse(path):
        data = data[part]
    return data


def set_(data: Any, path: str, value: Any) -> None:
    parts = parse(path)
    target = data
    for part in parts[:-1]:
        target = target[part]
    target[parts[-1]] = value


def covers(outer: str, inner: str) -> bool:
    """True when ``inner`` is ``outer`` or lies below it (``a.b`` covers ``a.b[0].c``)."""
    if not outer:
        return True
    return inner == outer or inner.startswith(outer + ".") or inner.startswith(outer + "[")

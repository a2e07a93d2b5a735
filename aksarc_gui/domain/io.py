"""Load, migrate and save plan files.

Loading never raises anything but :class:`PlanLoadError`, whose message names the
file, the JSON path and the bad value; saving is atomic (temporary file in the
same folder, fsync, replace) so a crash or a full disk never leaves half a plan.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from aksarc_gui.domain.plan import FORMAT_NAME, FORMAT_VERSION, Plan
from aksarc_gui.i18n import translate

MAX_PLAN_BYTES = 16 * 1024 * 1024  # far above any real plan; guards against opening the wrong file

# version n -> function that turns a version-n document into version n+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class PlanLoadError(Exception):
    """A plan that does not load: ``str()`` is one line for a person."""

    def __init__(self, source: str, details: list[tuple[str, str]]):
        self.source = source
        self.details = details  # (json path, message); path "" for the whole file
        first_path, first_msg = details[0]
        line = f"{source}: {first_path}: {first_msg}" if first_path else f"{source}: {first_msg}"
        if len(details) > 1:
            line += " " + translate("Load", "(and {count} more problems)").format(count=len(details) - 1)
        super().__init__(line)


def json_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _describe(err: dict[str, Any]) -> str:
    kind, value = err["type"], err.get("input")
    if kind == "ipv4":
        return err["msg"]
    if kind == "missing":
        return translate("Load", "required field is missing")
    if kind == "extra_forbidden":
        return translate("Load", "unknown field (misspelt, or from another program?)")
    got = json.dumps(value, ensure_ascii=False) if _jsonable(value) else repr(value)
    if len(got) > 60:
        got = got[:57] + "..."
    return translate("Load", "{problem}, got {value}").format(problem=err["msg"], value=got)


def _jsonable(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool, type(None), list, dict))


def migrate(data: dict[str, Any], source: str) -> dict[str, Any]:
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PlanLoadError(source, [("version", translate("Load", "expected an integer version, got {value}").format(value=json.dumps(version)))])
    if version > FORMAT_VERSION:
        raise PlanLoadError(source, [("version", translate("Load", "the file is format version {version}; this planner reads versions up to {known}. "
                    "Open it with a newer planner.").format(version=version, known=FORMAT_VERSION))])
    if version < 1:
        raise PlanLoadError(source, [("version", translate("Load", "unknown format version {version}").format(version=version))])
    while data["version"] < FORMAT_VERSION:
        step = MIGRATIONS.get(data["version"])
        if step is None:
            raise PlanLoadError(source, [("version", translate("Load", "no migration from format version {version}").format(version=data["version"]))])
        data = step(dict(data))
    return data


def load_plan_text(text: str, source: str = "<plan>") -> Plan:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanLoadError(source, [("", translate("Load", "not valid JSON (line {line}, column {column}: {reason})").format(line=exc.lineno, column=exc.colno, reason=exc.msg))]) from None
    except RecursionError:
        raise PlanLoadError(source, [("", translate("Load", "not valid JSON (nested too deeply)"))]) from None
    if not isinstance(data, dict):
        raise PlanLoadError(source, [("", translate("Load", "not a plan file (expected a JSON object)"))])
    if data.get("format") != FORMAT_NAME:
        raise PlanLoadError(source, [("format", translate("Load", "expected \"{expected}\", got {value}: not a plan file").format(expected=FORMAT_NAME, value=json.dumps(data.get("format"), ensure_ascii=False)))])
    data = migrate(data, source)
    try:
        return Plan.model_validate(data)
    except ValidationError as exc:
        details = [(json_path(e["loc"]), _describe(e)) for e in exc.errors()]
        raise PlanLoadError(source, details) from None


def load_plan(path: str | os.PathLike[str]) -> Plan:
    p = Path(path)
    name = str(p)
    try:
        size = p.stat().st_size
        if size > MAX_PLAN_BYTES:
            raise PlanLoadError(name, [("", translate("Load", "the file is {size} bytes, too large to be a plan").format(size=size))])
        raw = p.read_bytes()
    except PlanLoadError:
        raise
    except OSError as exc:
        raise PlanLoadError(name, [("", translate("Load", "cannot read the file: {reason}").format(reason=exc.strerror or str(exc)))]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanLoadError(name, [("", translate("Load", "not UTF-8 text (byte {offset})").format(offset=exc.start))]) from None
    return load_plan_text(text, name)


LINE_WIDTH = 100


def _format(value: Any, indent: int, prefix: str) -> list[str]:
    """Lines for ``prefix + value``: on one line when it fits, else one member a line.

    Small objects (a pool, a node pool, a port) stay on one line, as in the
    format's own example, so a diff shows one changed line per changed thing.
    """
    pad = " " * indent
    flat = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if not isinstance(value, (dict, list)) or not value or indent + len(prefix) + len(flat) + 1 <= LINE_WIDTH:
        return [pad + prefix + flat]
    if isinstance(value, dict):
        items = [(json.dumps(k, ensure_ascii=False) + ": ", v) for k, v in value.items()]
        open_, close = "{", "}"
    else:
        items = [("", v) for v in value]
        open_, close = "[", "]"
    lines = [pad + prefix + open_]
    for i, (key, item) in enumerate(items):
        sub = _format(item, indent + 2, key)
        if i < len(items) - 1:
            sub[-1] += ","
        lines.extend(sub)
    lines.append(pad + close)
    return lines


def _omit_optional_defaults(model: BaseModel, data: dict[str, Any]) -> dict[str, Any]:
    """Drop the fields marked ``OPTIONAL`` in plan.py while they hold their default."""
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        extra = field.json_schema_extra
        if isinstance(extra, dict) and extra.get("omit_when_default") and value == field.get_default(call_default_factory=True):
            data.pop(name, None)
        elif isinstance(value, BaseModel):
            _omit_optional_defaults(value, data[name])
        elif isinstance(value, list):
            for item, item_data in zip(value, data[name]):
                if isinstance(item, BaseModel):
                    _omit_optional_defaults(item, item_data)
    return data


def plan_file_data(plan: Plan) -> dict[str, Any]:
    """The plan as the file holds it (JSON types, optional fields at their default left out)."""
    return _omit_optional_defaults(plan, plan.model_dump(mode="json"))


def dump_plan_text(plan: Plan) -> str:
    """The canonical file text: fixed key order, 2-space indent, trailing newline."""
    return "\n".join(_format(plan_file_data(plan), 0, "")) + "\n"


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new content, never a mix."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        except FileNotFoundError:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    atomic_write_bytes(path, dump_plan_text(plan).encode("utf-8"))

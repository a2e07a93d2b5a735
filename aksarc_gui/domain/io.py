"""Load, migrate and save plan files.

Loading never raises anything but :class:`PlanLoadError`, whose message names the
file, the JSON path and the bad value; saving is atomic (temporary file in the
same folder, fsync, replace) so a crash or a full disk never leaves half a plan.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from aksarc_gui.domain.error_text import preview as _preview
from aksarc_gui.domain.error_text import validation_message
from aksarc_gui.domain.file_stamp import FileStamp, stamp_of, written_stamp
from aksarc_gui.domain.output import STDOUT, write_output
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
        super().__init__(one_line(line))


def one_line(text: str) -> str:
    """``text`` with every unprintable character escaped: a newline, a bidi control or a lone
    surrogate in a key, a value or the file name must not split or reorder a message."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"
                   for ch in text)


def json_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def migrate(data: dict[str, Any], source: str) -> dict[str, Any]:
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PlanLoadError(source, [("version", translate("Load", "expected an integer version, got {value}").format(value=_preview(version)))])
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


class _Duplicated(dict):  # type: ignore[type-arg]
    """A JSON object in which ``duplicate`` appeared twice: kept to be reported with its path."""

    duplicate: str


class _LongNumber(Exception):
    def __init__(self, digits: int):
        self.digits = digits


class _NotJsonConstant(Exception):
    def __init__(self, name: str):
        self.name = name


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys must be unique: json.loads would keep the last one silently."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out and not isinstance(out, _Duplicated):
            out = _Duplicated(out)
            out.duplicate = key
        out[key] = value
    return out


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:  # over Python's digit limit (sys.get_int_max_str_digits)
        raise _LongNumber(len(text.lstrip("-"))) from None


def _constant(name: str) -> Any:
    raise _NotJsonConstant(name)  # NaN, Infinity, -Infinity: Python accepts them, JSON does not


def _parse_json(text: str, source: str) -> Any:
    def fail(message: str) -> PlanLoadError:
        return PlanLoadError(source, [("", message)])

    try:
        return json.loads(text, object_pairs_hook=_object, parse_int=_integer, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise fail(translate("Load", "not valid JSON (line {line}, column {column}: {reason})").format(line=exc.lineno, column=exc.colno, reason=exc.msg)) from None
    except RecursionError:
        raise fail(translate("Load", "not valid JSON (nested too deeply)")) from None
    except _LongNumber as exc:
        raise fail(translate("Load", "a number has {digits} digits, too many to be a plan value").format(digits=exc.digits)) from None
    except _NotJsonConstant as exc:
        raise fail(translate("Load", "not valid JSON ({name} is not a JSON value)").format(name=exc.name)) from None


def _lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _check_text(data: Any, source: str) -> None:
    """Refuse a key given twice in one object, and strings that hold a lone surrogate ("\\ud800"):
    JSON allows the escape, but such a plan could be neither saved nor printed.  The first in
    document order is reported with its path.  Iterative: nesting depth costs no recursion."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), data)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, str):
            if _lone_surrogate(value):
                _surrogate_error(source, loc)
        elif isinstance(value, dict):
            if isinstance(value, _Duplicated):
                key = json.dumps(value.duplicate, ensure_ascii=True)
                raise PlanLoadError(source, [(json_path(loc), translate(
                    "Load", "the key {key} appears twice in one object; keep one").format(key=key))])
            for key in value:
                if _lone_surrogate(key):
                    _surrogate_error(source, (*loc, key))
            stack.extend(((*loc, key), item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(((*loc, i), value[i]) for i in range(len(value) - 1, -1, -1))


def _surrogate_error(source: str, loc: tuple[Any, ...]) -> None:
    path = json_path(tuple(p.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(p, str) else p
                           for p in loc))
    raise PlanLoadError(source, [(path, translate("Load", "the text holds a lone surrogate (an unpaired "
                                                          "\\uD800-\\uDFFF escape), which is not valid Unicode"))])


def load_plan_text(text: str, source: str = "<plan>") -> Plan:
    data = _parse_json(text, source)
    if not isinstance(data, dict):
        raise PlanLoadError(source, [("", translate("Load", "not a plan file (expected a JSON object)"))])
    _check_text(data, source)
    if data.get("format") != FORMAT_NAME:
        raise PlanLoadError(source, [("format", translate("Load", "expected \"{expected}\", got {value}: not a plan file").format(expected=FORMAT_NAME, value=_preview(data.get("format"))))])
    data = migrate(data, source)
    try:
        return Plan.model_validate(data)
    except ValidationError as exc:
        details = [(json_path(e["loc"]), validation_message(e)) for e in exc.errors()]
        raise PlanLoadError(source, details) from None


def _read_regular_file(p: Path) -> tuple[bytes, os.stat_result]:
    """The file's bytes, at most MAX_PLAN_BYTES, and its status as read (for the file's stamp); a
    FIFO, device or folder is refused before it is read.

    The limit applies to what is read, not to ``st_size`` (which a /proc file or a file
    that grows while it is read does not tell truly).  O_NONBLOCK: opening a FIFO that
    appeared after the check must not wait for a writer.
    """
    name = str(p)
    if not stat.S_ISREG(os.stat(p).st_mode):
        raise PlanLoadError(name, [("", translate("Load", "not a regular file (a folder, pipe or device); a plan is a file"))])
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise PlanLoadError(name, [("", translate("Load", "not a regular file (a folder, pipe or device); a plan is a file"))])
        raw = fh.read(MAX_PLAN_BYTES + 1)
        st = os.fstat(fh.fileno())
    if len(raw) > MAX_PLAN_BYTES:
        raise PlanLoadError(name, [("", translate("Load", "the file is larger than {size} bytes, too large to be a plan").format(size=MAX_PLAN_BYTES))])
    return raw, st


def load_plan(path: str | os.PathLike[str]) -> Plan:
    return read_plan_file(path)[0]


def read_plan_file(path: str | os.PathLike[str]) -> tuple[Plan, FileStamp | None]:
    """The plan in ``path`` and the stamp of what was read (to notice when another program changes the file)."""
    p = Path(path)
    name = str(p)
    try:
        raw, st = _read_regular_file(p)
    except PlanLoadError:
        raise
    except OSError as exc:
        raise PlanLoadError(name, [("", translate("Load", "cannot read the file: {reason}").format(reason=exc.strerror or str(exc)))]) from None
    except ValueError as exc:  # a path with a NUL byte
        raise PlanLoadError(name, [("", translate("Load", "cannot read the file: {reason}").format(reason=str(exc)))]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanLoadError(name, [("", translate("Load", "not UTF-8 text (byte {offset})").format(offset=exc.start))]) from None
    return load_plan_text(text, name), stamp_of(st, raw)


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
    """Write ``data`` to ``path`` (atomic for a regular file); see :func:`output.write_output`."""
    write_output(path, data)


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> FileStamp | None:
    """Save atomically; a symlink is kept, a pipe or device written through, a read-only file refused.

    Returns the stamp of the file written (None for a pipe or device)."""
    data = dump_plan_text(plan).encode("utf-8")
    write_output(path, data)
    return None if os.fspath(path) == STDOUT else written_stamp(path, data)

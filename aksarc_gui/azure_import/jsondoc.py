"""Walk a JSON document with its path at hand, so every complaint names file and JSON path.

A field the reader needs that is missing or of the wrong type is an error
(:class:`AzureReadError`, the import writes nothing); a field the reader does not know is a
warning (newer CLI versions add fields; the import still goes on, but says what it skipped).
"""

from __future__ import annotations

import json
import math
import os
import stat
from dataclasses import dataclass, field
from typing import Any

from aksarc_gui.i18n import translate

MAX_AZ_BYTES = 256 * 1024 * 1024  # a list of thousands of NICs is a few MB; this guards against a wrong file


class AzureReadError(Exception):
    """Az output that cannot be read: ``str()`` is one line naming the file and JSON path."""

    def __init__(self, source: str, path: str, message: str):
        self.source, self.path, self.message = source, path, message
        super().__init__(f"{source}: {path}: {message}" if path else f"{source}: {message}")


@dataclass
class Notes:
    """Warnings collected while reading (unknown fields, values left out)."""

    items: list[str] = field(default_factory=list)

    def add(self, source: str, path: str, message: str) -> None:
        self.items.append(f"{source}: {path}: {message}" if path else f"{source}: {message}")


def _kind_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return translate("AzureImport", "a number")
    if isinstance(value, str):
        return translate("AzureImport", "a string")
    if isinstance(value, list):
        return translate("AzureImport", "a list")
    return translate("AzureImport", "an object")


@dataclass(frozen=True)
class Node:
    """One value of a document and where it sits: ``source`` (file) and ``path`` (``[2].properties.vlan``)."""

    value: Any
    source: str
    path: str

    def fail(self, message: str) -> AzureReadError:
        return AzureReadError(self.source, self.path, message)

    def child_path(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    # -- shapes ---------------------------------------------------------------------------------
    def obj(self) -> Node:
        if not isinstance(self.value, dict):
            raise self.fail(translate("AzureImport", "expected an object, found {kind}").format(kind=_kind_name(self.value)))
        return self

    def items(self) -> list[Node]:
        """The elements of a list; ``null`` reads as an empty list (az prints null for empty arrays)."""
        if self.value is None:
            return []
        if not isinstance(self.value, list):
            raise self.fail(translate("AzureImport", "expected a list, found {kind}").format(kind=_kind_name(self.value)))
        return [Node(v, self.source, self.child_path(i)) for i, v in enumerate(self.value)]

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and self.value.get(key) is not None

    def get(self, key: str, *alternatives: str) -> Node:
        """The member ``key`` (or the first alternative spelling present); missing is an error."""
        self.obj()
        for name in (key, *alternatives):
            if name in self.value:
                return Node(self.value[name], self.source, self.child_path(name))
        raise AzureReadError(self.source, self.child_path(key), translate("AzureImport", "required field is missing"))

    def opt(self, key: str, *alternatives: str) -> Node:
        """The member, or a ``null`` node where it is missing."""
        self.obj()
        for name in (key, *alternatives):
            if name in self.value:
                return Node(self.value[name], self.source, self.child_path(name))
        return Node(None, self.source, self.child_path(key))

    # -- scalars --------------------------------------------------------------------------------
    def text(self) -> str:
        if not isinstance(self.value, str):
            raise self.fail(translate("AzureImport", "expected a string, found {kind}").format(kind=_kind_name(self.value)))
        return self.value

    def opt_text(self, default: str = "") -> str:
        return default if self.value is None else self.text()

    def integer(self) -> int:
        """A whole number; a string of digits is accepted too (``info`` counters are strings in the spec)."""
        value = self.value
        # ASCII digits only ("²" is a digit to str.isdigit but no number) and short enough for int().
        digits = value.strip().removeprefix("-") if isinstance(value, str) else ""
        if digits.isascii() and digits.isdigit() and len(digits) <= 18:
            return int(value.strip())
        if (isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
                or int(value) != value):
            raise self.fail(translate("AzureImport", "expected a whole number, found {value}").format(
                value=json.dumps(value, ensure_ascii=False)))
        return int(value)

    def opt_integer(self) -> int | None:
        return None if self.value is None else self.integer()

    def boolean(self, default: bool = False) -> bool:
        if self.value is None:
            return default
        if isinstance(self.value, str) and self.value.lower() in ("true", "false"):
            return self.value.lower() == "true"
        if not isinstance(self.value, bool):
            raise self.fail(translate("AzureImport", "expected true or false, found {value}").format(
                value=json.dumps(self.value, ensure_ascii=False)))
        return self.value

    # -- unknown fields -------------------------------------------------------------------------
    def unknown(self, known: frozenset[str], notes: Notes) -> None:
        """Warn about members the reader does not understand (and so leaves out of the plan)."""
        if isinstance(self.value, dict):
            for key in self.value:
                if key not in known:
                    notes.add(self.source, self.child_path(key),
                              translate("AzureImport", "unknown field, not imported"))


def parse_json(text: str, source: str) -> Node:
    try:
        return Node(json.loads(text), source, "")
    except json.JSONDecodeError as exc:
        raise AzureReadError(source, "", translate("AzureImport", "not JSON (line {line}, column {column}: {reason}); "
                                                   "run the az command with -o json").format(
            line=exc.lineno, column=exc.colno, reason=exc.msg)) from None
    except (ValueError, RecursionError):
        # an integer past Python's digit limit, or nesting deeper than the parser's stack
        raise AzureReadError(source, "", translate("AzureImport", "not az output: a number too long or nesting "
                                                   "too deep")) from None


def read_json_file(path: str) -> Node:
    try:
        # A FIFO or device would be read forever (or block at open): only regular files are az output.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise AzureReadError(path, "", translate("AzureImport", "not a regular file"))
        with open(path, "rb") as fh:
            data = fh.read(MAX_AZ_BYTES + 1)
    except OSError as exc:
        raise AzureReadError(path, "", translate("AzureImport", "cannot read the file: {reason}").format(
            reason=exc.strerror or str(exc))) from None
    if len(data) > MAX_AZ_BYTES:
        raise AzureReadError(path, "", translate("AzureImport", "the file is too large to be az output"))
    # Windows PowerShell 5.1's ">" writes UTF-16 with a byte order mark; Out-File -Encoding utf8 a UTF-8 one.
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise AzureReadError(path, "", translate("AzureImport", "the file is not UTF-8 or UTF-16 text")) from None
    return parse_json(text, path)

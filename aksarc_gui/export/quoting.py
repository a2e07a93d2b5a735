"""Quoting of plan values for bash and for PowerShell calling ``az.cmd``.

Everything here passes a value *byte for byte*: a name from a plan is data,
never code.  Values are left bare only when they cannot mean anything to the
shell, so the usual ``10.220.32.1`` or ``rg-hci`` stay readable.

PowerShell on Windows runs ``az`` as ``az.cmd``, so an argument is parsed twice:
by PowerShell, then by ``cmd.exe`` (az-cli reference, section 8).  Values with
``( ) & | < > ^`` or whitespace travel as ``'"..."'``; values holding ``%`` (cmd
expands it even inside double quotes), a double quote, or a control character
(a newline ends the cmd line) cannot be passed unchanged, so the caller refuses
them instead of emitting a command that would change them.
"""

from __future__ import annotations

import re

from aksarc_gui.export.visible import visible
from aksarc_gui.i18n import QT_TRANSLATE_NOOP, translate

# bash: characters that are never special in a word (no glob, no tilde at the start,
# no expansion, no word splitting).
_BASH_BARE = re.compile(r"[A-Za-z0-9_./:,=@+-]+")
# Inside bash double quotes only these stay special (and ! with history expansion on).
_BASH_DQ_SPECIAL = re.compile(r'[$`"\\!]')

# PowerShell: a bare word is an address, a CIDR or range, an integer, or a word that
# starts with a letter (so it can never be read as a number, a variable, an array
# or a parameter).
_PS_BARE = re.compile(r"\d{1,3}(\.\d{1,3}){3}(/\d{1,2}|-\d{1,3}(\.\d{1,3}){3})?|0|[1-9]\d{0,8}|[A-Za-z][A-Za-z0-9_.-]*", re.ASCII)
# PowerShell treats these as single quotes too (U+2018..U+201B).
_PS_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
# Characters that cmd.exe acts on outside double quotes (and whitespace, which splits).
_CMD_META = re.compile(r"[()&|<>^\s]")
# Characters az.cmd cannot receive unchanged at all.
_CMD_UNSAFE = re.compile(r'[%"\x00-\x1f\x7f\x85\u2028\u2029]')
# Line breaks and other controls that would end or garble a comment line.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


class UnsafeValue(ValueError):
    """A value that a dialect cannot pass unchanged; ``str()`` says why, in one line."""


def bash_quote(value: str) -> str:
    """One bash word that expands to exactly ``value``."""
    if "\x00" in value:
        raise UnsafeValue(translate("Scripts", UNSAFE_TEXT["nul"]))
    if _BASH_BARE.fullmatch(value) and not value.startswith(("=", "@")):
        return value
    if "'" in value and bash_double_quoted_part(value) is not None:
        return '"' + value + '"'  # reads better than '\'' for a value with an apostrophe
    return "'" + value.replace("'", "'\\''") + "'"


def bash_double_quoted_part(value: str) -> str | None:
    """``value`` as text that can sit inside bash double quotes, or None if it cannot."""
    if _BASH_DQ_SPECIAL.search(value) or _CONTROL.search(value):
        return None
    return value


def cmd_unsafe_reason(value: str) -> str | None:
    """Why ``az.cmd`` on Windows cannot receive ``value`` unchanged (None: it can)."""
    if "%" in value:
        return "%"
    if '"' in value:
        return '"'
    if _CMD_UNSAFE.search(value):
        return "control"
    return None


def needs_cmd_wrap(value: str) -> bool:
    """Whether ``value`` must reach cmd.exe inside double quotes (az-cli reference, section 8)."""
    return bool(_CMD_META.search(value)) or value == ""


def cmd_wrapped(value: str) -> str:
    """``value`` in double quotes for cmd.exe and the C runtime's argument parser.

    Backslashes are literal there except before a double quote, so trailing ones
    are doubled to keep the closing quote a quote.
    """
    stripped = value.rstrip("\\")
    return '"' + stripped + "\\" * (2 * (len(value) - len(stripped))) + '"'


def ps_single_quoted(value: str) -> str:
    """A PowerShell single-quoted literal of ``value`` (every kind of single quote doubled)."""
    out = []
    for ch in value:
        out.append(ch + ch if ch in _PS_SINGLE_QUOTES else ch)
    return "'" + "".join(out) + "'"


def ps_quote(value: str) -> str:
    """A PowerShell argument that reaches ``az.cmd`` -- and so az itself -- as exactly ``value``.

    Raises :class:`UnsafeValue` for values that cannot survive cmd.exe.
    """
    reason = cmd_unsafe_reason(value)
    if reason is not None:
        raise UnsafeValue(translate("Scripts", UNSAFE_TEXT[reason]))
    if needs_cmd_wrap(value):
        return ps_single_quoted(cmd_wrapped(value))
    if _PS_BARE.fullmatch(value):
        return value
    return ps_single_quoted(value)


# Why a value cannot be passed (comment text in the scripts; translated where raised).
UNSAFE_TEXT = {
    "%": QT_TRANSLATE_NOOP("Scripts", "it contains %, which cmd.exe expands even inside double quotes"),
    '"': QT_TRANSLATE_NOOP("Scripts", "it contains a double quote, which az.cmd on Windows would drop"),
    "control": QT_TRANSLATE_NOOP("Scripts", "it contains a line break or another control character, which "
                                            "ends the cmd.exe line"),
    "nul": QT_TRANSLATE_NOOP("Scripts", "a NUL character cannot be passed as an argument"),
}


def comment_safe(text: str) -> str:
    """``text`` on one line, as a reviewer must see it: line breaks, controls, bidirectional
    overrides and other characters that do not show become visible escapes (``visible``)."""
    return visible(text)


def shown(value: str) -> str:
    """A value quoted for a comment; the comment itself makes hidden characters visible (once)."""
    return "\u201c" + value + "\u201d"

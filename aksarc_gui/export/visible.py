"""Text as a reviewer must see it: characters that do not show become escapes.

A plan name can hold characters that print as nothing or move other text
around: control characters, bidirectional overrides (U+202E turns ``abc`` into
``cba`` on screen), zero-width spaces and joiners, tag characters, no-break and
other odd spaces.  In a script comment or a workbook cell they would let a
reader see something other than what runs, so every such character is written
as an escape: ``\\n``, ``\\t``, ``\\r``, ``\\u202e``, ``\\U000e0041``.  A
backslash that would make literal text read like an escape is doubled, so the
shown text maps back to exactly one original.

Only what people read goes through here.  The values inside quoted shell
arguments stay exact: they are data that az must receive byte for byte.
"""

from __future__ import annotations

import re
import unicodedata

# Categories that never show as a glyph of their own: controls, format characters
# (bidi marks and overrides, zero-width space/joiners, soft hyphen, tags), surrogates,
# private use, unassigned, and line/paragraph separators.  Spaces other than U+0020
# are handled apart, so that a no-break space cannot pass for a plain one.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# Characters of other categories that render blank: the combining grapheme joiner,
# Hangul fillers, the braille blank, Khmer inherent vowels, variation selectors.
_BLANK = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Printable ASCII without the backslash: the common case needs no work at all.
_PLAIN = re.compile(r"[\x20-\x5b\x5d-\x7e]*")
# A literal backslash before one of these would read as the start of an escape.
_ESCAPE_STARTS = frozenset("nrtuU\\")


def is_hidden(ch: str) -> bool:
    """Whether ``ch`` shows as nothing (or as something it is not) on screen."""
    if ch == " ":
        return False
    if ch in _BLANK or "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef":
        return True
    category = unicodedata.category(ch)
    return category in _HIDDEN_CATEGORIES or category == "Zs"


def escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def visible(text: str, keep_newlines: bool = False) -> str:
    """``text`` with every hidden character escaped (line feeds kept when ``keep_newlines``)."""
    if _PLAIN.fullmatch(text):
        return text
    out: list[str] = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch == "\\":
            following = text[i + 1] if i < last else ""
            # doubled when what follows would read as an escape: n r t u U, a backslash, or a hidden character
            escaped_next = following in _ESCAPE_STARTS or (
                following != "" and is_hidden(following) and not (following == "\n" and keep_newlines))
            out.append("\\\\" if escaped_next else "\\")
        elif ch == "\n" and keep_newlines:
            out.append(ch)
        elif is_hidden(ch):
            out.append(escape(ch))
        else:
            out.append(ch)
    return "".join(out)


def has_hidden(text: str) -> bool:
    """Whether ``visible`` would change how ``text`` reads (a hidden character is in it)."""
    return not _PLAIN.fullmatch(text) and any(is_hidden(ch) for ch in text)

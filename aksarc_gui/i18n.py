"""Translation hook for the Qt-free core.

Every user-facing string of the core is written as ``translate("Context", "text
with {placeholders}").format(name=value)`` so that ``pyside6-lupdate`` extracts it
into the same ``.ts`` files as the GUI's strings.  (lupdate reads a bare
``tr(context, text)`` as ``QObject.tr(text, disambiguation)`` and loses the
context, and it skips calls with keyword arguments: hence this exact shape, which a
test enforces.)  The core never imports Qt: the GUI installs
a translator that calls ``QCoreApplication.translate``; the command line loads
the ``.ts`` catalog itself (:func:`load_ts_catalog`).  Placeholders are filled
*after* translation, so word order is the translator's choice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_language = "en"


def translate(context: str, text: str) -> str:
    """Return ``text`` in the current language (the English source when untranslated)."""
    if _translator is None:
        return text
    return _translator(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    """Mark a string for extraction without translating it now (tables of labels)."""
    return text


def tr(context: str, text: str, /, **params: object) -> str:
    """Translate, then fill named placeholders (for strings lupdate need not see)."""
    out = translate(context, text)
    return out.format(**params) if params else out


def set_translator(translator: Translator | None, language: str = "en") -> None:
    global _translator, _language
    _translator = translator
    _language = language


def current_language() -> str:
    return _language


def load_ts_catalog(path: Path) -> dict[tuple[str, str], str]:
    """Read the finished translations of a Qt ``.ts`` file (Qt-free)."""
    import xml.etree.ElementTree as ET  # the command line's catalogs only: the GUI's start-up needs no XML

    catalog: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            node = msg.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                catalog[(name, source)] = node.text
    return catalog


def catalog_translator(catalog: dict[tuple[str, str], str]) -> Translator:
    return lambda context, text: catalog.get((context, text), text)

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

import string
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_language = "en"


class Translated(str):
    """A translated template: ``.format()`` fills it with :func:`fill`, which leaves out
    the spaces Chinese does not want next to a Chinese value.  Everything else is ``str``."""

    __slots__ = ()

    def format(self, *args: object, **params: object) -> str:  # noqa: A003 - str's own name
        if args:
            return str(self).format(*args, **params)
        return fill(self, params)


def translate(context: str, text: str) -> str:
    """Return ``text`` in the current language (the English source when untranslated).

    In English the source itself comes back, a plain ``str``; in another language a
    :class:`Translated`, so ``translate(ctx, text).format(...)`` spaces Chinese right.
    """
    if _translator is None:
        return text
    return Translated(_translator(context, text) or text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    """Mark a string for extraction without translating it now (tables of labels)."""
    return text


def tr(context: str, text: str, /, **params: object) -> str:
    """Translate, then fill named placeholders (for strings lupdate need not see)."""
    out = translate(context, text)
    return fill(out, params) if params else out


_FORMATTER = string.Formatter()


def _wide(ch: str) -> bool:
    """A Chinese character or full-width punctuation: no space is set next to it in Chinese text."""
    return unicodedata.east_asian_width(ch) in "WF" or ch in "“”‘’"


def fill(template: str, params: dict[str, object]) -> str:
    """``template.format(**params)``, minus the spaces Chinese text does not want.

    A Chinese translation sets a space between Chinese and a placeholder
    (``与 {what} 重叠``) because most values are addresses or names in Latin
    letters.  When the value itself is Chinese (a fragment such as
    ``逻辑网络 aks-lnet-01（10.0.0.0/24）``), that space sits between two Chinese
    characters and is dropped.  Spaces inside values are never touched.
    """
    pieces: list[tuple[str, bool]] = []  # (text, is a filled-in value)
    for literal, field, spec, conversion in _FORMATTER.parse(template):
        if literal:
            pieces.append((literal, False))
        if field is not None:
            value, _ = _FORMATTER.get_field(field, (), params)
            value = _FORMATTER.convert_field(value, conversion)
            spec = _FORMATTER.vformat(spec, (), params) if spec else ""
            pieces.append((_FORMATTER.format_field(value, spec), True))
    for i, (text, is_value) in enumerate(pieces):
        if not is_value or not text:
            continue
        before = pieces[i - 1] if i > 0 else None
        if before and not before[1] and before[0].endswith(" ") and len(before[0]) > 1 \
                and _wide(before[0][-2]) and _wide(text[0]):
            pieces[i - 1] = (before[0][:-1], False)
        after = pieces[i + 1] if i + 1 < len(pieces) else None
        if after and not after[1] and after[0].startswith(" ") and len(after[0]) > 1 \
                and _wide(after[0][1]) and _wide(text[-1]):
            pieces[i + 1] = (after[0][1:], False)
    return "".join(text for text, _ in pieces)


def set_translator(translator: Translator | None, language: str = "en") -> None:
    global _translator, _language
    _translator = translator
    _language = language


def current_language() -> str:
    return _language


def load_ts_catalog(path: Path) -> dict[tuple[str, str], str]:
    """Read the finished translations of a Qt ``.ts`` file (Qt-free).

    A numerus message (``%n`` in Qt code) has one ``<numerusform>`` per plural
    form; Chinese has a single form, so the first one stands for all counts.
    """
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
            text = node.text
            if msg.get("numerus") == "yes":
                text = next((f.text for f in node.iter("numerusform") if f.text), None)
            if text:
                catalog[(name, source)] = text
    return catalog


def catalog_translator(catalog: dict[tuple[str, str], str]) -> Translator:
    return lambda context, text: catalog.get((context, text), text)


# --- choosing a language ---------------------------------------------------

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES: tuple[str, ...] = (ENGLISH, CHINESE)  # English is the source language: no catalog
LANGUAGE_NAMES = {ENGLISH: "English", CHINESE: "简体中文"}  # each in its own language, as menus show them


def normalize_language(name: str | None) -> str:
    """Map a locale name (``zh``, ``zh-CN``, ``zh_Hans_CN``, ``en_US.UTF-8`` ...) to a supported language.

    Every Chinese locale gets the Simplified Chinese catalog (the only Chinese one);
    anything else, or nothing, gets English.
    """
    if not name:
        return ENGLISH
    return CHINESE if name.strip().lower().replace("-", "_").startswith("zh") else ENGLISH


def catalog_path(language: str) -> Path:
    """The ``.ts`` source of a language (read by the Qt-free command line)."""
    from aksarc_gui.assets import resource_path

    return resource_path("translations", f"aksarc_{language}.ts")


def compiled_catalog_path(language: str) -> Path:
    """The compiled ``.qm`` of a language (loaded by the GUI's QTranslator)."""
    from aksarc_gui.assets import resource_path

    return resource_path("translations", f"aksarc_{language}.qm")


class CatalogMissing(RuntimeError):
    """The translation catalog of a language is not where the installation should have put it."""


def use_language(language: str) -> None:
    """Translate the core's messages into ``language`` (Qt-free; the command line uses this).

    Raises :class:`CatalogMissing` with a one-line message when the catalog cannot be read;
    the language then stays as it was.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; choose one of {', '.join(LANGUAGES)}")
    if language == ENGLISH:
        set_translator(None, ENGLISH)
        return
    from xml.etree.ElementTree import ParseError

    path = catalog_path(language)
    try:
        catalog = load_ts_catalog(path)
    except (OSError, ParseError) as exc:
        raise CatalogMissing(f"cannot read the {language} translations ({path.name}): {exc}") from exc
    set_translator(catalog_translator(catalog), language)


@contextmanager
def language(name: str) -> Iterator[None]:
    """Use ``name`` inside the block, then restore whatever translator was installed (tests, exports)."""
    saved = (_translator, _language)
    use_language(name)
    try:
        yield
    finally:
        set_translator(*saved)


# --- text width in a terminal -----------------------------------------------

def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK characters are two columns wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def ljust_display(text: str, width: int) -> str:
    """``str.ljust`` by display columns, so tables of Chinese text line up."""
    return text + " " * max(0, width - display_width(text))

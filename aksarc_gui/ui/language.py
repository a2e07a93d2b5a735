"""The GUI's language: which one, remembered where, and the translators that make it so.

``install_translators(app, language)`` loads our compiled catalog and Qt's own
(so standard buttons and dialogs speak the same language), and points the Qt-free
core's ``i18n`` hook at ``QCoreApplication.translate``: problem messages, role
labels and report headings computed by the core then follow the GUI's language.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from aksarc_gui import i18n
from aksarc_gui.ui.settings import make_settings

ENV_VAR = "AKSARC_PLANNER_LANG"  # overrides the saved choice for one run (screenshots, support)
SETTINGS_KEY = "ui/language"  # value: "en" or "zh_CN", in the app's settings file (ui.settings)


def _log():  # noqa: ANN202 - logging is imported only when there is something to say (3 ms at start-up)
    import logging

    return logging.getLogger(__name__)


_installed: list[QTranslator] = []
_latin_font: QFont | None = None  # the application font before a Chinese one replaced it

# Simplified Chinese UI fonts, best first: Windows, macOS, then the free ones of Linux desktops.
CHINESE_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                 "Source Han Sans SC", "WenQuanYi Micro Hei")


def system_language(locale: QLocale | None = None) -> str:
    """The language to start in when the user never chose one: any Chinese locale -> zh_CN, else en."""
    return i18n.normalize_language((locale or QLocale.system()).name())


def saved_language(settings: QSettings | None = None) -> str:
    """The language the user chose (View > Language), or the system's when none was chosen."""
    value = (settings or make_settings()).value(SETTINGS_KEY)
    return value if value in i18n.LANGUAGES else system_language()


def startup_language(option: str | None = None, settings: QSettings | None = None) -> str:
    """The language to start in: a ``--lang`` option, else $AKSARC_PLANNER_LANG, else the saved choice,
    else the system's.  Unknown names count as not given."""
    for value in (option, os.environ.get(ENV_VAR)):
        if value in i18n.LANGUAGES:
            return value
    return saved_language(settings)


def save_language(language: str, settings: QSettings | None = None) -> None:
    if language not in i18n.LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    settings = settings or make_settings()
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def _qt_catalog(language: str, parent: QCoreApplication) -> QTranslator | None:
    """Qt's own translations (standard buttons, file dialogs), when this Qt ships them."""
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        return translator
    _log().info("Qt's own %s translations not found in %s; standard buttons stay in English", language, folder)
    return None


def chinese_font(base: QFont) -> QFont:
    """``base`` with the first installed Chinese UI font in front of its families.

    Qt would find Chinese glyphs through font fallback anyway, but then every size
    is measured with the Latin font's metrics, and Chinese glyphs, which are taller,
    touch the lines below them wherever a view lays text out by ``fontMetrics().height()``.
    With a Chinese font first, the metrics are those of the glyphs actually drawn.
    """
    installed = set(QFontDatabase.families())
    family = next((f for f in CHINESE_FONTS if f in installed), None)
    font = QFont(base)
    if family is not None and base.families()[:1] != [family]:
        font.setFamilies([family, *base.families()])
    return font


def _apply_font(app: QCoreApplication, language: str) -> None:
    global _latin_font
    if not isinstance(app, QApplication):
        return  # no widgets, no fonts to choose
    if _latin_font is None:
        _latin_font = app.font()
    app.setFont(chinese_font(_latin_font) if language == i18n.CHINESE else _latin_font)


def install_translators(app: QCoreApplication, language: str) -> str:
    """Make ``language`` the running app's language; returns the language actually in effect.

    Call once at start-up before any window is built, and again to switch: previous
    translators are removed first.  Chinese also puts a Chinese UI font first
    (:func:`chinese_font`); English brings the original font back.  Installing a translator sends every widget a
    ``QEvent.LanguageChange``; widgets that want to follow live re-set their texts there.
    A missing catalog (broken installation) falls back to English rather than failing.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in i18n.LANGUAGES else i18n.ENGLISH
    if language != i18n.ENGLISH:
        ours = QTranslator(app)
        path = i18n.compiled_catalog_path(language)
        if not ours.load(str(path)):
            _log().warning("cannot load %s; the interface stays in English", path)
            language = i18n.ENGLISH
        else:
            qt = _qt_catalog(language, app)
            for translator in (ours, qt):
                if translator is not None:
                    app.installTranslator(translator)
                    _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    _apply_font(app, language)
    if language == i18n.ENGLISH:
        i18n.set_translator(None, i18n.ENGLISH)
    else:
        i18n.set_translator(lambda context, text: QCoreApplication.translate(context, text), language)
    return language


# Said in the language just chosen (the running interface may not read it yet), so not
# looked up in the catalog.
RESTART_NOTES = {
    i18n.ENGLISH: "The planner will speak English the next time it starts.",
    i18n.CHINESE: "规划器下次启动时将使用简体中文。",
}


def show_restart_note(parent: QWidget, language: str) -> None:
    """Tell the user that the chosen language applies from the next start."""
    QMessageBox.information(parent, i18n.LANGUAGE_NAMES[language], RESTART_NOTES[language])


def language_menu(parent: QWidget, on_chosen: Callable[[str], None] | None = None) -> QMenu:
    """A "Language" menu listing each language in its own name; the current one is checked.

    Choosing one saves it (QSettings) and calls ``on_chosen(language)``: by default a note
    that the language applies from the next start.  A window that can re-set its texts
    passes its own handler, which calls :func:`install_translators` and retranslates.
    """
    on_chosen = on_chosen or (lambda language: show_restart_note(parent, language))
    menu = QMenu(QCoreApplication.translate("Language", "&Language"), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = i18n.current_language()
    for language in i18n.LANGUAGES:
        action = QAction(i18n.LANGUAGE_NAMES[language], menu)
        action.setCheckable(True)
        action.setChecked(language == current)
        action.setData(language)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        language = action.data()
        if language != i18n.current_language():
            save_language(language)
            on_chosen(language)

    group.triggered.connect(chosen)
    return menu

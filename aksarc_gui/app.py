"""``aksarc-planner [PLAN]``: the desktop app.

Opens PLAN; without one, the plan open when the window last closed, the bundled
sample plan at the very first start, else the start page.  ``--screenshot PNG``
renders the window offscreen at 1440x900 (``--screenshot-size 1280x720`` for another
screen) with the plan loaded, writes the PNG and exits (0; 2 when the plan does not
load, message on stderr).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from aksarc_gui import __version__
from aksarc_gui.i18n import LANGUAGES, translate

EXIT_OK, EXIT_LOAD = 0, 2
SCREENSHOT_SIZE = (1440, 900)
# Qt maps a PNG "quality" to a zlib level: 80 is level 1.  Qt's default (level 6) spends a
# third more time compressing a window screenshot and the file is not even smaller.
SCREENSHOT_PNG_QUALITY = 80


def screen_size(text: str) -> tuple[int, int]:
    """'1280x720' -> (1280, 720); argparse turns the ValueError into a usage message."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit() and 320 <= int(width) <= 10000
            and 240 <= int(height) <= 10000):
        raise argparse.ArgumentTypeError(translate(
            "App", "{size}: give the size as WIDTHxHEIGHT, e.g. 1280x720").format(size=text))
    return int(width), int(height)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aksarc-planner", description=translate(
        "App", "AKS Arc Network Planner: plan the IP addresses AKS enabled by Azure Arc needs."))
    parser.add_argument("plan", nargs="?", help=translate(
        "App", "the plan file (.aksplan) to open; when omitted, the plan open when the planner last closed"))
    parser.add_argument("--screenshot", metavar="PNG", help=translate(
        "App", "render the window offscreen at 1440x900 into PNG and exit"))
    parser.add_argument("--screenshot-size", metavar="WxH", type=screen_size, default=SCREENSHOT_SIZE, help=translate(
        "App", "the screen size --screenshot renders for, e.g. 1280x720 (default 1440x900)"))
    parser.add_argument("--lang", choices=LANGUAGES, help=translate(
        "App", "interface language (default: the one chosen in View > Language, else the system's)"))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _make_app(argv: list[str], language: str = "en"):  # noqa: ANN202 - QApplication, imported late
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from aksarc_gui.ui.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance()
    if app is None:
        # Fractional scale factors (150 % on Windows) as they are, not rounded: crisp on high-DPI screens.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(argv)
        from aksarc_gui.ui.app_icon import install_identity

        install_identity(app)
    # Our catalog, Qt's own, and the Qt-free core's messages, all in one language.
    from aksarc_gui.ui.language import install_translators

    install_translators(app, language)
    return app


def _start_language(option: str | None, screenshot: bool) -> str:
    """--lang, else $AKSARC_PLANNER_LANG, else (not for screenshots, which must not depend on
    the machine) the language chosen in View > Language, else the system's."""
    from aksarc_gui.ui.language import ENV_VAR, startup_language

    if screenshot:
        return startup_language(option or os.environ.get(ENV_VAR) or "en")
    return startup_language(option)


def _start_up_done() -> None:
    """Freeze what start-up built, and collect cycles again from now on.

    Start-up allocates some 50 000 long-lived objects (pydantic's validators, Qt's
    enum types and wrappers, the window): with the collector on, it walked them about
    a hundred times before the window showed (15-25 ms), and each full collection
    after that, the one at exit included, walks them all again (about 20 ms each).
    Frozen, they are left out of every collection; they live as long as the app.
    """
    gc.freeze()
    gc.enable()


def _load_error_in(language: str, path: str) -> str | None:
    """The load error worded in ``language``: Qt is not running yet, so read the catalog
    (only now, so that a plan that loads costs no XML parsing at start-up)."""
    from aksarc_gui import i18n
    from aksarc_gui.domain import PlanLoadError, load_plan

    if language == i18n.ENGLISH:
        return None
    try:
        i18n.use_language(language)
        load_plan(path)
    except PlanLoadError as exc:
        return str(exc)
    except i18n.CatalogMissing:
        pass  # install_translators falls back to English and says why
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    collecting = gc.isenabled()
    gc.disable()  # until the window is built: _start_up_done()
    try:
        return _run(args)
    finally:
        (gc.enable if collecting else gc.disable)()


def _run(args: argparse.Namespace) -> int:
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    # pydantic looks for plugins by scanning every installed distribution's entry points
    # (tens of milliseconds at start-up); the planner uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from aksarc_gui.pydantic_plugins import skip_plugin_scan

    skip_plugin_scan()  # before the first model class: pydantic's loader module costs 15-20 ms

    from aksarc_gui.assets import sample_plan_path
    from aksarc_gui.domain import PlanLoadError
    from aksarc_gui.domain.io import read_plan_file

    language = _start_language(args.lang, bool(args.screenshot))
    sample = str(sample_plan_path())
    if args.plan or args.screenshot:
        path, is_sample = args.plan or sample, not args.plan
    else:  # the plan open when the window last closed; the sample at the very first start
        from aksarc_gui.ui.settings import make_settings, start_plan

        path, is_sample = start_plan(make_settings(), sample)
    plan = stamp = error = None
    try:
        plan, stamp = read_plan_file(path) if path is not None else (None, None)
    except PlanLoadError as exc:
        error = _load_error_in(language, path) or str(exc)
    if error is not None and args.screenshot:
        print(translate("App", "aksarc-planner: {message}").format(message=error), file=sys.stderr)
        return EXIT_LOAD

    app = _make_app([sys.argv[0]], language)
    if args.screenshot:
        _quiet_offscreen_warnings()
    from aksarc_gui.ui.document import PlanDocument
    from aksarc_gui.ui.main_window import MainWindow

    own_file = plan is not None and not is_sample
    doc = PlanDocument(plan, path if own_file else None, stamp=stamp if own_file else None)
    if is_sample:
        doc.sample_name = os.path.basename(sample)  # shown as the sample; the first save asks for a name
    if args.screenshot:
        # the default layout, whatever the user last arranged, and nothing written back
        import tempfile

        from PySide6.QtCore import QSettings

        with tempfile.TemporaryDirectory() as scratch:
            settings = QSettings(os.path.join(scratch, "screenshot.ini"), QSettings.Format.IniFormat)
            window = MainWindow(doc, settings)
            _start_up_done()
            return screenshot(window, args.screenshot, args.screenshot_size)
    window = MainWindow(doc)
    if plan is None:  # nothing to reopen, or it did not load
        window.start_page.show_page()
    _start_up_done()
    window.show()
    if error is not None:
        from PySide6.QtCore import QCoreApplication

        from aksarc_gui.ui import dialogs

        dialogs.show_error(window, QCoreApplication.translate("MainWindow", "The plan does not load"), error)
    from PySide6.QtCore import QTimer

    from aksarc_gui.ui import recovery_dialog

    # once the window is up: changes a planner that did not close left behind
    QTimer.singleShot(0, lambda: recovery_dialog.offer_restore(window))
    return app.exec()


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about window-manager hints it cannot honour; that is noise
    on a screenshot run's stderr, where only real errors belong."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):  # noqa: ANN001 - Qt's signature
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def screenshot(window, png: str, size: tuple[int, int] = SCREENSHOT_SIZE) -> int:  # noqa: ANN001 - MainWindow
    """Lay the window out at ``size`` (the screen it stands for), let every view settle, save it."""
    from PySide6.QtWidgets import QApplication

    window.resize(*size)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    if not window.grab().save(png, "PNG", SCREENSHOT_PNG_QUALITY):
        print(translate("App", "aksarc-planner: cannot write {file}").format(file=png), file=sys.stderr)
        return EXIT_LOAD
    window.doc.undo_stack.setClean()
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

"""The GUI's language: translators for our catalog and Qt's own, the core following, the saved choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from aksarc_gui import i18n
from aksarc_gui.planning.claims import Role, role_label
from aksarc_gui.ui import language as lang


@pytest.fixture
def english_afterwards(qapp):
    yield qapp
    lang.install_translators(qapp, "en")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_chinese_translators_cover_our_catalog_qt_and_the_core(english_afterwards):
    assert lang.install_translators(english_afterwards, "zh_CN") == "zh_CN"
    assert QCoreApplication.translate("Roles", "control plane IP") == "控制平面 IP"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own qtbase catalog
    assert i18n.current_language() == "zh_CN"
    assert role_label(Role.LOAD_BALANCER) == "负载均衡器地址池"
    assert i18n.tr("Check", "{count} error(s).", count=4) == "4 个错误。"


def test_switching_back_to_english_removes_the_translators(english_afterwards):
    lang.install_translators(english_afterwards, "zh_CN")
    assert lang.install_translators(english_afterwards, "en") == "en"
    assert QCoreApplication.translate("Roles", "control plane IP") == "control plane IP"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert i18n.tr("Check", "{count} error(s).", count=4) == "4 error(s)."


def test_missing_catalog_falls_back_to_english(english_afterwards, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "compiled_catalog_path", lambda language: tmp_path / "absent.qm")
    assert lang.install_translators(english_afterwards, "zh_CN") == "en"
    assert QCoreApplication.translate("Roles", "gateway") == "gateway"


@pytest.mark.parametrize(("locale", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("zh_HK", "zh_CN"), ("en_US", "en"), ("de_DE", "en"), ("ja_JP", "en"),
])
def test_system_language(locale, expected):
    assert lang.system_language(QLocale(locale)) == expected


def test_saved_choice_wins_over_the_system(settings):
    assert lang.saved_language(settings) == lang.system_language()
    lang.save_language("zh_CN", settings)
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value(lang.SETTINGS_KEY) == "zh_CN"
    assert lang.saved_language(settings) == "zh_CN"
    settings.setValue(lang.SETTINGS_KEY, "klingon")  # hand-edited or from a newer version
    assert lang.saved_language(settings) == lang.system_language()


def test_language_menu_lists_languages_by_their_own_names_and_reports_the_choice(qtbot, english_afterwards,
                                                                                  monkeypatch):
    from PySide6.QtWidgets import QWidget

    saved = []
    monkeypatch.setattr(lang, "save_language", lambda language, settings=None: saved.append(language))
    host = QWidget()
    qtbot.addWidget(host)
    chosen = []
    menu = lang.language_menu(host, chosen.append)
    actions = {a.text(): a for a in menu.actions()}
    assert set(actions) == {"English", "简体中文"}
    assert actions["English"].isChecked() and not actions["简体中文"].isChecked()
    actions["简体中文"].trigger()
    assert chosen == ["zh_CN"] and saved == ["zh_CN"]
    actions["English"].trigger()  # still English: the checked mark moves, nothing to switch
    assert chosen == ["zh_CN"]


def test_chinese_puts_a_chinese_font_first_and_english_restores_the_font(english_afterwards):
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    before = QApplication.font()
    lang.install_translators(english_afterwards, "zh_CN")
    installed = [f for f in lang.CHINESE_FONTS if f in QFontDatabase.families()]
    if not installed:
        pytest.skip("no Chinese UI font on this machine (Debian: fonts-noto-cjk)")
    assert QApplication.font().families()[0] == installed[0]
    assert QApplication.font().pointSizeF() == before.pointSizeF()
    lang.install_translators(english_afterwards, "en")
    assert QApplication.font() == before


def test_main_window_built_after_chinese_translators_speaks_chinese(qtbot, english_afterwards, jane_data, tmp_path):
    import json

    main_window = pytest.importorskip("aksarc_gui.ui.main_window", reason="the main window is not merged yet")
    from aksarc_gui.domain import load_plan
    from aksarc_gui.ui.document import PlanDocument

    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"  # CP-3: inside the pool
    path = tmp_path / "cp3.aksplan"
    path.write_text(json.dumps(jane_data), encoding="utf-8")
    lang.install_translators(english_afterwards, "zh_CN")
    window = main_window.MainWindow(PlanDocument(load_plan(path), str(path)))
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["文件(&F)", "编辑(&E)"], menus
    model = window.problems_panel.view.model()
    texts = [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]
    cp3 = [t for t in texts if "10.220.32.20" in t]
    assert cp3 and all("控制平面 IP" in t for t in cp3), cp3


def test_startup_language_option_then_environment_then_saved_choice(settings, monkeypatch):
    monkeypatch.delenv(lang.ENV_VAR, raising=False)
    lang.save_language("en", settings)
    assert lang.startup_language(None, settings) == "en"
    monkeypatch.setenv(lang.ENV_VAR, "zh_CN")
    assert lang.startup_language(None, settings) == "zh_CN"
    assert lang.startup_language("en", settings) == "en"
    monkeypatch.setenv(lang.ENV_VAR, "xx")
    assert lang.startup_language("yy", settings) == "en"


def test_language_menu_by_default_notes_the_change_for_the_next_start(qtbot, english_afterwards, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    shown = []
    monkeypatch.setattr(lang, "save_language", lambda language, settings=None: None)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append((title, text)))
    host = QWidget()
    qtbot.addWidget(host)
    menu = lang.language_menu(host)
    next(a for a in menu.actions() if a.data() == "zh_CN").trigger()
    assert shown == [("简体中文", "规划器下次启动时将使用简体中文。")]
    assert i18n.current_language() == "en"  # nothing switched under the running window


def test_planner_lang_option_builds_a_chinese_window_with_a_language_menu(monkeypatch, tmp_path, english_afterwards):
    from aksarc_gui import app as app_module

    seen = {}

    def capture(window, png, size=None):
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        view = window.menuBar().actions()[2].menu()
        seen["languages"] = [[a.text() for a in action.menu().actions()]
                             for action in view.actions() if action.menu() is not None]
        return 0

    monkeypatch.setattr(app_module, "screenshot", capture)
    assert app_module.main(["--lang", "zh_CN", "--screenshot", str(tmp_path / "shot.png")]) == 0
    assert seen["menus"][:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    assert ["English", "简体中文"] in seen["languages"]


def test_screenshots_do_not_follow_the_saved_choice(monkeypatch):
    from aksarc_gui import app as app_module

    monkeypatch.delenv(lang.ENV_VAR, raising=False)
    monkeypatch.setattr(lang, "saved_language", lambda settings=None: "zh_CN")
    assert app_module._start_language(None, screenshot=True) == "en"
    assert app_module._start_language(None, screenshot=False) == "zh_CN"
    assert app_module._start_language("zh_CN", screenshot=True) == "zh_CN"


def test_planner_load_error_in_chinese():
    import subprocess
    import sys

    from tests.conftest import ROOT

    result = subprocess.run([sys.executable, "-m", "aksarc_gui.app", "--lang", "zh_CN", "missing.aksplan",
                             "--screenshot", "never-written.png"], capture_output=True, text=True,
                            encoding="utf-8", cwd=ROOT, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("aksarc-planner：") and "无法读取该文件" in result.stderr


def test_the_language_switch_applies_at_once_and_keeps_the_plan_and_its_history(qtbot, english_afterwards,
                                                                                monkeypatch, tmp_path):
    from aksarc_gui.assets import sample_plan_path
    from aksarc_gui.domain import load_plan
    from aksarc_gui.ui.document import PlanDocument
    from aksarc_gui.ui.main_window import MainWindow

    monkeypatch.setattr(lang, "save_language", lambda language, settings=None: None)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(PlanDocument(load_plan(sample_plan_path())), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.doc.undo_stack.setClean())
    window.show()
    doc = window.doc
    doc.set_value("name", "Renamed", "Change plan name")
    window.select_path("clusters[1]")
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    language = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in language.actions() if a.data() == "zh_CN").trigger()
    from aksarc_gui.ui.language_switch import _windows

    new = _windows[-1]
    qtbot.addWidget(new, before_close_func=lambda w: w.doc.undo_stack.setClean())
    assert new is not window and new.doc is doc and new.isVisible() and not window.isVisible()
    assert [a.text() for a in new.menuBar().actions()][:2] == ["文件(&F)", "编辑(&E)"]
    assert doc.plan.name == "Renamed" and doc.undo_stack.count() == 1
    assert new.tree.current_path() == "clusters[1]"
    doc.undo_stack.undo()  # the new window follows the plan
    assert new.isWindowModified() is False


def test_the_language_switch_keeps_the_start_page_and_the_recovery_file(qtbot, english_afterwards, monkeypatch,
                                                                        tmp_path):
    from aksarc_gui.assets import sample_plan_path
    from aksarc_gui.domain import load_plan
    from aksarc_gui.ui import recovery
    from aksarc_gui.ui.document import PlanDocument
    from aksarc_gui.ui.language_switch import switch_language_now
    from aksarc_gui.ui.main_window import MainWindow

    monkeypatch.setattr(recovery, "recovery_dir", lambda: tmp_path / "recovery")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(PlanDocument(load_plan(sample_plan_path())), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.doc.undo_stack.setClean())
    window.show()
    window.doc.set_value("name", "Unsaved", "Change plan name")
    window.recovery.write_now()
    window.recovery.flush()
    assert len(list((tmp_path / "recovery").glob("*.aksrecover"))) == 1
    new = switch_language_now(window, "zh_CN")
    qtbot.addWidget(new, before_close_func=lambda w: w.doc.undo_stack.setClean())
    new.recovery.flush()
    files = list((tmp_path / "recovery").glob("*.aksrecover"))
    assert len(files) == 1 and "Unsaved" in files[0].read_text(encoding="utf-8")  # one file, the changes in it

    new.doc.undo_stack.setClean()  # as if saved: closing the plan asks nothing
    new.start_page.close_plan()
    assert new.start_page.showing
    newer = switch_language_now(new, "en")
    qtbot.addWidget(newer, before_close_func=lambda w: w.doc.undo_stack.setClean())
    assert newer.start_page.showing  # still no plan open, in the other language

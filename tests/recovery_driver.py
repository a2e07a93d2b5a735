"""The planner as the crash-recovery test runs it: a real start (``aksarc_gui.app.main``), offscreen.

``recovery_driver.py edit NAME``: types NAME as the plan's name, waits for the recovery file,
prints ``READY <file>`` and keeps running until it is killed.
``recovery_driver.py restore``: answers the restore dialog with Restore, prints one JSON line
(what the dialog listed, what the window then holds) and exits.
``recovery_driver.py state``: prints what the window holds once started, and exits.

Settings and app data come from the environment the test sets (XDG_CONFIG_HOME, XDG_DATA_HOME).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest

from aksarc_gui import app
from aksarc_gui.ui import recovery_dialog
from aksarc_gui.ui.recovery_dialog import RestoreDialog

MODE = sys.argv[1]
offered: list[str] = []
real_offer = recovery_dialog.offer_restore


def answer_restore(dialog: RestoreDialog) -> int:
    offered.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
    dialog.restore_button.click()
    return dialog.result()


def type_name(window, name: str) -> None:  # noqa: ANN001 - MainWindow
    window.select_path("name")
    field = window.current_form().name
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, name)
    QTest.keyClick(field, Qt.Key.Key_Return)  # a field is stored on Enter (or when left)

    def ready() -> None:
        file = window.recovery.file
        if file is not None and file.exists():
            print("READY", file, flush=True)
        else:
            QTimer.singleShot(100, ready)

    ready()


def after_start(window) -> bool:  # noqa: ANN001 - MainWindow
    restored = real_offer(window)
    if MODE == "edit":
        type_name(window, sys.argv[2])
    else:
        print(json.dumps({"offered": offered, "restored": restored, "plan_name": window.doc.plan.name,
                          "modified": window.doc.modified, "title": window.windowTitle(), "path": window.doc.path,
                          "sample": window.doc.sample_name, "start_page": window.start_page.showing}), flush=True)
        QCoreApplication.exit(0)  # no closing: that would ask about the unsaved changes
    return restored


recovery_dialog.offer_restore = after_start
RestoreDialog.exec = answer_restore
sys.exit(app.main([]))

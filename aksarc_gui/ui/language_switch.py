"""View > Language applies at once: the window is built again in the chosen language.

Qt widgets take their texts when they are built (``self.tr``), and the window has
hundreds of them spread over many modules; re-setting each one on a language change
would be a second copy of every label.  Instead the running window hands its
document (plan, file name, undo history) to a new window built after the new
translators are installed, with the same geometry, dock layout and selection, and
goes away.  Nothing the user did is lost, and every text, Qt's own included, is in
the new language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from aksarc_gui.ui.language import install_translators

_windows: list[Any] = []  # the rebuilt windows: Python must keep a reference to them


def switch_language_now(window: Any, language: str) -> Any:
    """Install ``language`` and replace ``window`` (a MainWindow) by one built in it; returns the new window."""
    app = QApplication.instance()
    install_translators(app, language)
    doc = window.doc
    start_page = getattr(window, "start_page", None)
    showing_start = bool(getattr(start_page, "showing", False))
    # while the start page puts the panes away, the layout to keep is the one they had
    state = start_page.window_state() if start_page is not None else window.saveState()
    geometry = window.saveGeometry()
    selected = window.tree.current_path() or ""
    for signal, slot in ((doc.sig_changed, window.refresh), (doc.sig_replaced, window._plan_replaced),
                         (doc.sig_file_state, window._update_title),
                         (doc.undo_stack.cleanChanged, window._update_title)):
        try:
            signal.disconnect(slot)  # the old window stops following the plan
        except (RuntimeError, TypeError):
            pass
    doc.setParent(None)  # the new window owns it
    old_recovery = getattr(window, "recovery", None)
    if old_recovery is not None:
        old_recovery.close()  # its file goes; the new window's autosave writes the changes again below
    new = type(window)(doc, window.settings)
    new.restoreGeometry(geometry)
    new.restoreState(state)
    if showing_start:
        new.start_page.show_page()
    elif selected:
        new.select_path(selected)
    if old_recovery is not None and doc.modified:
        new.recovery.write_now()
    new.show()
    _windows[:] = [w for w in _windows if w is not window] + [new]
    window.hide()
    window.deleteLater()
    return new

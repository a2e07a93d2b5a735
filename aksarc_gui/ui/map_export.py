"""File > Export Map as PNG / SVG: the occupancy map of the network on screen, written to a file.

The map draws into a temporary file beside the target; its bytes then go through
the planner's one writer (domain.output): atomic replacement, a symlink kept, a pipe
written through, a read-only file refused.  A failed or interrupted export leaves
the old file as it was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from aksarc_gui.ui import dialogs

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

PNG, SVG = "png", "svg"


def _filter(kind: str) -> str:
    if kind == PNG:
        return translate("MapExport", "PNG images (*.png)")
    return translate("MapExport", "SVG drawings (*.svg)")


def default_name(window: Any, kind: str) -> str:
    """``<plan>-<network>.png`` in the last folder used."""
    network = window.current_network() or "management"
    stem = f"{window.doc.plan.name or 'plan'}-{network}"
    safe = "".join(ch if ch.isalnum() or ch in "-_. " else "_" for ch in stem).strip() or "map"
    return os.path.join(window._last_dir(), f"{safe}.{kind}")


def write_map(widget: Any, kind: str, path: str | os.PathLike[str]) -> bool:
    """Draw ``widget``'s map into ``path`` through a temporary file in the same folder.

    False when the map cannot be drawn; OSError when the folder cannot be written.
    """
    from aksarc_gui.domain.output import write_output

    target = Path(path)
    directory = Path(os.path.realpath(target)).parent if target.is_symlink() else target.parent
    # named like the writer's own temporary files, so a killed export is cleaned up by the next one
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory if str(directory) else ".")
    os.close(fd)
    try:
        ok = widget.export_png(tmp) if kind == PNG else widget.export_svg(tmp)
        if ok:
            write_output(target, Path(tmp).read_bytes())
        return bool(ok)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def export_map(window: Any, kind: str) -> bool:
    """Ask for a file name and write the map shown in ``window`` (a MainWindow); True when written."""
    widget = window._map()
    if widget is None:
        return False
    caption = (translate("MapExport", "Export map as PNG") if kind == PNG
               else translate("MapExport", "Export map as SVG"))
    path, _ = dialogs.save_name(window, caption, default_name(window, kind), _filter(kind))
    if not path:
        return False
    if not path.lower().endswith(f".{kind}"):
        path += f".{kind}"
    try:
        ok = write_map(widget, kind, path)
        reason = translate("MapExport", "the map could not be drawn into the file")
    except OSError as exc:
        ok, reason = False, exc.strerror or str(exc)
    if not ok:
        dialogs.show_error(window, translate("MapExport", "The map was not exported"),
                           translate("MapExport", "{file}: {reason}").format(file=path, reason=reason))
        return False
    window.statusBar().showMessage(translate("MapExport", "Wrote {file}").format(file=path), 4000)
    return True

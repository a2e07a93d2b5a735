"""What the frozen bundle leaves out, kept apart from the spec so tests can read it.

The app is a Qt Widgets program drawn in software: it needs QtCore, QtGui,
QtWidgets, QtSvg (icons) and the windowing plugins of each desktop. PyInstaller's
Qt hooks also collect plugins for embedded displays, networking, TLS and
OpenGL, and those plugins pull in libraries the app never loads. Dropping them
keeps the bundle small; the bundle test runs the frozen app to prove nothing
needed went missing, and checks that every kept library still resolves.
"""

from __future__ import annotations

import posixpath
import re
import subprocess
from pathlib import Path, PurePath

# Python modules never imported by the app. PySide6 modules here are Qt
# modules it does not use; hypothesis is reached only through pydantic's
# optional v1 testing plugin.
EXCLUDED_MODULES = [
    "tkinter",
    "hypothesis",
    "pytest",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
]

# Plugin folders the app never needs: embedded displays (eglfs, evdev input),
# network status and TLS (no network use), OpenGL buffer integrations (the
# widgets are drawn in software, shared memory suffices on X11 and Wayland).
_DROPPED_PLUGIN_DIRS = {
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "tls",
    "wayland-graphics-integration-client",
    "xcbglintegrations",
    "qmltooling",
    "sqldrivers",
    "designer",
}
# Platform plugins kept: X11 and Wayland desktops (xcb, wayland), headless (offscreen,
# minimal), Windows and macOS. vnc/linuxfb/eglfs/vkkhrdisplay are kiosk back ends.
_KEPT_PLATFORMS = {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"}
# The GTK theme plugin would bundle the build machine's GTK stack; on GNOME the
# desktop portal plugin gives native file dialogs without it.
_DROPPED_PLUGINS = {"qgtk3", "wl-shell-plugin", "qpdf", "qtiff", "qwebp"}
# Qt libraries only the dropped plugins link to, and on Windows the software
# OpenGL fallback (opengl32sw.dll, 20 MB) that only OpenGL/Quick content loads.
_DROPPED_QT_LIBS = (
    "opengl32sw",
    "Qt6Network",
    "Qt6OpenGL",
    "Qt6EglFS",
    "Qt6EglFs",
    "Qt6WlShellIntegration",
    "Qt6Pdf",
    "Qt6Qml",
    "Qt6Quick",
    "Qt6VirtualKeyboard",
)
# Qt's own translations (standard dialogs, buttons) for the languages the app
# ships; the others would add about 7 MB.
QT_TRANSLATION_LANGUAGES = ("en", "zh_CN")


def _stem(name: str) -> str:
    """Plugin base name without platform prefix/suffix: libqxcb.so / qxcb.dll -> qxcb."""
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_binary(dest: str) -> bool:
    """Whether a binary collected for bundle path ``dest`` stays in the bundle."""
    parts = PurePath(dest.replace("\\", "/")).parts
    name = parts[-1]
    if any(lib in name for lib in _DROPPED_QT_LIBS):
        return False
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 2 else ""
        if folder in _DROPPED_PLUGIN_DIRS:
            return False
        if folder == "platforms" and _stem(name) not in _KEPT_PLATFORMS:
            return False
        if _stem(name) in _DROPPED_PLUGINS:
            return False
    return True


def keep_data(dest: str) -> bool:
    """Whether a data file collected for bundle path ``dest`` stays in the bundle."""
    path = PurePath(dest.replace("\\", "/"))
    if "translations" in path.parts and path.suffix == ".qm" and path.parts[0] == "PySide6":
        language = path.stem.split("_", 1)[1] if "_" in path.stem else ""
        return language in QT_TRANSLATION_LANGUAGES
    return True


def _is_root(dest: str) -> bool:
    """Binaries loaded by name at run time: Python extensions, Qt plugins, libpython."""
    path = PurePath(dest.replace("\\", "/"))
    return (
        "plugins" in path.parts
        or "lib-dynload" in path.parts
        or ".cpython-" in path.name
        or ".abi3." in path.name
        or path.name.startswith("libpython")
    )


def elf_needed(path: str) -> list[str]:
    """The DT_NEEDED entries of an ELF file (readelf comes with binutils, as strip does)."""
    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\).*\[(.+)\]", out)


def prune_unreferenced(binaries: list[tuple]) -> list[tuple]:
    """Linux: drop shared libraries no kept extension or plugin links to.

    PyInstaller collected the dependencies of the plugins removed above (the GTK
    theme alone brings pango, cairo and gdk-pixbuf); a library stays when a
    root reaches it through DT_NEEDED links.
    """
    by_name = {Path(dest).name: (dest, src) for dest, src, *_ in binaries}
    reached: set[str] = set()
    pending = [src for dest, src, *_ in binaries if _is_root(dest)]
    while pending:
        for name in elf_needed(pending.pop()):
            if name in by_name and name not in reached:
                reached.add(name)
                pending.append(by_name[name][1])
    return [entry for entry in binaries if _is_root(entry[0]) or Path(entry[0]).name in reached]


def drop_dangling_symlinks(binaries: list[tuple], datas: list[tuple]) -> tuple[list, list]:
    """Remove PyInstaller's SYMLINK entries whose target was filtered out.

    On Linux PyInstaller links each Qt library into the top folder; a link to a
    dropped library would dangle.
    """
    kept = {posixpath.normpath(d.replace("\\", "/")) for d, _s, kind in binaries + datas
            if kind != "SYMLINK"}

    def alive(entry: tuple) -> bool:
        dest, target, kind = entry
        if kind != "SYMLINK":
            return True
        parent = posixpath.dirname(dest.replace("\\", "/"))
        return posixpath.normpath(posixpath.join(parent, target.replace("\\", "/"))) in kept

    return [e for e in binaries if alive(e)], [e for e in datas if alive(e)]

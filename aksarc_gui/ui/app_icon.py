"""The application's identity on the desktop: its icon, and the desktop entry it belongs to.

The icon is built from the rendered PNG sizes (16 to 256 px) rather than the SVG:
PNGs need no image plugin, so the icon shows the same in a source checkout, a
wheel and the frozen bundle.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from aksarc_gui.assets import resource_path

ICON_NAME = "aksarc-planner"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Wayland compositors match a window to resources/linux/aksarc-planner.desktop by this name
# (the name of the installed .desktop file, without the suffix): taskbar icon and grouping.
DESKTOP_FILE_NAME = "aksarc-planner"


def application_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", "png", f"{ICON_NAME}-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def install_identity(app: QGuiApplication) -> None:
    """Window icon for every window of ``app`` and the desktop entry name; call before the first window."""
    app.setWindowIcon(application_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)

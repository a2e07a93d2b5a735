"""What the frozen bundle leaves out (installer/bundle_filter.py), on bundle paths of both systems."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.installer_modules import load_installer_module

REPO = Path(__file__).resolve().parent.parent



bundle_filter = load_installer_module("aksarc_bundle_filter", "bundle_filter.py")


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6\\Qt6Svg.dll",
])
def test_keeps_what_the_widgets_app_loads(dest):
    assert bundle_filter.keep_binary(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6OpenGL.so.6",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6\\plugins\\tls\\qschannelbackend.dll",
    "PySide6\\opengl32sw.dll",
    "PySide6\\Qt6Network.dll",
])
def test_drops_what_it_never_loads(dest):
    assert not bundle_filter.keep_binary(dest)


def test_keeps_qt_translations_of_the_app_languages_only():
    assert bundle_filter.keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert bundle_filter.keep_data("PySide6/Qt/translations/qt_en.qm")
    assert not bundle_filter.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    # The app's own files are never filtered.
    assert bundle_filter.keep_data("aksarc_gui/_resources/translations/aksarc_de.qm")


def test_symlinks_to_dropped_libraries_go_with_them():
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("aksarc_gui/_resources/samples/jane.aksplan", "/src/jane.aksplan", "DATA"),
    ]
    kept_binaries, kept_datas = bundle_filter.drop_dangling_symlinks(binaries, datas)
    assert kept_binaries == binaries
    assert [d[0] for d in kept_datas] == ["libQt6Core.so.6", "aksarc_gui/_resources/samples/jane.aksplan"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_pruning_keeps_libraries_reached_from_python_extensions(tmp_path):
    # Real ELF files of this interpreter: a stdlib extension and what it links to.
    import _ctypes

    ext = Path(_ctypes.__file__)
    needed = bundle_filter.elf_needed(str(ext))
    binaries = [(f"python3/lib-dynload/{ext.name}", str(ext), "EXTENSION"),
                ("libunused.so.1", str(ext), "BINARY")]
    binaries += [(name, str(ext), "BINARY") for name in needed]
    kept = {Path(d).name for d, *_ in bundle_filter.prune_unreferenced(binaries)}
    assert ext.name in kept and set(needed) <= kept
    assert "libunused.so.1" not in kept

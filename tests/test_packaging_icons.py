"""The icon files are valid and current with their SVG sources."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from tests.installer_modules import load_installer_module

REPO = Path(__file__).resolve().parent.parent


make_icons = load_installer_module("aksarc_make_icons", "make_icons.py")
ICON_DIR = REPO / "resources" / "icons"


@pytest.fixture(scope="module")
def fresh_icons(tmp_path_factory, qapp) -> Path:
    out = tmp_path_factory.mktemp("icons")
    make_icons.generate(ICON_DIR, out)
    return out


def test_committed_icons_match_a_fresh_rendering_of_the_svgs(fresh_icons):
    assert make_icons.stale_files(ICON_DIR, fresh_icons) == []


def test_an_edited_svg_makes_its_icons_stale(tmp_path, fresh_icons, qapp):
    # The check above must be able to fail: recolour the app icon and re-render.
    src = tmp_path / "src"
    shutil.copytree(ICON_DIR, src)
    svg = src / "aksarc-planner.svg"
    svg.write_text(svg.read_text(encoding="utf-8").replace("#0b4a9e", "#e01010"), encoding="utf-8")
    edited = tmp_path / "edited"
    make_icons.generate(src, edited)
    stale = make_icons.stale_files(ICON_DIR, edited)
    assert "png/aksarc-planner-256.png" in stale
    assert not any(name.startswith("png/aksplan-document") for name in stale)


@pytest.mark.parametrize("icon", make_icons.ICONS)
def test_png_sizes_are_square_images_of_their_nominal_size(icon, qapp):
    from PySide6.QtGui import QImage

    for size in make_icons.SIZES:
        image = QImage(str(ICON_DIR / "png" / make_icons.png_name(icon, size)))
        assert not image.isNull(), (icon, size)
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        # Transparent corners: the icon is a shape, not a filled square.
        assert image.pixelColor(0, 0).alpha() == 0


@pytest.mark.parametrize("icon", make_icons.ICONS)
def test_ico_holds_every_size_as_png_and_qt_reads_it(icon, qapp):
    from PySide6.QtGui import QImage, QImageReader

    data = (ICON_DIR / f"{icon}.ico").read_bytes()
    entries = make_icons.read_ico(data)
    assert [e.width for e in entries] == list(make_icons.SIZES)
    assert all(e.width == e.height and e.bit_count == 32 for e in entries)
    for entry in entries:
        assert entry.data.startswith(b"\x89PNG\r\n\x1a\n")
        assert QImage.fromData(entry.data).width() == entry.width
    # An independent reader (Qt's ICO plugin) sees the same images.
    reader = QImageReader(str(ICON_DIR / f"{icon}.ico"))
    assert reader.imageCount() == len(make_icons.SIZES)
    widths = set()
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        widths.add(reader.read().width())
    assert widths == set(make_icons.SIZES)


def test_ico_container_round_trips_and_encodes_256_as_zero():
    pngs = {16: b"\x89PNG-a", 256: b"\x89PNG-bb"}
    data = make_icons.ico_bytes(pngs)
    assert struct.unpack_from("<HHH", data) == (0, 1, 2)
    assert data[6 + 16] == 0  # the 256 px entry's width byte
    assert [(e.width, e.data) for e in make_icons.read_ico(data)] == [(16, b"\x89PNG-a"), (256, b"\x89PNG-bb")]


@pytest.mark.parametrize("data, message", [
    (b"\x00\x00", "too short"),
    (b"\x00\x00\x02\x00\x01\x00" + b"\x00" * 16, "not an icon"),
    (struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 16, 16, 0, 0, 1, 32, 99, 22), "past the end"),
])
def test_malformed_ico_is_rejected_with_a_reason(data, message):
    with pytest.raises(ValueError, match=message):
        make_icons.read_ico(data)


def test_ico_rejects_sizes_windows_cannot_store():
    with pytest.raises(ValueError, match="1..256"):
        make_icons.ico_bytes({512: b"png"})


@pytest.mark.parametrize("icon", make_icons.ICONS)
def test_svg_sources_are_valid_and_square(icon, qapp):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICON_DIR / f"{icon}.svg"))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    assert box.width() == box.height() == 256


def test_an_ico_missing_a_size_is_stale(tmp_path, fresh_icons):
    committed = tmp_path / "icons"
    shutil.copytree(ICON_DIR, committed)
    pngs = {size: (committed / "png" / make_icons.png_name("aksplan-document", size)).read_bytes()
            for size in make_icons.SIZES if size != 24}
    (committed / "aksplan-document.ico").write_bytes(make_icons.ico_bytes(pngs))
    assert make_icons.stale_files(committed, fresh_icons) == ["aksplan-document.ico"]

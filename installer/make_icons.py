"""Render the icon SVGs into PNG sizes and multi-size Windows .ico files.

Run after changing an SVG in resources/icons/, then commit what it writes:

    python installer/make_icons.py            # rewrite resources/icons/png/* and *.ico
    python installer/make_icons.py --check    # exit 1 if the committed files are stale

Only QtSvg/QtGui are used. The ICO container is written here: a 6-byte header,
one 16-byte directory entry per size, then the images as PNG streams (Windows
reads PNG-compressed entries since Vista, and it keeps the file small).
"""

from __future__ import annotations

import argparse
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ICON_DIR = REPO / "resources" / "icons"
ICONS = ("aksarc-planner", "aksplan-document")
SIZES = (16, 24, 32, 48, 64, 128, 256)

# Different Qt builds antialias edges a little differently; a stale icon (an
# SVG edited without regenerating) changes far more pixels than this.
PIXEL_TOLERANCE = 8


def png_name(icon: str, size: int) -> str:
    return f"{icon}-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """Rasterise ``svg`` to a square ``size`` px PNG with a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    # Straight alpha is what PNG stores; converting first keeps the bytes stable.
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"{svg}: Qt could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


@dataclass(frozen=True)
class IcoEntry:
    width: int
    height: int
    bit_count: int
    data: bytes


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """Pack square PNG images (size -> bytes) into one .ico file."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        if not 1 <= size <= 256:
            raise ValueError(f"an ICO entry is 1..256 px, not {size}")
        data = pngs[size]
        dim = 0 if size == 256 else size  # 0 means 256 in the one-byte field
        # width, height, palette colours, reserved, colour planes, bits per pixel, size, offset
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def read_ico(data: bytes) -> list[IcoEntry]:
    """Parse an .ico file into its entries; raises ValueError on a malformed file."""
    if len(data) < 6:
        raise ValueError("too short for an ICO header")
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1 or count == 0:
        raise ValueError(f"not an icon file (reserved={reserved}, type={kind}, count={count})")
    entries = []
    for index in range(count):
        pos = 6 + 16 * index
        if pos + 16 > len(data):
            raise ValueError(f"directory entry {index} is cut off")
        w, h, _colours, _res, _planes, bits, size, offset = struct.unpack_from("<BBBBHHII", data, pos)
        if offset + size > len(data):
            raise ValueError(f"entry {index} points past the end of the file")
        entries.append(IcoEntry(w or 256, h or 256, bits, data[offset : offset + size]))
    return entries


def generate(src_dir: Path, out_dir: Path) -> list[Path]:
    """Write every PNG size and the .ico of each icon; return the files written."""
    written = []
    (out_dir / "png").mkdir(parents=True, exist_ok=True)
    for icon in ICONS:
        svg = src_dir / f"{icon}.svg"
        pngs = {size: render_png(svg, size) for size in SIZES}
        for size, data in pngs.items():
            path = out_dir / "png" / png_name(icon, size)
            path.write_bytes(data)
            written.append(path)
        ico = out_dir / f"{icon}.ico"
        ico.write_bytes(ico_bytes(pngs))
        written.append(ico)
    return written


def max_pixel_difference(a: bytes, b: bytes) -> int:
    """Largest per-channel difference between two PNG images of the same size."""
    from PySide6.QtGui import QImage

    img_a, img_b = QImage.fromData(a), QImage.fromData(b)
    if img_a.isNull() or img_b.isNull():
        raise ValueError("an image does not decode as PNG")
    if img_a.size() != img_b.size():
        return 255
    img_a = img_a.convertToFormat(QImage.Format.Format_RGBA8888)
    img_b = img_b.convertToFormat(QImage.Format.Format_RGBA8888)
    raw_a = bytes(img_a.constBits())[: img_a.sizeInBytes()]
    raw_b = bytes(img_b.constBits())[: img_b.sizeInBytes()]
    return max(abs(x - y) for x, y in zip(raw_a, raw_b, strict=True))


def stale_files(committed_dir: Path, fresh_dir: Path) -> list[str]:
    """Names of committed icon files that differ from a fresh rendering."""
    stale = []
    for icon in ICONS:
        for size in SIZES:
            name = f"png/{png_name(icon, size)}"
            old = committed_dir / name
            if not old.is_file() or (
                max_pixel_difference(old.read_bytes(), (fresh_dir / name).read_bytes())
                > PIXEL_TOLERANCE
            ):
                stale.append(name)
        # The .ico must hold exactly the committed PNGs, one per size.
        ico = committed_dir / f"{icon}.ico"
        try:
            entries = [(e.width, e.data) for e in read_ico(ico.read_bytes())]
            expected = [(size, (committed_dir / "png" / png_name(icon, size)).read_bytes())
                        for size in SIZES]
        except (OSError, ValueError):
            entries, expected = [], [None]
        if entries != expected:
            stale.append(ico.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICON_DIR, help="folder to write into")
    parser.add_argument("--check", action="store_true",
                        help="compare the committed icons with a fresh rendering, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            generate(ICON_DIR, Path(tmp))
            stale = stale_files(ICON_DIR, Path(tmp))
        if stale:
            print("stale icons (run installer/make_icons.py): " + ", ".join(stale), file=sys.stderr)
            return 1
        print("icons are current")
        return 0
    for path in generate(ICON_DIR, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Paint a ``MapScene``: the same code draws the widget, the PNG and the SVG.

Hatching is drawn as clipped lines rather than a pattern brush so the SVG export
shows it too.  Cost: one pass over the visible cells, one over the segments for
the bar; nothing loops over the addresses of the prefix.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QRegion,
    QStaticText,
    QTransform,
)

from aksarc_gui.planning.claims import Role, role_label
from aksarc_gui.planning.palette import CONFLICT_COLOR, role_color
from aksarc_gui.ui.occupancy_map import texts
from aksarc_gui.ui.occupancy_map.scene import CAPTION_FLAGS, LEGEND_WIDTH, Layout, MapScene
from aksarc_gui.ui.occupancy_map.view import DRAW_RANK

LEGEND_ORDER: tuple[Role, ...] = (
    Role.NETWORK, Role.BROADCAST, Role.GATEWAY, Role.DNS, Role.POOL_NODES, Role.POOL_UPGRADE, Role.POOL_AUTO_CP,
    Role.POOL_SPARE, Role.POOL, Role.CONTROL_PLANE, Role.LB_USED, Role.LB_SPARE, Role.LOAD_BALANCER,
    Role.INFRA_POOL, Role.HOST, Role.RESERVATION, Role.FREE,
)
MIN_BAR_WIDTH = 2.0  # px: a single address stays visible on a bar of millions
PALE_TINT = 0.4  # how much of its main use's colour a mostly free block takes


@dataclass(frozen=True)
class Theme:
    dark: bool
    window: QColor
    text: QColor
    faint: QColor  # grid lines, free cell border
    link: QColor

    @staticmethod
    def from_palette(pal: QPalette) -> Theme:
        window = pal.color(QPalette.ColorRole.Window)
        dark = window.lightness() < 128
        text = pal.color(QPalette.ColorRole.WindowText)
        faint = QColor("#5A5A5A") if dark else QColor("#C8C8C8")
        link = QColor("#7CC6F0") if dark else QColor("#0061A0")
        return Theme(dark, window, text, faint, link)

    def role(self, role: Role) -> QColor:
        return _role_qcolor(role, self.dark)

    @property
    def strong(self) -> QColor:
        """The conflict outline: black on a light theme, white on a dark one."""
        return QColor("#FFFFFF") if self.dark else QColor("#000000")


@cache
def _role_qcolor(role: Role, dark: bool) -> QColor:
    return QColor(role_color(role, dark))


@cache
def _pale(role: Role, dark: bool) -> QColor:
    return blend(_role_qcolor(Role.FREE, dark), _role_qcolor(role, dark), PALE_TINT)


@cache
def _dark_text_on(rgb: int) -> bool:
    return readable_on(QColor(rgb)).lightness() < 128


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` towards ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def readable_on(fill: QColor) -> QColor:
    """Black or white text, whichever contrasts more with ``fill`` (WCAG luminance)."""
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    lum = 0.2126 * lin(fill.redF()) + 0.7152 * lin(fill.greenF()) + 0.0722 * lin(fill.blueF())
    return QColor("#000000") if lum > 0.179 else QColor("#FFFFFF")


def hatch(p: QPainter, rect: QRectF, color: QColor, step: float = 5.0, width: float = 1.4) -> None:
    p.save()
    p.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    p.setPen(QPen(color, width))
    h = rect.height()
    x = rect.left() - h
    lines = []
    while x < rect.right():
        lines.append(QLineF(x, rect.bottom(), x + h, rect.top()))
        x += step
    p.drawLines(lines)
    p.restore()


def draw_conflict(p: QPainter, rect: QRectF, theme: Theme, outline: float = 2.0) -> None:
    p.fillRect(rect, QColor(CONFLICT_COLOR))
    hatch(p, rect, QColor(0, 0, 0, 150))  # dark stripes in both themes: the white label stays readable
    p.setPen(QPen(theme.strong, outline))
    p.setBrush(Qt.BrushStyle.NoBrush)
    half = outline / 2
    p.drawRect(rect.adjusted(half, half, -half, -half))


def layout_scene(scene: MapScene, rect: QRectF) -> tuple[list[str], str]:
    """Place everything for ``rect``; paint and the hit tests share this one layout."""
    crumbs = [v.cidr() for v in scene.stack]
    caption = texts.caption(scene) if scene.stack else ""
    scene.do_layout(rect, crumbs, caption)
    return crumbs, caption


def paint(scene: MapScene, p: QPainter, rect: QRectF, theme: Theme) -> None:
    scene.dark = theme.dark
    p.fillRect(rect, theme.window)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    crumbs, caption = layout_scene(scene, rect)
    lay = scene.layout
    if not scene.stack:
        p.setPen(theme.text)
        p.setFont(scene.scaled_font(1.1))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, texts.empty_message(scene))
        return
    _title(scene, p, theme)
    _bar(scene, p, theme)
    _crumbs(scene, p, theme, crumbs)
    p.setPen(theme.text)
    p.setFont(scene.scaled_font(0.92))
    p.drawText(lay.caption, CAPTION_FLAGS, caption)
    _grid(scene, p, theme)
    _legend(scene, p, theme)


@dataclass(frozen=True)
class Painted:
    """What a paint left in a picture: enough for ``repaint_changed`` to bring it up to date."""
    layout: tuple[object, ...]
    stack: tuple[object, ...]
    highlight_keys: frozenset[str]
    highlighted: frozenset[int]
    looks: tuple[CellLook, ...]
    dark: bool


def _layout_key(lay: Layout) -> tuple[object, ...]:
    return (lay.rect.getRect(), lay.title.getRect(), lay.subtitle.getRect(), lay.bar.getRect(), lay.axis.getRect(),
            tuple((r.getRect(), depth) for r, depth in lay.crumbs), lay.caption.getRect(), lay.grid.getRect(),
            lay.pitch, lay.gap, lay.columns, lay.legend.getRect())


def painted_state(scene: MapScene, theme: Theme) -> Painted | None:
    """The state ``paint`` just drew (None when there was no grid: such a picture is always painted whole)."""
    if not scene.stack:
        return None
    return Painted(_layout_key(scene.layout), tuple(scene.stack), scene.highlight_keys,
                   frozenset(scene.highlighted), tuple(cell_looks(scene, theme)), theme.dark)


OUTLINE_REACH = 4.0  # px a cell's paint reaches outside its square: the highlight outline (3 px) and rounding


def repaint_changed(scene: MapScene, p: QPainter, rect: QRectF, theme: Theme, before: Painted | None) -> Painted | None:
    """Bring a picture of ``before`` up to date: everything around the grid (title, bar, legend
    follow the totals) and, in the grid, only the cells whose look or highlight changed.

    An edit changes a cell or two of a few hundred, so this paints a fraction of what ``paint``
    does, with the same calls in the same order for every pixel it touches: the picture is the
    one ``paint`` would make.  Returns None, having drawn nothing, when the layout, the zoom,
    the highlighted paths or the theme changed: then the caller paints it whole.
    """
    if before is None or not scene.stack:
        return None
    scene.dark = theme.dark
    crumbs, caption = layout_scene(scene, rect)
    lay = scene.layout
    looks = cell_looks(scene, theme)
    if (theme.dark != before.dark or scene.highlight_keys != before.highlight_keys or len(looks) != len(before.looks)
            or tuple(scene.stack) != before.stack or _layout_key(lay) != before.layout):
        return None
    lit, was_lit, old = scene.highlighted, before.highlighted, before.looks
    changed = [i for i, look in enumerate(looks)
               if (look is not old[i] and look != old[i]) or ((i in lit) != (i in was_lit))]
    reach = OUTLINE_REACH
    grid_area = lay.grid.adjusted(-reach, -reach, reach, reach).toAlignedRect()
    p.save()
    p.setClipRegion(QRegion(rect.toAlignedRect()) - QRegion(grid_area))
    p.fillRect(rect, theme.window)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    _title(scene, p, theme)
    _bar(scene, p, theme)
    _crumbs(scene, p, theme, crumbs)
    p.setPen(theme.text)
    p.setFont(scene.scaled_font(0.92))
    p.drawText(lay.caption, CAPTION_FLAGS, caption)
    _legend(scene, p, theme)
    p.restore()
    if changed:
        # A cell's label may spill half a cell past its square: clear that far around a changed
        # cell and draw again every cell whose paint can reach the cleared area.
        spill = lay.pitch / 2 + reach
        rects = scene.cell_rects()
        dirty = QRegion()
        for i in changed:
            dirty += QRegion(rects[i].adjusted(-spill, -spill, spill, spill).toAlignedRect())
        cols, n = lay.columns, len(looks)
        k = int(2 * spill // max(lay.pitch, 1.0)) + 1  # neighbours (in cells) whose paint can reach it
        which: set[int] = set()
        for i in changed:
            row, col = divmod(i, cols)
            for r in range(row - k, row + k + 1):
                for c in range(max(0, col - k), min(cols, col + k + 1)):
                    j = r * cols + c
                    if 0 <= j < n:
                        which.add(j)
        p.save()
        p.setClipRegion(dirty.intersected(QRegion(grid_area)))
        p.fillRect(rect, theme.window)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _grid(scene, p, theme, only=which)
        p.restore()
    return Painted(_layout_key(lay), tuple(scene.stack), scene.highlight_keys, frozenset(lit), tuple(looks),
                   theme.dark)


def _title(scene: MapScene, p: QPainter, theme: Theme) -> None:
    lay = scene.layout
    p.setPen(theme.text)
    p.setFont(scene.scaled_font(1.15, bold=True))
    p.drawText(lay.title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texts.title(scene))
    p.setFont(scene.font)
    if scene.conflicts:
        p.setPen(QColor(CONFLICT_COLOR) if not theme.dark else QColor("#FF9A5C"))
        p.setFont(scene.scaled_font(1.0, bold=True))
    p.drawText(lay.subtitle, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texts.summary(scene))


def _bar(scene: MapScene, p: QPainter, theme: Theme) -> None:
    lay, index = scene.layout, scene.index
    bar, root = lay.bar, scene.stack[0]
    p.fillRect(bar, theme.role(Role.FREE))
    scale = bar.width() / root.size
    fills: list[tuple[int, float, float, Role]] = []
    conflicts: list[tuple[float, float]] = []
    marks: list[tuple[float, float]] = []
    for j, seg in enumerate(index.segments):
        if not seg.occupants:
            continue
        x0 = bar.left() + (seg.first - root.first) * scale
        w = max(MIN_BAR_WIDTH, seg.size * scale)
        if index.conflicts[j]:
            conflicts.append((x0, max(3.0, w)))
        else:
            role = max(index.roles[j], key=DRAW_RANK.__getitem__)
            fills.append((DRAW_RANK[role], x0, w, role))
        if scene.highlight_keys and any(scene.occupant_highlighted(o) for o in seg.occupants):
            marks.append((x0, w))
    for _, x0, w, role in sorted(fills, key=lambda f: f[0]):  # spare first, single addresses on top
        p.fillRect(QRectF(x0, bar.top(), w, bar.height()), theme.role(role))
    for x0, w in conflicts:
        r = QRectF(x0, bar.top(), w, bar.height())
        draw_conflict(p, r, theme, outline=1.0)
        tri = QPolygonF([QPointF(x0 + w / 2, bar.top() - 1), QPointF(x0 + w / 2 - 5, bar.top() - 8),
                         QPointF(x0 + w / 2 + 5, bar.top() - 8)])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(CONFLICT_COLOR))
        p.drawPolygon(tri)
    p.setPen(QPen(theme.faint, 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(bar)
    for first, last in scene.highlight_ranges:
        x0 = bar.left() + (first - root.first) * scale
        marks.append((x0, max(MIN_BAR_WIDTH, (last - first + 1) * scale)))
    for x0, w in marks:  # what is highlighted: a line under the bar
        p.fillRect(QRectF(x0, bar.bottom() + 1, w, 3), theme.text)
    # where the grid is, when zoomed in: a bracket under the bar
    if len(scene.stack) > 1:
        v = scene.view
        x0 = scene.bar_x(v.first)
        x1 = max(x0 + 3, scene.bar_x(v.last + 1))
        y = bar.bottom() + 5
        p.setPen(QPen(theme.link, 2))
        p.drawPolyline(QPolygonF([QPointF(x0, y - 3), QPointF(x0, y), QPointF(x1, y), QPointF(x1, y - 3)]))
    p.setPen(theme.text)
    p.setFont(scene.scaled_font(0.85))
    axis = lay.axis
    p.drawText(axis, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texts.ip(root.first))
    p.drawText(axis, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, texts.ip(root.last))


def _crumbs(scene: MapScene, p: QPainter, theme: Theme, crumbs: list[str]) -> None:
    p.setFont(scene.font)
    last = len(crumbs) - 1
    for (r, depth), text in zip(scene.layout.crumbs, crumbs):
        f = scene.scaled_font(1.0, bold=depth == last)
        f.setUnderline(depth != last)
        p.setFont(f)
        p.setPen(theme.text if depth == last else theme.link)
        p.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if depth != last:
            p.setFont(scene.font)
            p.setPen(theme.text)
            p.drawText(QPointF(r.right(), r.top() + scene.fm().ascent()), "  ›  ")


@dataclass(frozen=True, slots=True)
class CellLook:
    """What one cell shows, worked out once per plan, view and theme rather than on every paint."""
    fill: QColor
    dark_text: bool
    label: str
    sub: str  # share of the block in use ("" for single addresses and empty blocks)
    corner: QColor | None  # a second, compatible role (gateway that is also a DNS server)
    strip: tuple[tuple[QColor, float], ...]  # (colour, fraction) of the share strip
    conflict: bool
    bordered: bool


def cell_looks(scene: MapScene, theme: Theme) -> list[CellLook]:
    key = (scene.version, theme.dark)
    cached = scene.look_cache
    if cached is not None and cached[0] == key:
        return cached[1]
    view = scene.view
    address_level = view.block_size == 1
    conflict_fill = QColor(CONFLICT_COLOR)
    looks = []
    # An edit changes a cell or two: the look of a cell whose contents are unchanged is reused.
    # The key holds everything the look depends on (the view: labels and the address level).
    known: dict[tuple[object, ...], CellLook] = getattr(scene, "cell_look_memo", {})
    if len(known) > 8192:
        known = {}
    scene.cell_look_memo = known
    view_key = (view.first, view.last, view.block_size, view.prefixlen, view.block_prefixlen, theme.dark,
                theme.window.rgba())
    # The scene keeps the Cell objects an edit did not touch: their looks are found by identity
    # first, without building the value key below.
    by_cell: dict[int, tuple[object, CellLook]] = getattr(scene, "cell_look_by_id", {})
    if getattr(scene, "cell_look_by_id_key", None) != view_key or len(by_cell) > 8192:
        by_cell = {}
    fresh: dict[int, tuple[object, CellLook]] = {}
    for cell in scene.cells:
        hit = by_cell.get(id(cell))
        if hit is not None and hit[0] is cell:
            looks.append(hit[1])
            fresh[id(cell)] = hit
            continue
        key = (view_key, cell.first, cell.last, cell.shares, cell.conflict, cell.free, cell.roles)
        look = known.get(key)
        if look is not None:
            looks.append(look)
            fresh[id(cell)] = (cell, look)
            continue
        if cell.conflict:
            fill = conflict_fill
        else:
            fill = theme.role(cell.dominant)
            if not address_level and cell.used * 2 < cell.size:
                fill = _pale(cell.dominant, theme.dark)  # mostly free: say "something here", not "full"
        strip: tuple[tuple[QColor, float], ...] = ()
        shares = [(role, n) for role, n in cell.shares if n > 0]
        if not address_level and len(shares) > 1:
            total = sum(n for _, n in shares)
            shares.sort(key=lambda rs: (rs[0] is Role.FREE, DRAW_RANK[rs[0]]))  # used roles first, free last
            strip = tuple((theme.role(role), n / total) for role, n in shares)
        if address_level:
            label, sub = str(cell.first & 0xFF), ""
        else:
            label = texts.block_label(view, cell.first)
            sub = _percent(cell.used, cell.size) if cell.used else ""
        looks.append(CellLook(
            fill=fill,
            dark_text=not cell.conflict and _dark_text_on(fill.rgb()),
            label=label, sub=sub,
            corner=theme.role(cell.roles[1]) if address_level and len(cell.roles) > 1 and not cell.conflict else None,
            strip=strip, conflict=bool(cell.conflict),
            bordered=not cell.conflict and (cell.dominant is Role.FREE or not address_level)))
        known[key] = looks[-1]
        fresh[id(cell)] = (cell, looks[-1])
    scene.cell_look_by_id, scene.cell_look_by_id_key = fresh, view_key  # holds the cells: ids stay theirs
    scene.look_cache = ((scene.version, theme.dark), looks)
    return looks


def _grid(scene: MapScene, p: QPainter, theme: Theme, only: set[int] | None = None) -> None:
    """Draw the cells pass by pass (fills, borders, strips, conflicts, labels) so the painter
    changes state a handful of times per paint, not once per cell.  ``only``: just these cells
    (in the same passes), for ``repaint_changed``."""
    looks = cell_looks(scene, theme)
    rects = scene.cell_rects()
    indexes = range(len(looks)) if only is None else sorted(only)
    if scene.highlight_keys:  # dim what is not highlighted (conflicts stay bright)
        lit = scene.highlighted
        faded = [i for i in indexes if i not in lit and not looks[i].conflict]
        bright = [i for i in indexes if i in lit or looks[i].conflict]
        p.setOpacity(0.3)
        _cells(scene, p, theme, looks, rects, faded)
        p.setOpacity(1.0)
        _cells(scene, p, theme, looks, rects, bright)
    else:
        _cells(scene, p, theme, looks, rects, indexes)
    # highlight outlines last so neighbours never cover them: text colour outside, window colour inside
    outlines = [rects[i] for i in sorted(scene.highlighted) if only is None or i in only]
    if outlines:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(theme.text, 3))
        p.drawRects([r.adjusted(-1.5, -1.5, 1.5, 1.5) for r in outlines])
        p.setPen(QPen(theme.window, 1))
        p.drawRects([r.adjusted(0.5, 0.5, -0.5, -0.5) for r in outlines])


def _cells(scene: MapScene, p: QPainter, theme: Theme, looks: list[CellLook], rects: list[QRectF],
           which) -> None:
    lay, view = scene.layout, scene.view
    address_level = view.block_size == 1
    cell_px = lay.pitch - lay.gap
    which = list(which)
    for i in which:
        if not looks[i].conflict:
            p.fillRect(rects[i], looks[i].fill)
    for i in which:
        if looks[i].corner is not None:
            _corner(p, rects[i], looks[i].corner)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(theme.faint, 1))
    p.drawRects([rects[i].adjusted(0.5, 0.5, -0.5, -0.5) for i in which if looks[i].bordered])
    strips = []
    for i in which:
        if looks[i].strip:
            strips.append(_share_strip(p, rects[i], looks[i].strip))
    if strips:
        p.setPen(QPen(theme.faint, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRects(strips)
    for i in which:
        if looks[i].conflict:
            draw_conflict(p, rects[i], theme, outline=2.0)
    if cell_px < (14 if address_level else 22):
        return  # too small for labels: the tooltip tells
    label_font = scene.scaled_font(min(1.0, max(0.55, cell_px / 36)))
    small_font = scene.scaled_font(min(0.85, max(0.5, cell_px / 52)))
    for dark_text in (True, False):
        subset = [i for i in which if looks[i].dark_text == dark_text]
        if not subset:
            continue
        p.setPen(QColor("#000000") if dark_text else QColor("#FFFFFF"))
        p.setFont(label_font)
        for i in subset:
            r = rects[i]
            st = _static(scene, label_font, looks[i].label)
            size = st.size()
            if address_level:
                top = r.center().y() - size.height() / 2
            else:  # the upper half of a block, above its share of use
                top = r.top() + 1 + (r.height() * 0.45 - size.height()) / 2
            p.drawStaticText(QPointF(r.center().x() - size.width() / 2, top), st)
        if not address_level:
            p.setFont(small_font)
            for i in subset:
                if looks[i].sub:
                    r = rects[i]
                    st = _static(scene, small_font, looks[i].sub)
                    size = st.size()
                    top = r.top() + r.height() * 0.42 + (r.height() * 0.35 - size.height()) / 2
                    p.drawStaticText(QPointF(r.center().x() - size.width() / 2, top), st)


def _static(scene: MapScene, font: QFont, text: str) -> QStaticText:
    """Cell labels are laid out once and reused (drawText lays out the string on every call)."""
    key = (font.key(), text)
    st = scene.text_cache.get(key)
    if st is None:
        if len(scene.text_cache) > 4096:
            scene.text_cache.clear()
        st = QStaticText(text)
        st.setTextFormat(Qt.TextFormat.PlainText)
        st.prepare(QTransform(), font)
        scene.text_cache[key] = st
    return st


def _percent(used: int, size: int) -> str:
    pct = 100.0 * used / size
    if pct >= 10 or pct == 0:
        return f"{pct:.0f}%"
    return f"{pct:.1f}%" if pct >= 0.1 else "<0.1%"


def _corner(p: QPainter, r: QRectF, color: QColor) -> None:
    """A second, compatible role on the same address (a gateway that is also a DNS server)."""
    s = r.width() * 0.42
    path = QPainterPath()
    path.moveTo(r.right() + 1, r.bottom() + 1)
    path.lineTo(r.right() + 1 - s, r.bottom() + 1)
    path.lineTo(r.right() + 1, r.bottom() + 1 - s)
    path.closeSubpath()
    p.fillPath(path, color)


def _share_strip(p: QPainter, r: QRectF, strip: tuple[tuple[QColor, float], ...]) -> QRectF:
    """Stacked shares of the roles in a block along its bottom edge (each share at least 2 px)."""
    h = max(3.0, round(r.height() * 0.2))
    box = QRectF(r.left() + 1, r.bottom() - h - 1, r.width() - 2, h)
    x = box.left()
    last = len(strip) - 1
    for i, (color, frac) in enumerate(strip):
        w = box.right() - x if i == last else max(MIN_BAR_WIDTH, box.width() * frac)
        p.fillRect(QRectF(x, box.top(), max(0.0, w), h), color)
        x += w
    return box


def top_rows(height: float, line: float) -> int:
    return max(1, int(height // line)) if line > 0 else 1


def _legend(scene: MapScene, p: QPainter, theme: Theme) -> None:
    lay = scene.layout
    box = lay.legend
    if box.height() < 20:
        return
    fm = scene.fm(0.92)
    line = fm.height() + 5
    sw = fm.height()
    totals = scene.totals
    p.setFont(scene.scaled_font(1.0, bold=True))
    p.setPen(theme.text)
    x, y = box.left(), box.top()
    p.drawText(QPointF(x, y + fm.ascent()), QCoreApplication.translate("OccupancyMap", "Legend: addresses per use"))
    y += line + 2
    rows = [(role, totals[role]) for role in LEGEND_ORDER if totals.get(role)]
    conflicts = scene.conflicts
    items = rows + ([(None, conflicts)] if conflicts else [])
    cols = scene.legend_columns(box.width())
    if top_rows(box.bottom() - y, line) * cols < len(items):
        cols = scene.legend_columns(box.width(), wrap=True)  # short of height: more, narrower columns
    col_w = box.width() / cols
    per_col = -(-len(items) // cols)  # column by column, as even as can be
    p.setFont(scene.scaled_font(0.92))
    top = y
    for k, (role, n) in enumerate(items):
        x = box.left() + (k // per_col) * col_w
        y = top + (k % per_col) * line
        if y + line > box.bottom():
            continue  # no room left in this column
        swatch = QRectF(x, y + 1, sw, sw)
        if role is None:
            draw_conflict(p, swatch, theme, outline=1.5)
            label = QCoreApplication.translate("OccupancyMap", "conflict (two uses of one address)")
        else:
            p.fillRect(swatch, theme.role(role))
            p.setPen(QPen(theme.faint, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(swatch)
            label = role_label(role)
        p.setPen(theme.text)
        count = texts.num(n)
        cw = fm.horizontalAdvance(count)
        text_r = QRectF(x + sw + 6, y, col_w - sw - 14 - cw, sw + 2)
        p.drawText(text_r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(label, Qt.TextElideMode.ElideRight, text_r.width()))
        p.drawText(QRectF(x + col_w - 8 - cw, y, cw, sw + 2),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)
    y = top + per_col * line + 8
    width = min(box.width(), 2 * LEGEND_WIDTH) - 8
    _usage_bars(scene, p, theme, QRectF(box.left(), y, width, box.bottom() - y))


def _usage_bars(scene: MapScene, p: QPainter, theme: Theme, box: QRectF) -> None:
    """NetBox-style fill bars: green under 75 %, amber from 75 %, grey when exactly full; over 100 %
    (the clusters need more than the pool holds) in the conflict colour."""
    fm = scene.fm(0.92)
    bars = []
    pool = scene.pool_usage()
    if pool:
        bars.append((QCoreApplication.translate("OccupancyMap", "IP pool: {need} of {size} needed by clusters"), pool))
    lb = scene.lb_usage()
    if lb:
        bars.append((QCoreApplication.translate("OccupancyMap", "Load balancer: {need} of {size} used"), lb))
    y = box.top()
    for template, (need, size) in bars:
        if y + fm.height() * 2 + 10 > box.bottom():
            return
        p.setPen(theme.text)
        p.setFont(scene.scaled_font(0.92))
        p.drawText(QRectF(box.left(), y, box.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                   fm.elidedText(template.format(need=texts.num(need), size=texts.num(size)),
                                 Qt.TextElideMode.ElideRight, box.width()))
        y += fm.height() + 2
        r = QRectF(box.left(), y, box.width(), fm.height() - 2)
        ratio = need / size if size else 1.0
        color = QColor("#009E73") if ratio < 0.75 else QColor("#E69F00") if ratio < 1 \
            else QColor("#8C8C8C") if ratio == 1 else QColor(CONFLICT_COLOR)
        p.fillRect(r, theme.role(Role.FREE))
        p.fillRect(QRectF(r.left(), r.top(), r.width() * min(1.0, ratio), r.height()), color)
        p.setPen(QPen(theme.faint, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r)
        pct = f"{100 * ratio:.0f}%"
        p.setPen(readable_on(color) if ratio >= 0.35 else theme.text)  # inside the fill, or beside it
        p.setFont(scene.scaled_font(0.8, bold=True))
        inside = ratio >= 0.35  # NetBox's rule: the figure sits inside the bar from 35 % up
        side = Qt.AlignmentFlag.AlignLeft if inside else Qt.AlignmentFlag.AlignRight
        p.drawText(r.adjusted(4, 0, -4, 0), side | Qt.AlignmentFlag.AlignVCenter, pct)
        y += r.height() + 10

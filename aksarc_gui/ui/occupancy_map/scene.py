"""The map's state and geometry, apart from any widget.

``MapScene`` holds the plan's occupancy for one network, the zoom stack, the
cells of the current view and the highlight; ``layout(rect)`` places the title,
the bar, the breadcrumb, the grid and the legend; hit tests turn a point into a
cell, a bar address or a breadcrumb level.  The widget, the exports and the
benchmark all paint the same scene (see ``render.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from aksarc_gui.domain.plan import Plan
from aksarc_gui.planning.budget import budget
from aksarc_gui.planning.claims import Role, plan_claims
from aksarc_gui.planning.occupancy import MANAGEMENT, Occupancy, Occupant, occupancy
from aksarc_gui.ui.occupancy_map.view import Cell, SegmentIndex, View, changed_span, path_matches, root_view

MARGIN = 12.0
BAR_HEIGHT = 26.0
LEGEND_WIDTH = 250.0
WIDE_LEGEND_WIDTH = 2 * 175.0  # two legend columns beside the grid, when one is too short
MIN_LEGEND_COLUMN = 170.0
MIN_GRID_WIDTH = 220.0  # a grid narrower than this is not worth a legend beside it  # narrowest legend column: a swatch, "upgrade spare" and a count
MAX_PITCH_ADDRESS = 40.0  # one address per cell: room for a 3-digit octet
MAX_PITCH_BLOCK = 52.0  # a block: label, use and the share strip
CAPTION_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


@dataclass
class Layout:
    rect: QRectF = field(default_factory=QRectF)
    title: QRectF = field(default_factory=QRectF)
    subtitle: QRectF = field(default_factory=QRectF)
    bar: QRectF = field(default_factory=QRectF)
    axis: QRectF = field(default_factory=QRectF)
    crumbs: list[tuple[QRectF, int]] = field(default_factory=list)  # (where, depth in the zoom stack)
    caption: QRectF = field(default_factory=QRectF)
    grid: QRectF = field(default_factory=QRectF)  # the cells' bounding box
    pitch: float = 0.0  # cell size + gap
    gap: float = 0.0
    columns: int = 16  # cells per row: 16 or 32, whichever gives larger cells in the space there is
    legend: QRectF = field(default_factory=QRectF)


class MapScene:
    def __init__(self) -> None:
        self.plan: Plan | None = None
        self.network = MANAGEMENT
        self.occupancy: Occupancy | None = None
        self.index: SegmentIndex | None = None
        self.stack: list[View] = []  # root first; the last one is on screen
        self.cells: list[Cell] = []
        self.highlight_keys: frozenset[str] = frozenset()
        self.highlighted: set[int] = set()  # indexes of highlighted cells
        self.highlight_ranges: list[tuple[int, int]] = []  # addresses of the highlighted claims
        self.totals: dict[Role, int] = {}
        self.conflicts = 0
        self._pool_usage: tuple[int, int] | None = None
        self.dark = False
        self.font = QFont()
        self.version = 0  # bumped whenever the cells change, so painters can cache per cell
        self.look_cache: tuple[object, list] | None = None
        self.text_cache: dict[tuple[str, str], object] = {}
        self.layout = Layout()
        self._rects: tuple[tuple[object, ...], list[QRectF]] | None = None

    # --- state -----------------------------------------------------------------
    def set_plan(self, plan: Plan | None, network: str) -> None:
        """Recompute the occupancy; keep the zoom when the network and its prefix stay."""
        old_root = self.stack[0] if self.stack else None
        before = (self.index, self.cells, self.stack[-1] if self.stack else None)
        same_network = network == self.network
        self.plan, self.network = plan, network
        self.occupancy = occupancy(plan, network) if plan is not None else None
        self.index = SegmentIndex(self.occupancy) if self.occupancy is not None else None
        # what the title and the legend show, once per plan rather than on every paint
        self.totals = self.occupancy.totals() if self.occupancy is not None else {}
        # the index already knows which segments conflict: no second pairwise check of every segment
        self.conflicts = (sum(s.size for s, c in zip(self.index.segments, self.index.conflicts) if c)
                          if self.index is not None else 0)
        self._pool_usage = self._compute_pool_usage()
        if self.occupancy is None:
            self.stack = []
        else:
            root = root_view(self.occupancy.prefix)
            if not (same_network and old_root == root):
                self.stack = [root]
        self._refresh_cells(before)

    def _refresh_cells(self, before: tuple[SegmentIndex | None, list[Cell], View | None] | None = None) -> None:
        """The cells of the view; ``before`` (the previous index, cells and view): keep the cells
        outside what changed (an edit moves an address or two of a whole network)."""
        if self.index is None or not self.stack:
            self.cells = []
        else:
            kept = self._unchanged_cells(*before) if before is not None else None
            self.cells = kept if kept is not None else self.index.cells(self.view)
        self.version += 1
        self._refresh_highlight()

    def _unchanged_cells(self, index: SegmentIndex | None, cells: list[Cell], view: View | None) -> list[Cell] | None:
        """The cells of the same view after a new plan, computed again only where the segments
        differ; None when they cannot be reused (another view, network or prefix)."""
        new = self.view
        if index is None or view != new or len(cells) != new.cell_count or self.index is None:
            return None
        span = changed_span(index.segments, self.index.segments)
        if span is None or span[1] < new.first or span[0] > new.last:
            return list(cells)
        lo = (max(span[0], new.first) - new.first) // new.block_size
        hi = (min(span[1], new.last) - new.first) // new.block_size
        return cells[:lo] + self.index.cells(new, lo, hi + 1) + cells[hi + 1:]

    def set_highlight(self, keys: Iterable[str]) -> None:
        self.highlight_keys = frozenset(k for k in keys if k)
        self._refresh_highlight()

    def _refresh_highlight(self) -> None:
        """Cells with an occupant below a highlighted path, plus every address of a highlighted
        claim: the map splits a pool into per-cluster parts, yet selecting the pool in the tree
        should light the whole pool."""
        if not self.highlight_keys or not self.stack:
            self.highlighted, self.highlight_ranges = set(), []
            return
        claims = plan_claims(self.plan) if self.plan is not None else []
        root = self.stack[0]
        self.highlight_ranges = sorted((max(c.first, root.first), min(c.last, root.last)) for c in claims
                                       if path_matches(c.path, self.highlight_keys)
                                       and c.first <= root.last and c.last >= root.first)
        lit = {c.index for c in self.cells if any(self.occupant_highlighted(o) for o in c.occupants)}
        view = self.view
        for first, last in self.highlight_ranges:
            if first <= view.last and last >= view.first:
                lo = (max(first, view.first) - view.first) // view.block_size
                hi = (min(last, view.last) - view.first) // view.block_size
                lit.update(range(lo, hi + 1))
        self.highlighted = lit

    def occupant_highlighted(self, o: Occupant) -> bool:
        keys = self.highlight_keys
        if not keys:
            return False
        return path_matches(o.path or self.activation_path(o), keys) or (o.owner in keys and o.role is not Role.FREE)

    @property
    def view(self) -> View:
        return self.stack[-1]

    def zoom_in_at(self, address: int) -> bool:
        if not self.stack:
            return False
        child = self.view.child(address)
        if child is None:
            return False
        self.stack.append(child)
        self._refresh_cells()
        return True

    def zoom_out(self) -> bool:
        if len(self.stack) <= 1:
            return False
        self.stack.pop()
        self._refresh_cells()
        return True

    def zoom_to_depth(self, depth: int) -> bool:
        if not 0 <= depth < len(self.stack) - 1:
            return False
        del self.stack[depth + 1:]
        self._refresh_cells()
        return True

    def show_address(self, address: int) -> bool:
        """Zoom from the whole prefix down to the single-address grid holding ``address``."""
        if not self.stack or not self.stack[0].contains(address):
            return False
        self.stack = [self.stack[0]]
        while self.view.child(address) is not None:
            self.stack.append(self.view.child(address))
        self._refresh_cells()
        return True

    def usable(self) -> int:
        prefix = self.occupancy.prefix
        return prefix.size - 2 if prefix.prefixlen <= 30 else prefix.size

    def pool_usage(self) -> tuple[int, int] | None:
        """(addresses the clusters need from the pool, pool size) for a logical network."""
        return self._pool_usage

    def _compute_pool_usage(self) -> tuple[int, int] | None:
        if self.plan is None or self.network == MANAGEMENT:
            return None
        nb = budget(self.plan).network(self.network)
        return (nb.pool_required, nb.pool_size) if nb is not None and nb.pool_size else None

    def lb_usage(self) -> tuple[int, int] | None:
        totals = self.totals
        used, spare = totals.get(Role.LB_USED, 0), totals.get(Role.LB_SPARE, 0)
        return (used, used + spare) if used + spare else None

    def activation_path(self, o: Occupant) -> str:
        """The JSON path to select for an occupant; the prefix itself for network/broadcast."""
        if o.path or self.plan is None:
            return o.path
        if self.network == MANAGEMENT:
            return "management_network.address_prefix"
        n = next((i for i, net in enumerate(self.plan.logical_networks) if net.name == self.network), None)
        return f"logical_networks[{n}].address_prefix" if n is not None else ""

    # --- geometry ----------------------------------------------------------------
    def fm(self, scale: float = 1.0, bold: bool = False) -> QFontMetricsF:
        return QFontMetricsF(self.scaled_font(scale, bold))

    def scaled_font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        f = QFont(self.font)
        if scale != 1.0:
            f.setPointSizeF(max(5.0, f.pointSizeF() * scale))
        f.setBold(bold)
        return f

    def do_layout(self, rect: QRectF, crumb_texts: list[str], caption_text: str = "") -> Layout:
        """Lay the map out with the legend beside the grid or below it: the one whose legend shows
        every use, and of those the one with larger cells (a short laptop screen must not cut the
        legend to give the grid a few more pixels)."""
        inner_w = rect.width() - 2 * MARGIN
        # beside the grid in one column, or in two narrower ones when one is too short; below it
        sides = [(True, LEGEND_WIDTH)] if inner_w >= LEGEND_WIDTH * 2 else []
        if inner_w >= WIDE_LEGEND_WIDTH + MIN_GRID_WIDTH:
            sides.append((True, WIDE_LEGEND_WIDTH))
        sides.append((False, 0.0))
        best: Layout | None = None
        best_key: tuple[bool, float] | None = None
        for wide, legend_w in sides:
            lay = self._layout(rect, crumb_texts, caption_text, wide, legend_w)
            key = (self.legend_fits(lay), lay.pitch)
            if best_key is None or key > best_key:
                best, best_key = lay, key
        self.layout = best
        return best

    def _layout(self, rect: QRectF, crumb_texts: list[str], caption_text: str, wide: bool,
                legend_w: float = LEGEND_WIDTH) -> Layout:
        lay = Layout(rect=QRectF(rect))
        fm = self.fm()
        line = fm.height()
        inner = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        y = inner.top()
        lay.title = QRectF(inner.left(), y, inner.width(), self.fm(1.15, True).height() + 2)
        y = lay.title.bottom() + 2
        if not self.stack:
            return lay
        main_w = inner.width() - (legend_w + MARGIN if wide else 0)
        lay.subtitle = QRectF(inner.left(), y, main_w, self.fm(bold=True).height())
        y = lay.subtitle.bottom() + 12  # room for the conflict markers above the bar
        lay.bar = QRectF(inner.left(), y, main_w, BAR_HEIGHT)
        lay.axis = QRectF(inner.left(), lay.bar.bottom() + 4, main_w, line)
        y = lay.axis.bottom() + 8
        x = inner.left()
        sep = fm.horizontalAdvance("  ›  ")
        bold = self.fm(bold=True)
        for depth, text in enumerate(crumb_texts):
            w = (bold if depth == len(crumb_texts) - 1 else fm).horizontalAdvance(text) + 1
            lay.crumbs.append((QRectF(x, y, w, line), depth))
            x += w + sep
        y += line + 2
        caption_h = self.fm(0.92).boundingRect(QRectF(0, 0, main_w, 1000), CAPTION_FLAGS, caption_text).height()
        lay.caption = QRectF(inner.left(), y, main_w, caption_h + 2)
        y = lay.caption.bottom() + 6

        view = self.view
        legend_h = 0.0 if wide else min(self.legend_height(inner.width()), (inner.bottom() - y) * 0.5)
        avail_w, avail_h = main_w, inner.bottom() - y - legend_h
        limit = MAX_PITCH_ADDRESS if view.block_size == 1 else MAX_PITCH_BLOCK
        # A short, wide area (a laptop screen with the docks open) reads better with 32
        # cells a row than with 16 tiny ones; ties keep the view's own choice.
        choices = [view.columns] + ([32] if view.columns == 16 and view.cell_count >= 64 else [])
        columns, pitch = view.columns, 0.0
        for cols in choices:
            rows = -(-view.cell_count // cols)
            fit = max(4.0, min(limit, int(min(avail_w / cols, avail_h / rows))))
            if fit > pitch:
                columns, pitch = cols, fit
        rows = -(-view.cell_count // columns)
        lay.columns = columns
        lay.pitch, lay.gap = pitch, (2.0 if pitch >= 12 else 1.0)
        lay.grid = QRectF(inner.left(), y, pitch * columns, pitch * rows)
        if wide:
            lay.legend = QRectF(inner.right() - legend_w, lay.bar.top(), legend_w,
                                inner.bottom() - lay.bar.top())
        else:
            top = lay.grid.bottom() + MARGIN
            lay.legend = QRectF(inner.left(), top, inner.width(), max(0.0, inner.bottom() - top))
        return lay

    def legend_fits(self, lay: Layout) -> bool:
        """Every legend line has room in ``lay`` (in as many columns as its width allows); the usage
        bars below them are drawn when there is room left."""
        if not self.stack:
            return True
        return self.legend_height(lay.legend.width(), wrap=True, bars=False) <= lay.legend.height() + 0.5

    def legend_items(self) -> int:
        return sum(1 for n in self.totals.values() if n) + (1 if self.conflicts else 0)

    def legend_columns(self, width: float, wrap: bool = False) -> int:
        """Columns of the legend: one per LEGEND_WIDTH, or with ``wrap`` as many narrower ones
        (down to MIN_LEGEND_COLUMN) as it takes to show every line."""
        cols = max(1, int(width // LEGEND_WIDTH))
        if wrap:
            cols = max(cols, min(self.legend_items(), max(1, int(width // MIN_LEGEND_COLUMN))))
        return cols

    def usage_bars(self) -> int:
        return (self.pool_usage() is not None) + (self.lb_usage() is not None)

    def legend_height(self, width: float, wrap: bool = False, bars: bool = True) -> float:
        """Height of the legend laid out in columns across ``width`` (below the grid on narrow maps)."""
        fm = self.fm(0.92)
        line = fm.height() + 5
        rows = -(-self.legend_items() // self.legend_columns(width, wrap))
        return line + 2 + rows * line + 8 + bars * self.usage_bars() * (2 * fm.height() + 12) + MARGIN

    def cell_rect(self, index: int) -> QRectF:
        lay = self.layout
        row, col = divmod(index, lay.columns)
        return QRectF(lay.grid.left() + col * lay.pitch, lay.grid.top() + row * lay.pitch,
                      lay.pitch - lay.gap, lay.pitch - lay.gap)

    def cell_rects(self) -> list[QRectF]:
        lay, n = self.layout, len(self.cells)
        cols = lay.columns
        left, top, pitch, side = lay.grid.left(), lay.grid.top(), lay.pitch, lay.pitch - lay.gap
        key = (n, cols, left, top, pitch, side)
        if self._rects is None or self._rects[0] != key:  # the same squares paint after paint
            self._rects = (key, [QRectF(left + (i % cols) * pitch, top + (i // cols) * pitch, side, side)
                                 for i in range(n)])
        return self._rects[1]

    # --- hit tests ---------------------------------------------------------------
    def cell_at(self, pos: QPointF) -> Cell | None:
        lay = self.layout
        if not self.cells or lay.pitch <= 0 or not lay.grid.contains(pos):
            return None
        col = int((pos.x() - lay.grid.left()) // lay.pitch)
        row = int((pos.y() - lay.grid.top()) // lay.pitch)
        index = row * lay.columns + col
        return self.cells[index] if 0 <= col < lay.columns and 0 <= index < len(self.cells) else None

    def cell_index_of(self, address: int) -> int | None:
        view = self.view if self.stack else None
        if view is None or not view.contains(address):
            return None
        return (address - view.first) // view.block_size

    def bar_range_at(self, pos: QPointF, slop: float = 2.0) -> tuple[int, int] | None:
        """Addresses under ``pos`` on the bar, widened by ``slop`` pixels (single IPs are 2 px)."""
        bar = self.layout.bar
        if not self.stack or not bar.adjusted(0, -3, 0, 3).contains(pos):
            return None
        root = self.stack[0]
        per_px = root.size / bar.width()
        lo = root.first + int(max(0.0, pos.x() - bar.left() - slop) * per_px)
        hi = root.first + int(min(bar.width(), pos.x() - bar.left() + slop) * per_px)
        return lo, min(max(lo, hi), root.last)

    def crumb_at(self, pos: QPointF) -> int | None:
        return next((depth for r, depth in self.layout.crumbs if r.contains(pos)), None)

    def bar_x(self, address: int) -> float:
        root, bar = self.stack[0], self.layout.bar
        return bar.left() + (address - root.first) * bar.width() / root.size

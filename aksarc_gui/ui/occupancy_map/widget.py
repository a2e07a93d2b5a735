"""OccupancyMapWidget: the subnet occupancy map of one network of a plan.

API for the main window:

- ``set_plan(plan)`` recomputes the occupancy (keeps the zoom when the network
  and its prefix stay the same); ``set_network(name)`` picks the network, ""
  standing for the management network;
- ``highlight(keys)`` outlines every cell whose occupant path lies below one of
  the JSON paths in ``keys`` (or whose owner is named in it) and dims the rest;
- ``sig_path_activated(str)``: a click on a cell gives the JSON path of its first
  occupant, so the tree can select it;
- ``zoom_in_at(address)``, ``zoom_out()``, ``current_view()``;
- ``export_png(path)``, ``export_svg(path)``;
- hit tests for tests and tools: ``cell_at(pos)``, ``cell_center(address)``,
  ``bar_point(address)``, ``tooltip_at(pos)``.

Everything is painted straight into the widget (no child widgets, no item
scene), so an update is one repaint without flicker.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QToolTip, QWidget

from aksarc_gui.domain.plan import Plan
from aksarc_gui.ui.occupancy_map import render, texts
from aksarc_gui.ui.occupancy_map.scene import MapScene
from aksarc_gui.ui.occupancy_map.view import Cell

WHEEL_STEP = 120  # one notch of a mouse wheel, in eighths of a degree


class OccupancyMapWidget(QWidget):
    sig_path_activated = Signal(str)
    """A cell was clicked: the JSON path of its first occupant (for the tree to select)."""
    sig_view_changed = Signal()
    """The zoom changed (``current_view()`` tells what is shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = MapScene()
        self._scene.font = self.font()
        self._wheel = 0
        self._drawn: tuple[object, QPixmap] | None = None  # (what it shows, the picture): paintEvent
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we paint every pixel: no erase, no flicker
        self.setAccessibleName(self.tr("Address occupancy map"))

    # --- API ---------------------------------------------------------------------
    def set_plan(self, plan: Plan | None) -> None:
        self._scene.set_plan(plan, self._scene.network)
        self.update()

    def set_network(self, name: str) -> None:
        if name != self._scene.network or not self._scene.stack:
            self._scene.network = name
            self._scene.stack = []
            self._scene.set_plan(self._scene.plan, name)
            self.sig_view_changed.emit()
            self.update()

    def network(self) -> str:
        return self._scene.network

    def highlight(self, owner_or_paths: str | Iterable[str] | None) -> None:
        keys = [owner_or_paths] if isinstance(owner_or_paths, str) else list(owner_or_paths or ())
        self._scene.set_highlight(keys)
        self.update()

    def zoom_in_at(self, address: int) -> bool:
        return self._changed(self._scene.zoom_in_at(int(address)))

    def zoom_out(self) -> bool:
        return self._changed(self._scene.zoom_out())

    def show_address(self, address: int) -> bool:
        """Zoom down to the single-address grid that holds ``address``."""
        return self._changed(self._scene.show_address(int(address)))

    def current_view(self) -> tuple[int, int, int] | None:
        """(first address, last address, addresses per cell) of the grid; None when nothing is shown."""
        if not self._scene.stack:
            return None
        v = self._scene.view
        return v.first, v.last, v.block_size

    def scene(self) -> MapScene:
        return self._scene

    # --- hit tests ---------------------------------------------------------------
    def _ensure_layout(self) -> None:
        if self._scene.layout.rect != QRectF(self.rect()):
            self._scene.dark = render.Theme.from_palette(self.palette()).dark
            render.layout_scene(self._scene, QRectF(self.rect()))

    def cell_at(self, pos: QPointF) -> Cell | None:
        self._ensure_layout()
        return self._scene.cell_at(QPointF(pos))

    def cell_center(self, address: int) -> QPointF | None:
        """Where the cell holding ``address`` is drawn, in widget coordinates."""
        self._ensure_layout()
        i = self._scene.cell_index_of(int(address))
        return None if i is None else self._scene.cell_rect(i).center()

    def bar_point(self, address: int) -> QPointF | None:
        """The middle of the bar at ``address`` (None when nothing is shown)."""
        self._ensure_layout()
        if not self._scene.stack or not self._scene.stack[0].contains(int(address)):
            return None
        return QPointF(self._scene.bar_x(int(address)), self._scene.layout.bar.center().y())

    def tooltip_at(self, pos: QPointF) -> str:
        self._ensure_layout()
        pos = QPointF(pos)
        cell = self._scene.cell_at(pos)
        if cell is not None:
            return texts.cell_tooltip(self._scene, cell)
        span = self._scene.bar_range_at(pos)
        if span is not None:
            return texts.bar_tooltip(self._scene, *span)
        if self._scene.crumb_at(pos) is not None:
            return self.tr("Zoom back out to this prefix")
        return ""

    # --- export ------------------------------------------------------------------
    def _export_size(self) -> QSize:
        size = self.size()
        hint = self.sizeHint()
        return size if size.width() >= 480 and size.height() >= 320 else hint

    def export_png(self, path: str | Path, scale: float = 2.0) -> bool:
        """Write the map as PNG at ``scale`` times the widget's size; False if it cannot be written."""
        if not Path(path).parent.is_dir():
            return False  # checked first: a failed QImage.save has crashed PySide6 6.12 at exit
        size = self._export_size()
        image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        painter = QPainter(image)
        self._paint(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        ok = image.save(str(path), "PNG")
        render.layout_scene(self._scene, QRectF(self.rect()))
        return ok

    def export_svg(self, path: str | Path) -> bool:
        if not Path(path).parent.is_dir():
            return False
        from PySide6.QtSvg import QSvgGenerator  # the SVG module loads only for an SVG export

        size = self._export_size()
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(size)
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setTitle(texts.title(self._scene) or self.tr("Address occupancy map"))
        gen.setDescription(self.tr("Address occupancy map made by the AKS Arc Network Planner"))
        painter = QPainter()
        if not painter.begin(gen):
            return False
        self._paint(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        render.layout_scene(self._scene, QRectF(self.rect()))
        return Path(path).is_file() and Path(path).stat().st_size > 0

    # --- Qt ----------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(980, 660)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, 280)

    def _paint(self, painter: QPainter, rect: QRectF) -> None:
        self._scene.font = self.font()
        render.paint(self._scene, painter, rect, render.Theme.from_palette(self.palette()))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The map is drawn once per state into a pixmap that later paints copy: at start-up the
        # window's first paint and its screenshot (or a dock moved over the map) would otherwise
        # draw every cell and label again for the same picture.
        ratio = self.devicePixelRatioF()
        key = (self._scene.version, self._scene.highlight_keys, self.size(), ratio,
               self.palette().cacheKey(), self.font().key())
        if self._drawn is None or self._drawn[0] != key:
            image = QPixmap(self.size() * ratio)
            image.setDevicePixelRatio(ratio)
            image_painter = QPainter(image)
            self._paint(image_painter, QRectF(self.rect()))
            image_painter.end()
            self._drawn = (key, image)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._drawn[1])
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._scene.layout.rect = QRectF()  # lay out again with the new font / theme
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.position() if hasattr(event, "position") else QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        if event.button() == Qt.MouseButton.BackButton:
            self.zoom_out()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._ensure_layout()
        depth = self._scene.crumb_at(pos)
        if depth is not None:
            self._changed(self._scene.zoom_to_depth(depth))
            return
        target = self._bar_target(pos)
        if target is not None:
            self.show_address(target)
            return
        cell = self._scene.cell_at(pos)
        if cell is not None and cell.occupants:
            path = self._scene.activation_path(cell.occupants[0])
            if path:
                self.sig_path_activated.emit(path)

    def _bar_target(self, pos: QPointF) -> int | None:
        """The address a click on the bar goes to: what is drawn there (a 2 px mark stands for
        one address on a bar of millions), conflicts first; else the address under the pointer."""
        span = self._scene.bar_range_at(pos)
        if span is None:
            return None
        index = self._scene.index
        used = [j for j in index.in_range(*span) if index.segments[j].occupants]
        if used:
            j = next((j for j in used if index.conflicts[j]), used[0])
            return max(index.segments[j].first, span[0])
        exact = self._scene.bar_range_at(pos, slop=0.0)
        return exact[0] if exact else span[0]

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        cell = self.cell_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if cell is None or not self.zoom_in_at(cell.first):
            super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._ensure_layout()
        pos = event.position()
        clickable = self._scene.crumb_at(pos) is not None and self._scene.crumb_at(pos) < len(self._scene.stack) - 1
        clickable = clickable or self._scene.bar_range_at(pos, slop=0.0) is not None
        cell = self._scene.cell_at(pos)
        clickable = clickable or (cell is not None and bool(cell.occupants))
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._wheel += event.angleDelta().y()  # touchpads send small deltas: add them up to whole notches
        steps = int(self._wheel / WHEEL_STEP)
        self._wheel -= steps * WHEEL_STEP
        if steps > 0:
            cell = self.cell_at(event.position())
            if cell is not None:
                self.zoom_in_at(cell.first)
        elif steps < 0:
            for _ in range(-steps):
                self.zoom_out()
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Minus, Qt.Key.Key_Escape) and self.zoom_out():
            return
        super().keyPressEvent(event)

    def _changed(self, changed: bool) -> bool:
        if changed:
            self._scene.layout.rect = QRectF()
            self.sig_view_changed.emit()
            self.update()
        return changed

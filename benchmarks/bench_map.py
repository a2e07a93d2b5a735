"""How long the occupancy map takes to paint, for a /16 and an /8 plan.

    python benchmarks/bench_map.py [--runs N]

Prints, from one run on this machine: the repaint of the whole map at full view
(title, bar, 256 block cells, legend) for a /16 and an /8 plan, the same after a
new plan (occupancy + cells + paint), one level zoomed in, and a bare QPainter
filling the same number of cells as a yardstick.  Targets: a repaint fits in a
16 ms frame, and the /8 costs no more than about twice the /16 (the map's cost
follows the cells on screen and the segments, not the addresses of the prefix).

The /16 and /8 measurements are interleaved run by run, so both see the same
load, and each figure is the best of N runs: on a shared machine the slower runs
mostly measure the neighbours (the "noise" line says how much).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from aksarc_gui.planning.occupancy import occupancy  # noqa: E402
from aksarc_gui.ui.occupancy_map import OccupancyMapWidget, render  # noqa: E402
from aksarc_gui.ui.occupancy_map.demo_plans import wide_plan  # noqa: E402

WIDTH, HEIGHT = 980, 660
FRAME_MS = 16.0
SIZES = (16, 8)


def paint_once(w: OccupancyMapWidget, image: QImage) -> None:
    p = QPainter(image)
    render.paint(w.scene(), p, QRectF(0, 0, WIDTH, HEIGHT), render.Theme.from_palette(w.palette()))
    p.end()


def bare_cells(image: QImage, cells: int, columns: int) -> None:
    """The yardstick: one fillRect per cell, nothing else."""
    p = QPainter(image)
    colour = QColor("#0072B2")
    pitch = 28
    for i in range(cells):
        row, col = divmod(i, columns)
        p.fillRect(col * pitch, 200 + row * pitch, pitch - 2, pitch - 2, colour)
    p.end()


class Subject:
    """One plan on one widget, with the operations to time."""

    def __init__(self, prefixlen: int) -> None:
        self.plan = wide_plan(prefixlen)
        self.net = self.plan.logical_networks[0].name
        self.w = OccupancyMapWidget()
        self.w.resize(WIDTH, HEIGHT)
        self.w.set_network(self.net)
        self.w.set_plan(self.plan)
        self.w.show()
        self.image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
        self.zoomed = OccupancyMapWidget()
        self.zoomed.resize(WIDTH, HEIGHT)
        self.zoomed.set_network(self.net)
        self.zoomed.set_plan(self.plan)
        self.zoomed.zoom_in_at(self.w.scene().view.first)  # one level down: the next grid
        view = self.w.scene().view
        self.ops: dict[str, Callable[[], object]] = {
            "occupancy": lambda: occupancy(self.plan, self.net),
            "repaint": lambda: paint_once(self.w, self.image),
            "widget.repaint": self.w.repaint,  # the real paint event, through the backing store
            "new plan + paint": self.new_plan,
            "zoomed repaint": lambda: paint_once(self.zoomed, self.image),
            "bare fill": lambda: bare_cells(self.image, view.cell_count, view.columns),
        }
        self.counts = {"cells": view.cell_count, "segments": len(self.w.scene().index.segments),
                       "zoomed cells": self.zoomed.scene().view.cell_count}

    def new_plan(self) -> None:
        self.w.set_plan(self.plan)
        paint_once(self.w, self.image)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=40)
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    import PySide6

    subjects = {n: Subject(n) for n in SIZES}
    app.processEvents()
    times: dict[tuple[int, str], list[float]] = {}
    ops = list(subjects[SIZES[0]].ops)
    for run in range(args.runs + 1):  # run 0 warms the caches and is dropped
        for op in ops:
            for n in SIZES:  # interleaved: both sizes see the same load
                fn = subjects[n].ops[op]
                t0 = time.perf_counter()
                fn()
                if run:
                    times.setdefault((n, op), []).append((time.perf_counter() - t0) * 1000)
    best = {k: min(v) for k, v in times.items()}
    noise = statistics.median(statistics.median(v) / min(v) for v in times.values())

    print(f"Qt {PySide6.__version__}, Python {sys.version.split()[0]}, {WIDTH}x{HEIGHT}, best of {args.runs} runs")
    print(f"{'':22}{'/16':>10}{'/8':>10}{'/8 / /16':>10}")
    for key in ("cells", "segments", "zoomed cells"):
        print(f"{key:22}{subjects[16].counts[key]:>10}{subjects[8].counts[key]:>10}")
    for op in ops:
        a, b = best[(16, op)], best[(8, op)]
        print(f"{op + ' (ms)':22}{a:>10.2f}{b:>10.2f}{b / a:>10.2f}")
    print(f"noise: the median run took {noise:.2f}x the best one")
    for n in SIZES:
        r, frame = best[(n, "repaint")], best[(n, "widget.repaint")]
        print(f"/{n}: repaint {r:.1f} ms = {r / best[(n, 'bare fill')]:.0f}x the bare fill of "
              f"{subjects[n].counts['cells']} cells; fits a {FRAME_MS:.0f} ms frame: "
              f"{'yes' if max(r, frame) <= FRAME_MS else 'NO'}")
    ratio = best[(8, "repaint")] / best[(16, "repaint")]
    print(f"/8 repaint vs /16: {ratio:.2f}x (target: about 2x at most): {'ok' if ratio <= 2.2 else 'TOO SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

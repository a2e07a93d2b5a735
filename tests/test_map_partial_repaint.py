"""After an edit the map recomputes and repaints only the cells that changed: the cells and
the picture must be the ones a whole computation and paint make, at address and block level,
with and without a highlight."""

from __future__ import annotations

import pytest
from netaddr import IPAddress
from PySide6.QtGui import QColor, QImage, QPalette

from aksarc_gui.domain import Plan
from aksarc_gui.ui.occupancy_map import OccupancyMapWidget, render
from aksarc_gui.ui.occupancy_map.demo_plans import wide_plan


def moved_control_plane(plan: Plan, cluster: int, address: str) -> Plan:
    clusters = list(plan.clusters)
    c = clusters[cluster]
    clusters[cluster] = c.model_copy(update={"control_plane": c.control_plane.model_copy(
        update={"ip": IPAddress(address)})})
    return plan.model_copy(update={"clusters": clusters})


def shown(w: OccupancyMapWidget) -> QImage:
    """What the widget puts on screen (its paint event, through the kept picture)."""
    w.repaint()
    return w.grab().toImage()


def whole(w: OccupancyMapWidget) -> QImage:
    w._drawn = None  # forget the kept picture: paint everything
    return shown(w)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_an_edit_repaints_part_of_the_picture_and_it_matches_a_whole_paint(qtbot, monkeypatch, dark) -> None:
    partial = []
    real = render.repaint_changed
    monkeypatch.setattr(render, "repaint_changed", lambda *args: partial.append(real(*args)) or partial[-1])
    plan = wide_plan(16)
    w = OccupancyMapWidget()
    qtbot.addWidget(w)
    w.resize(980, 660)
    if dark:
        pal = w.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#202020"))
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#EEEEEE"))
        w.setPalette(pal)
    w.set_network(plan.logical_networks[0].name)
    w.set_plan(plan)
    w.show()
    qtbot.waitExposed(w)
    shown(w)
    first = plan.clusters[0].control_plane.ip
    pool_start = plan.logical_networks[0].ip_pool.start  # moving the control plane here is a conflict
    steps = [moved_control_plane(plan, 0, str(pool_start)), plan,
             moved_control_plane(plan, 0, str(IPAddress(int(first) + 256)))]
    for highlight in (None, ["clusters[0]"]):
        w.highlight(highlight)
        shown(w)
        for zoom in (False, True):
            if zoom:
                w.show_address(int(first))
                shown(w)
            for step in steps:
                partial.clear()
                w.set_plan(step)
                scene = w.scene()
                assert scene.cells == scene.index.cells(scene.view)  # the kept cells are the ones it would compute
                image = shown(w)
                assert [p is not None for p in partial] == [True]  # painted into the kept picture
                assert image == whole(w), (highlight, zoom, step.clusters[0].control_plane.ip)
            w.zoom_out()

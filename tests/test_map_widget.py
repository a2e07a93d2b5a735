"""The occupancy map as a user meets it: hover, click, edit, zoom, highlight, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from netaddr import IPAddress
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from aksarc_gui.domain import Plan
from aksarc_gui.planning.claims import Role
from aksarc_gui.planning.palette import role_color
from aksarc_gui.ui.occupancy_map import OccupancyMapWidget
from aksarc_gui.ui.occupancy_map.demo_plans import wide_plan


def ip(text: str) -> int:
    return int(IPAddress(text))


@pytest.fixture
def make_map(qtbot):
    def make(plan: Plan, network: str | None = None) -> OccupancyMapWidget:
        w = OccupancyMapWidget()
        qtbot.addWidget(w)
        w.resize(980, 660)
        w.set_network(plan.logical_networks[0].name if network is None else network)
        w.set_plan(plan)
        w.show()
        qtbot.waitExposed(w)
        return w
    return make


def center(w: OccupancyMapWidget, address: str) -> QPoint:
    pos = w.cell_center(ip(address))
    assert pos is not None, f"{address} is not in the grid"
    return pos.toPoint()


def wheel(w: OccupancyMapWidget, pos: QPoint, notches: int) -> None:
    event = QWheelEvent(QPointF(pos), QPointF(w.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(w, event)


def test_hovering_a_cell_tells_the_address_its_role_and_owner(make_map, jane) -> None:
    w = make_map(jane)
    pos = center(w, "10.220.32.40")
    text = w.tooltip_at(pos)
    assert text.splitlines()[0] == "10.220.32.40"
    assert "control plane IP: cluster-a" in text
    assert "Conflict" not in text
    assert w.tooltip_at(center(w, "10.220.32.200")).splitlines() == ["10.220.32.200", "free"]


def test_the_tooltip_event_shows_the_same_text(make_map, jane) -> None:
    w = make_map(jane)
    pos = center(w, "10.220.32.16")
    QApplication.sendEvent(w, QHelpEvent(QEvent.Type.ToolTip, pos, w.mapToGlobal(pos)))
    assert QToolTip.isVisible()
    assert QToolTip.text() == w.tooltip_at(pos)
    assert "DNS server: aks-lnet-01" in QToolTip.text()


def test_clicking_a_cell_selects_its_first_occupant(make_map, qtbot, jane) -> None:
    w = make_map(jane)
    with qtbot.waitSignal(w.sig_path_activated, timeout=1000) as blocker:
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=center(w, "10.220.32.51"))
    assert blocker.args == ["clusters[0].load_balancer.addresses[0]"]
    with qtbot.waitSignal(w.sig_path_activated, timeout=1000) as blocker:
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=center(w, "10.220.32.28"))
    assert blocker.args == ["clusters[1].node_pools"]  # cluster-b's node VMs
    with qtbot.waitSignal(w.sig_path_activated, timeout=1000) as blocker:
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=center(w, "10.220.32.255"))
    assert blocker.args == ["logical_networks[0].address_prefix"]  # the broadcast address: the prefix
    with qtbot.assertNotEmitted(w.sig_path_activated):
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=center(w, "10.220.32.99"))  # free


def test_moving_the_control_plane_ip_into_the_pool_shows_a_conflict(make_map, jane) -> None:
    w = make_map(jane)
    pos = center(w, "10.220.32.20")
    assert not w.cell_at(pos).conflict
    w.set_plan(jane.model_copy(update={"clusters": [
        jane.clusters[0].model_copy(update={"control_plane": jane.clusters[0].control_plane.model_copy(
            update={"ip": IPAddress("10.220.32.20")})}),
        jane.clusters[1]]}))
    cell = w.cell_at(pos)
    assert cell.conflict == 1
    assert {o.role for o in cell.occupants} == {Role.CONTROL_PLANE, Role.POOL_NODES}
    assert "rule CP-3" in w.tooltip_at(pos)
    assert not w.cell_at(center(w, "10.220.32.40")).occupants  # the old address is free now


def test_zooming_in_and_out_of_a_slash_16(make_map, qtbot) -> None:
    w = make_map(wide_plan(16))
    assert w.current_view() == (ip("10.50.0.0"), ip("10.50.255.255"), 256)
    block = w.cell_at(center(w, "10.50.8.0"))
    assert (block.first, block.last) == (ip("10.50.8.0"), ip("10.50.8.255"))
    assert "10.50.8.0/24" in w.tooltip_at(center(w, "10.50.8.0"))

    qtbot.mouseDClick(w, Qt.MouseButton.LeftButton, pos=center(w, "10.50.8.0"))
    assert w.current_view() == (ip("10.50.8.0"), ip("10.50.8.255"), 1)
    lb = w.cell_at(center(w, "10.50.8.64"))  # the first cluster's load balancer block
    assert lb.roles == (Role.LB_USED,)

    wheel(w, center(w, "10.50.8.64"), -1)  # scroll down: back out
    assert w.current_view() == (ip("10.50.0.0"), ip("10.50.255.255"), 256)
    wheel(w, center(w, "10.50.200.0"), +1)  # scroll up over a block: into it
    assert w.current_view() == (ip("10.50.200.0"), ip("10.50.200.255"), 1)
    wheel(w, center(w, "10.50.200.7"), +1)  # nothing below single addresses
    assert w.current_view()[2] == 1

    crumb, depth = w.scene().layout.crumbs[0]
    assert depth == 0
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=crumb.center().toPoint())  # the breadcrumb
    assert w.current_view() == (ip("10.50.0.0"), ip("10.50.255.255"), 256)
    assert not w.zoom_out()  # already at the whole prefix


def test_a_slash_8_zooms_in_two_steps_down_to_addresses(make_map) -> None:
    w = make_map(wide_plan(8))
    assert w.current_view() == (ip("10.0.0.0"), ip("10.255.255.255"), 65536)
    assert w.zoom_in_at(ip("10.0.1.2"))
    assert w.current_view() == (ip("10.0.0.0"), ip("10.0.255.255"), 256)
    assert w.zoom_in_at(ip("10.0.1.2"))
    assert w.current_view() == (ip("10.0.1.0"), ip("10.0.1.255"), 1)
    assert not w.zoom_in_at(ip("10.0.1.2"))
    assert w.zoom_out() and w.zoom_out() and not w.zoom_out()
    assert w.current_view()[2] == 65536


def test_a_new_plan_keeps_the_zoom_a_new_network_resets_it(make_map, jane) -> None:
    w = make_map(wide_plan(16))
    w.zoom_in_at(ip("10.50.8.1"))
    w.set_plan(wide_plan(16, clusters=5))
    assert w.current_view() == (ip("10.50.8.0"), ip("10.50.8.255"), 1)
    w.set_plan(jane)  # no network of that name in this plan
    assert w.current_view() is None
    assert w.cell_at(QPointF(200, 300)) is None
    w.set_network("aks-lnet-01")
    assert w.current_view() == (ip("10.220.32.0"), ip("10.220.32.255"), 1)


def test_the_management_network(make_map, jane) -> None:
    w = make_map(jane, network="")
    assert "physical host: 192.168.100.11" in w.tooltip_at(center(w, "192.168.100.11"))
    assert w.tooltip_at(center(w, "192.168.100.52")).splitlines()[1] == "infrastructure pool"


def test_highlight_outlines_what_lies_below_a_tree_path(make_map, jane) -> None:
    w = make_map(jane)
    scene = w.scene()
    w.highlight({"clusters[1]"})
    lit = {scene.cells[i].first for i in scene.highlighted}
    assert lit == {ip(f"10.220.32.{n}") for n in (27, 28, 29, 30, 31, 41)}  # cluster-b: 4 VMs, upgrade, CP
    w.highlight("cluster-a")  # an owner name works too
    assert ip("10.220.32.50") in {scene.cells[i].first for i in scene.highlighted}
    w.highlight({"logical_networks[0].ip_pool"})  # the whole pool, though the map splits it per cluster
    assert {scene.cells[i].first for i in scene.highlighted} == {ip(f"10.220.32.{n}") for n in range(18, 39)}
    w.highlight({"logical_networks[0].address_prefix"})  # the prefix: its network and broadcast address
    assert {scene.cells[i].first for i in scene.highlighted} == {ip("10.220.32.0"), ip("10.220.32.255")}
    w.highlight(set())
    assert not scene.highlighted


def test_on_a_slash_8_bar_a_single_reservation_is_still_visible(make_map) -> None:
    plan = wide_plan(8)
    w = make_map(plan)
    image = QImage(w.size(), QImage.Format.Format_RGB32)
    w.render(image)
    res = plan.reservations[20]
    x = w.scene().bar_x(int(res.start))
    bar = w.scene().layout.bar
    colour = QColor(image.pixel(int(x) + 1, int(bar.center().y())))
    assert colour.name().upper() == role_color(Role.RESERVATION)


def test_dark_window_gets_the_dark_colours(make_map, jane) -> None:
    w = make_map(jane)
    pal = w.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#EEEEEE"))
    w.setPalette(pal)
    image = QImage(w.size(), QImage.Format.Format_RGB32)
    w.render(image)
    free = w.cell_center(ip("10.220.32.200")).toPoint()
    assert QColor(image.pixel(free)).name().upper() != role_color(Role.FREE)
    assert QColor(image.pixel(free + QPoint(6, 6))).name().upper() == role_color(Role.FREE, dark=True)


def test_png_and_svg_exports(make_map, tmp_path, jane) -> None:
    w = make_map(jane)
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert w.export_png(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= w.width()
    assert w.export_svg(svg)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = svg.read_text(encoding="utf-8")
    assert "aks-lnet-01" in text and "10.220.32.0/24" in text
    assert not w.export_png(tmp_path / "missing-folder" / "map.png")


def test_a_widget_without_a_plan_paints_a_hint(qtbot) -> None:
    w = OccupancyMapWidget()
    qtbot.addWidget(w)
    w.resize(400, 300)
    image = QImage(w.size(), QImage.Format.Format_RGB32)
    w.render(image)
    row = [image.pixel(x, 150) for x in range(400)]  # the hint sits in the middle
    assert len(set(row)) > 1
    assert w.current_view() is None and w.tooltip_at(QPointF(100, 100)) == ""
    assert w.cell_center(ip("10.0.0.1")) is None and not w.zoom_out()


def test_the_bar_tells_what_lies_under_the_pointer_and_jumps_there(make_map, qtbot) -> None:
    plan = wide_plan(8)
    w = make_map(plan)
    res = plan.reservations[30]
    pos = w.bar_point(int(res.start)) + QPointF(1, 0)  # single addresses are 2 px wide
    text = w.tooltip_at(pos)
    assert f"{res.start}" in text and f"reservation: {res.name}" in text
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    first, last, per_cell = w.current_view()
    assert per_cell == 1 and first <= int(res.start) <= last  # down to the addresses, in one click


@pytest.mark.parametrize("prefix", ["10.9.9.8/31", "10.9.9.9/32", "10.0.0.0/21", "0.0.0.0/0"])
def test_odd_prefix_sizes_still_draw(make_map, prefix) -> None:
    plan = Plan.model_validate({"logical_networks": [{"name": "n", "address_prefix": prefix}]})
    w = make_map(plan)
    first, last, per_cell = w.current_view()
    assert last - first + 1 == IPNetwork_size(prefix)
    assert len(w.scene().cells) == (last - first + 1) // per_cell <= 1024
    image = QImage(w.size(), QImage.Format.Format_RGB32)
    w.render(image)
    assert w.tooltip_at(w.cell_center(first))


def IPNetwork_size(prefix: str) -> int:  # noqa: N802 - reads like the netaddr call it stands for
    from netaddr import IPNetwork

    return IPNetwork(prefix).size


def test_highlight_in_a_block_grid_outlines_the_blocks_that_hold_it(make_map) -> None:
    w = make_map(wide_plan(16))
    scene = w.scene()
    w.highlight({"clusters[2]"})
    assert {scene.cells[i].first for i in scene.highlighted} == {ip("10.50.0.0"), ip("10.50.8.0")}  # VMs; CP + LB
    w.zoom_in_at(ip("10.50.8.0"))  # the highlight follows the zoom
    lit = {scene.cells[i].first for i in scene.highlighted}
    assert ip("10.50.8.50") in lit and ip("10.50.8.96") in lit  # cluster-3's control plane IP, its LB block
    assert ip("10.50.8.49") not in lit

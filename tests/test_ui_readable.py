"""Nothing that matters is cut off: problem messages in full, tree names whole, every legend line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aksarc_gui.ui.occupancy_map import OccupancyMapWidget
from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures


def test_the_problems_panel_names_fields_in_words_and_shows_the_selected_message_whole(qtbot, window) -> None:
    window.doc.set_value("clusters[0].control_plane.ip", "10.220.32.20", "Change control plane IP")
    panel = window.problems_panel
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.problem(r).rule == "CP-3")
    field = model.index(row, 3)
    assert field.data() == "cluster-a \u203a control plane IP"
    assert "clusters[0].control_plane.ip" in field.data(Qt.ItemDataRole.ToolTipRole)  # the path stays at hand
    panel.view.selectRow(row)
    message = model.problem(row).message
    assert message in panel.detail.text() and "cluster-a \u203a control plane IP" in panel.detail.text()
    assert panel.detail.wordWrap() and panel.detail.isVisible()
    assert panel.detail.toolTip() == "clusters[0].control_plane.ip"


def test_tree_names_are_never_elided(qtbot, window) -> None:
    window.resize(1000, 680)
    qtbot.wait(10)
    tree = window.tree
    item = tree._items["logical_networks[0]"]
    needed = tree.fontMetrics().horizontalAdvance(item.text(0))
    assert tree.columnWidth(0) >= needed + tree.indentation()  # a scroll bar rather than a cut name


def test_a_short_map_still_shows_every_legend_line(qtbot, jane) -> None:
    w = OccupancyMapWidget()
    qtbot.addWidget(w)
    w.resize(620, 330)  # the central area of a 1280x720 window with the docks open
    w.set_network(jane.logical_networks[0].name)
    w.set_plan(jane)
    w.show()
    qtbot.waitExposed(w)
    w.grab()  # lays the map out as painting does
    scene = w.scene()
    assert scene.layout.legend.height() > 0
    assert scene.legend_fits(scene.layout)


def test_budget_tables_stay_inside_a_narrow_dock_and_the_reservation_text_wraps(qtbot, jane) -> None:
    from aksarc_gui.planning.budget import budget
    from aksarc_gui.planning.capacity import capacity
    from aksarc_gui.ui.panels.budget import BudgetPanel

    panel = BudgetPanel()
    qtbot.addWidget(panel)
    panel.resize(430, 600)  # a budget dock on a 1280x720 screen, or narrower
    panel.show()
    panel.update_budget(budget(jane))
    panel.update_capacity(capacity(jane))
    qtbot.wait(20)
    for view in (panel.table, panel.growth_table):
        assert view.horizontalHeader().length() <= view.viewport().width() + 1
    table = panel.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if "another network" in str(model.index(r, 2).data()))
    text = str(model.index(row, 2).data())
    assert table.fontMetrics().horizontalAdvance(text) > table.columnWidth(2)  # the dock is too narrow for it
    assert table.rowHeight(row) > table.verticalHeader().defaultSectionSize()  # so it wraps, not cut


def test_an_invalid_value_shows_its_whole_message_in_view(qtbot, window) -> None:
    window.resize(1264, 680)
    window.select_path("clusters[0].control_plane.ip")
    field = window.current_form().cp_ip
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "10.220.32.300")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.wait(20)
    label = field.error
    assert "10.220.32.40" in label.text()
    assert label.height() >= label.heightForWidth(label.width())  # no line of it is cut off
    scroll = window.editor_dock.widget()
    top = label.mapTo(scroll.viewport(), label.rect().topLeft()).y()
    assert 0 <= top and top + label.height() <= scroll.viewport().height()  # scrolled into view

"""The budget panel's Room to grow table: node VMs and LB instances that still fit, live after every edit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aksarc_gui.planning.capacity import capacity

from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures


def growth(window) -> dict[str, list[str]]:
    return {row[0].strip(): row[1:] for row in window.budget_panel.growth.rows()}


def tooltip(window, row: int) -> str:
    model = window.budget_panel.growth
    return model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)


def test_jane_room_to_grow_matches_the_capacity_figures(window) -> None:  # noqa: F811
    model = window.budget_panel.growth
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Network / cluster", "More nodes", "More LB instances", "On a new port"]
    # the capacity tests' figures: 7 more node VMs on the shared pool; cluster-a's 3 LB addresses are all used
    assert growth(window) == {"aks-lnet-01": ["7", "", ""],
                              "cluster-a": ["7", "0", "3"],
                              "cluster-b": ["7", "\u2014", "\u2014"]}  # no load balancer
    assert "POOL-3" in tooltip(window, 0)
    assert "shared" in tooltip(window, 1) and "LB-4" in tooltip(window, 1)
    assert window.budget_panel.growth_table.isVisibleTo(window)


def test_adding_nodes_lowers_the_room(window) -> None:  # noqa: F811
    window.doc.set_value("clusters[1].node_pools[0].count", 3 + 5, "count")
    assert growth(window)["aks-lnet-01"][0] == "2"
    assert growth(window)["cluster-a"][0] == "2"
    window.doc.set_value("clusters[1].node_pools[0].count", 3 + 9, "count", merge=False)
    assert growth(window)["aks-lnet-01"][0] == "0"
    assert "2 address(es) short" in tooltip(window, 0)
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert growth(window)["aks-lnet-01"][0] == "7"


def test_more_lb_addresses_raise_the_lb_room(window) -> None:  # noqa: F811
    window.doc.set_value("clusters[0].load_balancer.addresses", ["10.220.32.48/29"], "addresses")
    cap = capacity(window.doc.plan).cluster("cluster-a")
    assert growth(window)["cluster-a"][1:] == [str(cap.more_lb_instances), str(cap.lb_instances_per_new_port)]
    assert growth(window)["cluster-a"][1:] == ["5", "8"]

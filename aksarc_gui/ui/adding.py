"""Adding items from the window's actions: where a new node pool or service goes, and the undo entries' names.

With a cluster (or one of its items) selected, a new node pool or service goes to
that cluster.  With a logical network selected, it goes to the network's only
cluster, or the user picks among the network's clusters; anywhere else, among all
clusters.  Never silently to the first cluster of the plan.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from aksarc_gui.domain import Plan
from aksarc_gui.domain import jsonpath

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def candidate_clusters(plan: Plan, selected: str) -> list[int]:
    """The clusters a new node pool or service could go to, given the selected tree path."""
    parts = jsonpath.parse(selected or "")
    if parts[:1] == ["clusters"] and len(parts) >= 2 and int(parts[1]) < len(plan.clusters):
        return [int(parts[1])]
    if parts[:1] == ["logical_networks"] and len(parts) >= 2 and int(parts[1]) < len(plan.logical_networks):
        name = plan.logical_networks[int(parts[1])].name
        on_network = [i for i, c in enumerate(plan.clusters) if c.logical_network == name]
        if on_network:
            return on_network
    return list(range(len(plan.clusters)))


def choose_cluster(parent: QWidget, plan: Plan, candidates: list[int], kind: str) -> int | None:
    """One candidate: it; several: ask which (None when the user cancels)."""
    if len(candidates) == 1:
        return candidates[0]
    names = [plan.clusters[i].name for i in candidates]
    question = (translate("Adding", "Add the service to which cluster?") if kind == "services"
                else translate("Adding", "Add the node pool to which cluster?"))
    name, ok = QInputDialog.getItem(parent, translate("Adding", "Choose a cluster"), question, names, 0, False)
    return candidates[names.index(name)] if ok and name in names else None


def add_text(data: dict[str, Any], collection: str) -> str:
    """The undo entry of adding an item to ``collection``: "Add service to cluster-a"."""
    parts = jsonpath.parse(collection)
    kind = parts[-1]
    if kind in ("services", "node_pools") and len(parts) >= 3:
        cluster = data["clusters"][int(parts[1])]["name"]
        if kind == "services":
            return translate("Adding", "Add service to {cluster}").format(cluster=cluster)
        return translate("Adding", "Add node pool to {cluster}").format(cluster=cluster)
    return {
        "logical_networks": translate("Adding", "Add logical network"),
        "clusters": translate("Adding", "Add cluster"),
        "reservations": translate("Adding", "Add reservation"),
    }.get(str(kind), translate("Adding", "Add item"))


def remove_text(plan: Plan, item_path: str) -> str:
    """The undo entry of removing an item: "Remove cluster-a › node pool nodepool2"."""
    from aksarc_gui.planning.field_names import field_name

    return translate("Adding", "Remove {item}").format(item=field_name(item_path, plan))


def duplicate_text(plan: Plan, item_path: str) -> str:
    """The undo entry of duplicating an item: "Duplicate cluster-a"."""
    from aksarc_gui.planning.field_names import field_name

    return translate("Adding", "Duplicate {item}").format(item=field_name(item_path, plan))

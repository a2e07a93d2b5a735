"""Every sentence the map shows: title, captions, tooltips (translated, named placeholders)."""

from __future__ import annotations

from netaddr import IPAddress
from PySide6.QtCore import QCoreApplication, QLocale

from aksarc_gui.planning.claims import Role, role_label
from aksarc_gui.planning.occupancy import MANAGEMENT, Occupant, Segment
from aksarc_gui.ui.occupancy_map.conflicts import conflicting_pairs, rules_for
from aksarc_gui.ui.occupancy_map.scene import MapScene
from aksarc_gui.ui.occupancy_map.view import Cell, View

BAR_TOOLTIP_LINES = 6


def num(n: int) -> str:
    """``n`` with the user's digit grouping (English grouping when the locale is plain C)."""
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        loc = QLocale(QLocale.Language.English)
    return loc.toString(n)


def ip(address: int) -> str:
    return str(IPAddress(address))


def block_label(view: View, first: int) -> str:
    """The octets that tell the blocks of ``view`` apart ("3" for 10.5.3.0/24 in 10.5.0.0/16)."""
    lo = min(3, view.prefixlen // 8)
    hi = max(lo, (view.block_prefixlen + 7) // 8 - 1)
    return ".".join(str((first >> (24 - 8 * i)) & 0xFF) for i in range(lo, hi + 1))


def title(scene: MapScene) -> str:
    occ = scene.occupancy
    if occ is None:
        return ""
    if scene.network == MANAGEMENT:
        return QCoreApplication.translate("OccupancyMap", "Management network {prefix}").format(prefix=occ.prefix)
    return QCoreApplication.translate("OccupancyMap", "Logical network {name}  {prefix}").format(
        name=scene.network, prefix=occ.prefix)


def summary(scene: MapScene) -> str:
    occ = scene.occupancy
    totals = scene.totals
    used = occ.prefix.size - totals.get(Role.FREE, 0) - totals.get(Role.NETWORK, 0) - totals.get(Role.BROADCAST, 0)
    text = QCoreApplication.translate("OccupancyMap", "{used} of {usable} usable addresses planned").format(
        used=num(max(0, used)), usable=num(scene.usable()))
    conflicts = scene.conflicts
    if conflicts:
        text = QCoreApplication.translate("OccupancyMap", "{summary}  ·  {n} in conflict").format(
            summary=text, n=num(conflicts))
    return text


def empty_message(scene: MapScene) -> str:
    if scene.plan is None:
        return QCoreApplication.translate("OccupancyMap", "Open a plan to see its address map.")
    if scene.network == MANAGEMENT:
        return QCoreApplication.translate("OccupancyMap", "This plan has no management network yet.")
    return QCoreApplication.translate("OccupancyMap", "This plan has no logical network named \"{name}\".").format(
        name=scene.network)


def caption(scene: MapScene) -> str:
    view = scene.view
    if view.block_size == 1:
        first = QCoreApplication.translate(
            "OccupancyMap", "Each cell is one address; the label is its last octet. "
                            "Hover for details, click to select.")
    else:
        first = QCoreApplication.translate(
            "OccupancyMap", "Each cell is a /{len} block of {n} addresses (\"{label}\" = {example}), coloured "
                            "by its main use (pale when mostly free); the strip shows the shares.").format(
            len=view.block_prefixlen, n=num(view.block_size), label=block_label(view, view.first),
            example=f"{ip(view.first)}/{view.block_prefixlen}")
    if view.block_size > 1:
        second = QCoreApplication.translate(
            "OccupancyMap", "Double-click a block or scroll up to zoom in; "
                            "scroll down or click the path above to go back.")
    elif len(scene.stack) > 1:
        second = QCoreApplication.translate(
            "OccupancyMap", "Scroll down, press Backspace or click the path above to zoom out.")
    elif scene.conflicts:
        second = QCoreApplication.translate(
            "OccupancyMap", "Hatched cells with a strong outline are conflicts: two uses of one address.")
    else:
        second = QCoreApplication.translate(
            "OccupancyMap", "No conflicts: no address has two uses that exclude each other.")
    return first + "\n" + second


def occupant_line(o: Occupant) -> str:
    if o.owner:
        return QCoreApplication.translate("OccupancyMap", "{role}: {owner}").format(
            role=role_label(o.role), owner=o.owner)
    return role_label(o.role)


def conflict_lines(occupants: tuple[Occupant, ...]) -> list[str]:
    lines = []
    for a, b, rule in conflicting_pairs(occupants):
        if rule:
            lines.append(QCoreApplication.translate(
                "OccupancyMap", "Conflict: {a} and {b} on one address (rule {rule})").format(
                a=role_label(a.role), b=role_label(b.role), rule=rule))
        else:
            lines.append(QCoreApplication.translate("OccupancyMap", "Conflict: {a} and {b} on one address").format(
                a=role_label(a.role), b=role_label(b.role)))
    return list(dict.fromkeys(lines))


def address_tooltip(cell: Cell) -> str:
    lines = [ip(cell.first)]
    if not cell.occupants:
        lines.append(role_label(Role.FREE))
    lines.extend(occupant_line(o) for o in cell.occupants)
    lines.extend(conflict_lines(cell.occupants))
    return "\n".join(lines)


def block_tooltip(scene: MapScene, cell: Cell) -> str:
    view = scene.view
    lines = [QCoreApplication.translate("OccupancyMap", "{cidr}: {first} to {last}").format(
        cidr=f"{ip(cell.first)}/{view.block_prefixlen}", first=ip(cell.first), last=ip(cell.last)),
        QCoreApplication.translate("OccupancyMap", "{used} of {size} addresses in use").format(
            used=num(cell.used), size=num(cell.size))]
    shares = sorted(cell.shares, key=lambda rs: (rs[0] is Role.FREE, -rs[1]))
    lines.extend(QCoreApplication.translate("OccupancyMap", "  {role}: {n}").format(role=role_label(r), n=num(n))
                 for r, n in shares)
    if cell.conflict:
        rules = set()
        for j in scene.index.in_range(cell.first, cell.last):
            if scene.index.conflicts[j]:
                rules.update(rules_for(scene.index.segments[j].occupants))
        lines.append(QCoreApplication.translate("OccupancyMap", "Conflicts: {n} addresses (rules: {rules})").format(
            n=num(cell.conflict), rules=", ".join(sorted(rules)) or "-"))
    lines.append(QCoreApplication.translate("OccupancyMap", "Double-click to zoom in."))
    return "\n".join(lines)


def cell_tooltip(scene: MapScene, cell: Cell) -> str:
    return address_tooltip(cell) if cell.size == 1 else block_tooltip(scene, cell)


def segment_line(seg: Segment) -> str:
    where = ip(seg.first) if seg.size == 1 else QCoreApplication.translate(
        "OccupancyMap", "{first} to {last}").format(first=ip(seg.first), last=ip(seg.last))
    what = ", ".join(occupant_line(o) for o in seg.occupants) or role_label(Role.FREE)
    return QCoreApplication.translate("OccupancyMap", "{where}: {what}").format(where=where, what=what)


def bar_tooltip(scene: MapScene, lo: int, hi: int) -> str:
    index = scene.index
    segs = [index.segments[j] for j in index.in_range(lo, hi)]
    used = [s for s in segs if s.occupants]
    shown = sorted(used, key=lambda s: not s.conflict)[:BAR_TOOLTIP_LINES] or segs[:1]
    lines = [segment_line(s) for s in sorted(shown, key=lambda s: s.first)]
    for s in shown:
        lines.extend(conflict_lines(s.occupants))
    if len(used) > len(shown):
        lines.append(QCoreApplication.translate("OccupancyMap", "... and {n} more").format(
            n=num(len(used) - len(shown))))
    lines.append(QCoreApplication.translate("OccupancyMap", "Click to show these addresses in the grid."))
    return "\n".join(dict.fromkeys(lines))

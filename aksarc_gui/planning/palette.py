"""Role colours shared by the on-screen address map and the Excel workbook.

Based on Paul Tol's colour-blind-safe "light" scheme (light variant, dark text)
and a darkened set of the same hues for dark themes (light text).  Families
share a hue -- the node VM pool in blues, load balancer addresses in pinks --
and the unused part of a block is a paler tint of its family.  A conflict is a
strong vermilion that no role uses.  Colours are ``#RRGGBB`` strings.
"""

from __future__ import annotations

from dataclasses import dataclass

from aksarc_gui.planning.claims import Role


@dataclass(frozen=True, slots=True)
class Swatch:
    fill: str
    text: str


_DARK_TEXT, _LIGHT_TEXT = "#000000", "#FFFFFF"

LIGHT: dict[Role, Swatch] = {
    Role.NETWORK: Swatch("#AAAAAA", _DARK_TEXT),
    Role.BROADCAST: Swatch("#AAAAAA", _DARK_TEXT),
    Role.GATEWAY: Swatch("#EE8866", _DARK_TEXT),
    Role.DNS: Swatch("#EEDD88", _DARK_TEXT),
    Role.POOL: Swatch("#77AADD", _DARK_TEXT),
    Role.POOL_NODES: Swatch("#77AADD", _DARK_TEXT),
    Role.POOL_UPGRADE: Swatch("#99DDFF", _DARK_TEXT),
    Role.POOL_AUTO_CP: Swatch("#A8DDC8", _DARK_TEXT),
    Role.POOL_SPARE: Swatch("#D6E6F5", _DARK_TEXT),
    Role.CONTROL_PLANE: Swatch("#44BB99", _DARK_TEXT),
    Role.LOAD_BALANCER: Swatch("#FFAABB", _DARK_TEXT),
    Role.LB_USED: Swatch("#FFAABB", _DARK_TEXT),
    Role.LB_SPARE: Swatch("#FFDDE4", _DARK_TEXT),
    Role.INFRA_POOL: Swatch("#BBCC33", _DARK_TEXT),
    Role.HOST: Swatch("#AAAA00", _DARK_TEXT),
    Role.RESERVATION: Swatch("#DDDDDD", _DARK_TEXT),
    Role.FREE: Swatch("#FFFFFF", "#666666"),
}

DARK: dict[Role, Swatch] = {
    Role.NETWORK: Swatch("#5A5A5A", "#EEEEEE"),
    Role.BROADCAST: Swatch("#5A5A5A", "#EEEEEE"),
    Role.GATEWAY: Swatch("#9C4F2E", _LIGHT_TEXT),
    Role.DNS: Swatch("#7D6F1E", _LIGHT_TEXT),
    Role.POOL: Swatch("#2E5C8A", _LIGHT_TEXT),
    Role.POOL_NODES: Swatch("#2E5C8A", _LIGHT_TEXT),
    Role.POOL_UPGRADE: Swatch("#1F7391", _LIGHT_TEXT),
    Role.POOL_AUTO_CP: Swatch("#2F6B5A", _LIGHT_TEXT),
    Role.POOL_SPARE: Swatch("#243A50", "#DDDDDD"),
    Role.CONTROL_PLANE: Swatch("#1A7D60", _LIGHT_TEXT),
    Role.LOAD_BALANCER: Swatch("#A0506A", _LIGHT_TEXT),
    Role.LB_USED: Swatch("#A0506A", _LIGHT_TEXT),
    Role.LB_SPARE: Swatch("#4D2E3A", "#DDDDDD"),
    Role.INFRA_POOL: Swatch("#66731A", _LIGHT_TEXT),
    Role.HOST: Swatch("#6B6B00", _LIGHT_TEXT),
    Role.RESERVATION: Swatch("#4A4A55", _LIGHT_TEXT),
    Role.FREE: Swatch("#2B2B2B", "#999999"),
}

CONFLICT_LIGHT = Swatch("#CC3311", _LIGHT_TEXT)
CONFLICT_DARK = Swatch("#FF5533", _DARK_TEXT)

# The order a legend lists the roles in (the claim-level POOL and LOAD_BALANCER are drawn split).
LEGEND_ORDER: tuple[Role, ...] = (
    Role.GATEWAY, Role.DNS, Role.POOL_NODES, Role.POOL_UPGRADE, Role.POOL_AUTO_CP, Role.POOL_SPARE,
    Role.CONTROL_PLANE, Role.LB_USED, Role.LB_SPARE, Role.INFRA_POOL, Role.HOST, Role.RESERVATION,
    Role.NETWORK, Role.FREE,
)


def swatch(role: Role, dark: bool = False) -> Swatch:
    return (DARK if dark else LIGHT)[role]


def conflict_swatch(dark: bool = False) -> Swatch:
    return CONFLICT_DARK if dark else CONFLICT_LIGHT

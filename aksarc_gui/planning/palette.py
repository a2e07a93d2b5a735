"""The colours of each address role, shared by the occupancy map and the workbook.

Built on the Okabe-Ito palette (safe for the common colour-vision deficiencies),
plus a few of Paul Tol's muted colours for the management-network roles.  Each
role has a light-theme and a dark-theme colour; the "used" colours keep their hue
in both so a screenshot and the workbook read the same.  Spare parts of a pool or
a load balancer block are pale tints of the used colour: reserved, but not taken.
Conflicts are never told by colour alone: the map hatches and outlines them, the
workbook gives them a thick border.  Text on a colour is black or white, whichever
contrasts more (always at least 4.5:1).
"""

from __future__ import annotations

from functools import lru_cache
from dataclasses import dataclass

from aksarc_gui.planning.claims import Role

ROLE_COLORS: dict[Role, tuple[str, str]] = {
    Role.NETWORK: ("#4D4D4D", "#A6A6A6"),
    Role.BROADCAST: ("#4D4D4D", "#A6A6A6"),
    Role.GATEWAY: ("#F0E442", "#F0E442"),
    Role.DNS: ("#CC79A7", "#D98CB8"),
    Role.POOL: ("#56B4E9", "#56B4E9"),
    Role.POOL_NODES: ("#0072B2", "#3A93D0"),
    Role.POOL_UPGRADE: ("#56B4E9", "#7CC6F0"),
    Role.POOL_AUTO_CP: ("#F3C27A", "#F3C27A"),
    Role.POOL_SPARE: ("#C4E0F4", "#2C4F68"),
    Role.CONTROL_PLANE: ("#E69F00", "#E69F00"),
    Role.LOAD_BALANCER: ("#009E73", "#1FB88A"),
    Role.LB_USED: ("#009E73", "#1FB88A"),
    Role.LB_SPARE: ("#ACDCCB", "#2F6B57"),
    Role.INFRA_POOL: ("#AA4499", "#C266B2"),
    Role.HOST: ("#999933", "#B5B54A"),
    Role.RESERVATION: ("#C8B88A", "#8A7C55"),
    Role.FREE: ("#FFFFFF", "#2F2F2F"),
}

# Two incompatible roles on one address (vermillion; drawn hatched with a strong outline).
CONFLICT_COLOR = "#D55E00"


# The order a legend lists the roles in (the claim-level POOL and LOAD_BALANCER are drawn split).
LEGEND_ORDER: tuple[Role, ...] = (
    Role.GATEWAY, Role.DNS, Role.POOL_NODES, Role.POOL_UPGRADE, Role.POOL_AUTO_CP, Role.POOL_SPARE,
    Role.CONTROL_PLANE, Role.LB_USED, Role.LB_SPARE, Role.INFRA_POOL, Role.HOST, Role.RESERVATION,
    Role.NETWORK, Role.FREE,
)


@dataclass(frozen=True, slots=True)
class Swatch:
    fill: str
    text: str


def role_color(role: Role, dark: bool = False) -> str:
    """``#RRGGBB`` for ``role`` in the light (default) or dark theme."""
    light, dark_hex = ROLE_COLORS[role]
    return dark_hex if dark else light


@lru_cache(maxsize=512)
def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=512)
def text_on(fill: str) -> str:
    return "#000000" if contrast(fill, "#000000") >= contrast(fill, "#FFFFFF") else "#FFFFFF"


def swatch(role: Role, dark: bool = False) -> Swatch:
    fill = role_color(role, dark)
    return Swatch(fill, text_on(fill))


def conflict_swatch(dark: bool = False) -> Swatch:
    return Swatch(CONFLICT_COLOR, text_on(CONFLICT_COLOR))


LIGHT: dict[Role, Swatch] = {role: swatch(role) for role in Role}
DARK: dict[Role, Swatch] = {role: swatch(role, dark=True) for role in Role}

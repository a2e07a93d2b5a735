"""The colours of each address role, shared by the occupancy map and the workbook.

Built on the Okabe-Ito palette (safe for the common colour-vision deficiencies),
plus a few of Paul Tol's muted colours for the management-network roles.  Each
role has a light-theme and a dark-theme colour; the "used" colours keep their hue
in both so a screenshot and the workbook read the same.  Spare parts of a pool or
a load balancer block are pale tints of the used colour: reserved, but not taken.
Conflicts are never told by colour alone: the map hatches and outlines them.
"""

from __future__ import annotations

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


def role_color(role: Role, dark: bool = False) -> str:
    """``#RRGGBB`` for ``role`` in the light (default) or dark theme."""
    light, dark_hex = ROLE_COLORS[role]
    return dark_hex if dark else light

"""Show (or save) the occupancy map of a plan file.

    python -m aksarc_gui.ui.occupancy_map PLAN [NETWORK] [--screenshot out.png]

NETWORK is a logical network name; leave it out for the first logical network,
or pass "" for the management network.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from netaddr import AddrFormatError, IPAddress


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m aksarc_gui.ui.occupancy_map",
                                 description="Show the address occupancy map of a plan file.")
    ap.add_argument("plan", help="plan file (.aksplan), or demo:16 / demo:8 for a generated wide plan")
    ap.add_argument("network", nargs="?", default=None,
                    help='logical network name ("" for the management network; default: the first one)')
    ap.add_argument("--screenshot", metavar="PNG", help="save the map as PNG and quit")
    ap.add_argument("--svg", metavar="SVG", help="save the map as SVG and quit")
    ap.add_argument("--size", default="980x660", help="window size WxH (default 980x660)")
    ap.add_argument("--show", metavar="ADDRESS", help="zoom down to the addresses around ADDRESS")
    ap.add_argument("--zoom", metavar="ADDRESS", action="append", default=[],
                    help="zoom in one level at ADDRESS (repeatable)")
    ap.add_argument("--highlight", metavar="PATH", action="append", default=[],
                    help="highlight what lies below a JSON path, e.g. clusters[0] (repeatable)")
    ap.add_argument("--dark", action="store_true", help="use a dark palette")
    ap.add_argument("--scale", type=float, default=2.0, help="pixels per point in the PNG (default 2)")
    return ap.parse_args(argv)


def _address(text: str) -> int:
    try:
        return int(IPAddress(text, version=4))
    except (AddrFormatError, ValueError):
        raise SystemExit(f"error: {text!r} is not an IPv4 address") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    from aksarc_gui.domain import PlanLoadError, load_plan

    try:
        if args.plan.startswith("demo:"):  # a generated plan on a wide prefix, e.g. demo:16 or demo:8
            from aksarc_gui.ui.occupancy_map.demo_plans import wide_plan

            plan = wide_plan(int(args.plan[5:]) if args.plan[5:].isdigit() else -1)
        else:
            plan = load_plan(args.plan)
    except (PlanLoadError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    network = args.network
    if network is None:
        network = plan.logical_networks[0].name if plan.logical_networks else ""
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"error: --size {args.size!r} is not WIDTHxHEIGHT, e.g. 980x660", file=sys.stderr)
        return 2

    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from aksarc_gui.ui.occupancy_map.widget import OccupancyMapWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    w = OccupancyMapWidget()
    if args.dark:
        pal = QPalette()
        for role, color in ((QPalette.ColorRole.Window, "#2B2B2B"), (QPalette.ColorRole.WindowText, "#E6E6E6"),
                            (QPalette.ColorRole.Base, "#202020"), (QPalette.ColorRole.Text, "#E6E6E6"),
                            (QPalette.ColorRole.ToolTipBase, "#3A3A3A"), (QPalette.ColorRole.ToolTipText, "#E6E6E6")):
            pal.setColor(role, QColor(color))
        app.setPalette(pal)
        w.setPalette(pal)
    w.resize(width, height)
    w.set_network(network)
    w.set_plan(plan)
    if args.show:
        w.show_address(_address(args.show))
    for text in args.zoom:
        w.zoom_in_at(_address(text))
    if args.highlight:
        w.highlight(set(args.highlight))
    w.setWindowTitle(f"{plan.name or args.plan}: occupancy map")
    if args.screenshot or args.svg:
        ok = True
        if args.screenshot:
            ok = w.export_png(args.screenshot, scale=max(0.5, min(4.0, args.scale))) and ok
        if args.svg:
            ok = w.export_svg(args.svg) and ok
        if not ok:
            print("error: could not write the image file", file=sys.stderr)
            return 2
        return 0
    w.sig_path_activated.connect(lambda path: print(path, flush=True))
    w.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

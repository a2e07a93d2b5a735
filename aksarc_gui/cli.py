"""``aksarc-plan``: the headless front end (check, export, allocate). No Qt.

Exit codes (the contract in docs/plan-format.md): 0 the plan loaded and has no
error; 1 it has errors (or, for allocate, no layout fits); 2 it did not load, or
an output file could not be written.  Messages go to stderr as one line; never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from aksarc_gui import __version__
from aksarc_gui.domain import PlanLoadError, load_plan
from aksarc_gui.domain.plan import Plan
from aksarc_gui.i18n import tr
from aksarc_gui.planning.budget import Budget, budget
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.planning.validate import validate

EXIT_OK, EXIT_ERRORS, EXIT_LOAD = 0, 1, 2


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def reservation_rows(b: Budget) -> list[list[str]]:
    """The article's planning table with this plan's numbers."""
    return [
        [tr("Budget", "Requirement"), tr("Budget", "IPs"), tr("Budget", "Where it is reserved")],
        [tr("Budget", "AKS Arc node VMs"), str(b.node_vms), tr("Budget", "logical network IP pool")],
        [tr("Budget", "Kubernetes upgrade"), str(b.upgrade), tr("Budget", "logical network IP pool")],
        *([[tr("Budget", "Control plane (automatic)"), str(b.pool - b.node_vms - b.upgrade),
            tr("Budget", "logical network IP pool")]] if b.pool - b.node_vms - b.upgrade else []),
        [tr("Budget", "Control plane IPs"), str(b.control_plane), tr("Budget", "same subnet, outside the IP pool")],
        [tr("Budget", "Load balancer IPs"), str(b.load_balancer),
         tr("Budget", "same subnet outside the IP pool, or another network")],
        [tr("Budget", "Total"), str(b.total), ""],
    ]


def render_text(plan: Plan, b: Budget, problems: list[Problem]) -> str:
    out = [tr("Check", "Plan: {name}", name=plan.name or tr("Check", "(unnamed)")), "",
           _table(reservation_rows(b)), ""]
    if b.logical_networks:
        rows = [[tr("Budget", "Logical network"), tr("Budget", "Pool size"), tr("Budget", "Required"),
                 tr("Budget", "Free")]]
        rows += [[n.name, str(n.pool_size), str(n.pool_required), str(n.pool_free)] for n in b.logical_networks]
        out += [_table(rows), ""]
    headings = {Severity.ERROR: tr("Check", "Errors"), Severity.WARNING: tr("Check", "Warnings"),
                Severity.INFO: tr("Check", "Information")}
    for severity in Severity:
        group = [p for p in problems if p.severity is severity]
        if not group:
            continue
        out.append(f"{headings[severity]} ({len(group)})")
        out += [f"  {p.rule:<9} {p.path or '-'}\n            {p.message}" for p in group]
        out.append("")
    errors = sum(p.severity is Severity.ERROR for p in problems)
    out.append(tr("Check", "No errors.") if not errors else tr("Check", "{count} error(s).", count=errors))
    return "\n".join(out) + "\n"


def _load(path: str) -> Plan | None:
    try:
        return load_plan(path)
    except PlanLoadError as exc:
        print(tr("Check", "error: {message}", message=str(exc)), file=sys.stderr)
        return None


def cmd_check(args: argparse.Namespace) -> int:
    plan = _load(args.plan)
    if plan is None:
        return EXIT_LOAD
    b, problems = budget(plan), validate(plan)
    if args.format == "json":
        doc = {"plan": plan.name, "budget": b.as_json(), "problems": [p.as_json() for p in problems]}
        sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(plan, b, problems))
    return EXIT_ERRORS if any(p.severity is Severity.ERROR for p in problems) else EXIT_OK


EXPORT_FORMATS = ("xlsx", "bash", "powershell")


def export_bytes(plan: Plan, kind: str) -> bytes:
    if kind == "xlsx":
        from aksarc_gui.export.workbook import workbook_bytes

        return workbook_bytes(plan)
    from aksarc_gui.export.commands import render_script

    text = render_script(plan, kind)
    # PowerShell 5.1 reads a script without a byte order mark as the ANSI code page,
    # which would garble non-ASCII names; bash wants none.
    return ("\ufeff" + text).encode("utf-8") if kind == "powershell" else text.encode("utf-8")


def cmd_export(args: argparse.Namespace) -> int:
    from aksarc_gui.domain.io import atomic_write_bytes

    plan = _load(args.plan)
    if plan is None:
        return EXIT_LOAD
    data = export_bytes(plan, args.to)
    try:
        atomic_write_bytes(args.output, data)
    except OSError as exc:
        print(tr("Cli", "error: cannot write {path}: {reason}", path=args.output,
                 reason=exc.strerror or str(exc)), file=sys.stderr)
        return EXIT_LOAD
    if args.to == "bash":
        try:
            import os
            import stat

            mode = os.stat(args.output).st_mode
            os.chmod(args.output, mode | stat.S_IXUSR | (stat.S_IXGRP if mode & stat.S_IRGRP else 0)
                     | (stat.S_IXOTH if mode & stat.S_IROTH else 0))
        except OSError:
            pass  # the script is written; running it with "bash FILE" works without the x bit
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aksarc-plan", description=tr(
        "Cli", "Check AKS Arc IP address plans against Microsoft's network requirements."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help=tr("Cli", "load a plan, print its IP budget and problems"))
    check.add_argument("plan", help=tr("Cli", "the plan file (.aksplan)"))
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.set_defaults(func=cmd_check)
    export = sub.add_parser("export", help=tr("Cli", "write the plan as an Excel workbook or an az command script"))
    export.add_argument("plan", help=tr("Cli", "the plan file (.aksplan)"))
    export.add_argument("--to", required=True, choices=EXPORT_FORMATS,
                        help=tr("Cli", "xlsx: workbook for the network team; bash or powershell: az commands"))
    export.add_argument("--output", "-o", required=True, help=tr("Cli", "the file to write (replaced atomically)"))
    export.set_defaults(func=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `aksarc-plan check x | head`
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

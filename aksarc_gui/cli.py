"""``aksarc-plan``: the headless front end (check, export, allocate; import, diff, headroom in cli_azure). No Qt.

Exit codes (the contract in docs/plan-format.md): 0 the plan loaded and has no
error; 1 it has errors (or, for allocate, no layout fits); 2 it did not load, or
an output file could not be written; 3 an internal error (a bug: one line on stderr
instead of a traceback, so a script never mistakes it for "the plan has errors").
Messages go to stderr as one line.  ``--output -`` is standard output.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from aksarc_gui import __version__, i18n
from aksarc_gui.domain import PlanLoadError, load_plan
from aksarc_gui.domain.plan import Plan
from aksarc_gui.i18n import display_width, ljust_display, translate
from aksarc_gui.planning.budget import Budget, budget
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.planning.validate import validate

EXIT_OK, EXIT_ERRORS, EXIT_LOAD, EXIT_INTERNAL = 0, 1, 2, 3


def _table(rows: list[list[str]]) -> str:
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(ljust_display(cell, w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def reservation_rows(b: Budget) -> list[list[str]]:
    """The article's planning table with this plan's numbers."""
    return [
        [translate("Budget", "Requirement"), translate("Budget", "IPs"), translate("Budget", "Where it is reserved")],
        [translate("Budget", "AKS Arc node VMs"), str(b.node_vms), translate("Budget", "logical network IP pool")],
        [translate("Budget", "Kubernetes upgrade"), str(b.upgrade), translate("Budget", "logical network IP pool")],
        *([[translate("Budget", "Control plane (automatic)"), str(b.pool - b.node_vms - b.upgrade),
            translate("Budget", "logical network IP pool")]] if b.pool - b.node_vms - b.upgrade else []),
        [translate("Budget", "Control plane IPs"), str(b.control_plane), translate("Budget", "same subnet, outside the IP pool")],
        [translate("Budget", "Load balancer IPs"), str(b.load_balancer),
         translate("Budget", "same subnet outside the IP pool, or another network")],
        [translate("Budget", "Total"), str(b.total), ""],
    ]


def render_text(plan: Plan, b: Budget, problems: list[Problem]) -> str:
    out = [translate("Check", "Plan: {name}").format(name=plan.name or translate("Check", "(unnamed)")), "",
           _table(reservation_rows(b)), ""]
    if b.logical_networks:
        rows = [[translate("Budget", "Logical network"), translate("Budget", "Pool size"), translate("Budget", "Required"),
                 translate("Budget", "Free")]]
        rows += [[n.name, str(n.pool_size), str(n.pool_required), str(n.pool_free)] for n in b.logical_networks]
        out += [_table(rows), ""]
    from aksarc_gui.planning.field_names import field_name  # the field in words; --format json keeps the path

    headings = {Severity.ERROR: translate("Check", "Errors"), Severity.WARNING: translate("Check", "Warnings"),
                Severity.INFO: translate("Check", "Information")}
    for severity in Severity:
        group = [p for p in problems if p.severity is severity]
        if not group:
            continue
        out.append(f"{headings[severity]} ({len(group)})")
        out += [f"  {p.rule:<9} {field_name(p.path, plan)}\n            {p.message}" for p in group]
        out.append("")
    errors = sum(p.severity is Severity.ERROR for p in problems)
    out.append(translate("Check", "No errors.") if not errors else translate("Check", "{count} error(s).").format(count=errors))
    return "\n".join(out) + "\n"


def _load(path: str) -> Plan | None:
    try:
        return load_plan(path)
    except PlanLoadError as exc:
        print(translate("Check", "error: {message}").format(message=str(exc)), file=sys.stderr)
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


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(translate("Cli", "expected a whole number >= 0, got {value!r}").format(value=text))
    return value


def cmd_allocate(args: argparse.Namespace) -> int:
    """Fill the plan's empty pools, control plane IPs and LB ranges; the completed plan to stdout or --output."""
    from aksarc_gui.domain.io import dump_plan_text
    from aksarc_gui.domain.output import STDOUT, describe_error, write_output
    from aksarc_gui.planning.allocate import allocate

    plan = _load(args.plan)
    if plan is None:
        return EXIT_LOAD
    result = allocate(plan, headroom_pct=args.headroom, extra_nodes=args.extra_nodes)
    for note in result.notes:
        print(translate("Allocate", "note: {message}").format(message=note), file=sys.stderr)
    if result.plan is None:
        print(translate("Allocate", "error: no layout fits: {reason}").format(reason=result.shortfall), file=sys.stderr)
        return EXIT_ERRORS
    for change in result.changes:
        print(str(change), file=sys.stderr)
    if not result.changes:
        print(translate("Allocate", "Nothing to allocate: every pool, control plane IP and load balancer range is set."),
              file=sys.stderr)
    try:
        write_output(args.output or STDOUT, dump_plan_text(result.plan).encode("utf-8"))
    except OSError as exc:
        print(translate("Cli", "error: {message}").format(message=describe_error(args.output or STDOUT, exc)), file=sys.stderr)
        return EXIT_LOAD
    errors = [p for p in validate(result.plan) if p.severity is Severity.ERROR]
    if errors:
        print(translate("Allocate", "The completed plan still has {count} error(s); run aksarc-plan check to see them.").format(count=len(errors)), file=sys.stderr)
        return EXIT_ERRORS
    return EXIT_OK


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
    """Write the workbook or a script (see domain.output: '-', pipes, symlinks, read-only files);
    exit 2 when the plan does not load or the file cannot be written."""
    from aksarc_gui.domain.output import describe_error, write_output

    plan = _load(args.plan)
    if plan is None:
        return EXIT_LOAD
    data = export_bytes(plan, args.to)
    try:
        write_output(args.output, data, executable=args.to == "bash")
    except OSError as exc:
        print(translate("Cli", "error: {message}").format(message=describe_error(args.output, exc)), file=sys.stderr)
        return EXIT_LOAD
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aksarc-plan", description=translate("Cli", "Check AKS Arc IP address plans against Microsoft's network requirements."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.ENGLISH, help=translate(
        "Cli", "language of the report and messages (default: en, so scripts see stable output)"))
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help=translate("Cli", "load a plan, print its IP budget and problems"))
    check.add_argument("plan", help=translate("Cli", "the plan file (.aksplan)"))
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.set_defaults(func=cmd_check)
    alloc = sub.add_parser("allocate", help=translate("Cli", "fill in empty IP pools, control plane IPs and load balancer ranges"))
    alloc.add_argument("plan", help=translate("Cli", "the plan file (.aksplan)"))
    alloc.add_argument("--headroom", type=_non_negative_int, default=20, metavar="PCT",
                       help=translate("Cli", "spare room added to each pool and load balancer range, in percent (default 20)"))
    alloc.add_argument("--extra-nodes", type=_non_negative_int, default=0, metavar="N",
                       help=translate("Cli", "pool room for N more nodes on top of the headroom"))
    alloc.add_argument("--output", "-o", metavar="FILE",
                       help=translate("Cli", "write the completed plan here (default or -: standard output)"))
    alloc.set_defaults(func=cmd_allocate)
    export = sub.add_parser("export", help=translate("Cli", "write the plan as an Excel workbook or an az command script"))
    export.add_argument("plan", help=translate("Cli", "the plan file (.aksplan)"))
    export.add_argument("--to", required=True, choices=EXPORT_FORMATS,
                        help=translate("Cli", "xlsx: workbook for the network team; bash or powershell: az commands"))
    export.add_argument("--output", "-o", required=True, metavar="FILE",
                        help=translate("Cli", "the file to write (replaced atomically; -: standard output)"))
    export.set_defaults(func=cmd_export)
    from aksarc_gui.cli_azure import add_commands  # import, diff, headroom: plan against what is deployed

    add_commands(sub)
    return parser


def _requested_language(argv: Sequence[str]) -> str:
    """Read ``--lang`` before the parser is built, so its help text is translated too.

    An unknown value is left for the real parser to reject with its usual message.
    """
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", default=i18n.ENGLISH)
    lang = pre.parse_known_args(argv)[0].lang
    if lang not in i18n.LANGUAGES:
        return i18n.ENGLISH
    if lang != i18n.ENGLISH and not i18n.catalog_path(lang).is_file():
        print(f"warning: the {lang} translations are not installed; continuing in English", file=sys.stderr)
        return i18n.ENGLISH
    return lang


def _tolerant_streams() -> None:
    """Write UTF-8 whatever the console code page; what a stream still cannot take becomes '?'.

    A plan name in Chinese or with an odd character must not turn a report into a
    UnicodeEncodeError (cp1252 consoles, LANG=C).
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError, TypeError, AttributeError):
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError, TypeError, AttributeError):
                pass


def _internal_error(exc: BaseException) -> int:
    """Any unexpected exception: one line on stderr and exit 3, never a traceback (nor exit 1)."""
    detail = f"{type(exc).__name__}: {exc}".replace("\n", " ")
    if len(detail) > 300:
        detail = detail[:297] + "..."
    try:
        print(translate("Cli", "internal error (please report it): {detail}").format(detail=detail), file=sys.stderr)
    except Exception:  # noqa: BLE001 - the last line of defence must not fail itself
        pass
    return EXIT_INTERNAL


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_streams()
    with i18n.language(_requested_language(argv)):  # restored afterwards: main is also called in-process
        args = build_parser().parse_args(argv)
        try:
            return args.func(args)
        except BrokenPipeError:  # `aksarc-plan check x | head`
            return EXIT_OK
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - see _internal_error
            return _internal_error(exc)

if __name__ == "__main__":
    sys.exit(main())

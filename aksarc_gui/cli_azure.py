"""``aksarc-plan import | diff | headroom``: plan against what is deployed (docs/import.md). No Qt.

Exit codes: import 0 written, 2 an az file or the plan could not be read or the plan not
written (nothing is written then); diff 0 the plan and Azure agree, 1 they differ, 2 something
could not be read; headroom 0 every deployed network takes the planned actions, 1 one runs
out, 2 something could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from aksarc_gui.azure_import.jsondoc import AzureReadError
from aksarc_gui.azure_import.readers import Snapshot, read_files
from aksarc_gui.domain import PlanLoadError, load_plan
from aksarc_gui.domain.plan import Plan
from aksarc_gui.i18n import translate

EXIT_OK, EXIT_DIFFERS, EXIT_LOAD = 0, 1, 2


def _err(message: str) -> None:
    print(translate("Check", "error: {message}").format(message=message), file=sys.stderr)


def read_snapshot(paths: list[str], strict: bool) -> Snapshot | None:
    """The az files, or None after printing why they cannot be read."""
    try:
        snap = read_files(paths)
    except AzureReadError as exc:
        _err(str(exc))
        return None
    if strict and snap.notes:
        _err(translate("AzureImport", "{note} (--strict)").format(note=snap.notes[0]))
        return None
    return snap


def _plan(path: str) -> Plan | None:
    try:
        return load_plan(path)
    except PlanLoadError as exc:
        _err(str(exc))
        return None


def cmd_import(args: argparse.Namespace) -> int:
    from aksarc_gui.azure_import.merge import import_plan, merge
    from aksarc_gui.domain.io import save_plan

    snap = read_snapshot(args.az, args.strict)
    if snap is None:
        return EXIT_LOAD
    if args.into:
        base = _plan(args.into)
        if base is None:
            return EXIT_LOAD
        result = merge(base, snap)
    else:
        result = import_plan(snap, args.name)
    plan = result.plan
    if args.release and not args.into:
        plan = plan.model_copy(update={"platform": plan.platform.model_copy(update={"release": args.release})})
    for note in result.notes:
        print(translate("AzureImport", "warning: {message}").format(message=note), file=sys.stderr)
    for line in result.added:
        print(translate("AzureImport", "added {what} (deployed)").format(what=line), file=sys.stderr)
    for line in result.updated:
        print(translate("AzureImport", "updated {what} from Azure (deployed)").format(what=line), file=sys.stderr)
    if snap.is_empty():
        print(translate("AzureImport", "The files hold no logical network, cluster, node pool, NIC or load balancer."),
              file=sys.stderr)
    try:
        save_plan(plan, args.output)
    except OSError as exc:
        _err(translate("Cli", "cannot write {path}: {reason}").format(path=args.output, reason=exc.strerror or str(exc)))
        return EXIT_LOAD
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from aksarc_gui.azure_import.diff import diff, render_text

    plan = _plan(args.plan)
    snap = read_snapshot(args.az, args.strict) if plan is not None else None
    if plan is None or snap is None:
        return EXIT_LOAD
    drift = diff(plan, snap)
    if args.format == "json":
        sys.stdout.write(json.dumps({"plan": plan.name, "same": not drift, "drift": [d.as_json() for d in drift]},
                                    indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(drift))
    return EXIT_DIFFERS if drift else EXIT_OK


def cmd_headroom(args: argparse.Namespace) -> int:
    from aksarc_gui.azure_import.headroom import forecast, render_text

    plan = _plan(args.plan)
    if plan is None:
        return EXIT_LOAD
    snap: Snapshot | None = None
    if args.az:
        snap = read_snapshot(args.az, args.strict)
        if snap is None:
            return EXIT_LOAD
    rows = forecast(plan, snap)
    if args.format == "json":
        doc: dict[str, Any] = {"plan": plan.name, "logical_networks": [r.as_json() for r in rows]}
        sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(rows))
    return EXIT_DIFFERS if any(r.exhausted_by for r in rows) else EXIT_OK


def _az_option(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--az", nargs="+", required=required, metavar="FILE", help=translate(
        "Cli", "JSON printed by az stack-hci-vm network lnet|nic list/show, az aksarc list/show, az aksarc nodepool list "
               "or az k8s-runtime load-balancer list (any order and mix)"))
    parser.add_argument("--strict", action="store_true",
                        help=translate("Cli", "treat fields the planner does not know as errors"))


def add_commands(sub: Any) -> None:
    """Register the subcommands on ``aksarc-plan``'s subparsers."""
    imp = sub.add_parser("import", help=translate("Cli", "make a plan (or extend one) from what az says is deployed"))
    _az_option(imp, required=True)
    imp.add_argument("--output", "-o", required=True, metavar="PLAN",
                     help=translate("Cli", "the plan file to write (replaced atomically)"))
    imp.add_argument("--into", metavar="PLAN", help=translate("Cli", "merge into this plan instead of starting a new one"))
    imp.add_argument("--name", default="", help=translate("Cli", "name of the new plan"))
    imp.add_argument("--release", default="", metavar="YYMM",
                     help=translate("Cli", "Azure Local release of the new plan (az output does not say it)"))
    imp.set_defaults(func=cmd_import)
    dif = sub.add_parser("diff", help=translate("Cli", "list where the plan and Azure differ (exit 0 same, 1 differs)"))
    dif.add_argument("plan", help=translate("Cli", "the plan file (.aksplan)"))
    _az_option(dif, required=True)
    dif.add_argument("--format", choices=["text", "json"], default="text")
    dif.set_defaults(func=cmd_diff)
    head = sub.add_parser("headroom", help=translate(
        "Cli", "how many more node VMs, clusters and upgrades each deployed logical network can take"))
    head.add_argument("plan", help=translate("Cli", "the plan file (.aksplan)"))
    _az_option(head, required=False)
    head.add_argument("--format", choices=["text", "json"], default="text")
    head.set_defaults(func=cmd_headroom)

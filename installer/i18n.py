"""Update the translation sources and compile them: ``python installer/i18n.py [update|release|all]``.

``update`` runs ``pyside6-lupdate`` over every ``.py`` under ``aksarc_gui/`` into
``resources/translations/aksarc_*.ts``; ``release`` compiles each ``.ts`` into the
``.qm`` the GUI loads (``pyside6-lrelease``).  Both ``.ts`` and ``.qm`` are
committed; ``tests/test_i18n_workflow.py`` fails when either is stale.

``carry OTHER.ts`` fills unfinished messages from another catalog's finished ones:
after a merge in which both sides translated new texts, take one side's ``.ts``,
run ``update``, then ``carry`` the other side's file, then ``release``.

Why sources are rewritten before lupdate sees them: the Qt-free core writes
``tr("Context", "text {named}", named=value)``.  lupdate's Python parser reads
any ``tr(a, b)`` as Qt's ``self.tr(source, disambiguation)`` and ignores
``translate(...)`` calls that carry keyword arguments, so such a call would be
extracted with the wrong context or not at all.  The sources are therefore copied
into a scratch tree in which each core call becomes ``translate("Context",
"text")`` on the same lines, so every location in the ``.ts`` still points at the
real file and line.  ``self.tr(...)`` and ``QCoreApplication.translate(...)`` of the
GUI are left exactly as written.
"""

from __future__ import annotations

import argparse
import copy
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "aksarc_gui"
TRANSLATIONS = Path("resources") / "translations"
LANGUAGES = ("zh_CN",)


class ToolMissing(RuntimeError):
    pass


def tool(name: str) -> str:
    """A Qt tool from the running Python's environment first, then from PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise ToolMissing(f"{name} not found (it comes with PySide6); install PySide6 in this environment")
    return found


def ts_files(root: Path = ROOT) -> list[Path]:
    return [root / TRANSLATIONS / f"aksarc_{lang}.ts" for lang in LANGUAGES]


def sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / PACKAGE).rglob("*.py") if "__pycache__" not in p.parts)


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_core_tr(call: ast.Call) -> bool:
    """``tr("Ctx", "text", ...)`` or ``i18n.tr("Ctx", "text", ...)`` -- not ``self.tr("text")``."""
    func = call.func
    named = (isinstance(func, ast.Name) and func.id == "tr") or (
        isinstance(func, ast.Attribute) and func.attr == "tr"
        and isinstance(func.value, ast.Name) and func.value.id == "i18n")
    return named and len(call.args) >= 2 and all(_literal(a) for a in call.args[:2])


def context_wrappers(tree: ast.AST) -> dict[str, str]:
    """One-line helpers that bind a context, by name -> context.

    GUI modules write ``def _t(text): return QCoreApplication.translate("Editors", text)``
    (module function or method) and may alias it (``t = self._t``); lupdate sees
    neither, so calls of such helpers are rewritten like the core's ``tr``.
    """
    wrappers: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        body = [b for b in node.body if not (isinstance(b, ast.Expr) and _literal(b.value))]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
            continue
        call = body[0].value
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        params = [a.arg for a in node.args.args]
        if name == "translate" and len(call.args) == 2 and _literal(call.args[0]) \
                and isinstance(call.args[1], ast.Name) and call.args[1].id in params:
            wrappers[node.name] = call.args[0].value
    for node in ast.walk(tree):  # aliases: t = self._t / t = _t
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = node.value
            target = value.attr if isinstance(value, ast.Attribute) else value.id if isinstance(value, ast.Name) else ""
            if target in wrappers:
                wrappers[node.targets[0].id] = wrappers[target]
    return wrappers


def _wrapper_context(call: ast.Call, wrappers: dict[str, str]) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        name = func.id
    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("self", "cls"):
        name = func.attr
    else:
        return None
    if name in wrappers and call.args and _literal(call.args[0]):
        return wrappers[name]
    return None


def core_calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str, str]]:
    """(call, context, text) of every call lupdate would misread or miss."""
    wrappers = context_wrappers(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if _is_core_tr(node):
            yield node, node.args[0].value, node.args[1].value
        elif (context := _wrapper_context(node, wrappers)) is not None:
            yield node, context, node.args[0].value


def rewrite_for_lupdate(text: str) -> str:
    """Turn every core ``tr(ctx, text, **kw)`` and context-helper call into ``translate(ctx, text)``,
    spanning the same lines."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return text  # lupdate reports what it can; the test suite reports the syntax error
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line.encode("utf-8")))
    raw = text.encode("utf-8")
    found = {id(call): (context, source) for call, context, source in core_calls(tree)}
    calls = sorted((call for call in ast.walk(tree) if id(call) in found), key=lambda c: (c.lineno, c.col_offset))
    inside = {id(c): {id(n) for n in ast.walk(c)} for c in calls}
    outermost = [c for c in calls if not any(o is not c and id(c) in inside[id(o)] for o in calls)]
    edits = []
    for call in outermost:
        start = offsets[call.lineno - 1] + call.col_offset
        end = offsets[call.end_lineno - 1] + call.end_col_offset
        # A tr() nested in this one's arguments (``name=x or tr("Ctx", "(unnamed)")``) is kept
        # beside it in a tuple, so lupdate sees both.
        inner = [c for c in calls if id(c) in inside[id(call)]]
        parts = ["translate({!r}, {!r})".format(*found[id(c)]) for c in inner]
        keep_lines = "\n" * (call.end_lineno - call.lineno)  # inside the parentheses: still valid Python
        text_out = parts[0][:-1] + keep_lines + ")" if len(parts) == 1 else "(" + ", ".join(parts) + keep_lines + ")"
        edits.append((start, end, text_out.encode()))
    kept = sorted(edits)
    for start, end, new in reversed(kept):
        raw = raw[:start] + new + raw[end:]
    return raw.decode("utf-8")


def _scratch_tree(root: Path, scratch: Path) -> None:
    for src in sources(root):
        dest = scratch / src.relative_to(root)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(rewrite_for_lupdate(src.read_text(encoding="utf-8")), encoding="utf-8")
    (scratch / TRANSLATIONS).mkdir(parents=True, exist_ok=True)


def update(root: Path = ROOT, out_dir: Path | None = None, drop_vanished: bool = False) -> list[Path]:
    """Run lupdate; write the updated ``.ts`` files into ``out_dir`` (default: the project's own).

    A message whose source text is gone stays in the ``.ts`` marked ``vanished``
    (not compiled, not shown) and comes back finished when the text returns, as it
    does when a branch that still has it is merged.  ``drop_vanished`` removes them.
    """
    lupdate = tool("pyside6-lupdate")
    out_dir = out_dir or root / TRANSLATIONS
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="aksarc-lupdate-") as tmp:
        scratch = Path(tmp)
        _scratch_tree(root, scratch)
        listing = scratch / "sources.lst"
        listing.write_text("\n".join(str(p.relative_to(root)) for p in sources(root)) + "\n", encoding="utf-8")
        for ts in ts_files(root):
            work = scratch / TRANSLATIONS / ts.name
            if ts.exists():
                shutil.copyfile(ts, work)
            keep = ["-no-obsolete"] if drop_vanished else []
            subprocess.run([lupdate, "-silent", *keep, "-source-language", "en",
                            "-target-language", ts.stem.removeprefix("aksarc_"),
                            f"@{listing.name}", "-ts", str(work.relative_to(scratch))],
                           cwd=scratch, check=True)
            shutil.copyfile(work, out_dir / ts.name)
            written.append(out_dir / ts.name)
    return written


def release(root: Path = ROOT, out_dir: Path | None = None) -> list[Path]:
    """Compile each ``.ts`` into a ``.qm`` (unfinished translations left out, as the CLI does)."""
    lrelease = tool("pyside6-lrelease")
    out_dir = out_dir or root / TRANSLATIONS
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files(root):
        qm = out_dir / f"{ts.stem}.qm"
        subprocess.run([lrelease, "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def _messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def _key(context: str, message: ET.Element) -> tuple[str, str, str, bool]:
    return (context, message.findtext("source", ""), message.findtext("comment", ""),
            message.get("numerus") == "yes")


def carry(donors: list[Path], root: Path = ROOT) -> int:
    """Fill unfinished messages of the project's catalogs from finished ones of ``donors``.

    After a merge in which both sides added translations, take one side's ``.ts``,
    run ``update`` (the other side's new texts come in unfinished) and carry the
    other side's catalog: every text translated there is translated here again.
    Returns how many messages were filled.
    """
    finished: dict[tuple[str, str, str, bool], ET.Element] = {}
    for donor in donors:
        for context, message in _messages(ET.parse(donor).getroot()):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                finished.setdefault(_key(context, message), translation)
    filled = 0
    for ts in ts_files(root):
        tree = ET.parse(ts)
        for context, message in _messages(tree.getroot()):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            donor = finished.get(_key(context, message))
            if donor is None:
                continue
            index = list(message).index(translation)
            message.remove(translation)
            message.insert(index, copy.deepcopy(donor))
            filled += 1
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update the .ts translation sources and compile the .qm files.")
    parser.add_argument("step", nargs="?", choices=["update", "release", "all", "carry"], default="all")
    parser.add_argument("donors", nargs="*", type=Path,
                        help="with carry: catalogs (.ts) whose finished translations fill unfinished ones")
    parser.add_argument("--drop-vanished", action="store_true",
                        help="remove translations whose source text no longer exists")
    args = parser.parse_args(argv)
    try:
        if args.step == "carry":
            if not args.donors:
                parser.error("carry needs at least one catalog to copy translations from")
            filled = carry(args.donors)
            update()  # lupdate's own layout again, after the XML rewrite
            print(f"carried {filled} translations")
            return 0
        if args.step in ("update", "all"):
            for path in update(drop_vanished=args.drop_vanished):
                print(f"updated {path.relative_to(ROOT)}")
        if args.step in ("release", "all"):
            for path in release():
                print(f"compiled {path.relative_to(ROOT)}")
    except ToolMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as exc:
        print(f"error: {Path(exc.cmd[0]).name} failed with exit code {exc.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

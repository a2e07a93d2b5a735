"""Core strings are written in the one shape pyside6-lupdate extracts with its context."""

from __future__ import annotations

import ast

from tests.conftest import ROOT


def test_no_bare_tr_calls_with_literal_text():
    offenders = []
    for path in sorted((ROOT / "aksarc_gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, "use translate(ctx, text).format(...) instead of tr(ctx, text, ...): " + ", ".join(offenders)


def test_translate_calls_have_literal_context_and_text():
    offenders = []
    for path in sorted((ROOT / "aksarc_gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate":
                if path.name == "i18n.py":
                    continue
                # The text may be a variable only when it was marked with
                # QT_TRANSLATE_NOOP where it is defined (tables of labels).
                literal_context = bool(node.args) and isinstance(node.args[0], ast.Constant)
                if not literal_context or len(node.args) != 2 or node.keywords:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, "translate() needs a literal context, a text and no keywords: " + ", ".join(offenders)

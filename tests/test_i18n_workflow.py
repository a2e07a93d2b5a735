"""The committed .ts is current with the source, the .qm is current with the .ts, and every core
string can be extracted (literal context and text)."""

from __future__ import annotations

import ast
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _load_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "installer" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def require(name: str) -> None:
    try:
        tool.tool(name)
    except tool.ToolMissing as exc:
        pytest.skip(str(exc))


def pairs(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in root.iter("context") for msg in ctx.iter("message")
            if msg.find("translation").get("type") not in ("obsolete", "vanished")}


@pytest.mark.parametrize("ts", tool.ts_files(), ids=lambda p: p.name)
def test_ts_is_current_with_the_source(ts, tmp_path):
    require("pyside6-lupdate")
    fresh = tool.update(out_dir=tmp_path)
    (updated,) = [p for p in fresh if p.name == ts.name]
    new, committed = pairs(updated), pairs(ts)
    assert new == committed, (
        "run `python installer/i18n.py` and translate; "
        f"missing from the .ts: {sorted(new - committed)}; no longer in the source: {sorted(committed - new)}")


@pytest.mark.parametrize("ts", tool.ts_files(), ids=lambda p: p.name)
def test_qm_is_compiled_from_the_current_ts(ts, tmp_path):
    """Byte-equal to a fresh lrelease, or (another Qt version lays the file out differently)
    giving the same answer for every message of the .ts."""
    require("pyside6-lrelease")
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run `python installer/i18n.py release`"
    fresh = {p.name: p for p in tool.release(out_dir=tmp_path)}[committed.name]
    if fresh.read_bytes() == committed.read_bytes():
        return
    from PySide6.QtCore import QTranslator

    old, new = QTranslator(), QTranslator()
    assert old.load(str(committed)) and new.load(str(fresh))
    differ = [(ctx, source) for ctx, source in sorted(pairs(ts))
              if old.translate(ctx, source) != new.translate(ctx, source)]
    assert not differ, f"stale .qm, run `python installer/i18n.py release`: {differ[:5]}"


def test_rewrite_keeps_lines_and_exposes_core_calls_to_lupdate():
    source = (
        'x = tr("Check", "Plan: {name}",\n'
        '       name=plan.name or tr("Check", "(unnamed)"))\n'
        'y = self.tr("Open")\n'
        'z = i18n.tr("Rules", "It\'s {ip}", ip=a)\n'
        'label = "计划"\n'
    )
    out = tool.rewrite_for_lupdate(source)
    assert out.count("\n") == source.count("\n")
    lines = out.splitlines()
    assert lines[0].startswith("x = (translate('Check', 'Plan: {name}'), translate('Check', '(unnamed)')")
    assert lines[2] == 'y = self.tr("Open")'
    assert lines[3] == 'z = translate(\'Rules\', "It\'s {ip}")'
    assert lines[4] == 'label = "计划"'
    ast.parse(out)


def test_rewrite_exposes_calls_of_context_helpers():
    source = (
        'from PySide6.QtCore import QCoreApplication\n'
        'def _t(text: str) -> str:\n'
        '    return QCoreApplication.translate("Editors", text)\n'
        'class W:\n'
        '    def _tw(self, text):\n'
        '        """Context of the window."""\n'
        '        return QCoreApplication.translate("MainWindow", text)\n'
        '    def build(self):\n'
        '        t = self._tw\n'
        '        a = _t("Plan name:")\n'
        '        b = self._tw("&File")\n'
        '        c = t("&Edit")\n'
        '        d = _t(variable)\n'
    )
    lines = tool.rewrite_for_lupdate(source).splitlines()
    assert lines[9:13] == ["        a = translate('Editors', 'Plan name:')",
                           "        b = translate('MainWindow', '&File')",
                           "        c = translate('MainWindow', '&Edit')",
                           "        d = _t(variable)"]


def core_calls_with_computed_text() -> list[str]:
    """Core translation calls lupdate cannot see: ``tr()`` with a computed context or text, or
    ``translate()`` with a computed context.  (``translate("Roles", LABELS[x])`` is how a label
    marked with ``QT_TRANSLATE_NOOP`` is looked up, so its text may be computed.)"""
    bad = []
    for path in tool.sources():
        if path.name == "i18n.py" and path.parent.name == "aksarc_gui":
            continue  # the hook itself passes its arguments on
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            receiver = node.func.value.id if isinstance(node.func, ast.Attribute) and isinstance(
                node.func.value, ast.Name) else ""
            core = name in ("tr", "translate", "QT_TRANSLATE_NOOP") and receiver not in ("self", "cls") and (
                isinstance(node.func, ast.Name) or receiver in ("i18n", "QCoreApplication"))
            forwarded = [a.id for a in node.args[:2] if isinstance(a, ast.Name)] == ["context", "text"]
            if forwarded:
                continue  # a hook handing on what it was given (i18n's translator for the GUI)
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]]
            needed = literal if name != "translate" else literal[:1]
            if core and (len(literal) < 2 or not all(needed)):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return bad


def test_every_core_string_is_a_literal_lupdate_can_extract():
    assert not core_calls_with_computed_text()


def test_carry_fills_unfinished_messages_from_another_catalog(tmp_path):
    """After a merge: one side's catalog, the other side's translations carried into it."""
    head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="zh_CN">\n'
    ours = (head + "<context><name>Rules</name>"
            "<message><source>Pool</source><translation type=\"unfinished\"></translation></message>"
            "<message><source>Gateway</source><translation>网关</translation></message>"
            "<message><source>New</source><translation type=\"unfinished\"></translation></message>"
            "</context></TS>\n")
    donor = (head + "<context><name>Rules</name>"
             "<message><source>Pool</source><translation>IP 池</translation></message>"
             "<message><source>Gateway</source><translation>别的</translation></message>"
             "<message><source>New</source><translation type=\"unfinished\">半</translation></message>"
             "</context><context><name>Other</name>"
             "<message><source>New</source><translation>新</translation></message></context></TS>\n")
    target = tool.ts_files(tmp_path)[0]
    target.parent.mkdir(parents=True)
    target.write_text(ours, encoding="utf-8")
    (tmp_path / "donor.ts").write_text(donor, encoding="utf-8")
    assert tool.carry([tmp_path / "donor.ts"], root=tmp_path) == 1
    got = {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
           for ctx in ET.parse(target).getroot().iter("context") for msg in ctx.iter("message")}
    assert got[("Rules", "Pool")].text == "IP 池" and got[("Rules", "Pool")].get("type") is None
    assert got[("Rules", "Gateway")].text == "网关"  # finished here: never overwritten
    # unfinished in the donor, and the same text in another context: neither is carried
    assert got[("Rules", "New")].get("type") == "unfinished"

"""The zh_CN catalog is complete and keeps every placeholder; the Qt-free loader and language switch."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aksarc_gui import i18n
from aksarc_gui.planning.claims import ROLE_LABELS, Role, role_label

TS = i18n.catalog_path(i18n.CHINESE)
QT_PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
HAN = re.compile(r"[\u4e00-\u9fff]")


def messages(path: Path = TS) -> list[tuple[str, ET.Element]]:
    """Every message the program can show; ``vanished`` ones (kept for when the text returns) are not."""
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.iter("context") for msg in ctx.iter("message")
            if msg.find("translation").get("type") not in ("vanished", "obsolete")]


def translation_texts(msg: ET.Element) -> list[str]:
    node = msg.find("translation")
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in node.iter("numerusform")]
    return [node.text or ""]


def placeholders(text: str) -> tuple[list[str], list[str]]:
    """Named ``{placeholders}`` (sorted, with repeats) and Qt's ``%1`` / ``%n`` markers (sorted)."""
    named = sorted(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)
    return named, sorted(QT_PLACEHOLDER.findall(text))


def test_the_catalog_has_messages_from_the_core():
    contexts = {ctx for ctx, _ in messages()}
    assert {"Budget", "Check", "Load", "Roles", "Rules"} <= contexts


def test_every_message_has_a_finished_translation():
    unfinished = [f"{ctx}: {msg.findtext('source')!r}" for ctx, msg in messages()
                  if msg.find("translation").get("type") == "unfinished"
                  or not all(t.strip() for t in translation_texts(msg))]
    assert not unfinished, "untranslated:\n" + "\n".join(unfinished)


def test_translations_keep_every_placeholder_and_add_none():
    wrong = []
    for ctx, msg in messages():
        source = msg.findtext("source") or ""
        for text in translation_texts(msg):
            if placeholders(text) != placeholders(source):
                wrong.append(f"{ctx}: {source!r} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")


def test_menu_mnemonics_are_kept():
    """``&Open`` becomes ``打开(&O)``: the key letter stays reachable from the keyboard."""
    wrong = []
    for ctx, msg in messages():
        source = msg.findtext("source") or ""
        for text in translation_texts(msg):
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
                wrong.append(f"{ctx}: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_translations_are_chinese_where_the_source_has_words():
    # A source made only of symbols, numbers or product names may stay as it is.
    untranslated = [f"{ctx}: {msg.findtext('source')!r}" for ctx, msg in messages()
                    if re.search(r"[a-z]{3,}", re.sub(r"\{[^}]*\}", "", msg.findtext("source") or ""))
                    and not any(HAN.search(t) for t in translation_texts(msg))
                    and (msg.findtext("source") or "") not in KEPT_IN_ENGLISH]
    assert not untranslated, "\n".join(untranslated)


# Product names that stay as they are (the shell's name is what the user types).
KEPT_IN_ENGLISH: set[str] = {"&Bash", "&PowerShell", "Shell:", "AKS Arc", "Azure", "Az CLI", "Azure Stack HCI",
                              "GitHub", "MetalLB {name}, {mode}", "aksarc-planner: {message}"}


def test_placeholder_check_catches_dropped_added_and_renamed_fields():
    assert placeholders("{ip} in {start}-{end}") == placeholders("{end}-{start} 中的 {ip}")  # reordering is fine
    assert placeholders("{ip} in {start}") != placeholders("{ip}")
    assert placeholders("{ip}") != placeholders("{ip} {ip2}")
    assert placeholders("{prefix} and {prefix}") != placeholders("{prefix}")
    assert placeholders("%1 of %n") != placeholders("%1")


def test_every_role_label_is_translated():
    with i18n.language(i18n.CHINESE):
        labels = {role: role_label(role) for role in Role}
    assert all(HAN.search(label) for label in labels.values()), labels
    assert labels[Role.CONTROL_PLANE] == "控制平面 IP"
    assert set(ROLE_LABELS) == set(Role)


def test_language_block_restores_english():
    assert i18n.current_language() == "en"
    with i18n.language("zh_CN"):
        assert i18n.current_language() == "zh_CN"
        assert i18n.tr("Check", "{count} error(s).", count=3) == "3 个错误。"
    assert i18n.tr("Check", "{count} error(s).", count=3) == "3 error(s)."
    assert i18n.current_language() == "en"


def test_unknown_text_falls_back_to_english():
    with i18n.language("zh_CN"):
        assert i18n.tr("Nowhere", "Not in the catalog {x}", x=1) == "Not in the catalog 1"


@pytest.mark.parametrize(("name", "expected"), [
    ("zh_CN", "zh_CN"), ("zh-CN", "zh_CN"), ("zh", "zh_CN"), ("zh_Hans_CN", "zh_CN"), ("ZH_tw", "zh_CN"),
    ("en_US.UTF-8", "en"), ("de_DE", "en"), ("", "en"), (None, "en"), ("C", "en"),
])
def test_normalize_language(name, expected):
    assert i18n.normalize_language(name) == expected


def test_unsupported_language_is_refused():
    with pytest.raises(ValueError, match="fr"):
        i18n.use_language("fr")


def test_missing_catalog_is_a_one_line_error(monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "catalog_path", lambda language: tmp_path / "absent.ts")
    with pytest.raises(i18n.CatalogMissing, match="absent.ts"):
        i18n.use_language("zh_CN")
    assert i18n.current_language() == "en"


def test_numerus_messages_are_read_from_their_single_chinese_form(tmp_path):
    ts = tmp_path / "n.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN"><context>
<name>Problems</name>
<message numerus="yes"><source>%n error(s)</source><translation><numerusform>%n 个错误</numerusform></translation></message>
<message><source>Done</source><translation type="unfinished">完成</translation></message>
</context></TS>""", encoding="utf-8")
    assert i18n.load_ts_catalog(ts) == {("Problems", "%n error(s)"): "%n 个错误"}


def test_display_width_counts_cjk_as_two_columns():
    assert i18n.display_width("IP 池") == 5
    assert i18n.ljust_display("总计", 6) == "总计  "
    assert i18n.ljust_display("Total", 6) == "Total "


@pytest.mark.parametrize(("template", "params", "expected"), [
    ("与 {what} 重叠", {"what": "逻辑网络 a（10.0.0.0/24）"}, "与逻辑网络 a（10.0.0.0/24）重叠"),
    ("与 {what} 重叠", {"what": "DNS 服务器 10.0.0.2"}, "与 DNS 服务器 10.0.0.2 重叠"),
    ("{this} 位于 {that} 之内", {"this": "预留 p（10.0.0.5）", "that": "a 的 IP 池 10.0.0.1-10.0.0.9"},
     "预留 p（10.0.0.5）位于 a 的 IP 池 10.0.0.1-10.0.0.9 之内"),
    ("规划：{name}", {"name": "生产 环境"}, "规划：生产 环境"),  # spaces inside a value stay
    ("{ip} is in {start}-{end}", {"ip": "10.0.0.5", "start": 1, "end": 2}, "10.0.0.5 is in 1-2"),
    ("got {value!r}, {n:>3}", {"value": "x", "n": 7}, "got 'x',   7"),
])
def test_fill_drops_only_the_spaces_chinese_does_not_want(template, params, expected):
    assert i18n.fill(template, params) == expected
    if not any(i18n._wide(ch) for ch in template):
        assert i18n.fill(template, params) == template.format(**params)


def test_translated_templates_format_with_chinese_spacing():
    with i18n.language("zh_CN"):
        fragment = i18n.translate("Rules", "the logical network {name} ({prefix})").format(
            name="aks-lnet-dev", prefix="10.220.40.0/24")
        message = i18n.translate(
            "Rules", "The pod CIDR {pod} of cluster {cluster} overlaps {what}; pods could not reach {range}. "
                     "Pick another pod CIDR.").format(pod="10.220.40.0/22", cluster="dev", what=fragment,
                                                       range="10.220.40.0-10.220.40.255")
    assert "与逻辑网络 aks-lnet-dev（10.220.40.0/24）重叠" in message
    assert type(i18n.translate("Rules", "cluster")) is str  # English: the plain source string

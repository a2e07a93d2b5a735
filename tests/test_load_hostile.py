"""Files that are not plans, or plans that try to break the loader: one clear line each, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from aksarc_gui.cli import main
from aksarc_gui.domain import PlanLoadError, load_plan, load_plan_text
from aksarc_gui.domain import io as plan_io
from aksarc_gui.planning.validate import validate
from tests.conftest import ROOT

posix_only = pytest.mark.skipif(os.name == "nt", reason="FIFOs and /dev are POSIX")


def load_error(text: str) -> str:
    with pytest.raises(PlanLoadError) as info:
        load_plan_text(text, "bad.aksplan")
    message = str(info.value)
    assert "\n" not in message
    return message


@posix_only
def test_a_fifo_is_refused_at_once_not_read_for_ever(tmp_path):
    fifo = tmp_path / "plan.aksplan"
    os.mkfifo(fifo)
    outcome: list[str] = []

    def load() -> None:
        try:
            load_plan(fifo)
        except PlanLoadError as exc:
            outcome.append(str(exc))

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # free the blocked reader before failing
        with open(fifo, "wb"):
            pass
        pytest.fail("loading a FIFO blocked")
    assert outcome == [f"{fifo}: not a regular file (a folder, pipe or device); a plan is a file"]


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_device_is_refused(device):
    with pytest.raises(PlanLoadError) as info:
        load_plan(device)
    assert str(info.value) == f"{device}: not a regular file (a folder, pipe or device); a plan is a file"


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(PlanLoadError, match="not a regular file"):
        load_plan(tmp_path)


@posix_only
def test_check_on_a_fifo_exits_2_in_a_child_process(tmp_path):
    fifo = tmp_path / "p.aksplan"
    os.mkfifo(fifo)
    result = subprocess.run([sys.executable, "-m", "aksarc_gui.cli", "check", str(fifo)], capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2
    assert result.stderr == f"error: {fifo}: not a regular file (a folder, pipe or device); a plan is a file\n"


def test_size_guard_counts_the_bytes_read_not_st_size(tmp_path, monkeypatch):
    monkeypatch.setattr(plan_io, "MAX_PLAN_BYTES", 1000)
    big = tmp_path / "big.aksplan"
    big.write_text(" " * 1001)
    with pytest.raises(PlanLoadError) as info:
        load_plan(big)
    assert str(info.value) == f"{big}: the file is larger than 1000 bytes, too large to be a plan"

    real_stat = os.stat

    def stat_says_small(path, *args, **kwargs):  # what a /proc file or a growing file reports
        result = real_stat(path, *args, **kwargs)
        fields = list(result)
        fields[6] = 0  # st_size
        return os.stat_result(fields)

    monkeypatch.setattr(plan_io.os, "stat", stat_says_small)
    with pytest.raises(PlanLoadError, match="larger than 1000 bytes"):
        load_plan(big)


def test_exactly_at_the_limit_is_read(tmp_path, monkeypatch, jane_data):
    text = json.dumps(jane_data)
    monkeypatch.setattr(plan_io, "MAX_PLAN_BYTES", len(text.encode()))
    path = tmp_path / "p.aksplan"
    path.write_text(text, encoding="utf-8")
    assert load_plan(path).name == jane_data["name"]


def test_duplicate_key_is_a_load_error_naming_the_key(jane_data):
    text = json.dumps(jane_data)
    text = text.replace('"vm_size": "Standard_A4_v2"', '"vm_size": "Standard_A4_v2", "vm_size": "Standard_D8s_v3"', 1)
    assert load_error(text) == ('bad.aksplan: clusters[0].control_plane: the key "vm_size" appears twice in one '
                                'object; keep one')


def test_the_first_duplicate_in_document_order_is_named(jane_data):
    jane_data["platform"]["@A@"] = 1
    jane_data["clusters"][1]["@B@"] = 2
    text = json.dumps(jane_data).replace('"@A@"', '"release"').replace('"@B@"', '"name"')
    assert load_error(text) == 'bad.aksplan: platform: the key "release" appears twice in one object; keep one'


def test_duplicate_key_at_the_top(jane_data):
    text = json.dumps(jane_data)[:-1] + ', "name": "again"}'
    assert load_error(text) == 'bad.aksplan: the key "name" appears twice in one object; keep one'


@pytest.mark.parametrize("release", ["24\u00b25", "\u0662\u0664\u0660\u0665", "\uff12\uff14\uff10\uff15"])
def test_non_ascii_digits_in_the_release_are_no_number(jane_data, release):
    """'24²5', Arabic-Indic and full-width digits: a warning that the release is not YYMM, no traceback."""
    jane_data["platform"]["release"] = release
    plan = load_plan_text(json.dumps(jane_data))
    assert plan.release_number() == 0
    rel = [p for p in validate(plan) if p.rule == "REL-1"]
    assert len(rel) == 1 and "is not a YYMM number" in rel[0].message


def test_release_with_a_superscript_checks_without_traceback(tmp_path, jane_data, capsys):
    jane_data["platform"]["release"] = "24\u00b25"
    path = tmp_path / "p.aksplan"
    path.write_text(json.dumps(jane_data), encoding="utf-8")
    assert main(["check", str(path)]) in (0, 1)
    assert "REL-1" in capsys.readouterr().out


@pytest.mark.parametrize(("field", "value", "kind"), [
    ("address_prefix", "10.220.32.0/\u0662\u0664", "network"),
    ("address_prefix", "10.220.32.0/2\u00b2", "network"),
    ("address_prefix", "\u0661\u0660.220.32.0/24", "network"),
    ("gateway", "10.220.32.\u0661", "address"),
    ("gateway", "10.220.32.\uff11", "address"),
])
def test_non_ascii_digits_are_not_addresses(jane_data, field, value, kind):
    jane_data["logical_networks"][0][field] = value
    assert load_error(json.dumps(jane_data)) == (
        f"bad.aksplan: logical_networks[0].{field}: {value!r} is not an IPv4 {kind}")


def test_non_ascii_digits_in_a_load_balancer_range(jane_data):
    jane_data["clusters"][0]["load_balancer"]["addresses"] = ["10.220.32.50-10.220.32.\u0665\u0662"]
    assert "is not an IPv4 address, range or network" in load_error(json.dumps(jane_data))


def test_integer_over_pythons_digit_limit_is_a_load_error(jane_data):
    text = json.dumps(jane_data).replace('"vlan": 32', '"vlan": ' + "9" * 5000, 1)
    assert '"vlan": 9999' in text
    assert load_error(text) == "bad.aksplan: a number has 5000 digits, too many to be a plan value"


def test_negative_huge_integer_too(jane_data):
    text = json.dumps(jane_data)[:-1] + ', "x": -' + "1" * 4400 + "}"
    assert load_error(text) == "bad.aksplan: a number has 4400 digits, too many to be a plan value"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(jane_data, constant):
    text = json.dumps(jane_data).replace('"vlan": 32', f'"vlan": {constant}', 1)
    assert load_error(text) == f"bad.aksplan: not valid JSON ({constant} is not a JSON value)"


def test_lone_surrogate_in_a_value_names_its_path(jane_data):
    jane_data["clusters"][1]["name"] = "cluster-\ud800b"
    text = json.dumps(jane_data)  # ensure_ascii: the escape \ud800 as JSON allows it
    assert load_error(text) == ("bad.aksplan: clusters[1].name: the text holds a lone surrogate (an unpaired "
                                "\\uD800-\\uDFFF escape), which is not valid Unicode")


def test_lone_surrogate_in_a_key_names_its_path(jane_data):
    jane_data["azure"]["\udc80x"] = "1"
    assert load_error(json.dumps(jane_data)) == (
        "bad.aksplan: azure.\\udc80x: the text holds a lone surrogate (an unpaired \\uD800-\\uDFFF escape), "
        "which is not valid Unicode")


def test_lone_surrogate_in_a_list_item(jane_data):
    jane_data["platform"]["proxy"] = {"http_proxy": "", "https_proxy": "", "no_proxy": ["ok", "\udfffbad"]}
    assert load_error(json.dumps(jane_data)).startswith("bad.aksplan: platform.proxy.no_proxy[1]: the text holds")


def test_a_proper_surrogate_pair_loads(jane_data):
    jane_data["name"] = "plan \U0001F680"
    assert load_plan_text(json.dumps(jane_data)).name == "plan \U0001F680"


@pytest.mark.parametrize("depth", [500, 5000])
def test_deep_nesting_in_a_value_is_one_line(jane_data, depth):
    jane_data["name"] = "@"
    text = json.dumps(jane_data).replace('"@"', "[" * depth + "]" * depth, 1)
    message = load_error(text)
    assert message.startswith("bad.aksplan: name: expected text, got ") or message.endswith("nested too deeply)")


def test_deeply_nested_document():
    assert load_error("[" * 200000 + "]" * 200000) == "bad.aksplan: not valid JSON (nested too deeply)"


def test_nul_in_the_path_is_a_load_error():
    with pytest.raises(PlanLoadError, match="cannot read the file"):
        load_plan("plan\0.aksplan")


def test_a_newline_or_bidi_control_in_a_key_stays_on_one_line(jane_data):
    jane_data["azure"]["bad\nkey\u202e"] = "1"
    message = load_error(json.dumps(jane_data))
    assert message.startswith("bad.aksplan: azure.bad\\u000akey\\u202e: unknown field")


def test_chinese_text_in_a_message_is_kept(jane_data):
    jane_data["logical_networks"][0]["gateway"] = "\u7f51\u5173"
    assert load_error(json.dumps(jane_data)) == "bad.aksplan: logical_networks[0].gateway: '\u7f51\u5173' is not an IPv4 address"

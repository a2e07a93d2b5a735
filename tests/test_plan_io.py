"""Plan file format v1: load, save, errors with JSON paths, atomic writes."""

from __future__ import annotations

import json

import pytest

from aksarc_gui.assets import sample_plan_path
from aksarc_gui.domain import PlanLoadError, dump_plan_text, load_plan, load_plan_text, save_plan


def test_sample_round_trips_byte_for_byte():
    text = sample_plan_path().read_text(encoding="utf-8")
    assert dump_plan_text(load_plan_text(text)) == text


def test_saved_file_has_fixed_key_order_and_trailing_newline(jane, tmp_path):
    target = tmp_path / "p.aksplan"
    save_plan(jane, target)
    text = target.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    keys = list(json.loads(text).keys())
    assert keys == ["format", "version", "name", "platform", "azure", "management_network",
                    "logical_networks", "reservations", "clusters"]
    assert load_plan(target) == jane


@pytest.mark.parametrize(
    ("patch", "path", "fragment"),
    [
        (lambda d: d["clusters"][1]["control_plane"].__setitem__("ip", "10.220.32.300"),
         "clusters[1].control_plane.ip", "'10.220.32.300' is not an IPv4 address"),
        (lambda d: d["logical_networks"][0].__setitem__("address_prefix", "fd00::/64"),
         "logical_networks[0].address_prefix", "is not an IPv4 network"),
        (lambda d: d["logical_networks"][0].__setitem__("vlan", "32"),
         "logical_networks[0].vlan", "expected a whole number, got \"32\""),
        (lambda d: d["clusters"][0]["control_plane"].__setitem__("count", 3.0),
         "clusters[0].control_plane.count", "expected a whole number, got 3.0"),
        (lambda d: d["clusters"][0]["node_pools"][0].__setitem__("os_type", "BSD"),
         "clusters[0].node_pools[0].os_type", "Linux"),
        (lambda d: d["logical_networks"][0].__setitem__("adress_prefix", "10.0.0.0/24"),
         "logical_networks[0].adress_prefix", "unknown field"),
        (lambda d: d.__setitem__("format", "something-else"), "format", "not a plan file"),
        (lambda d: d.__setitem__("version", 99), "version", "version 99"),
    ],
)
def test_load_errors_name_the_path_and_the_value(jane_data, patch, path, fragment):
    patch(jane_data)
    with pytest.raises(PlanLoadError) as info:
        load_plan_text(json.dumps(jane_data), "bad.aksplan")
    message = str(info.value)
    assert message.startswith(f"bad.aksplan: {path}: ")
    assert fragment in message
    assert "\n" not in message


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", "null", "\"plan\""])
def test_not_a_plan_is_one_clear_line(text):
    with pytest.raises(PlanLoadError) as info:
        load_plan_text(text, "x.aksplan")
    assert str(info.value).startswith("x.aksplan: ")


def test_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(PlanLoadError, match="cannot read the file"):
        load_plan(tmp_path / "missing.aksplan")
    bad = tmp_path / "latin1.aksplan"
    bad.write_bytes(b'{"name": "caf\xe9"}')
    with pytest.raises(PlanLoadError, match="not UTF-8"):
        load_plan(bad)


def test_atomic_save_keeps_the_old_file_when_writing_fails(jane, tmp_path, monkeypatch):
    target = tmp_path / "p.aksplan"
    save_plan(jane, target)
    before = target.read_bytes()

    def boom(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", boom)
    renamed = jane.model_copy(update={"name": "changed"})
    with pytest.raises(OSError):
        save_plan(renamed, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.aksplan"]  # no temporary file left behind


def test_optional_fields_are_written_only_when_set():
    """Fields added after format 1 shipped stay out of a file while at their default."""
    data = json.loads(sample_plan_path().read_text(encoding="utf-8"))
    plain = dump_plan_text(load_plan_text(json.dumps(data)))
    for key in ("autoscaler", "shares_ip", "proxy", "arc_gateway"):
        assert f'"{key}"' not in plain
    data["platform"]["proxy"] = {"http_proxy": "http://proxy:3128", "https_proxy": "", "no_proxy": ["localhost"]}
    data["platform"]["arc_gateway"] = True
    data["clusters"][0]["node_pools"][0]["autoscaler"] = {"min_count": 2, "max_count": 6}
    data["clusters"][0]["services"][0]["shares_ip"] = False
    text = dump_plan_text(load_plan_text(json.dumps(data)))
    back = json.loads(text)
    assert back["platform"]["proxy"]["http_proxy"] == "http://proxy:3128"
    assert back["platform"]["arc_gateway"] is True
    assert back["clusters"][0]["node_pools"][0]["autoscaler"] == {"min_count": 2, "max_count": 6}
    assert back["clusters"][0]["services"][0]["shares_ip"] is False
    assert "shares_ip" not in back["clusters"][0]["services"][1]
    assert dump_plan_text(load_plan_text(text)) == text

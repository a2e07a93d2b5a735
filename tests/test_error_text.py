"""Load and edit errors in plain words, in the user's language: pydantic writes English only."""

from __future__ import annotations

import copy
import json

import pytest

from aksarc_gui import i18n
from aksarc_gui.domain import PlanLoadError, load_plan_text
from aksarc_gui.domain.error_text import validation_message

# pydantic's own phrasing: none of it may reach a user in Chinese
PYDANTIC_ENGLISH = ("Input should", "List should", "Field required", "Extra inputs", "valid integer",
                    "is not an IPv4", "instances x")


@pytest.fixture
def chinese():
    i18n.use_language("zh_CN")
    yield
    i18n.use_language("en")


def load_error(data: dict) -> str:
    with pytest.raises(PlanLoadError) as info:
        load_plan_text(json.dumps(data), "bad.aksplan")
    return str(info.value)


@pytest.mark.parametrize(("change", "english"), [
    (lambda d: d.__setitem__("name", 5), "name: expected text, got 5"),
    (lambda d: d["clusters"][0]["control_plane"].__setitem__("count", "3"),
     "clusters[0].control_plane.count: expected a whole number, got \"3\""),
    (lambda d: d["logical_networks"][0].__setitem__("deployed", "yes"),
     "logical_networks[0].deployed: expected true or false, got \"yes\""),
    (lambda d: d.__setitem__("clusters", {}), "clusters: expected a list, got {}"),
    (lambda d: d["platform"].__setitem__("proxy", "x"), "platform.proxy: expected an object, got \"x\""),
    (lambda d: d["clusters"][0]["load_balancer"].__setitem__("advertise_mode", "OSPF"),
     'clusters[0].load_balancer.advertise_mode: expected one of "ARP", "BGP", "Both", got "OSPF"'),
    (lambda d: d["clusters"][0]["services"][0]["ports"].__setitem__(0, {"port": 0}),
     "clusters[0].services[0].ports[0].port: must be at least 1, got 0"),
    (lambda d: d["logical_networks"][0].__setitem__("vlan", 4095),
     "logical_networks[0].vlan: must be at most 4094, got 4095"),
    (lambda d: d["logical_networks"][0].__setitem__("dns_servers", ["10.220.32.16"] * 101),
     "logical_networks[0].dns_servers: 101 items; at most 100 are allowed"),
    (lambda d: d["clusters"][0]["control_plane"].__setitem__("ip", "10.220.32.256"),
     "clusters[0].control_plane.ip: '10.220.32.256' is not an IPv4 address"),
    (lambda d: d["logical_networks"][0]["ip_pool"].pop("start"),
     "logical_networks[0].ip_pool.start: required field is missing"),
])
def test_each_kind_of_error_in_english_and_chinese(jane_data, change, english):
    change(jane_data)
    assert load_error(copy.deepcopy(jane_data)) == "bad.aksplan: " + english
    i18n.use_language("zh_CN")
    try:
        chinese = load_error(jane_data)
    finally:
        i18n.use_language("en")
    path = english.split(": ", 1)[0]
    assert chinese.startswith(f"bad.aksplan: {path}: ") and chinese != "bad.aksplan: " + english
    assert not any(phrase in chinese for phrase in PYDANTIC_ENGLISH), chinese


def test_the_size_limits_read_in_chinese(jane_data, chinese):
    service = jane_data["clusters"][0]["services"][0]
    service["instances"] = 5001
    service["ports"] = [{"port": 443}, {"port": 80}]
    assert load_error(jane_data) == ("bad.aksplan: clusters[0].services[0]: 5001 个实例 × 2 个端口 = 10002 个（实例, "
                                     "端口）组合；一个服务最多可有 10000 个")


def test_every_type_confusion_of_every_field_reads_in_chinese(jane_data, chinese):
    """Each leaf of the sample, in turn, given a value of each wrong JSON type."""
    leaves: list[tuple[list, object]] = []

    def walk(node, path):
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else None
        if items is None:
            leaves.append((path, node))
            return
        for key, value in items:
            walk(value, [*path, key])

    walk(jane_data, [])
    checked = 0
    for path, value in leaves:
        if path[0] in ("format", "version"):
            continue  # checked before the model, with messages of their own
        for wrong in ("text", 7, 2.5, True, None, [], {}):
            if type(wrong) is type(value):
                continue
            data = copy.deepcopy(jane_data)
            target = data
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = wrong
            try:
                load_plan_text(json.dumps(data), "bad.aksplan")
            except PlanLoadError as exc:
                message = str(exc)
                assert not any(phrase in message for phrase in PYDANTIC_ENGLISH), message
                checked += 1
    assert checked > 200


def test_an_unknown_kind_keeps_pydantics_words():
    err = {"type": "uuid_parsing", "msg": "Input should be a valid UUID", "input": "x", "loc": ("a",)}
    assert validation_message(err) == 'Input should be a valid UUID, got "x"'
    odd = {"type": "ipv4", "msg": "pydantic's words", "input": 1, "ctx": {"kind": "address"}}  # no value
    assert validation_message(odd) == "pydantic's words"

"""Hostile plan files through every door: load, check, each export and the window's Open.

The files are generated from the sample plans with a fixed seed (reproducible,
named by mutation and number): truncation, random bytes, type swaps, huge
numbers, deep nesting, bidi controls, lone surrogates, duplicate keys,
non-ASCII digits and values at and past the model's limits.  Whatever the
file, nothing may raise: the commands exit 0, 1 or 2 (3 would be an internal
error, i.e. a traceback caught at the top), and the window either shows the plan
or one error message.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aksarc_gui.cli import main
from aksarc_gui.domain import PlanLoadError, load_plan, load_plan_text
from tests.conftest import ROOT

SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.aksplan"))
SEED = 20261204
PER_MUTATION = 4  # cases per mutation and sample: keeps the whole file near 15 s on a busy machine

BIDI = ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\u061c"]
ODD_DIGITS = ["\u0662", "\u00b2", "\uff11", "\u0967", "\U0001D7D9"]


def _slots(data: Any, out: list[tuple[Any, Any]] | None = None) -> list[tuple[Any, Any]]:
    """Every (container, key) in the document, to pick a place to mutate."""
    out = [] if out is None else out
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else []
    for key, value in items:
        out.append((data, key))
        _slots(value, out)
    return out


def _strings(data: Any) -> list[tuple[Any, Any]]:
    return [(c, k) for c, k in _slots(data) if isinstance(c[k], str)]


# Fields whose text is an address, a network or one of a few fixed words: a mutation there
# makes the file fail to load; elsewhere (names, sizes, notes) the plan loads and the odd
# text reaches the rules, the workbook and the scripts.
STRICT_KEYS = {"format", "start", "end", "gateway", "address_prefix", "ip", "pod_cidr", "protocol", "os_type", "kind",
               "advertise_mode", "ip_allocation_method", "logical_network", "dns_servers", "host_ips", "addresses"}


def _free_text(data: Any) -> list[tuple[Any, Any]]:
    """Strings that load whatever they hold (names, VM sizes, notes, the release ...)."""
    out = []

    def walk(value: Any, key: Any) -> None:
        if key in STRICT_KEYS:
            return
        items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
        for k, v in items:
            if isinstance(v, str) and k not in STRICT_KEYS:
                out.append((value, k))
            else:
                walk(v, k)

    walk(data, None)
    return out


def _numbers(data: Any) -> list[tuple[Any, Any]]:
    return [(c, k) for c, k in _slots(data) if isinstance(c[k], int) and not isinstance(c[k], bool)]


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def truncate(rng: random.Random, text: bytes, data: Any) -> bytes:
    return text[: rng.randrange(len(text))]


def random_bytes(rng: random.Random, text: bytes, data: Any) -> bytes:
    out = bytearray(text)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(out))
        if rng.random() < 0.5:
            out[at] = rng.randrange(256)
        else:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
    return bytes(out)


def type_swap(rng: random.Random, text: bytes, data: Any) -> bytes:
    swaps = [None, True, 0, -1, 1.5, "", "x", [], {}, [1, "a"], {"a": 1}, "10.0.0.1", 2 ** 31]
    for _ in range(rng.randint(1, 4)):
        container, key = rng.choice(_slots(data))
        container[key] = rng.choice(swaps)
    return _dump(data)


def huge_number(rng: random.Random, text: bytes, data: Any) -> bytes:
    numbers = _numbers(data)
    container, key = rng.choice(numbers)
    choice = rng.randrange(4)
    if choice == 3:  # past Python's digit limit: only the text can hold it
        container[key] = "@HUGE@"
        return _dump(data).replace(b'"@HUGE@"', b"9" * rng.choice([4301, 5000, 20000]))
    container[key] = [10 ** rng.randint(3, 40), -(10 ** rng.randint(3, 40)), 1e308][choice]
    return _dump(data)


def deep_nesting(rng: random.Random, text: bytes, data: Any) -> bytes:
    container, key = rng.choice(_slots(data))
    container[key] = "@DEEP@"
    depth = rng.choice([64, 900, 3000, 100000])
    opener, closer = (b"[", b"]") if rng.random() < 0.5 else (b'{"a":', b"}")
    return _dump(data).replace(b'"@DEEP@"', opener * depth + b"1" + closer * depth)


def bidi(rng: random.Random, text: bytes, data: Any) -> bytes:
    pool = _strings(data) if rng.random() < 0.3 else _free_text(data)
    for container, key in rng.sample(pool, k=min(6, len(pool))):
        value = container[key]
        at = rng.randint(0, len(value))
        container[key] = value[:at] + rng.choice(BIDI) + value[at:] + rng.choice(BIDI)
    return _dump(data)


def surrogate(rng: random.Random, text: bytes, data: Any) -> bytes:
    container, key = rng.choice(_strings(data))
    container[key] = container[key] + "@SUR@"
    escape = rng.choice([rb"\ud800", rb"\udfff", rb"\udc00\ud800", rb"\ud83d"])
    return _dump(data).replace(b"@SUR@", escape)


def duplicate_key(rng: random.Random, text: bytes, data: Any) -> bytes:
    objects = [c[k] for c, k in _slots(data) if isinstance(c[k], dict) and c[k]] + [data]
    target = rng.choice(objects)
    name = rng.choice(list(target))
    target["@DUP@"] = "copy"
    return _dump(data).replace(b'"@DUP@"', json.dumps(name).encode())


def odd_digits(rng: random.Random, text: bytes, data: Any) -> bytes:
    pool = _strings(data) if rng.random() < 0.5 else _free_text(data)
    candidates = [(c, k) for c, k in pool if any(ch.isdigit() for ch in c[k])]
    if not candidates:
        data.setdefault("platform", {})["release"] = "24\u00b25"
        return _dump(data)
    for container, key in rng.sample(candidates, k=min(3, len(candidates))):
        value = container[key]
        spots = [i for i, ch in enumerate(value) if ch.isdigit()]
        at = rng.choice(spots)
        container[key] = value[:at] + rng.choice(ODD_DIGITS) + value[at + 1:]
    return _dump(data)


def limits(rng: random.Random, text: bytes, data: Any) -> bytes:
    """Counts and lists at the model's bounds (they load; the rules report what Microsoft forbids),
    or past them (they do not)."""
    past = rng.random() < 0.3
    clusters = data.get("clusters") or []
    for cluster in clusters:
        for pool in cluster.get("node_pools", []):
            pool["count"] = rng.choice([1000, 10 ** 9] if past else [0, 64, 200, 999])
        cluster.get("control_plane", {})["count"] = rng.choice([100] if past else [0, 2, 5, 99])
        for service in cluster.get("services", []):
            service["instances"] = rng.choice([10000] if past else [1, 50, 999])
            service["ports"] = [{"port": p, "protocol": "TCP"} for p in range(1, rng.choice([1001] if past else [1, 2, 4]))]
    if clusters and rng.random() < 0.5:
        count = 1001 if past else 33
        data["clusters"] = [{**clusters[0], "name": f"c{i}"} for i in range(count)]
    return _dump(data)


ODD_NAMES = ["\u751f\u4ea7\u96c6\u7fa4", "a'b\"c`d$(rm -rf ~)${x}", "line\nbreak\r\ttab", "nul\u0000byte",
             "=cmd|' /C calc'!A0", "@SUM(1+1)", "-rf", "\U0001F680" * 40, "x" * 5000, "\ufeffbom", "\u00a0\u3000 ",
             "%PATH%", "C:\\Windows\\", "<script>", "\u0301\u0301\u0301", ""]


def odd_names(rng: random.Random, text: bytes, data: Any) -> bytes:
    """Names and other free text that a shell, PowerShell, Excel or a console could trip over."""
    pool = _free_text(data)
    for container, key in rng.sample(pool, k=min(rng.randint(1, 8), len(pool))):
        container[key] = rng.choice(ODD_NAMES)
    return _dump(data)


def wide_ranges(rng: random.Random, text: bytes, data: Any) -> bytes:
    """Networks, pools, reservations and load balancer ranges as wide as IPv4 (2**32 addresses):
    they load, and no count may overflow a C int in a widget."""
    whole = {"start": "0.0.0.0", "end": "255.255.255.255"}
    for net in data.get("logical_networks", []):
        net["address_prefix"] = rng.choice(["0.0.0.0/0", "0.0.0.0/1", "10.0.0.0/8", "255.255.255.255/32"])
        net["ip_pool"] = rng.choice([dict(whole), {"start": "255.255.255.255", "end": "0.0.0.0"}, None])
    if rng.random() < 0.5:
        data["reservations"] = [{"name": "everything", **whole}]
    for cluster in data.get("clusters", []):
        if cluster.get("load_balancer"):
            cluster["load_balancer"]["addresses"] = [rng.choice(["0.0.0.0/0", "0.0.0.0-255.255.255.255", "1.0.0.0/1"])]
    return _dump(data)


MUTATIONS: dict[str, Callable[[random.Random, bytes, Any], bytes]] = {
    f.__name__: f for f in (truncate, random_bytes, type_swap, huge_number, deep_nesting, bidi, surrogate,
                            duplicate_key, odd_digits, limits, odd_names, wide_ranges)
}


def hostile_files(folder: Path) -> Iterator[Path]:
    for sample in SAMPLES:
        original = sample.read_bytes()
        for name, mutate in MUTATIONS.items():
            rng = random.Random(f"{SEED}-{sample.name}-{name}")
            for n in range(PER_MUTATION):
                path = folder / f"{sample.stem}-{name}-{n}.aksplan"
                path.write_bytes(mutate(rng, original, json.loads(original)))
                yield path


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return list(hostile_files(tmp_path_factory.mktemp("hostile")))


def test_the_generator_makes_every_kind_of_file(files):
    assert len(files) == len(SAMPLES) * len(MUTATIONS) * PER_MUTATION
    loaded = 0
    for path in files:
        try:
            load_plan(path)
            loaded += 1
        except PlanLoadError as exc:
            assert "\n" not in str(exc) and str(exc).startswith(str(path))
    assert 0 < loaded < len(files)  # some still load (and go through the rules), most do not


JANE = SAMPLES[0].read_text(encoding="utf-8") if SAMPLES else "{}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(min_value=0, max_value=len(JANE)), junk=st.text(max_size=12),
       keep=st.integers(min_value=0, max_value=len(JANE)))
def test_loading_spliced_text_raises_only_plan_load_errors(cut, junk, keep):
    """Any text between a prefix and a suffix of the sample: a plan or one PlanLoadError line."""
    text = JANE[:cut] + junk + JANE[max(cut, keep):]
    try:
        load_plan_text(text, "x.aksplan")
    except PlanLoadError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("x.aksplan")


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    code = main(argv)
    err = capsys.readouterr().err
    return code, err


def test_check_and_every_export_never_crash(files, tmp_path, capsys):
    outcomes: dict[str, set[int]] = {}
    workbooks: dict[str, int] = {}  # the workbook costs 0.3 s and more: one per sample and mutation
    for path in files:
        codes = []
        for fmt in ("text", "json"):
            code, err = _run(capsys, ["check", str(path), "--format", fmt])
            assert code in (0, 1, 2), f"{path.name}: check --format {fmt} exited {code}: {err}"
            assert "Traceback" not in err
            codes.append(code)
        loads = codes[0] != 2
        group = path.stem.rsplit("-", 1)[0]
        kinds: tuple[str, ...] = ("bash",)  # a file that does not load stops at once
        if loads:
            workbooks[group] = workbooks.get(group, 0) + 1
            kinds = ("bash", "powershell", "xlsx") if workbooks[group] == 1 else ("bash", "powershell")
        for kind in kinds:
            out = tmp_path / f"{path.stem}.{kind}"
            code, err = _run(capsys, ["export", str(path), "--to", kind, "-o", str(out)])
            assert code in (0, 2), f"{path.name}: export --to {kind} exited {code}: {err}"
            assert (code == 0) == loads and out.exists() == loads
            assert "Traceback" not in err
        if loads:
            code, err = _run(capsys, ["allocate", str(path), "-o", str(tmp_path / "alloc.aksplan")])
            assert code in (0, 1, 2), f"{path.name}: allocate exited {code}: {err}"
        outcomes.setdefault(path.stem.split("-")[1], set()).add(codes[0])
    assert 2 in outcomes["truncate"] and 2 in outcomes["surrogate"] and 2 in outcomes["duplicate_key"]


def test_the_window_opens_every_hostile_file(qtbot, window, dialogs, files):
    for path in files:
        before = len(dialogs.errors)
        try:
            load_plan(path)
            loads = True
        except PlanLoadError:
            loads = False
        opened = window.open_plan(str(path))
        assert opened == loads, path.name
        if loads:
            assert window.doc.path == str(path)
            assert len(dialogs.errors) == before
            for row in range(min(2, len(window.doc.plan.logical_networks))):
                window.select_path(f"logical_networks[{row}]")  # its map, its editor
        else:
            assert len(dialogs.errors) == before + 1
            title, text = dialogs.errors[-1]
            assert title == "The plan does not load" and "\n" not in text
        qtbot.wait(0)  # let queued repaints of the new plan run: a widget that overflows raises here


from test_ui_fixtures import dialogs, settings, window  # noqa: E402, F401 - fixtures

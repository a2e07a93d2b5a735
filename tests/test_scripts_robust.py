"""Scripts that never stop half-way for the wrong reason, and that can run again after a failure."""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from aksarc_gui.cli import main as cli_main
from aksarc_gui.domain import load_plan_text
from aksarc_gui.export.commands import render_script, steps
from aksarc_gui.export.render import renderer_for
from aksarc_gui.export.script_model import SWITCHES, Command, Option, Step
from aksarc_gui.export.visible import visible
from aksarc_gui.export.workbook import workbook_bytes
from tests.export_plans import full_featured, load
from tests.test_export_bash import shellcheck
from tests.test_properties import random_plans

FAKE_AZ = Path(__file__).with_name("fake_az.py")
FEW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- running a bash script against the fake az -----------------------------------------------------

class FakeAzure:
    """A directory with ``az`` on PATH that keeps its state between runs of a script."""

    def __init__(self, tmp_path: Path):
        self.bin = tmp_path / "bin"
        self.bin.mkdir()
        self.home = tmp_path / "home"
        self.home.mkdir()
        self.state = tmp_path / "azure.json"
        az = self.bin / "az"
        az.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FAKE_AZ}" "$@"\n')
        az.chmod(0o755)

    def run(self, script_path: Path, **knobs: str) -> subprocess.CompletedProcess[str]:
        env = {"PATH": f"{self.bin}{os.pathsep}{os.environ['PATH']}", "HOME": str(self.home), "LANG": "C.UTF-8",
               "FAKE_AZ_STATE": str(self.state), **knobs}
        return subprocess.run(["bash", str(script_path)], env=env, capture_output=True, text=True, timeout=120)

    def calls(self) -> list[list[str]]:
        return json.loads(self.state.read_text(encoding="utf-8"))["calls"]

    def resources(self) -> list[str]:
        return json.loads(self.state.read_text(encoding="utf-8"))["resources"]

    def forget_calls(self) -> None:
        data = json.loads(self.state.read_text(encoding="utf-8"))
        data["calls"] = []
        self.state.write_text(json.dumps(data), encoding="utf-8")


def creates(calls: list[list[str]]) -> list[str]:
    """The names of the resources each create call was for, in order."""
    out = []
    for call in calls:
        words = []
        for word in call:
            if word.startswith("-"):
                break
            words.append(word)
        if words and words[-1] in ("create", "add") and words[0] != "extension":
            for flag in ("--name", "--load-balancer-name"):
                if flag in call:
                    out.append(call[call.index(flag) + 1])
                    break
    return out


@pytest.fixture
def deploy(jane_data, tmp_path) -> Path:
    """The bash script of the full-featured sample (node pools, BGP load balancer, external LB)."""
    path = tmp_path / "deploy.sh"
    path.write_text(render_script(load(full_featured(jane_data)), "bash"), encoding="utf-8")
    return path


def test_a_rerun_after_a_partial_failure_completes_and_skips_what_exists(deploy, tmp_path):
    azure = FakeAzure(tmp_path)
    first = azure.run(deploy, FAKE_AZ_FAIL_CREATE="cluster-b")
    assert first.returncode == 1, first.stderr
    assert "creating 'cluster-b' failed" in first.stderr
    # cluster-a's first extra node pool comes after cluster-a and before cluster-b: all made
    assert creates(azure.calls()) == ["aks-lnet-01", "cluster-a", "win1", "linux2", "cluster-b"]
    made_first = len(azure.resources())
    assert made_first == 4

    azure.forget_calls()
    second = azure.run(deploy)
    assert second.returncode == 0, second.stderr
    for skipped in ("Logical network aks-lnet-01 exists already", "Cluster cluster-a exists already",
                    "Node pool win1 of cluster cluster-a exists already",
                    "Node pool linux2 of cluster cluster-a exists already"):
        assert skipped in second.stdout
    assert creates(azure.calls()) == ["cluster-b", "arcnetworking", "lb-cluster-a"]
    assert len(azure.resources()) == made_first + 3

    azure.forget_calls()
    third = azure.run(deploy)
    assert third.returncode == 0, third.stderr
    assert creates(azure.calls()) == []  # everything exists: nothing is created twice
    assert third.stdout.count("exists already") == 7


def test_a_failing_show_stops_the_script_before_any_create(deploy, tmp_path):
    azure = FakeAzure(tmp_path)
    result = azure.run(deploy, FAKE_AZ_SHOW_EXIT="1")
    assert result.returncode == 1
    assert "AuthorizationFailed" in result.stderr and "az show failed" in result.stderr
    assert creates(azure.calls()) == []
    assert [c for c in azure.calls() if "show" in c][0][:4] == ["stack-hci-vm", "network", "lnet", "show"]


def test_ssh_key_value_replaces_generate_ssh_keys(deploy, tmp_path):
    azure = FakeAzure(tmp_path)
    key = "ssh-rsa AAAAB3Nza user@host"
    assert azure.run(deploy, SSH_KEY_VALUE=key).returncode == 0
    clusters = [c for c in azure.calls() if c[:2] == ["aksarc", "create"]]
    assert len(clusters) == 2
    for call in clusters:
        assert call[-2:] == ["--ssh-key-value", key] and "--generate-ssh-keys" not in call

    other = FakeAzure(tmp_path / "other") if (tmp_path / "other").mkdir() is None else None
    assert other.run(deploy).returncode == 0
    clusters = [c for c in other.calls() if c[:2] == ["aksarc", "create"]]
    assert all(c[-1] == "--generate-ssh-keys" and "--ssh-key-value" not in c for c in clusters)


def test_the_ssh_key_variable_is_at_the_top_and_says_where_keys_go(jane):
    for dialect, assign in (("bash", 'SSH_KEY_VALUE="${SSH_KEY_VALUE:-}"'), ("powershell", "$SshKeyValue = $env:SSH_KEY_VALUE")):
        script = render_script(jane, dialect)
        lines = script.splitlines()
        at = lines.index(assign)
        assert at < next(i for i, line in enumerate(lines) if "lnet show" in line)
        assert "~/.ssh" in lines[at - 1] and "--generate-ssh-keys" in lines[at - 1]
    ps = render_script(jane, "powershell")
    assert "if ($SshKeyValue) { $SshKeyArgs = @('--ssh-key-value', \"`\"$SshKeyValue`\"\") }" in ps
    assert re.search(r"--load-balancer-count 0 `\n\s+\$SshKeyArgs\n", ps)


# -- provider registration ---------------------------------------------------------------------------

def test_provider_registration_waits_before_the_extension(deploy, tmp_path):
    azure = FakeAzure(tmp_path)
    assert azure.run(deploy).returncode == 0
    calls = azure.calls()
    register = next(i for i, c in enumerate(calls) if c[:2] == ["provider", "register"])
    assert "--wait" in calls[register]
    extension = next(i for i, c in enumerate(calls) if c[:2] == ["k8s-extension", "show"])
    assert register < extension
    assert "--wait" in render_script(load(full_featured({**_jane()})), "powershell")


def _jane() -> dict:
    from aksarc_gui.assets import sample_plan_path

    return json.loads(sample_plan_path().read_text(encoding="utf-8"))


# -- load balancer addresses -------------------------------------------------------------------------

def test_a_single_load_balancer_address_is_written_as_a_32(jane_data):
    jane_data["clusters"][0]["load_balancer"]["addresses"] = ["10.220.32.50", "10.220.32.51-10.220.32.52",
                                                              "10.220.32.56/30"]
    plan = load(jane_data)
    (lb,) = [c for s in steps(plan) for c in s.commands
             if isinstance(c, Command) and c.words[1:4] == ("k8s-runtime", "load-balancer", "create")]
    addresses = next(o.values for o in lb.options if o.flag == "--addresses")
    assert addresses == ("10.220.32.50/32", "10.220.32.51-10.220.32.52", "10.220.32.56/30")
    for dialect in ("bash", "powershell"):
        assert "--addresses 10.220.32.50/32 10.220.32.51-10.220.32.52 10.220.32.56/30" in render_script(plan, dialect)


def _no_addresses(jane_data) -> dict:
    jane_data["clusters"][0]["load_balancer"]["addresses"] = []
    jane_data["clusters"][0]["services"] = []  # nothing needs addresses: LB-9 (not LB-4) says it
    return jane_data


def test_a_metallb_without_addresses_is_a_commented_block_that_says_why(jane_data, tmp_path):
    plan = load(_no_addresses(jane_data))
    for dialect in ("bash", "powershell"):
        script = render_script(plan, dialect)
        assert "k8s-runtime load-balancer create" not in code_lines(script)
        note = next(line for line in script.splitlines() if "NOT GENERATED: az k8s-runtime load-balancer create" in line)
        assert note.startswith("# ") and "lb-cluster-a" in note and "LB-9" in note and "no addresses" in note
        assert not dangling_flags(script, dialect)
    path = tmp_path / "plan.aksplan"
    path.write_text(json.dumps(_no_addresses(_jane())), encoding="utf-8")
    assert cli_main(["check", str(path), "--format", "json"]) == 1


def test_check_reports_the_load_balancer_without_addresses(tmp_path, capsys):
    path = tmp_path / "plan.aksplan"
    path.write_text(json.dumps(_no_addresses(_jane())), encoding="utf-8")
    cli_main(["check", str(path), "--format", "json"])
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert ("LB-9", "error", "clusters[0].load_balancer.addresses") in [
        (p["rule"], p["severity"], p["path"]) for p in problems]


def test_any_flag_without_its_value_turns_the_command_into_a_comment(jane):
    step = Step("t", [Command(("az", "k8s-runtime", "load-balancer", "create"),
                              (Option("--load-balancer-name", ("lb",)), Option("--addresses"),
                               Option("--advertise-mode", ("ARP",))))])
    for dialect in ("bash", "powershell"):
        text = renderer_for(dialect, jane).render_step(step)
        assert "# NOT GENERATED: az k8s-runtime load-balancer create: --addresses has no value" in text
        assert not code_lines(text).strip()


# -- no flag ever without its value: every plan, both dialects ------------------------------------

def code_lines(script: str) -> str:
    return "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("#"))


def logical_commands(script: str, dialect: str) -> list[str]:
    """Each az call on one line (continuations joined; guards and captures unwrapped)."""
    cont = "\\" if dialect == "bash" else "`"
    out, current = [], ""
    for raw in script.splitlines():
        line = raw.strip()
        if not current and line.startswith("#"):
            continue
        line = re.sub(r"^if az_exists |^if \(Test-AzResource \{ |^\$\w+ = |^\w+=\"\$\(", "", line)
        line = re.sub(r"(; then| \}\) \{|\)\"$)$", "", line)
        if line.endswith(cont):
            current += line[:-1] + " "
            continue
        current += line
        if current.startswith("az "):
            out.append(current)
        current = ""
    return out


def ps_tokens(line: str) -> list[str]:
    """PowerShell argument tokens: quoted strings and ( ... ) expressions stay whole."""
    tokens, current, depth, quote = [], "", 0, ""
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            current += ch
            if ch == "`" and quote == '"' and i + 1 < len(line):
                current += line[i + 1]
                i += 1
            elif ch in "'\u2018\u2019\u201a\u201b" and quote == "'":
                if i + 1 < len(line) and line[i + 1] in "'\u2018\u2019\u201a\u201b":
                    current += line[i + 1]
                    i += 1
                else:
                    quote = ""
            elif ch == '"' and quote == '"':
                quote = ""
        elif ch in "'\u2018\u2019\u201a\u201b" or ch == '"':
            quote = "'" if ch != '"' else '"'
            current += ch
        elif ch == "(":
            depth += 1
            current += ch
        elif ch == ")":
            depth -= 1
            current += ch
        elif ch.isspace() and depth == 0:
            if current:
                tokens.append(current)
            current = ""
        else:
            current += ch
        i += 1
    if current:
        tokens.append(current)
    return tokens


def dangling_flags(script: str, dialect: str) -> list[str]:
    """Flags followed by another flag or by the end of their command (switches excepted)."""
    bad = []
    for command in logical_commands(script, dialect):
        tokens = shlex.split(command) if dialect == "bash" else ps_tokens(command)
        for i, token in enumerate(tokens):
            if re.fullmatch(r"--[a-z][a-z0-9-]*", token) and token not in SWITCHES:
                following = tokens[i + 1] if i + 1 < len(tokens) else None
                if following is None or re.fullmatch(r"--[a-z][a-z0-9-]*", following):
                    bad.append(f"{token} in: {command}")
    return bad


def test_the_flag_checker_catches_a_dangling_flag():
    script = "az k8s-runtime load-balancer create \\\n  --addresses \\\n  --advertise-mode ARP\n"
    assert dangling_flags(script, "bash") == [
        "--addresses in: az k8s-runtime load-balancer create  --addresses  --advertise-mode ARP"]
    assert dangling_flags("az x create --name a --addresses\n", "powershell")
    assert not dangling_flags("az x create --name ('a' + \"b c\") --upgrade\n", "powershell")


# Random plans, with a MetalLB load balancer that often has no addresses at all.
empty_lb = st.fixed_dictionaries({"kind": st.just("metallb"), "name": st.sampled_from(["", "lb-x"]),
                                  "advertise_mode": st.sampled_from(["ARP", "BGP"]), "addresses": st.just([])})


@st.composite
def plans_with_empty_balancers(draw) -> dict:
    data = draw(random_plans)
    for cluster in data.get("clusters", []):
        if draw(st.booleans()):
            cluster["load_balancer"] = draw(empty_lb)
    return data


@FEW
@given(plans_with_empty_balancers())
def test_no_flag_is_ever_written_without_its_value(data):
    plan = load_plan_text(json.dumps(data))
    for dialect in ("bash", "powershell"):
        script = render_script(plan, dialect)
        assert not dangling_flags(script, dialect)
        assert logical_commands(script, dialect)  # the parser found the calls


def test_the_full_sample_has_no_dangling_flag_and_every_call_is_parsed(jane_data):
    plan = load(full_featured(jane_data))
    for dialect in ("bash", "powershell"):
        commands = logical_commands(render_script(plan, dialect), dialect)
        # 6 extensions; show + create for the lnet, 2 clusters and 2 pools; provider, object id; the extension
        # and the load balancer with their shows
        assert len(commands) == 6 + 2 * (1 + 2 + 2) + 2 + 2 * 2
        assert not dangling_flags(render_script(plan, dialect), dialect)


# -- syntax and lint of the new shapes ------------------------------------------------------------

@pytest.mark.parametrize("variant", ["no-addresses", "hidden-characters"])
def test_bash_syntax_and_shellcheck_of_guarded_scripts(jane_data, tmp_path, variant):
    data = _no_addresses(jane_data) if variant == "no-addresses" else _hidden(jane_data)
    path = tmp_path / "deploy.sh"
    path.write_text(render_script(load(data), "bash"), encoding="utf-8")
    syntax = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert syntax.returncode == 0, syntax.stderr
    tool = shellcheck()
    if tool is None:
        pytest.skip("shellcheck is not installed")
    lint = subprocess.run([tool, "--shell=bash", "--severity=style", str(path)], capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout


# -- PowerShell --------------------------------------------------------------------------------------

def test_powershell_refuses_non_windows_and_pins_legacy_argument_passing(jane):
    lines = render_script(jane, "powershell").splitlines()
    code = [i for i, line in enumerate(lines) if line and not line.startswith("#")]
    first_az = next(i for i in code if "az " in lines[i] and not lines[i].startswith(("if ([System", "function")))
    guard = code[0]
    assert lines[guard].startswith(
        "if ([System.Environment]::OSVersion.Platform -ne [System.PlatformID]::Win32NT) { throw '")
    assert "PowerShell on Windows" in lines[guard] and "bash script" in lines[guard]
    assert lines[code[1]] == "$PSNativeCommandArgumentPassing = 'Legacy'"
    assert code[1] < first_az
    # the guard's show: 3 means not found; anything else but success throws
    text = "\n".join(lines)
    assert "if ($LASTEXITCODE -eq 3) { return $false }" in text
    assert "if (Test-AzResource { az stack-hci-vm network lnet show `" in text


def test_a_copied_step_carries_its_guard_function(jane):
    from aksarc_gui.export.commands import render_steps

    for dialect, name in (("bash", "az_exists() {"), ("powershell", "function Test-AzResource")):
        texts = {step.title: text for step, text in render_steps(jane, dialect)}
        assert name in texts["Logical network aks-lnet-01"]
        assert name not in texts["Azure CLI extensions"]


# -- hidden characters: visible in comments and cells, exact in arguments ------------------------

RLO, ZWSP = "\u202e", "\u200b"


def _hidden(jane_data) -> dict:
    jane_data["name"] = f"plan {RLO}gnp.exe"
    jane_data["clusters"][1]["name"] = f"clu{ZWSP}ster-b{RLO}x"
    jane_data["azure"]["resource_group"] = f"rg{RLO}-hci"
    return jane_data


def test_comments_show_hidden_characters_escaped_and_arguments_stay_exact(jane_data, tmp_path):
    plan = load(_hidden(jane_data))
    for dialect in ("bash", "powershell"):
        script = render_script(plan, dialect)
        comments = [line for line in script.splitlines() if line.lstrip().startswith("#")]
        assert not [c for c in comments if RLO in c or ZWSP in c]
        assert f"# AKS Arc commands for the plan plan \\u202egnp.exe" in script
        assert "clu\\u200bster-b\\u202ex" in "\n".join(comments)
        # a note before the command (or the assignment) tells a reviewer what the value holds
        assert any("do not show on screen" in c and "--name \u201cclu\\u200bster-b\\u202ex\u201d" in c
                   for c in comments)
        assert any("do not show on screen" in c and "RESOURCE_GROUP \u201crg\\u202e-hci\u201d" in c
                   for c in comments)
    azure = FakeAzure(tmp_path)
    path = tmp_path / "deploy.sh"
    path.write_text(render_script(plan, "bash"), encoding="utf-8")
    assert azure.run(path).returncode == 0
    assert f"clu{ZWSP}ster-b{RLO}x" in creates(azure.calls())


def test_workbook_cells_show_hidden_characters_escaped(jane_data):
    plan = load(_hidden(jane_data))
    wb = load_workbook(io.BytesIO(workbook_bytes(plan)))
    texts = [cell.value for ws in wb.worksheets for row in ws.iter_rows() for cell in row
             if isinstance(cell.value, str)]
    assert not [t for t in texts if RLO in t or ZWSP in t]
    assert "clu\\u200bster-b\\u202ex" in texts
    assert wb["Summary"]["B3"].value == "plan \\u202egnp.exe"


# -- the helper itself -------------------------------------------------------------------------------

def unescape(text: str) -> str:
    named = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}

    def one(m: re.Match[str]) -> str:
        body = m.group(1)
        if body[0] in named:
            return named[body[0]]
        return chr(int(body[1:], 16))

    return re.sub(r"\\(u[0-9a-f]{4}|U[0-9a-f]{8}|[nrt\\])", one, text)


@pytest.mark.parametrize("text, shown", [
    ("plain", "plain"),
    ("a\u202eb", "a\\u202eb"),
    ("tab\there", "tab\\there"),
    ("no\u00a0break", "no\\u00a0break"),
    ("tag\U000e0041", "tag\\U000e0041"),
    ("C:\\keys\\id.pub", "C:\\keys\\id.pub"),
    ("literal \\u202e", "literal \\\\u202e"),
    ("\u540d\u524d \U0001f680", "\u540d\u524d \U0001f680"),
])
def test_visible_escapes_only_what_does_not_show(text, shown):
    assert visible(text) == shown
    assert unescape(shown) == text


@FEW
@given(st.text())
def test_visible_is_one_line_free_of_hidden_characters_and_reversible(text):
    shown = visible(text)
    assert "\n" not in shown and "\u202e" not in shown and "\u200b" not in shown
    assert unescape(shown) == text
    cell = visible(text, keep_newlines=True)  # the workbook keeps line breaks
    assert unescape(cell) == text and cell.count("\n") == text.count("\n")

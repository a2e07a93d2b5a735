"""A step copied from the Commands panel, pasted into an interactive shell as a user does.

It must never close that shell, never hand az an empty variable, stop at its first failure,
and leave the variables later steps need in the shell.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aksarc_gui.export.commands import render_steps
from tests.export_plans import full_featured, load
from tests.test_export_bash import shellcheck
from tests.test_scripts_robust import FakeAzure, creates

ALIVE = "THE-SHELL-IS-STILL-OPEN"
OBJECT_ID = "99999999-8888-7777-6666-555555555555"


def paste(azure: FakeAzure, texts: list[str], **knobs: str) -> subprocess.CompletedProcess[str]:
    """Each text pasted in turn into one interactive bash, then one more command."""
    env = {"PATH": f"{azure.bin}{os.pathsep}{os.environ['PATH']}", "HOME": str(azure.home), "LANG": "C.UTF-8",
           "FAKE_AZ_STATE": str(azure.state), "FAKE_AZ_OBJECT_ID": OBJECT_ID, **knobs}
    stdin = "".join(texts) + f"echo {ALIVE}\n"
    return subprocess.run(["bash", "--norc", "--noprofile", "-i"], input=stdin, env=env, capture_output=True,
                          text=True, timeout=120)


def calls(azure: FakeAzure) -> list[list[str]]:
    return azure.calls() if azure.state.exists() else []


@pytest.fixture
def pasted(jane_data) -> dict[str, str]:
    """Title -> bash text of every step of the full-featured sample (node pools, two load balancers)."""
    return {step.title: text for step, text in render_steps(load(full_featured(jane_data)), "bash")}


def test_steps_pasted_one_after_another_deploy_the_plan_and_keep_the_shell(pasted, tmp_path):
    azure = FakeAzure(tmp_path)
    result = paste(azure, list(pasted.values()))
    assert ALIVE in result.stdout, result.stderr
    assert creates(calls(azure)) == ["aks-lnet-01", "cluster-a", "win1", "linux2", "cluster-b", "arcnetworking",
                                     "lb-cluster-a"]
    extension = next(c for c in calls(azure) if c[:3] == ["k8s-extension", "create", "--subscription"])
    assert f"k8sRuntimeFpaObjectId={OBJECT_ID}" in extension  # captured by one paste, used by the next


def test_a_step_pasted_before_the_context_runs_no_az_and_says_which_step_to_paste(pasted, tmp_path):
    azure = FakeAzure(tmp_path)
    result = paste(azure, [pasted["Logical network aks-lnet-01"]])
    assert ALIVE in result.stdout
    assert 'SUBSCRIPTION_ID is empty: paste the step "Azure context" first' in result.stderr
    assert calls(azure) == []


def test_the_load_balancer_step_without_its_prerequisites_never_sends_an_empty_object_id(pasted, tmp_path):
    azure = FakeAzure(tmp_path)
    title = next(t for t in pasted if t.startswith("Load balancer lb-cluster-a"))
    result = paste(azure, [pasted["Azure context"], pasted["Cluster cluster-a"], pasted[title]])
    assert ALIVE in result.stdout
    assert 'K8S_RUNTIME_OBJECT_ID is empty: paste the step "Load balancer prerequisites" first' in result.stderr
    assert creates(calls(azure)) == ["cluster-a", "win1", "linux2"]  # its node pools come with it
    assert not any("k8sRuntimeFpaObjectId=" in word for call in calls(azure) for word in call)


def test_a_failing_show_ends_the_pasted_step_not_the_shell(pasted, tmp_path):
    azure = FakeAzure(tmp_path)
    result = paste(azure, [pasted["Azure context"], pasted["Logical network aks-lnet-01"]], FAKE_AZ_SHOW_EXIT="1")
    assert ALIVE in result.stdout  # the whole script would exit here; a pasted step must not
    assert "az show failed (not a missing resource)" in result.stderr
    assert creates(calls(azure)) == []


def test_a_failed_create_stops_the_rest_of_its_step(pasted, tmp_path):
    azure = FakeAzure(tmp_path)
    title = next(t for t in pasted if t.startswith("Load balancer lb-cluster-a"))
    texts = [pasted["Azure context"], pasted["Load balancer prerequisites"], pasted[title]]
    result = paste(azure, texts, FAKE_AZ_FAIL_CREATE="arcnetworking")
    assert ALIVE in result.stdout
    assert creates(calls(azure)) == ["arcnetworking"]  # the load balancer needs the extension: not tried


def test_the_context_step_with_a_value_to_fill_in_reports_it_and_keeps_the_shell(jane_data, tmp_path):
    jane_data["azure"]["subscription_id"] = ""
    texts = {step.title: text for step, text in render_steps(load(jane_data), "bash")}
    result = paste(FakeAzure(tmp_path), [texts["Azure context"]])
    assert ALIVE in result.stdout
    assert "SUBSCRIPTION_ID is empty" in result.stderr


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_a_step_pasted_into_zsh_runs_nothing_and_says_to_start_bash(pasted, tmp_path):
    """macOS's shell: it would run each "# comment" as a command and refuse the guard's variables."""
    azure = FakeAzure(tmp_path)
    env = {"PATH": f"{azure.bin}{os.pathsep}{os.environ['PATH']}", "HOME": str(azure.home), "LANG": "C.UTF-8",
           "FAKE_AZ_STATE": str(azure.state)}
    code = [text for title, text in pasted.items() if not title.startswith("Load balancer f5")]
    result = subprocess.run(["zsh", "-f", "-i"], input="".join(code) + f"echo {ALIVE}\n", env=env,
                            capture_output=True, text=True, timeout=120)
    assert ALIVE in result.stdout
    assert result.stderr.count("This step is for bash: start bash, then paste it again.") == len(code)
    assert "command not found" not in result.stderr
    assert calls(azure) == []


def test_pasted_bash_steps_pass_bash_n_and_shellcheck(pasted, tmp_path):
    tool = shellcheck()
    for index, (title, text) in enumerate(pasted.items()):
        path = tmp_path / f"step{index}.sh"
        # a pasted step reads the variables earlier pastes set (SC2154) or sets them for later ones
        # (SC2034): shellcheck sees one step alone
        path.write_text("#!/usr/bin/env bash\n# shellcheck disable=SC2154,SC2034\n" + text, encoding="utf-8")
        syntax = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
        assert syntax.returncode == 0, (title, syntax.stderr)
        if tool is not None:
            lint = subprocess.run([tool, "--shell=bash", str(path)], capture_output=True, text=True)
            assert lint.returncode == 0, (title, lint.stdout)


# -- PowerShell: checked by its text (no pwsh here) ----------------------------------------------

def test_pasted_powershell_steps_run_in_a_child_scope_with_the_scripts_settings(jane_data):
    texts = {step.title: text for step, text in render_steps(load(full_featured(jane_data)), "powershell")}
    context = texts["Azure context"]
    assert "& {" not in context  # its variables are for the steps after it: the user's scope
    assert "$SubscriptionId = '" in context
    for title, text in texts.items():
        if title == "Azure context":
            continue
        code = [line for line in text.splitlines() if not line.startswith("#")]
        if not code:
            continue  # a step of notes only (an external load balancer is set up by hand)
        assert code[0] == "& {" and code[-1] == "}", title
        body = "\n".join(code)
        assert body.count("{") == body.count("}"), title
        # the settings come before any az call, and end with the step
        first_az = next(i for i, line in enumerate(code) if re.match(r"\s*(if \(Test-AzResource \{ )?az ", line)
                        or "= az " in line)
        pin = code.index("  $PSNativeCommandArgumentPassing = 'Legacy'")
        assert pin < first_az, title
        assert "  $ErrorActionPreference = 'Stop'" in code[:first_az], title
        assert not re.search(r"^\s*exit\b", body, re.MULTILINE), title  # exit would close the console
    prerequisites = texts["Load balancer prerequisites"]
    assert "$global:K8sRuntimeObjectId = az ad sp list" in prerequisites
    title = next(t for t in texts if t.startswith("Load balancer lb-cluster-a"))
    check = ("if (-not $K8sRuntimeObjectId) { throw '$K8sRuntimeObjectId is empty: paste the step "
             "\"Load balancer prerequisites\" first, or set $K8sRuntimeObjectId in this shell.' }")
    lines = texts[title].splitlines()
    assert "  " + check in lines
    assert lines.index("  " + check) < next(i for i, line in enumerate(lines) if "k8s-extension" in line)


def test_the_whole_script_is_unchanged_by_the_pasted_form(jane_data):
    """The exported script keeps its own settings at the top: no subshells, no child scopes."""
    from aksarc_gui.export.commands import render_script

    plan = load(full_featured(jane_data))
    bash, powershell = render_script(plan, "bash"), render_script(plan, "powershell")
    assert "\n(\n" not in bash and "is empty: paste the step" not in bash
    assert "\n& {\n" not in powershell and "$global:" not in powershell


if sys.platform == "win32":  # pragma: no cover - bash and the fake az are POSIX tools
    pytestmark = pytest.mark.skip("POSIX shell tests")


# -- random plans: every pasted step is valid bash, balanced PowerShell, and never a dangling flag -----

from hypothesis import given  # noqa: E402

from aksarc_gui.domain import load_plan_text  # noqa: E402
from tests.test_scripts_robust import FEW, dangling_flags, logical_commands, plans_with_empty_balancers  # noqa: E402


@FEW
@given(plans_with_empty_balancers())
def test_pasted_steps_of_random_plans(data):
    import json

    plan = load_plan_text(json.dumps(data))
    bash = "\n".join(text for _, text in render_steps(plan, "bash"))
    syntax = subprocess.run(["bash", "-n"], input=bash, capture_output=True, text=True)
    assert syntax.returncode == 0, syntax.stderr
    assert not dangling_flags(bash, "bash")
    assert len(logical_commands(bash, "bash")) >= 6  # the checker sees the calls (the six extensions at least)
    for step, text in render_steps(plan, "powershell"):
        code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        assert code.count("{") == code.count("}"), step.title
        assert not dangling_flags(text, "powershell")
        assert not re.search(r"^\s*exit\b", code, re.MULTILINE)
    for step, text in render_steps(plan, "bash"):
        # a step that exits does so inside its subshell only
        lines = text.splitlines()
        exits = [i for i, line in enumerate(lines) if re.search(r"\bexit\b", line) and not line.lstrip().startswith("#")]
        if exits:
            assert "(" in lines and lines[-2:] == [")", "fi"], step.title


# -- Copy All: the whole script, pasted into a terminal ----------------------------------------------

def test_the_whole_script_pasted_stops_at_a_failure_and_keeps_the_shell(jane_data, tmp_path):
    from aksarc_gui.export.commands import render_pasted_script

    text = render_pasted_script(load(full_featured(jane_data)), "bash")
    azure = FakeAzure(tmp_path)
    result = paste(azure, [text], FAKE_AZ_FAIL_CREATE="cluster-b")
    assert ALIVE in result.stdout  # set -e and the failed create ended the subshell, not the terminal
    assert creates(calls(azure)) == ["aks-lnet-01", "cluster-a", "win1", "linux2", "cluster-b"]
    again = paste(azure, [text, "set -o | grep -E '^(errexit|nounset)' \n"])
    assert ALIVE in again.stdout
    # the script's set -euo pipefail ended with its subshell: the terminal's options are as they were
    assert re.search(r"^errexit\s+off$", again.stdout, re.MULTILINE)
    assert re.search(r"^nounset\s+off$", again.stdout, re.MULTILINE)
    assert creates(calls(azure))[-2:] == ["arcnetworking", "lb-cluster-a"]


def test_the_whole_script_pasted_into_zsh_runs_nothing(jane_data, tmp_path):
    from aksarc_gui.export.commands import render_pasted_script

    if shutil.which("zsh") is None:
        pytest.skip("zsh is not installed")
    azure = FakeAzure(tmp_path)
    env = {"PATH": f"{azure.bin}{os.pathsep}{os.environ['PATH']}", "HOME": str(azure.home), "FAKE_AZ_STATE":
           str(azure.state)}
    text = render_pasted_script(load(jane_data), "bash")
    result = subprocess.run(["zsh", "-f", "-i"], input=text + f"echo {ALIVE}\n", env=env, capture_output=True,
                            text=True, timeout=120)
    assert ALIVE in result.stdout and "These commands are for bash" in result.stderr
    assert calls(azure) == []


def test_the_whole_powershell_script_pasted_runs_in_a_child_scope(jane_data):
    from aksarc_gui.export.commands import render_pasted_script, render_script

    plan = load(jane_data)
    text = render_pasted_script(plan, "powershell")
    assert text == "& {\n" + render_script(plan, "powershell") + "}\n"

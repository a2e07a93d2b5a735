"""The bash script: syntax, shellcheck, and every value reaching az byte for byte."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from aksarc_gui.export.commands import (
    OBJECT_ID,
    SSH_KEY_ARGS,
    SSH_KEY_VALUE,
    context_values,
    render_script,
    steps,
)
from aksarc_gui.export.script_model import Command, Join, Var
from tests.export_plans import full_featured, hostile, load

OBJECT_ID_VALUE = "11111111-2222-3333-4444-555555555555"

# Records each call's argv NUL-separated, one file per call; answers the object id lookup, and
# every show as az does for a resource that does not exist yet (exit code 3).
FAKE_AZ = f"""#!/bin/bash
n=$(cat "$AZ_LOG_DIR/count" 2>/dev/null || echo 0)
printf '%s\\0' "$@" > "$AZ_LOG_DIR/call-$(printf %04d "$n")"
echo $((n + 1)) > "$AZ_LOG_DIR/count"
if [ "$1" = ad ]; then echo {OBJECT_ID_VALUE}; fi
for word in "$@"; do
  case "$word" in
    --*) break ;;
    show) echo "ERROR: (ResourceNotFound) not found" >&2; exit 3 ;;
  esac
done
"""


def shellcheck() -> str | None:
    local = Path(sys.executable).parent / "shellcheck"
    return str(local) if local.exists() else shutil.which("shellcheck")


def run_with_fake_az(script: str, tmp_path: Path, env_extra: dict[str, str] | None = None) -> list[list[str]]:
    bin_dir, log_dir, work = tmp_path / "bin", tmp_path / "log", tmp_path / "work"
    for d in (bin_dir, log_dir, work):
        d.mkdir()
    az = bin_dir / "az"
    az.write_text(FAKE_AZ)
    az.chmod(az.stat().st_mode | stat.S_IEXEC)
    path = tmp_path / "deploy.sh"
    path.write_bytes(script.encode("utf-8"))
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "AZ_LOG_DIR": str(log_dir), "HOME": str(work),
           "LANG": "C.UTF-8", **(env_extra or {})}
    result = subprocess.run(["bash", str(path)], cwd=work, env=env, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    calls = []
    for file in sorted(log_dir.glob("call-*")):
        calls.append(file.read_bytes().decode("utf-8").split("\0")[:-1])
    return calls


def expected_calls(plan, env: dict[str, str]) -> list[list[str]]:
    values = {k: v or env[k] for k, v in context_values(plan).items()} | {OBJECT_ID: OBJECT_ID_VALUE}

    def resolve(v):
        if isinstance(v, Var):
            return values[v.name]
        if isinstance(v, Join):
            return "".join(resolve(p) for p in v.parts)
        return v

    def argv_of(command: Command) -> list[str]:
        argv = list(command.words[1:])
        for option in command.options:
            vals = [resolve(v) for v in option.values]
            if len(vals) == 1 and isinstance(option.values[0], str) and vals[0].startswith("-"):
                argv.append(f"{option.flag}={vals[0]}")  # the documented form for dash values
            else:
                argv += [option.flag, *vals]
        if command.arg_list == SSH_KEY_ARGS:
            key = env.get(SSH_KEY_VALUE, "")
            argv += ["--ssh-key-value", key] if key else ["--generate-ssh-keys"]
        return argv

    out = []
    for step in steps(plan):
        for line in step.commands:
            if not isinstance(line, Command):
                continue
            if line.guard is not None:
                out.append(argv_of(line.guard))  # the fake az answers "not found": the create follows
            out.append(argv_of(line))
    return out


def test_sample_script_runs_every_command_with_the_plan_values(jane, tmp_path):
    calls = run_with_fake_az(render_script(jane, "bash"), tmp_path)
    assert calls == expected_calls(jane, {})
    lnet = next(c for c in calls if c[:4] == ["stack-hci-vm", "network", "lnet", "create"])
    assert lnet[lnet.index("--dns-servers") + 1: lnet.index("--dns-servers") + 3] == ["10.220.32.16", "10.220.32.17"]
    create = next(c for c in calls if c[:2] == ["aksarc", "create"])
    assert create[create.index("--vnet-ids") + 1] == (
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hci/providers/"
        "Microsoft.AzureStackHCI/logicalNetworks/aks-lnet-01")


def test_hostile_names_arrive_exactly_and_nothing_runs(jane_data, tmp_path):
    plan = load(hostile(jane_data))
    env = {"LOCATION": "west europe 'quoted' $(touch PWNED_env)"}
    calls = run_with_fake_az(render_script(plan, "bash"), tmp_path, env)
    assert calls == expected_calls(plan, env)
    names = set()
    for call in (c for c in calls if c[:2] == ["aksarc", "create"]):
        glued = [a for a in call if a.startswith("--name=")]
        names.add(glued[0].removeprefix("--name=") if glued else call[call.index("--name") + 1])
    assert names == {p.name for p in plan.clusters}
    assert not list(tmp_path.rglob("PWNED*")), "a value from the plan was executed"


def test_empty_context_stops_before_any_az_call(jane_data, tmp_path):
    jane_data["azure"]["subscription_id"] = ""
    script = render_script(load(jane_data), "bash")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "az").write_text("#!/bin/sh\ntouch \"$0.called\"\n")
    (bin_dir / "az").chmod(0o755)
    (tmp_path / "s.sh").write_text(script)
    result = subprocess.run(["bash", str(tmp_path / "s.sh")], capture_output=True, text=True,
                            env={"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}, timeout=30)
    assert result.returncode == 1
    assert "SUBSCRIPTION_ID" in result.stderr
    # the extensions come first, then the context check stops the script
    assert (bin_dir / "az.called").exists() is True
    assert "FILL IN" in script


def test_a_failing_az_stops_the_script(jane, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "az").write_text("#!/bin/sh\necho \"$*\" >> \"$0.log\"\nexit 3\n")
    (bin_dir / "az").chmod(0o755)
    (tmp_path / "s.sh").write_text(render_script(jane, "bash"))
    result = subprocess.run(["bash", str(tmp_path / "s.sh")], capture_output=True, text=True,
                            env={"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}, timeout=30)
    assert result.returncode == 3
    assert (bin_dir / "az.log").read_text().splitlines() == ["extension add --name stack-hci-vm --upgrade"]


@pytest.mark.parametrize("variant", ["sample", "full", "hostile"])
def test_bash_syntax_and_shellcheck(jane_data, tmp_path, variant):
    data = {"sample": lambda d: d, "full": full_featured, "hostile": hostile}[variant](jane_data)
    path = tmp_path / "deploy.sh"
    path.write_text(render_script(load(data), "bash"), encoding="utf-8")
    syntax = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert syntax.returncode == 0, syntax.stderr
    tool = shellcheck()
    if tool is None:
        pytest.skip("shellcheck is not installed")
    # Hostile names draw "info" notes meant for hand-written code (SC2016: $ inside single
    # quotes does not expand -- exactly the point here), so that variant is held to warnings.
    severity = "warning" if variant == "hostile" else "style"
    lint = subprocess.run([tool, "--shell=bash", f"--severity={severity}", str(path)], capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout


def test_no_plan_text_escapes_a_comment_line(jane_data):
    script = render_script(load(hostile(jane_data)), "bash")
    for line in script.splitlines():
        # every line that mentions the payload is a comment or carries it inside quotes
        if "touch PWNED" in line and not line.lstrip().startswith("#"):
            assert "'" in line or '"' in line, line
    # the plan name (all hostile names joined by newlines) stays on the first comment line
    assert script.splitlines()[1].startswith("# AKS Arc commands for the plan it's")


def test_a_nul_character_is_refused_not_truncated(jane_data, tmp_path):
    jane_data["clusters"][1]["name"] = "cut\u0000here"
    script = render_script(load(jane_data), "bash")
    assert "# NOT GENERATED: az aksarc create: --name \u201ccut\\u0000here\u201d: a NUL character" in script
    assert "\x00" not in script
    calls = run_with_fake_az(script, tmp_path)
    assert [c[c.index("--name") + 1] for c in calls if c[:2] == ["aksarc", "create"]] == ["cluster-a"]

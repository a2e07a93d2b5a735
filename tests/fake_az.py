"""A stand-in for ``az`` that remembers what it created, for re-running generated scripts.

State lives in the JSON file named by FAKE_AZ_STATE: ``resources`` (keys of what
exists) and ``calls`` (every argv, in order).  It behaves as az does where the
scripts depend on it:

- ``... show``: exit 0 and a JSON object when the resource exists; exit 3 with
  ``(ResourceNotFound)`` on stderr when it does not (azure-cli README, "Exit codes").
- ``... create`` / ``nodepool add``: records the resource; exit 1 with ``(Conflict)``
  when it exists already (a script that re-creates blindly fails here).
- ``ad sp list``: prints FAKE_AZ_OBJECT_ID; everything else succeeds silently.

Knobs (environment):
- FAKE_AZ_FAIL_CREATE=NAME: the create of the resource named NAME fails (exit 1).
- FAKE_AZ_SHOW_EXIT=N: every show fails with exit code N and an AuthorizationFailed
  message, as when the sign-in expired or permissions are missing.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

CREATES = {"create", "add"}
# Flags that identify a resource, per command group.
IDENTITY = ("--resource-group", "--resource-uri", "--cluster-name", "--name", "--load-balancer-name")


def _flags(argv: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    words: list[str] = []
    flags: dict[str, list[str]] = {}
    current: list[str] | None = None
    for token in argv:
        if token.startswith("--"):
            flag, eq, value = token.partition("=")
            current = flags.setdefault(flag, [])
            if eq:
                current.append(value)
        elif current is None:
            words.append(token)
        else:
            current.append(token)
    return words, flags


def resource_key(words: list[str], flags: dict[str, list[str]]) -> str:
    group = " ".join(words[:-1])
    ident = [f"{f}={' '.join(flags[f])}" for f in IDENTITY if f in flags]
    return group + "|" + "|".join(ident)


def resource_name(flags: dict[str, list[str]]) -> str:
    for flag in ("--name", "--load-balancer-name"):
        if flags.get(flag):
            return flags[flag][0]
    return ""


def main(argv: list[str]) -> int:
    path = Path(os.environ["FAKE_AZ_STATE"])
    state = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"resources": [], "calls": []}
    state["calls"].append(argv)
    words, flags = _flags(argv)
    verb = words[-1] if words else ""
    code, out, err = 0, "", ""
    if words[:3] == ["ad", "sp", "list"]:
        out = os.environ.get("FAKE_AZ_OBJECT_ID", "11111111-2222-3333-4444-555555555555") + "\n"
    elif verb == "show":
        key = resource_key(words, flags)
        show_exit = int(os.environ.get("FAKE_AZ_SHOW_EXIT", "0"))
        if show_exit:
            code, err = show_exit, "ERROR: (AuthorizationFailed) The client does not have authorization.\n"
        elif key in state["resources"]:
            out = json.dumps({"name": resource_name(flags), "provisioningState": "Succeeded"}) + "\n"
        else:
            code, err = 3, f"ERROR: (ResourceNotFound) The Resource '{resource_name(flags)}' was not found.\n"
    elif verb in CREATES and words[0] not in ("extension",):
        key = resource_key(words[:-1] + ["show"], flags)
        name = resource_name(flags)
        if key in state["resources"]:
            code, err = 1, f"ERROR: (Conflict) '{name}' exists already.\n"
        elif name and name == os.environ.get("FAKE_AZ_FAIL_CREATE"):
            code, err = 1, f"ERROR: (InternalServerError) creating '{name}' failed.\n"
        else:
            state["resources"].append(key)
    path.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    sys.stdout.write(out)
    sys.stderr.write(err)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

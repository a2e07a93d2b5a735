"""PowerShell quoting, checked by rule (pwsh is not needed): each hostile value is parsed
the way PowerShell, then cmd.exe (az.cmd), then the C runtime would, and must come out unchanged."""

from __future__ import annotations

import re

import pytest

from aksarc_gui.export.commands import render_script
from aksarc_gui.export.quoting import UnsafeValue, cmd_unsafe_reason, ps_quote
from tests.export_plans import HOSTILE, hostile, load

PS_QUOTES = "'\u2018\u2019\u201a\u201b"
CMD_META = set("&|<>^()")


def powershell_value(token: str) -> str:
    """What PowerShell makes of one argument token the generator writes (bare or single-quoted)."""
    if token[0] in PS_QUOTES:
        assert token[-1] in PS_QUOTES
        body = token[1:-1]
        out, i = [], 0
        while i < len(body):
            ch = body[i]
            if ch in PS_QUOTES:
                # inside a single-quoted string a quote character must come doubled
                assert i + 1 < len(body) and body[i + 1] in PS_QUOTES, f"lone quote in {token!r}"
                out.append(ch)
                i += 2
            else:
                out.append(ch)
                i += 1
        return "".join(out)
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_./-]*", token), f"bare token PowerShell may reinterpret: {token!r}"
    return token


def cmd_and_crt(arg: str) -> str:
    """PowerShell hands ``arg`` to az.cmd; cmd.exe must see no live metacharacter, then the
    C runtime splits the command line (backslashes count only before a double quote)."""
    assert "%" not in arg, "cmd.exe expands % even inside quotes"
    if re.search(r"\s", arg) and not (arg.startswith('"') and arg.endswith('"')):
        arg = '"' + arg + '"'  # PowerShell's own quoting of an argument with spaces
    in_quotes = False
    for ch in arg:
        if ch == '"':
            in_quotes = not in_quotes
        elif ch in CMD_META and not in_quotes:
            raise AssertionError(f"cmd.exe would act on {ch!r} in {arg!r}")
        elif ch in "\r\n":
            raise AssertionError("a line break ends the cmd.exe command line")
    # CommandLineToArgvW for a single argument
    out, i, quoted, backslashes = [], 0, False, 0
    while i < len(arg):
        ch = arg[i]
        if ch == "\\":
            backslashes += 1
        elif ch == '"':
            out.append("\\" * (backslashes // 2))
            if backslashes % 2:
                out.append('"')
            else:
                quoted = not quoted
            backslashes = 0
        else:
            out.append("\\" * backslashes + ch)
            backslashes = 0
        i += 1
    out.append("\\" * backslashes)
    assert not quoted, f"unbalanced quotes in {arg!r}"
    return "".join(out)


SAFE_VALUES = [v for v in HOSTILE if cmd_unsafe_reason(v) is None] + [
    "ConvergedSwitch(management_compute_storage)", "rg-hci", "10.220.32.1", "10.0.0.0/24",
    "10.220.32.50-10.220.32.52", "Standard_A4_v2", "32", "a\\b c\\\\", "", "0x10", "1e5", "007",
    "@splat", "a,b", "$env:PATH", "-", "--", "\u2019quoted\u2018",
]


@pytest.mark.parametrize("value", SAFE_VALUES)
def test_values_survive_powershell_cmd_and_the_c_runtime(value):
    token = ps_quote(value)
    assert cmd_and_crt(powershell_value(token)) == value


@pytest.mark.parametrize("value", ["plain", "10.0.0.1", "rg-hci", "Standard_A4_v2", "aks-lnet-01", "2405"])
def test_plain_values_stay_bare(value):
    assert ps_quote(value) == value


def test_converged_switch_uses_the_documented_form():
    assert ps_quote("ConvergedSwitch(management_compute_storage)") == \
        "'\"ConvergedSwitch(management_compute_storage)\"'"


@pytest.mark.parametrize("value", ["%PATH%", "a\"b", "two\nlines", "tab\there", "100%"])
def test_values_az_cmd_would_change_are_refused(value):
    with pytest.raises(UnsafeValue):
        ps_quote(value)


def test_every_kind_of_single_quote_is_doubled():
    assert ps_quote("a'b\u2018c\u2019d\u201ae\u201bf") == "'a''b\u2018\u2018c\u2019\u2019d\u201a\u201ae\u201b\u201bf'"


SINGLE_QUOTED = re.compile("['\u2018-\u201b](?:[^'\u2018-\u201b]|['\u2018-\u201b]{2})*['\u2018-\u201b]")


def code_outside_literals(line: str) -> str:
    return SINGLE_QUOTED.sub("''", line)


def test_hostile_plan_script_keeps_every_name_inert(jane_data):
    script = render_script(load(hostile(jane_data)), "powershell")
    for line in script.splitlines():
        if line.startswith("#"):
            continue
        code = code_outside_literals(line)
        # the only expansions (also inside double-quoted strings) are the script's own variables
        for match in re.finditer(r"\$\(|\$\{?(\w+)", code):
            assert match.group(1) in {"SubscriptionId", "ResourceGroup", "Location", "CustomLocation",
                                      "K8sRuntimeObjectId", "LASTEXITCODE", "ErrorActionPreference", "env",
                                      "PSNativeCommandArgumentPassing", "PSNativeCommandUseErrorActionPreference",
                                      "SshKeyValue", "SshKeyArgs", "Show", "output", "true", "false"}, line
        assert "touch" not in re.sub(r'"(?:[^"`]|`.)*"', '""', code), line
    # refusals are comments that say why
    assert "NOT GENERATED: az aksarc create: --name \u201c%PATH% and !bang\u201d: it contains %" in script


def test_every_az_call_is_followed_by_an_exit_code_check(jane):
    lines = render_script(jane, "powershell").splitlines()
    # creates sit indented in the else branch of their show guard; the guard checks its own exit code
    starts = [i for i, line in enumerate(lines) if line.lstrip().startswith("az ") or re.match(r"\$\w+ = az ", line)]
    assert len(starts) == 13  # 6 extensions, lnet, 2 clusters, 4 for the load balancer
    for start in starts:
        end = start
        while lines[end].endswith("`"):
            end += 1
        assert lines[end + 1].strip() == 'if ($LASTEXITCODE -ne 0) { throw "az exited with code $LASTEXITCODE" }'
    assert "$ErrorActionPreference = 'Stop'" in lines


def test_context_values_that_need_cmd_quotes_are_wrapped_where_used(jane_data):
    jane_data["azure"]["resource_group"] = "rg(prod)"
    script = render_script(load(jane_data), "powershell")
    assert "$ResourceGroup = 'rg(prod)'" in script
    assert '--resource-group "`"$ResourceGroup`""' in script
    assert ('--vnet-ids "`"/subscriptions/$SubscriptionId/resourceGroups/$ResourceGroup/providers/'
            'Microsoft.AzureStackHCI/logicalNetworks/aks-lnet-01`""') in script


def test_empty_context_is_read_from_the_environment_and_checked(jane_data):
    jane_data["azure"]["location"] = ""
    script = render_script(load(jane_data), "powershell")
    assert "$Location = $env:LOCATION" in script
    assert "if (-not $Location) { throw 'LOCATION is empty: fill it in at the top of the script.' }" in script


@pytest.mark.parametrize("value", HOSTILE)
def test_each_hostile_value_is_passed_exactly_or_refused(value):
    if cmd_unsafe_reason(value) is not None:
        with pytest.raises(UnsafeValue):
            ps_quote(value)
    else:
        assert cmd_and_crt(powershell_value(ps_quote(value))) == value


def evaluate_expression(expr: str, variables: dict[str, str]) -> str:
    """Evaluate the small PowerShell subset the generator writes for composed values:
    a single- or double-quoted string, or ( piece + piece ... )."""
    if expr.startswith("(") and expr.endswith(")"):
        pieces = split_pieces(expr[1:-1])
        return "".join(evaluate_expression(p, variables) for p in pieces)
    if expr[0] in PS_QUOTES:
        return powershell_value(expr)
    if expr.startswith("$") and re.fullmatch(r"\$\w+", expr):
        return variables[expr[1:]]
    assert expr.startswith('"') and expr.endswith('"'), expr
    body, out, i = expr[1:-1], [], 0
    while i < len(body):
        ch = body[i]
        if ch == "`":
            out.append(body[i + 1])
            i += 2
        elif ch == "$":
            match = re.match(r"\$\{(\w+)\}|\$(\w+)", body[i:])
            assert match, body[i:]
            out.append(variables[match.group(1) or match.group(2)])
            i += match.end()
        else:
            assert ch not in '"\u201c\u201d\u201e', f"unescaped double quote in {expr!r}"
            out.append(ch)
            i += 1
    return "".join(out)


def split_pieces(text: str) -> list[str]:
    pieces, current, quote = [], "", None
    i = 0
    while i < len(text):
        ch = text[i]
        if quote is None and text.startswith(" + ", i):
            pieces.append(current)
            current, i = "", i + 3
            continue
        if quote is None and ch in PS_QUOTES + '"':
            quote = "'" if ch in PS_QUOTES else '"'
        elif quote == "'" and ch in PS_QUOTES:
            if i + 1 < len(text) and text[i + 1] in PS_QUOTES:
                current += ch
                i += 1
            else:
                quote = None
        elif quote == '"' and ch == "`":
            current += ch
            i += 1
            ch = text[i]
        elif quote == '"' and ch == '"':
            quote = None
        current += ch
        i += 1
    pieces.append(current)
    return pieces


def test_composed_ids_reach_az_exactly(jane_data):
    from aksarc_gui.export.commands import OBJECT_ID, context_values, steps
    from aksarc_gui.export.render import renderer_for
    from aksarc_gui.export.script_model import Command, Join, Var, ps_name

    plan = load(hostile(jane_data))
    plan.azure.resource_group = "rg(prod) & co"  # needs cmd quotes wherever it is used
    renderer = renderer_for("powershell", plan)
    values = {k: v or "westeurope" for k, v in context_values(plan).items()} | {OBJECT_ID: "0000-1111"}
    variables = {ps_name(k): v for k, v in values.items()}
    checked = refused = 0
    for step in steps(plan):
        for line in step.commands:
            if not isinstance(line, Command):
                continue
            for option in line.options:
                for value in option.values:
                    if not isinstance(value, (Join, Var)):
                        continue
                    parts = value.parts if isinstance(value, Join) else (value,)
                    expected = "".join(values[p.name] if isinstance(p, Var) else p for p in parts)
                    try:
                        expression = renderer.value(value)
                    except UnsafeValue:
                        assert cmd_unsafe_reason(expected) is not None
                        refused += 1
                        continue
                    assert cmd_and_crt(evaluate_expression(expression, variables)) == expected, expression
                    checked += 1
    assert checked > 100 and refused >= 5


@pytest.mark.parametrize("value", ["١٢٣", "１２", "10.0.0.٥"])
def test_non_ascii_digits_are_quoted_not_bare(value):
    # PowerShell reads only ASCII digits as a number; any other digit must stay an inert string.
    assert ps_quote(value).startswith("'")

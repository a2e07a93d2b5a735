"""Render script steps as bash or PowerShell text.

Both dialects stop at the first failed command, never prompt and never sign in.
bash: ``set -euo pipefail``.  PowerShell: ``$ErrorActionPreference = 'Stop'``
does not cover native programs, so every az call is followed by a
``$LASTEXITCODE`` check.  A value a dialect cannot pass unchanged, or a flag
without its value, turns its command into a comment that says why (never into
a command that alters it or that az would misread).

Scripts can run again after a partial failure: each create is guarded by the
matching ``show``.  az exits with 3 when a resource is missing (azure-cli
README, "Exit codes": "Missing ARM resource; used for existence check from
show commands"; core ``util.handle_exception`` maps HTTP 404 to it), so exit 3
means "create it", 0 means "it exists: skip", and anything else (sign-in,
network, permissions) stops the script.

A step copied from the GUI is pasted into an interactive shell, so it is rendered to
behave there: it never closes that shell (bash: the step runs in a subshell, where
``exit`` ends the step only; PowerShell: in a child scope, ``& { }``, stopped by
``throw``), it runs with the script's settings (``set -euo pipefail``; the Legacy
argument passing and the stop on errors, which then end with the step), and before
any az call it checks the variables another step sets ("paste the step Azure context
first"), so an empty variable never reaches az as a missing value.  A step that sets
variables for later steps keeps them in the user's shell (bash: no subshell;
PowerShell: ``$global:``).
"""

from __future__ import annotations

import re

from aksarc_gui import __version__
from aksarc_gui.domain.plan import Plan
from aksarc_gui.export.quoting import (
    UNSAFE_TEXT,
    UnsafeValue,
    bash_double_quoted_part,
    bash_quote,
    cmd_unsafe_reason,
    comment_safe,
    needs_cmd_wrap,
    ps_quote,
    ps_single_quoted,
    shown,
)
from aksarc_gui.export.script_model import (
    ArgList,
    Assign,
    Command,
    Join,
    Line,
    Note,
    Option,
    Require,
    Step,
    Value,
    Var,
    ps_name,
    step_inputs,
    step_outputs,
)
from aksarc_gui.export.visible import has_hidden
from aksarc_gui.i18n import translate

DIALECTS = ("bash", "powershell")
INDENT = "  "
SINGLE_LINE_WIDTH = 80  # shorter commands stay on one line; longer ones get one flag a line


def _nothing_to_run(lines: list[str]) -> bool:
    """Comments only (a step of notes, or a command NOT GENERATED): no frame around them."""
    return all(line.lstrip().startswith("#") for line in lines)


class Renderer:
    comment_prefix = "# "

    def __init__(self, known: dict[str, str]):
        # Values of the variables the script assigns from the plan ("" = filled in by the user).
        self.known = known

    # -- whole script -----------------------------------------------------------------------------
    def script(self, plan: Plan, steps: list[Step], warnings: list[str]) -> str:
        out = self.prologue(plan)
        if warnings:
            out += ["#"] + [self.comment(w) for w in warnings]
        out += self.settings()
        for step in steps:
            out += ["", self.comment("=" * 4 + " " + step.title + " " + "=" * 4)]
            if step.comment:
                out.append(self.comment(step.comment))
            out += self.step_lines(step)
        return "\n".join(out) + "\n"

    def render_step(self, step: Step, set_by: dict[str, str] | None = None) -> str:
        """One step on its own, as the GUI's copy button puts it on the clipboard, to be pasted
        into an interactive shell (see the module's note).  ``set_by`` names the step that sets
        each variable, for the message when one is empty.

        A step with guarded creates carries the guard function, so it runs pasted alone."""
        head = [self.comment(step.title)] + ([self.comment(step.comment)] if step.comment else [])
        self.pasting = True
        try:
            body = self.pasted(step, set_by or {})
        finally:
            self.pasting = False
        return "\n".join(self.paste_frame(head, body)) + "\n"

    def paste_frame(self, head: list[str], body: list[str], whole: bool = False) -> list[str]:
        """The pasted text around a step (its title and comment, then its lines) or, ``whole``, the script."""
        return head + body

    def pasted_script(self, plan: Plan, steps: list[Step], warnings: list[str]) -> str:
        """The whole script as Copy All puts it on the clipboard, to be pasted into a terminal: in
        a subshell (bash) or child scope (PowerShell), so its settings and its stop at the first
        failure end with it instead of closing the terminal or staying in force there."""
        raise NotImplementedError

    pasting = False  # rendering a step to paste into an interactive shell, not a whole script

    def pasted(self, step: Step, set_by: dict[str, str]) -> list[str]:
        raise NotImplementedError

    @staticmethod
    def guarded_step(step: Step) -> bool:
        return any(isinstance(line, Command) and line.guard is not None for line in step.commands)

    def input_message(self, var: str, set_by: dict[str, str]) -> str:
        """What a pasted step says when a variable another step sets is empty."""
        name = self.var_name(var)
        if var in set_by:
            return comment_safe(translate("Scripts", '{var} is empty: paste the step "{step}" first, or set {var} in '
                                                     "this shell.").format(var=name, step=set_by[var]))
        return comment_safe(translate("Scripts", "{var} is empty: set it in this shell first.").format(var=name))

    def var_name(self, var: str) -> str:
        return var

    def prologue(self, plan: Plan) -> list[str]:
        return [
            self.comment(translate("Scripts", "AKS Arc commands for the plan {name}").format(name=plan.name or "-")),
            self.comment(translate("Scripts", "Written by AKS Arc Network Planner {version}. Review before "
                                              "running.").format(version=__version__)),
            self.comment(translate("Scripts", "Needs the az CLI signed in to the right tenant (az login): this script "
                                       "never signs in and never prompts.")),
            self.comment(translate("Scripts", "Safe to run again after a failure: each create first asks az show "
                                              "whether the resource exists, and skips it when it does (the script "
                                              "says so). Existing resources are not compared with the plan.")),
        ]

    def settings(self) -> list[str]:
        raise NotImplementedError

    def guard_function(self) -> list[str]:
        """The function guarded creates call: true when az show finds the resource."""
        raise NotImplementedError

    def comment(self, text: str) -> str:
        return (self.comment_prefix + comment_safe(text)).rstrip()

    # -- lines ------------------------------------------------------------------------------------
    def step_lines(self, step: Step) -> list[str]:
        out: list[str] = []
        for line in step.commands:
            out += self.line(line)
        return out

    def line(self, line: Line) -> list[str]:
        if isinstance(line, Note):
            return [self.comment(line.text)]
        try:
            if isinstance(line, Command):
                return self.command(line)
            if isinstance(line, Assign):
                return self.hidden_values_note([f"{line.var} {shown(line.value)}"]
                                               if line.value and has_hidden(line.value) else []) + self.assign(line)
            if isinstance(line, Require):
                return self.require(line)
            if isinstance(line, ArgList):
                return self.arg_list(line)
        except UnsafeValue as exc:
            return [self.comment(translate("Scripts", "NOT GENERATED: {what}: {reason}. Do this step by hand, or "
                                                      "change the value in the plan.").format(
                what=self.describe(line), reason=str(exc)))]
        raise TypeError(f"unknown line {line!r}")

    @staticmethod
    def describe(line: Line) -> str:
        if isinstance(line, Command):
            return " ".join(line.words)
        return getattr(line, "var", "")

    def command(self, cmd: Command) -> list[str]:
        for call in (cmd, cmd.guard) if cmd.guard is not None else (cmd,):
            for option in call.options:
                if option.missing_value:
                    raise UnsafeValue(translate("Scripts", "{flag} has no value").format(flag=option.flag))
        if cmd.capture is not None:
            head = " ".join(cmd.words)
            return self.capture(cmd.capture, " ".join([head, *(self.option(o) for o in cmd.options)]))
        lines = self.call_lines(cmd) + self.after_command()
        if cmd.guard is not None:
            lines = self.guarded(self.call_lines(cmd.guard), lines, cmd.exists_message)
        return self.hidden_note(cmd) + lines

    def call_lines(self, cmd: Command) -> list[str]:
        """The az call alone: one line when short, else one flag a line."""
        head = " ".join(cmd.words)
        parts = [self.option(o) for o in cmd.options]
        if cmd.arg_list is not None:
            parts.append(self.arg_list_ref(cmd.arg_list))
        single = " ".join([head, *parts])
        if len(single) <= SINGLE_LINE_WIDTH and "\n" not in single:
            return [single]
        lines = [head + self.continuation] + [INDENT + p + self.continuation for p in parts[:-1]]
        lines.append(INDENT + parts[-1])
        return lines

    def hidden_note(self, cmd: Command) -> list[str]:
        """A comment that shows the values holding characters a screen does not show (bidi overrides ...).

        The command itself keeps them exact; the comment is what a reviewer can read."""
        hidden = []
        for option in cmd.options:
            for value in option.values:
                parts = value.parts if isinstance(value, Join) else (value,)
                text = "".join(p for p in parts if isinstance(p, str))
                if has_hidden(text):
                    hidden.append(f"{option.flag} {shown(text)}")
        return self.hidden_values_note(hidden)

    def hidden_values_note(self, hidden: list[str]) -> list[str]:
        if not hidden:
            return []
        return [self.comment(translate("Scripts", "Values below hold characters that do not show on screen; "
                                                  "written visibly: {values}").format(values="; ".join(hidden)))]

    def option(self, option: Option) -> str:
        try:
            return self._option(option)
        except UnsafeValue as exc:
            literals = [shown(v) for v in option.values if isinstance(v, str)]
            raise UnsafeValue(" ".join([option.flag, *literals]) + f": {exc}") from None

    def _option(self, option: Option) -> str:
        values = option.values
        if len(values) == 1 and isinstance(values[0], str) and values[0].startswith("-"):
            # argparse would read "-x" as a flag: glue it to its flag instead.
            return option.flag + "=" + self.dash_value(values[0])
        return " ".join([option.flag, *(self.value(v) for v in values)])

    def value(self, value: Value) -> str:
        if isinstance(value, str):
            return self.literal(value)
        if isinstance(value, Var):
            return self.var_ref(value.name)
        return self.join(value)

    # dialect hooks
    continuation = ""

    def after_command(self) -> list[str]:
        return []

    def capture(self, var: str, command: str) -> list[str]:
        raise NotImplementedError

    def literal(self, value: str) -> str:
        raise NotImplementedError

    def dash_value(self, value: str) -> str:
        return self.literal(value)

    def var_ref(self, name: str) -> str:
        raise NotImplementedError

    def join(self, value: Join) -> str:
        raise NotImplementedError

    def assign(self, line: Assign) -> list[str]:
        raise NotImplementedError

    def require(self, line: Require) -> list[str]:
        raise NotImplementedError

    def arg_list(self, line: ArgList) -> list[str]:
        raise NotImplementedError

    def arg_list_ref(self, var: str) -> str:
        raise NotImplementedError

    def guarded(self, show: list[str], create: list[str], exists_message: str) -> list[str]:
        raise NotImplementedError


_TYPOGRAPHIC_QUOTES = re.compile("[\u2018-\u201f]")


class BashRenderer(Renderer):
    continuation = " \\"

    def prologue(self, plan: Plan) -> list[str]:
        return ["#!/usr/bin/env bash"] + super().prologue(plan)

    def settings(self) -> list[str]:
        return ["set -euo pipefail"] + self.guard_function()

    def paste_frame(self, head: list[str], body: list[str], whole: bool = False) -> list[str]:
        if _nothing_to_run(body):
            return head + body
        # zsh (macOS's shell) runs a pasted "# comment" as a command (an apostrophe in one opens a
        # quote that swallows the rest) and has "status" read-only: a step pasted there would fail
        # part-way.  So zsh is first told to read comments as comments (the first line; bash skips
        # it), and then the step says what to do and runs nothing.
        not_bash = (translate("Scripts", "These commands are for bash: start bash, then paste them again.") if whole
                    else translate("Scripts", "This step is for bash: start bash, then paste it again."))
        return (['[ -z "${ZSH_VERSION:-}" ] || setopt interactive_comments',
                 'if [ -z "${BASH_VERSION:-}" ]; then', f"  echo {bash_quote(comment_safe(not_bash))} >&2", "else"]
                + head + body + ["fi"])

    def pasted_script(self, plan: Plan, steps: list[Step], warnings: list[str]) -> str:
        lines = self.script(plan, steps, warnings).splitlines()
        return "\n".join(self.paste_frame([], ["("] + lines + [")"], whole=True)) + "\n"

    def pasted(self, step: Step, set_by: dict[str, str]) -> list[str]:
        checks = [(var, bash_quote(self.input_message(var, set_by))) for var in step_inputs(step)]
        body = self.step_lines(step)
        if step_outputs(step):
            # Its variables are for the steps after it: they must stay in this shell, so no
            # subshell, and nothing in it may exit (an exit would close the user's shell).
            if not checks:
                return body
            out = [f'{"if" if i == 0 else "elif"} [ -z "${{{var}:-}}" ]; then echo {message} >&2'
                   for i, (var, message) in enumerate(checks)]
            return out + ["else"] + [INDENT + line for line in body] + ["fi"]
        if _nothing_to_run(body):
            return body  # nothing left to run (a command NOT GENERATED)
        inner = (["set -euo pipefail"] + (self.guard_function() if self.guarded_step(step) else [])
                 + [f'if [ -z "${{{var}:-}}" ]; then echo {message} >&2; exit 1; fi' for var, message in checks]
                 + body)
        # A subshell: exit (a failed command, a failing az show) ends this step, not the shell.
        return ["("] + [INDENT + line if line else line for line in inner] + [")"]

    def guard_function(self) -> list[str]:
        failed = translate("Scripts", "az show failed (not a missing resource), so the script stops. Exit code:")
        return [
            self.comment(translate("Scripts", "az_exists COMMAND...: runs an az show command. True when the resource "
                                              "exists; false when az exits with 3 (ResourceNotFound); any other "
                                              "failure (sign-in, network, permissions) stops the script.")),
            "az_exists() {",
            "  local rc=0 errors",  # not "status": a read-only variable in zsh
            '  errors="$("$@" 2>&1 >/dev/null)" || rc=$?',
            '  if [ "$rc" -eq 0 ]; then return 0; fi',
            '  if [ "$rc" -eq 3 ]; then return 1; fi',
            "  printf '%s\\n' \"$errors\" >&2",
            f"  printf '%s %s\\n' {bash_quote(comment_safe(failed))} \"$rc\" >&2",
            '  exit "$rc"',
            "}",
        ]

    def guarded(self, show: list[str], create: list[str], exists_message: str) -> list[str]:
        condition = ["if az_exists " + show[0]] + show[1:]
        condition[-1] += "; then"
        return (condition + [f"{INDENT}printf '%s\\n' {bash_quote(comment_safe(exists_message))}", "else"]
                + [INDENT + line for line in create] + ["fi"])

    def arg_list(self, line: ArgList) -> list[str]:
        return [f"{line.var}=({line.fallback})",
                f'if [ -n "${{{line.value_var}}}" ]; then {line.var}=({line.flag} "${{{line.value_var}}}"); fi']

    def arg_list_ref(self, var: str) -> str:
        return f'"${{{var}[@]}}"'

    def literal(self, value: str) -> str:
        return bash_quote(value)

    def var_ref(self, name: str) -> str:
        return f'"${{{name}}}"'

    def join(self, value: Join) -> str:
        out, open_dq = "", False
        for part in value.parts:
            if isinstance(part, Var):
                text = f"${{{part.name}}}"
            else:
                text = bash_double_quoted_part(part)
                if text is None:  # cannot sit inside double quotes: close them, append it quoted
                    out += ('"' if open_dq else "") + bash_quote(part)
                    open_dq = False
                    continue
            out += ("" if open_dq else '"') + text
            open_dq = True
        return out + ('"' if open_dq else "") or "''"

    def command(self, cmd: Command) -> list[str]:
        lines = super().command(cmd)
        if _TYPOGRAPHIC_QUOTES.search("".join(lines)):
            # shellcheck flags typographic quotes as typos; here they are a plan value, quoted on purpose
            lines.insert(0, "# shellcheck disable=SC1112")
        return lines

    def capture(self, var: str, command: str) -> list[str]:
        return [f'{var}="$({command})"']

    def assign(self, line: Assign) -> list[str]:
        if line.value is None:
            return [f'{line.var}="${{{line.var}:-}}"']
        return [f"{line.var}={bash_quote(line.value)}"]

    def require(self, line: Require) -> list[str]:
        # pasted, the line runs in the user's shell (its step sets variables): report, never exit
        stop = "" if self.pasting else " exit 1;"
        return [f'if [ -z "${{{line.var}}}" ]; then echo {bash_quote(comment_safe(line.message))} >&2;{stop} fi']


# Inside a PowerShell double-quoted string these expand or end the string.
# Single quotes are not special there, but a part holding one reads (and checks) more
# plainly as a single-quoted literal.
_PS_DQ_SPECIAL = re.compile("[$`\"\u201c\u201d\u201e\x00-\x1f\x7f'\u2018-\u201b]")
_CMD_META_PS_REGEX = r'[\s"%()&|<>^\p{Cc}]'
_CMD_UNSAFE_PS_REGEX = r'["%\p{Cc}]'


class PowerShellRenderer(Renderer):
    continuation = " `"

    def settings(self) -> list[str]:
        return self.scope_settings() + self.guard_function()

    def pasted(self, step: Step, set_by: dict[str, str]) -> list[str]:
        checks = [f"if (-not ${ps_name(var)}) {{ throw {ps_single_quoted(self.input_message(var, set_by))} }}"
                  for var in step_inputs(step)]
        if not any(isinstance(line, Command) for line in step.commands):
            return checks + self.step_lines(step)  # assignments only: in the user's scope
        body = self.step_lines(step)
        if _nothing_to_run(body):
            return body  # nothing left to run (a command NOT GENERATED)
        # A child scope: the Legacy pin and 'Stop' end with the step, a throw ends the step (an
        # exit would close the console), and what it captures for later steps goes to $global:
        # (``capture``).
        inner = self.scope_settings() + (self.guard_function() if self.guarded_step(step) else []) + checks + body
        return ["& {"] + [INDENT + line if line else line for line in inner] + ["}"]

    def pasted_script(self, plan: Plan, steps: list[Step], warnings: list[str]) -> str:
        return "& {\n" + self.script(plan, steps, warnings) + "}\n"

    def var_name(self, var: str) -> str:
        return "$" + ps_name(var)

    def scope_settings(self) -> list[str]:
        not_windows = translate("Scripts", "This script is for PowerShell on Windows, where az is az.cmd: its quoting "
                                           "('\"...\"') is written for cmd.exe. On Linux or macOS, export the bash "
                                           "script instead.")
        return [
            self.comment(translate("Scripts", "For PowerShell on Windows, where az is az.cmd and cmd.exe reads every "
                                       "argument a second time: values with spaces or ( ) & | < > ^ are passed "
                                       "as '\"...\"'.")),
            "if ([System.Environment]::OSVersion.Platform -ne [System.PlatformID]::Win32NT) { "
            f"throw {ps_single_quoted(comment_safe(not_windows))} }}",
            self.comment(translate("Scripts", "The quoting assumes the Legacy way of passing arguments to native "
                                              "programs (the default of Windows PowerShell 5.1; PowerShell 7.3 and "
                                              "later default to Windows): pinned for this script only.")),
            "$PSNativeCommandArgumentPassing = 'Legacy'",
            "$PSNativeCommandUseErrorActionPreference = $false",
            "$ErrorActionPreference = 'Stop'",
            self.comment(translate("Scripts", "az is a native program: PowerShell does not stop when it fails, so each "
                                       "call is followed by a check of $LASTEXITCODE.")),
        ]

    def guard_function(self) -> list[str]:
        failed = translate("Scripts", "az show failed (not a missing resource), so the script stops. Exit code:")
        return [
            self.comment(translate("Scripts", "Test-AzResource { az ... show ... }: true when the resource exists; "
                                              "false when az exits with 3 (ResourceNotFound); any other failure "
                                              "(sign-in, network, permissions) stops the script.")),
            "function Test-AzResource([scriptblock] $Show) {",
            # Windows PowerShell 5.1 turns redirected stderr into errors: with 'Stop' the first line would throw.
            "  $ErrorActionPreference = 'Continue'",
            "  $output = & $Show 2>&1 | Out-String",
            "  if ($LASTEXITCODE -eq 0) { return $true }",
            "  if ($LASTEXITCODE -eq 3) { return $false }",
            f"  throw ({ps_single_quoted(comment_safe(failed))} + ' ' + $LASTEXITCODE + [Environment]::NewLine + "
            "$output)",
            "}",
        ]

    def guarded(self, show: list[str], create: list[str], exists_message: str) -> list[str]:
        condition = ["if (Test-AzResource { " + show[0]] + [INDENT + line for line in show[1:]]
        condition[-1] += " }) {"
        return (condition + [f"{INDENT}Write-Host {ps_single_quoted(comment_safe(exists_message))}", "} else {"]
                + [INDENT + line for line in create] + ["}"])

    def arg_list(self, line: ArgList) -> list[str]:
        value, target = ps_name(line.value_var), ps_name(line.var)
        message = translate("Scripts", "{var} holds a character that az.cmd on Windows would change: % \", a "
                                       "control character, or a backslash at the end.").format(var=line.value_var)
        return [
            f"if (${value} -match {ps_single_quoted(_CMD_UNSAFE_PS_REGEX + '|' + chr(92) * 2 + '$')}) {{ "
            f"throw {ps_single_quoted(comment_safe(message))} }}",
            f"${target} = @({ps_quote(line.fallback)})",
            # always wrapped in double quotes for cmd.exe: a key's contents hold spaces
            f'if (${value}) {{ ${target} = @({ps_quote(line.flag)}, "`"${value}`"") }}',
        ]

    def arg_list_ref(self, var: str) -> str:
        return "$" + ps_name(var)

    def after_command(self) -> list[str]:
        return ['if ($LASTEXITCODE -ne 0) { throw "az exited with code $LASTEXITCODE" }']

    def literal(self, value: str) -> str:
        return ps_quote(value)

    def dash_value(self, value: str) -> str:
        if needs_cmd_wrap(value):
            raise UnsafeValue(translate("Scripts", "it starts with a dash and holds characters that need quoting for "
                                            "cmd.exe"))
        return ps_quote(value)

    def wraps(self, name: str) -> bool:
        """Whether references to the variable must carry double quotes for cmd.exe."""
        value = self.known.get(name, "")
        return bool(value) and needs_cmd_wrap(value)

    def var_ref(self, name: str) -> str:
        reason = cmd_unsafe_reason(self.known.get(name, ""))
        if reason is not None:
            raise UnsafeValue(translate("Scripts", "the value of {var}: {reason}").format(
                var=name, reason=translate("Scripts", UNSAFE_TEXT[reason])))
        if self.wraps(name):
            if self.known[name].endswith("\\"):
                raise UnsafeValue(translate("Scripts", "the value of {var} ends with a backslash").format(var=name))
            return f'"`"${ps_name(name)}`""'
        return "$" + ps_name(name)

    def join(self, value: Join) -> str:
        wrap = any(self.wraps(p.name) if isinstance(p, Var) else (p != "" and needs_cmd_wrap(p))
                   for p in value.parts)
        pieces: list[str] = []  # PowerShell expressions concatenated with +
        dq = '`"' if wrap else ""
        for index, part in enumerate(value.parts):
            if isinstance(part, Var):
                self.var_ref(part.name)  # refuses a variable az.cmd cannot receive
                following = value.parts[index + 1] if index + 1 < len(value.parts) else ""
                name = ps_name(part.name)
                ref = f"${{{name}}}" if isinstance(following, str) and re.match(r"[\w:?]", following) else "$" + name
                dq += ref
                continue
            reason = cmd_unsafe_reason(part)
            if reason is not None:
                raise UnsafeValue(translate("Scripts", UNSAFE_TEXT[reason]))
            if _PS_DQ_SPECIAL.search(part):
                if dq:
                    pieces.append(f'"{dq}"')
                    dq = ""
                pieces.append(ps_single_quoted(part))
            else:
                dq += part
        if wrap and value.parts and isinstance(value.parts[-1], str):
            # the closing quote must not follow a backslash (C runtime rule, see quoting.cmd_wrapped)
            tail = value.parts[-1]
            dq += "\\" * (len(tail) - len(tail.rstrip("\\")))
        dq += '`"' if wrap else ""
        if dq:
            pieces.append(f'"{dq}"')
        return pieces[0] if len(pieces) == 1 else "(" + " + ".join(pieces) + ")"

    def capture(self, var: str, command: str) -> list[str]:
        scope = "global:" if self.pasting else ""  # pasted: a child scope, the value is for later steps
        return [f"${scope}{ps_name(var)} = {command}"] + self.after_command()

    def assign(self, line: Assign) -> list[str]:
        name = ps_name(line.var)
        if line.value is None:
            return [f"${name} = $env:{line.var}"]
        return [f"${name} = {ps_single_quoted(line.value)}"]

    def require(self, line: Require) -> list[str]:
        name = ps_name(line.var)
        out = [f"if (-not ${name}) {{ throw {ps_single_quoted(comment_safe(line.message))} }}"]
        if line.var in self.known:
            pattern = _CMD_UNSAFE_PS_REGEX if self.wraps(line.var) else _CMD_META_PS_REGEX
            message = translate("Scripts", "{var} holds a character that az.cmd on Windows would change: one of "
                                    "% \" ( ) & | < > ^, a space or a control character.").format(var=line.var)
            out.append(f"if (${name} -match {ps_single_quoted(pattern)}) {{ throw "
                       f"{ps_single_quoted(comment_safe(message))} }}")
        return out


def renderer_for(dialect: str, plan: Plan) -> Renderer:
    from aksarc_gui.export.commands import context_values

    known = context_values(plan)
    if dialect == "bash":
        return BashRenderer(known)
    if dialect == "powershell":
        return PowerShellRenderer(known)
    raise ValueError(f"unknown dialect {dialect!r}; expected one of {', '.join(DIALECTS)}")

"""Render script steps as bash or PowerShell text.

Both dialects stop at the first failed command, never prompt and never sign in.
bash: ``set -euo pipefail``.  PowerShell: ``$ErrorActionPreference = 'Stop'``
does not cover native programs, so every az call is followed by a
``$LASTEXITCODE`` check.  A value a dialect cannot pass unchanged turns its
command into a comment that says why (never into a command that alters it).
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
)
from aksarc_gui.i18n import translate

DIALECTS = ("bash", "powershell")
INDENT = "  "
SINGLE_LINE_WIDTH = 80  # shorter commands stay on one line; longer ones get one flag a line


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

    def render_step(self, step: Step) -> str:
        """One step on its own, as the GUI's copy button puts it on the clipboard."""
        head = [self.comment(step.title)] + ([self.comment(step.comment)] if step.comment else [])
        return "\n".join(head + self.step_lines(step)) + "\n"

    def prologue(self, plan: Plan) -> list[str]:
        return [
            self.comment(translate("Scripts", "AKS Arc commands for the plan {name}").format(name=plan.name or "-")),
            self.comment(translate("Scripts", "Written by AKS Arc Network Planner {version}. Review before "
                                              "running.").format(version=__version__)),
            self.comment(translate("Scripts", "Needs the az CLI signed in to the right tenant (az login): this script "
                                       "never signs in and never prompts.")),
        ]

    def settings(self) -> list[str]:
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
                return self.assign(line)
            if isinstance(line, Require):
                return self.require(line)
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
        head = " ".join(cmd.words)
        parts = [self.option(o) for o in cmd.options]
        if cmd.capture is not None:
            return self.capture(cmd.capture, " ".join([head, *parts]))
        single = " ".join([head, *parts])
        if len(single) <= SINGLE_LINE_WIDTH and "\n" not in single:
            return [single] + self.after_command()
        lines = [head + self.continuation] + [INDENT + p + self.continuation for p in parts[:-1]]
        lines.append(INDENT + parts[-1])
        return lines + self.after_command()

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


_TYPOGRAPHIC_QUOTES = re.compile("[\u2018-\u201f]")


class BashRenderer(Renderer):
    continuation = " \\"

    def prologue(self, plan: Plan) -> list[str]:
        return ["#!/usr/bin/env bash"] + super().prologue(plan)

    def settings(self) -> list[str]:
        return ["set -euo pipefail"]

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
        return [f'if [ -z "${{{line.var}}}" ]; then echo {bash_quote(comment_safe(line.message))} >&2; exit 1; fi']


# Inside a PowerShell double-quoted string these expand or end the string.
# Single quotes are not special there, but a part holding one reads (and checks) more
# plainly as a single-quoted literal.
_PS_DQ_SPECIAL = re.compile("[$`\"\u201c\u201d\u201e\x00-\x1f\x7f'\u2018-\u201b]")
_CMD_META_PS_REGEX = r'[\s"%()&|<>^\p{Cc}]'
_CMD_UNSAFE_PS_REGEX = r'["%\p{Cc}]'


class PowerShellRenderer(Renderer):
    continuation = " `"

    def settings(self) -> list[str]:
        return [
            self.comment(translate("Scripts", "For PowerShell on Windows, where az is az.cmd and cmd.exe reads every "
                                       "argument a second time: values with spaces or ( ) & | < > ^ are passed "
                                       "as '\"...\"'.")),
            "$ErrorActionPreference = 'Stop'",
            self.comment(translate("Scripts", "az is a native program: PowerShell does not stop when it fails, so each "
                                       "call is followed by a check of $LASTEXITCODE.")),
        ]

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
        return [f"${ps_name(var)} = {command}"] + self.after_command()

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

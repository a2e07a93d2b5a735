"""The dialect-neutral shape of a generated script: steps made of commands and lines.

A step is what the GUI shows with one copy button; a script is all steps in
order.  Commands keep flags and values apart (``Option``), so a value that
happens to start with ``--`` is never mistaken for a flag, and the renderers
can put one flag per line.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Var:
    """A script variable, named in UPPER_SNAKE; PowerShell spells it in PascalCase."""

    name: str


@dataclass(frozen=True, slots=True)
class Join:
    """A value made of literal text and variables, e.g. an ARM resource id."""

    parts: tuple[str | Var, ...]


Value = str | Var | Join

# The only flags that take no value.  Any other flag without a value is a command az
# would reject (or, worse, read the next flag as its value): renderers refuse it.
SWITCHES = frozenset({"--upgrade", "--wait", "--generate-ssh-keys", "--enable-cluster-autoscaler"})


@dataclass(frozen=True, slots=True)
class Option:
    flag: str  # always one of ours, e.g. "--name"
    values: tuple[Value, ...] = ()

    @property
    def missing_value(self) -> bool:
        return not self.values and self.flag not in SWITCHES


@dataclass(frozen=True, slots=True)
class Command:
    """An az call: ``words`` (``az aksarc create``) then options; ``capture`` stores its output.

    ``guard`` is the matching ``show``: when it finds the resource, the command is
    skipped with ``exists_message``, so a script can run again after a partial
    failure.  ``arg_list`` names a list variable (``ArgList``) whose words end the call.
    """

    words: tuple[str, ...]
    options: tuple[Option, ...] = ()
    capture: str | None = None  # variable that receives the command's standard output
    guard: Command | None = None
    exists_message: str = ""
    arg_list: str | None = None

    @property
    def argv(self) -> list[Value]:
        out: list[Value] = list(self.words)
        for option in self.options:
            out.append(option.flag)
            out.extend(option.values)
        return out


@dataclass(frozen=True, slots=True)
class Assign:
    """``VAR = value`` (``value`` None: the user fills it in, or the environment provides it)."""

    var: str
    value: str | None


@dataclass(frozen=True, slots=True)
class Require:
    """Stop with ``message`` when the variable is empty (never prompt)."""

    var: str
    message: str


@dataclass(frozen=True, slots=True)
class Note:
    """A comment line (any text: renderers keep it on one line)."""

    text: str


@dataclass(frozen=True, slots=True)
class ArgList:
    """``var`` holds the words ``flag $value_var`` when ``value_var`` is set, else ``fallback``."""

    var: str
    flag: str
    value_var: str
    fallback: str


Line = Command | Assign | Require | Note | ArgList


@dataclass(frozen=True, slots=True)
class Step:
    title: str
    commands: list[Line] = field(default_factory=list)
    comment: str = ""


def ps_name(var: str) -> str:
    """SUBSCRIPTION_ID -> SubscriptionId."""
    return "".join(part[:1].upper() + part[1:].lower() for part in var.split("_"))


def _value_vars(value: Value) -> list[str]:
    if isinstance(value, Var):
        return [value.name]
    if isinstance(value, Join):
        return [part.name for part in value.parts if isinstance(part, Var)]
    return []


def variables_read(line: Line) -> list[str]:
    """The variables a line reads, in order of appearance (its guard's included)."""
    names: list[str] = []
    if isinstance(line, Command):
        for call in (line.guard, line) if line.guard is not None else (line,):
            for option in call.options:
                for value in option.values:
                    names += _value_vars(value)
            if call.arg_list is not None:
                names.append(call.arg_list)
    elif isinstance(line, Require):
        names.append(line.var)
    elif isinstance(line, ArgList):
        names.append(line.value_var)
    return list(dict.fromkeys(names))


def variables_set(line: Line) -> list[str]:
    """The variables a line assigns."""
    if isinstance(line, Assign | ArgList):
        return [line.var]
    if isinstance(line, Command) and line.capture is not None:
        return [line.capture]
    return []


def step_inputs(step: Step) -> list[str]:
    """Variables the step reads before (or without) setting them itself: another step sets them."""
    own: set[str] = set()
    needed: list[str] = []
    for line in step.commands:
        needed += [name for name in variables_read(line) if name not in own and name not in needed]
        own.update(variables_set(line))
    return needed


def step_outputs(step: Step) -> list[str]:
    return [name for line in step.commands for name in variables_set(line)]

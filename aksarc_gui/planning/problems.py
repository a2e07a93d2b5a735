"""What validation reports: a rule id, a severity, the JSON path of the field, a fix."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Problem:
    rule: str
    severity: Severity
    path: str  # JSON path of the field it is about, e.g. "clusters[0].control_plane.ip"
    message: str  # plain words, in the current language, saying what to change
    related: tuple[str, ...] = field(default=())  # other fields involved (the other side of a clash)

    def as_json(self) -> dict[str, str]:
        return {"rule": self.rule, "severity": self.severity.value, "path": self.path, "message": self.message}


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.severity.rank, p.path, p.rule))


def counts(problems: list[Problem]) -> dict[Severity, int]:
    out = {s: 0 for s in Severity}
    for p in problems:
        out[p.severity] += 1
    return out

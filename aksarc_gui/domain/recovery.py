"""Recovery files: the unsaved changes of an open plan, kept on disk until it is saved.

The window writes one recovery file per open document a few seconds after the
last edit, and removes it when the plan is saved or the changes are discarded.
A file still there at the next start means the planner did not close (a crash,
a killed process, a power cut): the start offers to restore it.

A recovery file is JSON::

    {"format": "aksarc-recovery", "version": 1, "app_version": "0.1.0",
     "edited_at": "2026-12-04T05:12:33+00:00",   # the last edit, UTC
     "path": "/plans/site.aksplan",              # the plan's file; null if never saved
     "sample": false,                            # the plan was the bundled sample
     "plan": {... the plan, as its file holds it ...}}

It is written with the same atomic write as a plan, so a crash while writing
leaves the previous recovery file, never half of one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from aksarc_gui import __version__
from aksarc_gui.domain.io import PlanLoadError, atomic_write_bytes, load_plan_text, plan_file_data
from aksarc_gui.domain.plan import Plan
from aksarc_gui.i18n import translate

RECOVERY_FORMAT = "aksarc-recovery"
RECOVERY_VERSION = 1
SUFFIX = ".aksrecover"
MAX_RECOVERY_BYTES = 32 * 1024 * 1024  # a plan (16 MiB at most) and a few fields


class RecoveryFileError(Exception):
    """A recovery file that cannot be read back: ``str()`` names the file and the reason."""


@dataclass(frozen=True)
class Recovery:
    """What one recovery file holds."""

    file: Path  # the recovery file itself
    plan: Plan
    path: str | None  # the plan's own file, None when it was never saved
    edited_at: datetime  # the last edit (aware, UTC)
    sample: bool = False
    app_version: str = ""


def recovery_file(directory: str | os.PathLike[str], name: str) -> Path:
    """The recovery file called ``name`` (one per open document) in ``directory``."""
    return Path(directory) / f"{name}{SUFFIX}"


def recovery_text(plan: Plan, path: str | None, edited_at: datetime, sample: bool = False) -> str:
    data = {
        "format": RECOVERY_FORMAT,
        "version": RECOVERY_VERSION,
        "app_version": __version__,
        "edited_at": edited_at.astimezone(timezone.utc).isoformat(timespec="seconds"),
        "path": path,
        "sample": sample,
        "plan": plan_file_data(plan),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_recovery(file: str | os.PathLike[str], plan: Plan, path: str | None, edited_at: datetime,
                   sample: bool = False) -> None:
    """Write (atomically) the recovery file ``file``; its folder is created when missing."""
    Path(file).parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(file, recovery_text(plan, path, edited_at, sample).encode("utf-8"))


def _bad(file: Path, reason: str) -> RecoveryFileError:
    return RecoveryFileError(translate("Recovery", "{file}: {reason}").format(file=file, reason=reason))


def read_recovery(file: str | os.PathLike[str]) -> Recovery:
    """The recovery file ``file``; raises RecoveryFileError (one line, naming the file) when it does not read."""
    file = Path(file)
    try:
        if file.stat().st_size > MAX_RECOVERY_BYTES:
            raise _bad(file, translate("Recovery", "too large to be a recovery file"))
        text = file.read_bytes().decode("utf-8")
    except OSError as exc:
        raise _bad(file, translate("Recovery", "cannot read the file: {reason}").format(
            reason=exc.strerror or str(exc))) from None
    except UnicodeDecodeError:
        raise _bad(file, translate("Recovery", "not UTF-8 text")) from None
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise _bad(file, translate("Recovery", "not valid JSON (written only in part?)")) from None
    if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
        raise _bad(file, translate("Recovery", "not a recovery file"))
    if data.get("version") != RECOVERY_VERSION:
        raise _bad(file, translate("Recovery", "recovery format version {version} is not known to this planner").format(
            version=json.dumps(data.get("version"))))
    path, sample = data.get("path"), data.get("sample", False)
    if not (path is None or isinstance(path, str)) or not isinstance(sample, bool):
        raise _bad(file, translate("Recovery", "the fields \u201cpath\u201d or \u201csample\u201d are damaged"))
    try:
        edited_at = datetime.fromisoformat(str(data.get("edited_at")))
    except ValueError:
        raise _bad(file, translate("Recovery", "the time of the edit is damaged")) from None
    if edited_at.tzinfo is None:
        edited_at = edited_at.replace(tzinfo=timezone.utc)
    try:
        plan = load_plan_text(json.dumps(data.get("plan")), str(file))
    except PlanLoadError as exc:
        raise RecoveryFileError(str(exc)) from None
    return Recovery(file, plan, path, edited_at, sample, str(data.get("app_version", "")))


def list_recovery_files(directory: str | os.PathLike[str]) -> list[Path]:
    """The recovery files in ``directory``, oldest first (none when the folder does not exist)."""
    try:
        files = [p for p in Path(directory).iterdir() if p.name.endswith(SUFFIX) and p.is_file()]
    except OSError:
        return []
    return sorted(files, key=_age)


def _age(file: Path) -> tuple[float, str]:
    try:
        return file.stat().st_mtime, file.name
    except OSError:  # removed meanwhile (its planner saved): sorts first, then reads as missing
        return 0.0, file.name


def remove_recovery(file: str | os.PathLike[str]) -> None:
    """Remove a recovery file; one already gone is fine."""
    try:
        os.unlink(file)
    except FileNotFoundError:
        pass

"""Recovery files (Qt-free): written atomically, read back equal, damaged ones named, listed and removed."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from aksarc_gui import __version__
from aksarc_gui.domain import Plan
from aksarc_gui.domain.recovery import (
    RecoveryFileError,
    list_recovery_files,
    read_recovery,
    recovery_file,
    remove_recovery,
    write_recovery,
)

WHEN = datetime(2026, 12, 4, 5, 12, 33, tzinfo=timezone.utc)


def test_written_then_read_gives_the_same_plan_path_and_time(tmp_path: Path, jane: Plan) -> None:
    edited = jane.model_copy(update={"name": "Edited, not saved"})
    file = recovery_file(tmp_path / "recovery", "abc-1")
    write_recovery(file, edited, "/plans/site.aksplan", WHEN)  # the folder is created

    back = read_recovery(file)
    assert back.plan == edited
    assert back.path == "/plans/site.aksplan"
    assert back.edited_at == WHEN
    assert back.sample is False
    assert back.app_version == __version__
    data = json.loads(file.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["edited_at"]) == ("aksarc-recovery", 1, "2026-12-04T05:12:33+00:00")


def test_a_never_saved_sample_keeps_no_path_and_its_sample_mark(tmp_path: Path, jane: Plan) -> None:
    file = recovery_file(tmp_path, "x")
    local = WHEN.astimezone(timezone(timedelta(hours=8)))
    write_recovery(file, jane, None, local, sample=True)
    back = read_recovery(file)
    assert (back.path, back.sample, back.edited_at) == (None, True, WHEN)


def test_writing_again_replaces_the_file_and_leaves_no_temporary_file(tmp_path: Path, jane: Plan) -> None:
    file = recovery_file(tmp_path, "doc")
    write_recovery(file, jane, None, WHEN)
    write_recovery(file, jane.model_copy(update={"name": "second"}), None, WHEN + timedelta(seconds=5))
    assert os.listdir(tmp_path) == ["doc.aksrecover"]
    assert read_recovery(file).plan.name == "second"


@pytest.mark.parametrize(("text", "reason"), [
    ("", "not valid JSON"),
    ('{"format": "aksarc-recovery", "version": 1, "plan": {"form', "not valid JSON"),
    ('{"format": "aksarc-plan", "version": 1}', "not a recovery file"),
    ('{"format": "aksarc-recovery", "version": 7}', "version 7"),
    ('{"format": "aksarc-recovery", "version": 1, "edited_at": "yesterday", "path": null}', "time of the edit"),
    ('{"format": "aksarc-recovery", "version": 1, "edited_at": "2026-12-04T05:12:33+00:00", "path": 3}', "path"),
])
def test_a_damaged_file_is_named_with_its_reason(tmp_path: Path, text: str, reason: str) -> None:
    file = tmp_path / "bad.aksrecover"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(RecoveryFileError) as info:
        read_recovery(file)
    assert str(info.value).startswith(str(file)) and reason in str(info.value)


def test_a_plan_that_does_not_load_is_reported_with_its_json_path(tmp_path: Path, jane: Plan) -> None:
    file = recovery_file(tmp_path, "doc")
    write_recovery(file, jane, None, WHEN)
    data = json.loads(file.read_text(encoding="utf-8"))
    data["plan"]["clusters"][0]["control_plane"]["ip"] = "10.0.0.300"
    file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RecoveryFileError, match=r"clusters\[0\]\.control_plane\.ip"):
        read_recovery(file)


def test_a_missing_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(RecoveryFileError, match="cannot read"):
        read_recovery(tmp_path / "gone.aksrecover")


def test_listing_finds_recovery_files_only_oldest_first_and_remove_is_idempotent(tmp_path: Path, jane: Plan) -> None:
    assert list_recovery_files(tmp_path / "missing") == []
    old, new = recovery_file(tmp_path, "old"), recovery_file(tmp_path, "new")
    write_recovery(old, jane, None, WHEN)
    write_recovery(new, jane, None, WHEN)
    os.utime(old, (1_000_000, 1_000_000))
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.lock").write_text("x", encoding="utf-8")
    assert list_recovery_files(tmp_path) == [old, new]
    remove_recovery(old)
    remove_recovery(old)
    assert list_recovery_files(tmp_path) == [new]

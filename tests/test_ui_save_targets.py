"""The window saves and exports through the same writer as the command line: a symlink is kept,
a read-only file is refused with a clear message (the plan stays unsaved), nothing is left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aksarc_gui.domain import load_plan
from test_ui_files import rename_plan
from test_ui_fixtures import dialogs, settings, window  # noqa: F401 - fixtures

posix_only = pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
READ_ONLY = "the file is read-only, so it was not replaced; make it writable or choose another name"


def test_saving_over_a_read_only_plan_is_refused_with_a_clear_message(qtbot, window, dialogs, tmp_path: Path):  # noqa: F811
    target = tmp_path / "locked.aksplan"
    target.write_text("the user's own protected copy", encoding="utf-8")
    target.chmod(0o444)
    rename_plan(qtbot, window, "Changed")
    dialogs.answers.append((str(target), ""))
    window.act_save_as.trigger()
    assert dialogs.errors == [("The plan was not saved", f"{target}: {READ_ONLY}")]
    assert target.read_text(encoding="utf-8") == "the user's own protected copy"
    assert window.isWindowModified()  # still unsaved: closing will ask
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings") == ["locked.aksplan"]


@posix_only
def test_save_through_a_symlink_keeps_the_link(qtbot, window, dialogs, tmp_path: Path):  # noqa: F811
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "plan.aksplan"
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "my-plan.aksplan"
    link.symlink_to(real)
    rename_plan(qtbot, window, "Through the link")
    dialogs.answers.append((str(link), ""))
    window.act_save_as.trigger()
    assert dialogs.errors == []
    assert link.is_symlink() and Path(os.readlink(link)) == real
    assert load_plan(real).name == "Through the link"
    assert not window.isWindowModified()


def test_export_script_over_a_read_only_file_is_refused(qtbot, window, dialogs, tmp_path: Path):  # noqa: F811
    target = tmp_path / "deploy.sh"
    target.write_text("keep", encoding="utf-8")
    target.chmod(0o555)
    dialogs.answers.append((str(target), ""))
    window.act_export_script.trigger()
    assert dialogs.errors == [("The script was not written", f"{target}: {READ_ONLY}")]
    assert target.read_text(encoding="utf-8") == "keep"


@posix_only
def test_export_workbook_through_a_symlink(qtbot, window, dialogs, tmp_path: Path):  # noqa: F811
    pytest.importorskip("aksarc_gui.export.workbook")
    real = tmp_path / "real.xlsx"
    link = tmp_path / "plan.xlsx"
    link.symlink_to(real)
    dialogs.answers.append((str(link), ""))
    window.act_export_workbook.trigger()
    assert dialogs.errors == []
    assert link.is_symlink() and real.read_bytes()[:2] == b"PK"


def test_export_map_over_a_read_only_file_is_refused(qtbot, window, dialogs, tmp_path: Path):  # noqa: F811
    target = tmp_path / "map.png"
    target.write_bytes(b"old")
    target.chmod(0o444)
    dialogs.answers.append((str(target), ""))
    window.act_export_map_png.trigger()
    assert dialogs.errors == [("The map was not exported", f"{target}: {READ_ONLY}")]
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings") == ["map.png"]


@posix_only
def test_opening_a_fifo_is_refused_at_once(qtbot, window, dialogs, tmp_path: Path):  # noqa: F811
    fifo = tmp_path / "pipe.aksplan"
    os.mkfifo(fifo)
    before = window.doc.plan
    assert window.open_plan(str(fifo)) is False  # returns: nothing waits for a writer
    assert dialogs.errors == [("The plan does not load",
                               f"{fifo}: not a regular file (a folder, pipe or device); a plan is a file")]
    assert window.doc.plan == before

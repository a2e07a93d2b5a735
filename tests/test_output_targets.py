"""Where an export or a saved plan goes: '-', pipes, devices, symlinks, read-only files, temp files."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import threading

import pytest

from aksarc_gui.assets import sample_plan_path
from aksarc_gui.cli import main
from aksarc_gui.domain import load_plan, save_plan
from aksarc_gui.domain import output
from aksarc_gui.domain.output import ReadOnlyTarget, write_output
from tests.conftest import ROOT

posix_only = pytest.mark.skipif(os.name == "nt", reason="FIFOs, symlinks and /dev/stdout are POSIX")
SAMPLE = str(sample_plan_path())


def test_dash_writes_the_script_to_stdout(capfdbinary):
    assert main(["export", SAMPLE, "--to", "bash", "--output", "-"]) == 0
    out = capfdbinary.readouterr().out
    assert out.startswith(b"#!/usr/bin/env bash")
    assert not os.path.exists("-")


def test_dash_writes_the_workbook_bytes_to_stdout(capfdbinary):
    assert main(["export", SAMPLE, "--to", "xlsx", "-o", "-"]) == 0
    assert capfdbinary.readouterr().out[:2] == b"PK"  # a zip: the xlsx container


def test_allocate_dash_is_stdout(capfd, tmp_path):
    assert main(["allocate", SAMPLE, "--output", "-"]) in (0, 1)
    assert '"format": "aksarc-plan"' in capfd.readouterr().out


def test_write_output_dash_uses_the_given_stream():
    sink = io.BytesIO()
    write_output("-", b"abc", stdout=sink)
    assert sink.getvalue() == b"abc"


@posix_only
def test_fifo_is_written_through_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert main(["export", SAMPLE, "--to", "powershell", "-o", str(fifo)]) == 0
    reader.join(timeout=20)
    assert not reader.is_alive()
    assert received[0].startswith("\ufeff".encode("utf-8"))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the pipe must still be a pipe"
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temp file beside it


@posix_only
def test_dev_stdout_in_a_child_process_is_written_through():
    """/dev/stdout of a child whose stdout is a pipe: the bytes arrive through the pipe."""
    result = subprocess.run([sys.executable, "-m", "aksarc_gui.cli", "export", SAMPLE, "--to", "bash",
                             "--output", "/dev/stdout"], capture_output=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"#!/usr/bin/env bash")
    assert b"Traceback" not in result.stderr


@posix_only
def test_dev_stdout_redirected_to_a_file_appends_to_that_file(tmp_path):
    out = tmp_path / "out.sh"
    with out.open("wb") as fh:
        result = subprocess.run([sys.executable, "-m", "aksarc_gui.cli", "export", SAMPLE, "--to", "bash",
                                 "-o", "/dev/stdout"], stdout=fh, stderr=subprocess.PIPE, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"#!/usr/bin/env bash")


@posix_only
def test_character_device_is_written_through(tmp_path):
    write_output("/dev/null", b"nothing")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@posix_only
def test_symlink_is_kept_and_its_target_written(tmp_path, jane):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "plan.aksplan"
    real.write_text("old")
    link = tmp_path / "link.aksplan"
    link.symlink_to(real)
    save_plan(jane, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_plan(real) == jane
    assert sorted(p.name for p in real_dir.iterdir()) == ["plan.aksplan"]


@posix_only
def test_symlink_chain_and_dangling_link(tmp_path):
    real = tmp_path / "deploy.sh"
    middle = tmp_path / "middle.sh"
    middle.symlink_to(real)  # dangling until the export creates the target
    link = tmp_path / "link.sh"
    link.symlink_to(middle)
    assert main(["export", SAMPLE, "--to", "bash", "-o", str(link)]) == 0
    assert link.is_symlink() and middle.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash")
    assert os.stat(real).st_mode & stat.S_IXUSR


def test_read_only_plan_is_refused_not_replaced(tmp_path, jane):
    target = tmp_path / "plan.aksplan"
    target.write_text("keep me")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyTarget) as info:
        save_plan(jane, target)
    assert str(info.value) == (f"{target}: the file is read-only, so it was not replaced; make it writable or "
                               "choose another name")
    assert target.read_text() == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.aksplan"]


def test_read_only_export_exits_2_with_one_clear_line(tmp_path, capsys):
    target = tmp_path / "deploy.ps1"
    target.write_text("keep me")
    target.chmod(0o400)
    assert main(["export", SAMPLE, "--to", "powershell", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == (f"error: {target}: the file is read-only, so it was not replaced; make it writable or choose "
                   "another name\n")
    assert target.read_text() == "keep me"


def test_mode_of_an_existing_file_is_kept(tmp_path, jane):
    target = tmp_path / "plan.aksplan"
    target.write_text("x")
    target.chmod(0o640)
    save_plan(jane, target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


def test_stale_temp_files_of_this_file_are_removed_on_the_next_save(tmp_path, jane):
    target = tmp_path / "plan.aksplan"
    stale = [tmp_path / ".plan.aksplan.abc12_xy.tmp", tmp_path / ".plan.aksplan.zzzzzzzz.tmp"]
    for path in stale:
        path.write_bytes(b"\0" * 4096)  # what a killed save leaves
    others = [tmp_path / ".other.aksplan.abcdefgh.tmp", tmp_path / ".plan.aksplan.tmp",
              tmp_path / ".plan.aksplan.toolongname.tmp", tmp_path / "plan.aksplan.abcdefgh.tmp"]
    for path in others:
        path.write_text("not ours")
    save_plan(jane, target)
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in others)
    assert load_plan(target) == jane


def test_temp_file_name_is_dot_name_random_tmp(tmp_path, monkeypatch):
    seen: list[str] = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(os.path.basename(src))
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", spy)
    write_output(tmp_path / "book.xlsx", b"data")
    assert len(seen) == 1 and output.temp_pattern("book.xlsx").match(seen[0])


def test_killed_save_leaves_the_old_file_and_the_next_save_cleans_up(tmp_path, monkeypatch, jane):
    target = tmp_path / "plan.aksplan"
    save_plan(jane, target)
    before = target.read_bytes()

    def killed(src, dst):
        raise KeyboardInterrupt  # the process dies between writing the temp file and the rename

    monkeypatch.setattr(output.os, "replace", killed)
    monkeypatch.setattr(output.os, "unlink", lambda path: None)  # a killed process cleans nothing up
    with pytest.raises(KeyboardInterrupt):
        save_plan(jane, target)
    assert target.read_bytes() == before
    assert len([p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]) == 1
    monkeypatch.undo()
    save_plan(jane, target)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.aksplan"]


@posix_only
def test_directory_is_fsynced_after_the_rename(tmp_path, monkeypatch):
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append("fsync-dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync-file")
        real_fsync(fd)

    def replace(src, dst):
        events.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "fsync", fsync)
    monkeypatch.setattr(output.os, "replace", replace)
    write_output(tmp_path / "plan.aksplan", b"{}")
    assert events == ["fsync-file", "rename", "fsync-dir"]


def test_no_directory_fsync_on_windows(tmp_path, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(output, "POSIX", False)
    monkeypatch.setattr(output.os, "fsync", lambda fd: calls.append(fd))
    output.fsync_directory(tmp_path)
    assert calls == []


def test_folder_as_output_is_refused(tmp_path, capsys):
    assert main(["export", SAMPLE, "--to", "bash", "-o", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"error: cannot write {tmp_path}: ")


def test_dash_with_a_text_only_stdout(monkeypatch):
    sink = io.StringIO()
    monkeypatch.setattr(sys, "stdout", sink)
    write_output("-", "plan \u8ba1\u5212\n".encode("utf-8"))
    assert sink.getvalue() == "plan \u8ba1\u5212\n"

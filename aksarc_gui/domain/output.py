"""Write a saved plan, a workbook or a script where the user asked, the way an editor would.

* ``-`` is standard output.
* A FIFO, a character device (``/dev/stdout``, ``/dev/null``) or any other file that
  is not a regular file is written through: replacing it would turn a pipe into a
  plain file and the reader would never see a byte.
* A symlink is followed: the link's target gets the new content, the link stays.
* A read-only target is refused (:class:`ReadOnlyTarget`), not silently replaced:
  atomic replacement only needs a writable folder, so without this check a file the
  user protected would be overwritten.
* A regular file is replaced atomically: a temporary ``.<name>.<random>.tmp`` beside
  it, fsync, rename, then fsync of the folder so the rename itself survives a power
  cut.  Temporary files that a killed save left behind (a workbook can be large) are
  removed by the next save of the same file.

POSIX-only steps (FIFOs, fsync of a folder) are skipped on Windows.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

from aksarc_gui.i18n import translate

STDOUT = "-"
POSIX = os.name != "nt"
# Paths that name one of this process's own open files: opening them reaches the
# file behind the descriptor, so they are written through even when that is a
# regular file (``aksarc-plan export -o /dev/stdout > out.xlsx``).
_FD_ALIAS = re.compile(r"^/(?:dev/(?:stdout|stderr|fd/\d+)|proc/(?:self|\d+)/fd/\d+)$")
_TMP_RANDOM = r"[a-z0-9_]{8}"  # what tempfile.mkstemp puts between prefix and suffix


class ReadOnlyTarget(PermissionError):
    """The file exists and is read-only; ``strerror`` says so for a person, ``str()`` adds the path."""

    def __init__(self, path: str):
        reason = translate("Output", "the file is read-only, so it was not replaced; make it writable or choose "
                                     "another name")
        super().__init__(13, reason, path)  # EACCES, so callers that catch OSError report it

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def describe_error(path: str, exc: OSError) -> str:
    """One line for a failed write: "PATH: the file is read-only, ..." or "cannot write PATH: reason"."""
    if isinstance(exc, ReadOnlyTarget):
        return f"{path}: {exc.strerror}"
    return translate("Output", "cannot write {path}: {reason}").format(path=path, reason=exc.strerror or str(exc))


def temp_pattern(name: str) -> re.Pattern[str]:
    """The names of this module's temporary files for a target called ``name``."""
    return re.compile(rf"^\.{re.escape(name)}\.{_TMP_RANDOM}\.tmp$")


def remove_stale_temps(target: Path) -> list[Path]:
    """Delete ``.<name>.<random>.tmp`` files beside ``target`` (left by a killed save); returns what went."""
    directory = target.parent
    pattern = temp_pattern(target.name)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass  # not ours to fight over: the save itself goes on
    return removed


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX); Windows has no folder handles to sync."""
    if not POSIX:
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the data itself is already synced
    finally:
        os.close(fd)


def _is_read_only(st: os.stat_result, path: str) -> bool:
    # The mode bits as well as access(): root may write anything, but a file nobody may
    # write was made read-only on purpose, and an editor would refuse it too.
    return not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


def _write_through(path: str, data: bytes) -> None:
    """Open the existing pipe, device or descriptor alias and write into it (no create, no replace)."""
    flags = os.O_WRONLY | getattr(os, "O_APPEND", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()


def _write_stdout(data: bytes, stream: BinaryIO | None = None) -> None:
    out = stream if stream is not None else getattr(sys.stdout, "buffer", None)
    sys.stdout.flush()  # what was printed before comes first
    if out is None:  # a text-only stand-in for stdout (an embedding program, a test's StringIO)
        sys.stdout.write(data.decode("utf-8", "replace"))
        sys.stdout.flush()
        return
    out.write(data)
    out.flush()


def atomic_replace(target: Path, data: bytes, executable: bool = False) -> None:
    """``target`` holds the old content or the new one, never a mix; it keeps its mode (0644 when new)."""
    directory = target.parent if str(target.parent) else Path(".")
    remove_stale_temps(directory / target.name)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp, mode | _executable_bits(mode) if executable else mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_directory(directory)


def _executable_bits(mode: int) -> int:
    """x for the owner, and for group/others where they may read."""
    return (stat.S_IXUSR | (stat.S_IXGRP if mode & stat.S_IRGRP else 0)
            | (stat.S_IXOTH if mode & stat.S_IROTH else 0))


def write_output(path: str | os.PathLike[str], data: bytes, *, executable: bool = False,
                 stdout: BinaryIO | None = None) -> None:
    """Write ``data`` to ``path`` as described in the module docstring; raises OSError.

    ``executable`` adds the x bits to a regular file written here (a bash script).
    """
    text = os.fspath(path)
    if text == STDOUT:
        _write_stdout(data, stdout)
        return
    if POSIX and _FD_ALIAS.match(os.path.abspath(text)):
        sys.stdout.flush()  # /dev/stdout: what this process printed before comes first
        _write_through(text, data)
        return
    try:
        st = os.stat(text)  # follows symlinks: what a write would reach
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, translate("Output", "it is a folder"), text)
        _write_through(text, data)
        return
    if st is not None and _is_read_only(st, text):
        raise ReadOnlyTarget(text)
    # A symlink (or a chain of them) is kept: the new content goes where it points.
    target = Path(os.path.realpath(text)) if os.path.islink(text) else Path(text)
    atomic_replace(target, data, executable)

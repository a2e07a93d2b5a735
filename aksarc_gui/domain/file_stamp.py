"""Has another program changed a plan file since the planner read or wrote it?

Saving replaces the file whole.  If something else wrote it in the meantime (a text editor,
a colleague on a shared folder, a second planner), a silent save would throw that work
away, so the window asks first.  A stamp is what the file held when the planner last read
or wrote it: size and modification time, which answer the usual case without reading,
and a SHA-256 of the content, which decides when only the time moved (a touch, a copy
that kept the content, a file system with coarse times).
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass

_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class FileStamp:
    size: int
    mtime_ns: int
    digest: bytes  # SHA-256 of the content


def stamp_of(st: os.stat_result, data: bytes) -> FileStamp | None:
    """The stamp of a regular file whose status is ``st`` and content ``data``; None for a pipe or device."""
    if not stat.S_ISREG(st.st_mode):
        return None
    return FileStamp(st.st_size, st.st_mtime_ns, hashlib.sha256(data).digest())


def _digest(path: str | os.PathLike[str]) -> bytes:
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            sha.update(chunk)
    return sha.digest()


def read_stamp(path: str | os.PathLike[str]) -> FileStamp | None:
    """The stamp of what ``path`` holds now (None when it cannot be read or is not a regular file)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return None
        return FileStamp(st.st_size, st.st_mtime_ns, _digest(path))
    except OSError:
        return None


def written_stamp(path: str | os.PathLike[str], data: bytes) -> FileStamp | None:
    """The stamp of ``path`` right after the planner wrote ``data`` to it."""
    try:
        return stamp_of(os.stat(path), data)
    except OSError:
        return None


def changed_on_disk(path: str | os.PathLike[str], stamp: FileStamp | None) -> bool:
    """True when ``path`` now holds other content than when it was stamped.

    No stamp, a file that is gone (saving makes it again: nothing is lost), or one that cannot
    be read (the save itself will say why): False.
    """
    if stamp is None:
        return False
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return False
        if (st.st_size, st.st_mtime_ns) == (stamp.size, stamp.mtime_ns):
            return False
        if st.st_size != stamp.size:
            return True
        return _digest(path) != stamp.digest
    except OSError:
        return False

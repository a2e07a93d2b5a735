"""Autosave of unsaved changes, and the offer to restore them after a crash.

:class:`RecoveryAutosave` follows one document: a few seconds after the last
edit it writes the plan to a recovery file (see :mod:`aksarc_gui.domain.recovery`)
in the app data folder, in a worker thread so that typing never waits for the
disk; saving, discarding or undoing back to the saved state removes the file.

Each running planner holds a lock file (``<instance>.lock``) beside its
recovery files (``<instance>-<n>.aksrecover``).  At start, the files whose
planner holds no lock any more were left by one that did not close:
:func:`offer_restore` lists them.  A second planner that runs at the same time
never offers the first one's live files.
"""

from __future__ import annotations

import atexit
import itertools
import os
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, Qt, QTimer, Signal

from aksarc_gui.domain.recovery import (
    SUFFIX,
    Recovery,
    RecoveryFileError,
    list_recovery_files,
    read_recovery,
    recovery_file,
    remove_recovery,
    write_recovery,
)
from aksarc_gui.ui.document import PlanDocument

DEBOUNCE_MS = 3000  # after the last edit: a burst of typing writes once
LOCK_SUFFIX = ".lock"


def recovery_dir() -> Path:
    """Where recovery files live: the platform's app data folder (read now: tests move it)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


class _Instance:
    """This running planner: its id and the lock that tells other planners it is alive."""

    def __init__(self) -> None:
        self.id = os.urandom(6).hex()  # 12 hex digits: unique enough among the planners of one user
        self.locks: dict[Path, QLockFile] = {}  # one per recovery folder written to
        self.numbers = itertools.count(1)

    def lock(self, directory: Path) -> None:
        if directory not in self.locks:
            directory.mkdir(parents=True, exist_ok=True)
            lock = QLockFile(str(directory / f"{self.id}{LOCK_SUFFIX}"))
            lock.setStaleLockTime(0)  # alive as long as this process is, however long it runs
            lock.tryLock(0)
            self.locks[directory] = lock

    def release(self) -> None:
        """At exit: the lock files go (a killed planner leaves its own, which the next start sees as stale)."""
        for lock in self.locks.values():
            lock.unlock()
        self.locks.clear()


_INSTANCE = _Instance()
atexit.register(_INSTANCE.release)


def instance_id() -> str:
    return _INSTANCE.id


def _owner(file: Path) -> str:
    return file.name[: -len(SUFFIX)].rsplit("-", 1)[0]


def _running(directory: Path, owner: str) -> bool:
    """Whether the planner ``owner`` still holds its lock; a dead one's lock file is removed."""
    lock = QLockFile(str(directory / f"{owner}{LOCK_SUFFIX}"))
    lock.setStaleLockTime(0)  # only a dead process makes a lock stale, never its age
    if not lock.tryLock(0):
        return True
    lock.unlock()  # the dead planner's lock file goes with it
    return False


def left_behind(directory: Path | None = None) -> list[Path]:
    """The recovery files whose planner is no longer running, oldest first.

    Tidies up on the way what dead planners left that holds nothing to restore: lock files,
    and the temporary files of a write that a kill cut short.
    """
    directory = directory or recovery_dir()
    alive: dict[str, bool] = {_INSTANCE.id: True}

    def running(owner: str) -> bool:
        if owner not in alive:
            alive[owner] = _running(directory, owner)
        return alive[owner]

    found = [file for file in list_recovery_files(directory) if not running(_owner(file))]
    try:
        leftovers = list(directory.iterdir())
    except OSError:
        return found
    for path in leftovers:
        name = path.name
        if name.endswith(LOCK_SUFFIX):
            running(name[: -len(LOCK_SUFFIX)])
        elif name.startswith(".") and name.endswith(".tmp") and SUFFIX in name:
            # ".<owner>-<n>.aksrecover.<random>.tmp": the atomic write's scratch file
            if not running(_owner(Path(name[1:].split(SUFFIX)[0] + SUFFIX))):
                remove_recovery(path)
    return found


class RecoveryAutosave(QObject):
    """Keeps ``doc``'s unsaved changes in a recovery file until they are saved or discarded."""

    #: A recovery file could not be written: the reason, for the status bar (always in the GUI thread).
    sig_failed = Signal(str)
    _sig_worker_failed = Signal(str)  # emitted by the worker; queued over to the GUI thread

    def __init__(self, doc: PlanDocument, directory: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self.directory = Path(directory) if directory is not None else recovery_dir()
        self.file: Path | None = None  # named at the first write
        self.edited_at = datetime.now(timezone.utc)
        self._closed = False
        self._pool = None  # the worker thread: started at the first write (start-up does not wait for it)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.write_now)
        self._sig_worker_failed.connect(self.sig_failed.emit, Qt.ConnectionType.QueuedConnection)
        doc.sig_changed.connect(self._changed)
        doc.undo_stack.cleanChanged.connect(self._clean_changed)

    def _submit(self, *call):  # noqa: ANN002, ANN202 - a function and its arguments; a Future
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recovery")  # in order, one at a time
        return self._pool.submit(*call)

    def _changed(self) -> None:
        if self.doc.modified and not self._closed:
            self.edited_at = datetime.now(timezone.utc)
            self._timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
        else:
            self._changed()

    def write_now(self) -> None:
        """Write the recovery file now (in the worker) if there is anything unsaved."""
        self._timer.stop()
        if self._closed or not self.doc.modified:
            return
        if self.file is None:
            try:
                _INSTANCE.lock(self.directory)
            except OSError as exc:  # no app data folder to write to: say so, keep editing
                self.sig_failed.emit(f"{self.directory}: {exc.strerror or exc}")
                return
            self.file = recovery_file(self.directory, f"{_INSTANCE.id}-{next(_INSTANCE.numbers)}")
        # Plans are immutable values: the worker can dump this one while the user edits on.
        args = (self.file, self.doc.plan, self.doc.path, self.edited_at, self.doc.sample_name is not None)
        self._submit(self._write, *args)

    def _write(self, *args) -> None:  # noqa: ANN002 - write_recovery's
        try:
            write_recovery(*args)
        except OSError as exc:
            self._sig_worker_failed.emit(f"{args[0]}: {exc.strerror or exc}")

    def discard(self) -> None:
        """Nothing unsaved any more (saved, discarded, undone): remove the recovery file."""
        self._timer.stop()
        if self.file is not None and not self._closed:
            self._submit(remove_recovery, self.file)

    def flush(self) -> None:
        """Wait until the worker wrote or removed what it was asked to."""
        if not self._closed and self._pool is not None:
            self._submit(lambda: None).result()

    def adopt(self, recovery: Recovery) -> None:
        """The document now holds ``recovery``'s plan: keep its edit time, write it under this planner's
        name and remove the old file."""
        self.edited_at = recovery.edited_at
        self.write_now()
        self._submit(remove_recovery, recovery.file)

    def close(self) -> None:
        """The window closes (its changes saved or discarded): remove the file, stop the worker."""
        self.discard()
        self._closed = True
        if self._pool is not None:
            self._pool.shutdown(wait=True)


def read_left_behind(directory: Path | None = None) -> list[Recovery | tuple[Path, str]]:
    """Each left-behind file read, the latest changes first: a Recovery, or (file, reason) when it does not
    read back (those last)."""
    good: list[Recovery] = []
    damaged: list[tuple[Path, str]] = []
    for file in left_behind(directory):
        try:
            good.append(read_recovery(file))
        except RecoveryFileError as exc:
            damaged.append((file, str(exc)))
    good.sort(key=lambda r: r.edited_at, reverse=True)
    return [*good, *damaged]

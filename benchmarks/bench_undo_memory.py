"""Memory and garbage-collector pauses while typing into one field of a large plan.

The window shows the 32-cluster /16 plan of bench_edit.py; the benchmark types
into the control plane IP field through its QLineEdit and stores each change with
Enter (a digit, then Backspace: every value is a valid address, so every edit is a
stored change and an undo step of its own, the worst case for memory) and measures
the process's resident memory after 10 and after 1,000 edits, and the longest
garbage-collector pause in between.
Targets: memory after 1,000 edits within 10 MiB of memory after 10; no pause
over 20 ms.

    python benchmarks/bench_undo_memory.py [--edits 1000]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_edit import large_plan  # noqa: E402

MIB = 1024 * 1024
TARGET_GROWTH_MIB, TARGET_PAUSE_MS = 10, 20


def rss_bytes() -> int:
    """Resident memory of this process now (not the peak)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # not Linux: the peak is the best the standard library offers
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


class PauseWatch:
    """The longest collection, timed through gc.callbacks."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.collections = 0
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.longest = max(self.longest, time.perf_counter() - self._start)
            self.collections += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=1000)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from aksarc_gui.ui.document import PlanDocument
    from aksarc_gui.ui.main_window import MainWindow

    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        window = MainWindow(PlanDocument(large_plan()))
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        import gc

        gc.freeze()  # what the app does once its window is built (app._start_up_done)
        window.select_path("clusters[5].control_plane.ip")
        field = window.current_form().field_paths()["clusters[5].control_plane.ip"]
        edit = field if isinstance(field, QLineEdit) else field.findChild(QLineEdit)
        edit.setFocus()
        edit.end(False)
        app.processEvents()

        def keystroke(i: int) -> None:
            if i % 2 == 0:
                QTest.keyClicks(edit, "0")  # 10.20.1.15 -> 10.20.1.150
            else:
                QTest.keyClick(edit, Qt.Key.Key_Backspace)
            QTest.keyClick(edit, Qt.Key.Key_Return)  # a field stores its value on Enter, not per key
            app.processEvents()

        for i in range(10):
            keystroke(i)
        gc.collect()
        after_10 = rss_bytes()
        watch = PauseWatch()
        start = time.perf_counter()
        for i in range(10, args.edits):
            keystroke(i)
        elapsed = time.perf_counter() - start
        gc.callbacks.remove(watch._callback)
        gc.collect()
        after_n = rss_bytes()
        steps = window.doc.undo_stack.count()
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()

    growth = (after_n - after_10) / MIB
    pause_ms = watch.longest * 1000
    print(f"typing into one field of the /16 plan: {args.edits} stored edits, {steps} undo step(s), "
          f"{elapsed / max(1, args.edits - 10) * 1000:.1f} ms an edit")
    print(f"resident memory after 10 edits: {after_10 / MIB:.0f} MiB, after {args.edits}: {after_n / MIB:.0f} MiB")
    print(f"growth: {growth:+.1f} MiB (target within {TARGET_GROWTH_MIB} MiB), "
          f"ratio to target {abs(growth) / TARGET_GROWTH_MIB:.2f}")
    print(f"longest GC pause: {pause_ms:.1f} ms over {watch.collections} collections (target <= {TARGET_PAUSE_MS} ms), "
          f"ratio to target {pause_ms / TARGET_PAUSE_MS:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

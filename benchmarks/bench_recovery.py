"""What an autosave costs the GUI thread: handing the plan to the worker vs writing it there.

On the large plan of ``bench_edit.py`` (32 clusters, 500 services) the recovery file is
written N times synchronously (what typing would wait for without the worker thread) and
N times through ``RecoveryAutosave.write_now`` (what the GUI thread does: hand the plan over).
Prints both medians and their ratio (target: the hand-over is < 5 % of the write).

    python benchmarks/bench_recovery.py [--writes 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_edit import large_plan  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writes", type=int, default=20)
    args = parser.parse_args()
    from PySide6.QtCore import QCoreApplication

    from aksarc_gui.domain.recovery import recovery_file, write_recovery
    from aksarc_gui.ui.document import PlanDocument
    from aksarc_gui.ui.recovery import RecoveryAutosave

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - QObjects need one
    plan = large_plan()
    with tempfile.TemporaryDirectory() as scratch:
        direct, handed = [], []
        file = recovery_file(scratch, "direct")
        for _ in range(args.writes):
            start = time.perf_counter()
            write_recovery(file, plan, None, datetime.now(timezone.utc))
            direct.append(time.perf_counter() - start)
        doc = PlanDocument(plan)
        doc.undo_stack.resetClean()  # unsaved changes, as after an edit
        autosave = RecoveryAutosave(doc, Path(scratch))
        for _ in range(args.writes):
            start = time.perf_counter()
            autosave.write_now()
            handed.append(time.perf_counter() - start)
            autosave.flush()  # one write at a time, as the 3 s debounce makes them
        size = file.stat().st_size
        autosave.close()
    d, h = statistics.median(direct) * 1000, statistics.median(handed) * 1000
    print(f"recovery file of the large plan: {size} bytes")
    print(f"synchronous write (GUI would wait): median {d:.2f} ms")
    print(f"hand-over to the worker (GUI waits): median {h:.3f} ms")
    print(f"ratio hand-over / write: {h / d:.3%}")


if __name__ == "__main__":
    main()

"""What Chinese costs: the command line reading its catalog, and the GUI installing translators.

Prints the time of ``aksarc-plan check`` on the sample plan in English and in
Chinese (in-process, best of several runs) and their ratio; the time to read the
.ts catalog alone; and the time to install the GUI's translators in each language.

Run:  python benchmarks/bench_i18n.py
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from aksarc_gui import i18n  # noqa: E402
from aksarc_gui.assets import sample_plan_path  # noqa: E402
from aksarc_gui.cli import main  # noqa: E402

RUNS = 7


def best_ms(action) -> float:  # noqa: ANN001 - any callable
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def check(language: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        main(["--lang", language, "check", str(sample_plan_path())])


def report() -> None:
    check("en")  # warm the imports
    en, zh = best_ms(lambda: check("en")), best_ms(lambda: check("zh_CN"))
    print(f"aksarc-plan check, English : {en:7.1f} ms")
    print(f"aksarc-plan check, Chinese : {zh:7.1f} ms   ratio zh/en {zh / en:.2f}")
    catalog = best_ms(lambda: i18n.load_ts_catalog(i18n.catalog_path(i18n.CHINESE)))
    print(f"reading the .ts catalog    : {catalog:7.1f} ms")

    from PySide6.QtWidgets import QApplication

    from aksarc_gui.ui.language import install_translators

    app = QApplication.instance() or QApplication([])
    for language in ("en", "zh_CN"):
        start = time.perf_counter()
        install_translators(app, language)
        first = (time.perf_counter() - start) * 1000
        print(f"install_translators({language!r}) first time: {first:6.2f} ms")
    install_translators(app, "en")


if __name__ == "__main__":
    report()

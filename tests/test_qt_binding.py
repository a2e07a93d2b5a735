"""The Qt binding in use does not leak references to None (PySide6 6.12.0 did).

A binding that drops one reference to None per void call makes any long-running
Qt process abort with "none_dealloc" on Python 3.11, so the pin in pyproject.toml
is guarded here rather than trusted.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint


def test_void_calls_keep_none_refcount():
    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(2000):
        point.setX(1)
    assert before - sys.getrefcount(None) < 50

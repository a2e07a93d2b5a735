"""The desktop front end (PySide6). Everything Qt lives here; the core stays Qt-free."""

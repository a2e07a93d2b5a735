"""Entry script of the frozen application (PyInstaller needs a file to start from).

It runs the same function as the ``aksarc-planner`` gui-script of the wheel.
"""

from aksarc_gui.app import main

if __name__ == "__main__":
    # main() may return an exit code or None; SystemExit maps None to 0.
    raise SystemExit(main())

"""``python -m aksarc_gui [PLAN]``: the desktop app."""

import sys

from aksarc_gui.app import main

sys.exit(main())

"""Entry point for ``python -m tfintro_gui``."""

import sys

from tfintro_gui.app import main

sys.exit(main())

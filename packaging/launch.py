"""Entry script of the PyInstaller bundle (``packaging/tfintro_gui.spec``).

PyInstaller needs a script, not a ``module:function`` entry point. This one lives outside
the package so that freezing it does not put ``tfintro_gui/`` itself on the module path
(``tfintro_gui/__main__.py`` as the script would), and it accepts exactly the options of
``tfintro-gui`` / ``python -m tfintro_gui``.
"""

import sys

from tfintro_gui.app import main

if __name__ == "__main__":
    sys.exit(main())

"""tfintro_gui: a desktop lab for the first lesson of TensorFlow and Keras."""

import builtins

__version__ = "0.1.0"

#: Python's own import function, kept here because this package is imported before PySide6
#: replaces it (see :mod:`tfintro_gui.ui.plain_imports`).
PYTHON_IMPORT = builtins.__import__

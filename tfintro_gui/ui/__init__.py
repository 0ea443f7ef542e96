"""Qt user interface of the lab. Imports :mod:`tfintro_gui.core`, never the reverse."""

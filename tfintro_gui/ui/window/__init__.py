"""The main window's parts, each with one job; :mod:`tfintro_gui.ui.main_window` joins them.

- :mod:`.geometry`: the first-start size from the screen, restored sizes that fit;
- :mod:`.lesson_placement`: the lesson beside the panel, or a drawer over it when narrow;
- :mod:`.menus`: File, View and Help;
- :mod:`.session_files`: sessions and notebook exports, with their messages.
"""

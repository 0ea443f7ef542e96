"""The main window's parts, each with one job; :mod:`tfintro_gui.ui.main_window` joins them.

- :mod:`.geometry`: the first-start size from the screen, restored sizes that fit;
- :mod:`.lesson_placement`: the lesson beside the panel, or a drawer over it when narrow;
- :mod:`.menus`: File, View and Help;
- :mod:`.navigation`: the list of panels and what each entry says;
- :mod:`.session_files`: sessions and notebook exports, with their messages;
- :mod:`.tensorflow_status`: the status bar's TensorFlow line;
- :mod:`.language_switch`: View → Language, the whole window in the new language at once;
- :mod:`.restart`: Restart now, for what a switch cannot change while a lab is open.
"""

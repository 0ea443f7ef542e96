"""The Qt side of lab files: the step-by-step pane, control locks, the report PDF and the
teacher's "save as lab step" form. The data and rules are in :mod:`tfintro_gui.core.labs`.
"""

"""The Classifier panel: ``panel.py`` wires small views to the Qt-free
:class:`~tfintro_gui.core.classifier.lab.ClassifierLab`.

Views: ``data_box.py`` (data settings), ``training_box.py`` (model, loss, learning rate…),
``run_controls.py`` (Step, Run, Pause, restarts), ``now_box.py`` (readouts),
``figures.py`` (``plots.py`` and ``parameter_view.py``, built after the first paint;
``plot_parts.py`` holds what they share), ``replay_bar.py``, ``log_tabs.py`` (log, code,
save and export), ``model_export.py``. Actions and drawing: ``data_actions.py`` (data,
CSV files, clicks, undo with ``point_edits.py``), ``saving.py``, ``training_driver.py``
(training in a worker thread), ``lab_view.py`` (the lab drawn into the views),
``texts.py`` (the words for what the core returns as data).
"""

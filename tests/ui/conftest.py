"""Fixtures for the Qt tests (pytest-qt)."""

import subprocess
import sys

import numpy as np
import pytest

from tfintro_gui.app import APPLICATION, ORGANIZATION
from tfintro_gui.core.runtime import default_device, import_tensorflow
from tfintro_gui.ui.run_controller import running_threads


@pytest.fixture(autouse=True)
def _application_names(qapp):
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)


@pytest.fixture(autouse=True)
def _fresh_settings(qapp):
    """A window remembers its lesson pane, zoom, panel and size; every test starts from a
    first start's defaults, whatever the tests before it saved."""
    from PySide6.QtCore import QSettings

    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail any test that leaves a worker QThread running (house rule 8): one still
    running 5 s after the test (a worker winding down from its last item, e.g. the loader
    importing Matplotlib after a failed TensorFlow import, ends well within that)."""
    yield
    for thread in running_threads():
        thread.quit()
        thread.wait(5000)
    left = running_threads()
    assert not left, f"{len(left)} QThread(s) were still running 5 s after the test"


@pytest.fixture(scope="session")
def tensorflow_info():
    """What the TensorFlow loader reports, computed once in the test thread."""
    tf = import_tensorflow()
    return {"version": tf.__version__, "device": default_device()}


@pytest.fixture
def notebook_window(qtbot, tensorflow_info):
    """A window whose Tensors panel ran the notebook's sequence (variables and ops)."""
    from tfintro_gui.ui.main_window import MainWindow
    from tfintro_gui.ui.tensors.panel import NOTEBOOK_SEQUENCE

    window = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.panel("tensors").tensorflow_ready(tensorflow_info)
    window.panel("tensors").run_sequence(NOTEBOOK_SEQUENCE)
    return window


#: Dumps every named value a notebook made into an .npz file, after the notebook's cells.
_TRAILER = """
import numpy as _np
_np.savez({path!r}, **{{_name: _np.asarray(globals()[_name]) for _name in {names!r}}})
"""


@pytest.fixture
def run_code_cells(tmp_path):
    """Run a notebook's code cells in a fresh Python process; return the named values
    (NumPy arrays) and what the cells printed."""

    def run(notebook, names) -> tuple[dict, str]:
        code = "\n\n".join(cell.source for cell in notebook.cells
                            if cell.cell_type == "code")
        values = tmp_path / "values.npz"
        script = tmp_path / "cells.py"
        script.write_text(code + _TRAILER.format(path=str(values), names=list(names)),
                          encoding="utf-8")
        completed = subprocess.run([sys.executable, str(script)], capture_output=True,
                                   text=True, timeout=600, cwd=tmp_path)
        assert completed.returncode == 0, completed.stderr[-3000:]
        with np.load(values) as data:
            return {name: data[name] for name in data.files}, completed.stdout

    return run


@pytest.fixture
def backprop_panel(qtbot, tensorflow_info):
    """The Backprop panel on its own, drawing built, TensorFlow ready (the notebook graph)."""
    from tfintro_gui.ui.backprop.panel import BackpropPanel

    panel = BackpropPanel()
    qtbot.addWidget(panel)
    panel.resize(1270, 820)
    panel.build_deferred()
    panel.show()
    panel.tensorflow_ready(tensorflow_info)
    return panel


@pytest.fixture
def classifier_panel(qtbot, tensorflow_info):
    """A Classifier panel on its own, shown at 1280×800, figures built, TensorFlow ready."""
    from tfintro_gui.ui.classifier.panel import ClassifierPanel

    panel = ClassifierPanel()
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    panel.build_deferred()
    panel.tensorflow_ready(tensorflow_info)
    yield panel
    panel.shutdown()

"""File → Export session as notebook / .py: the code of the session runs and gives its values."""

import subprocess
import sys

import nbformat
import numpy as np
import pytest

from tfintro_gui.lessons import load_lesson
from tfintro_gui.ui.main_window import MainWindow


@pytest.fixture
def session(notebook_window, tensorflow_info):
    """A window where the Tensors and Devices panels were used."""
    window = notebook_window
    tensors = window.panel("tensors")
    tensors.run_sequence([
        ("create", {"name": "n", "source": "np.ones", "shape": (3, 3)}),
        ("convert", {"conversion": "tf.multiply", "source": "n", "result": "t"}),
        ("set_item", {"name": "v", "index": (2, 0), "text": "7"}),
        ("apply", {"op": "reduce_sum", "result": "s", "x": "e", "axis": "0"}),
    ])
    assert len(tensors.workspace) == 9
    devices = window.panel("devices")
    devices.tensorflow_ready(tensorflow_info)
    devices.placement_box.run_button.click()
    devices.distribution_box.run_button.click()
    assert devices.distribution is not None
    return window


def test_the_notebook_reproduces_every_value_of_the_tensors_panel(session, tmp_path,
                                                                  run_code_cells):
    path = tmp_path / "session.ipynb"
    assert session.export_notebook(str(path))
    assert "Saved 2 panel(s)" in session.message_bar.text()
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    headings = [cell.source.splitlines()[0] for cell in notebook.cells
                if cell.cell_type == "markdown"]
    assert headings == ["# TensorFlow Intro Lab — session",
                        f"## {load_lesson('devices', 'en').title()}",
                        f"## {load_lesson('tensors', 'en').title()}"]
    workspace = session.panel("tensors").workspace
    values, output = run_code_cells(notebook, workspace.names())
    assert "Num GPUs Available:" in output
    assert "/device:CPU:0" in output  # the placement demo's y.device
    assert "36" in output  # the MirroredStrategy sum of 1..8
    for info in workspace.entries():
        assert info.reproducible, info.name
        expected = workspace.value(info.name)
        assert values[info.name].dtype == expected.dtype, info.name
        np.testing.assert_allclose(values[info.name], expected, rtol=1e-6, atol=1e-6,
                                   err_msg=info.name)
    np.testing.assert_array_equal(values["e"], np.full((2, 2), 4.0, np.float32))
    np.testing.assert_array_equal(values["v"][:, 0], [3.0, 3.0, 7.0])
    assert values["t"].dtype == np.float64  # tf.multiply(np.ones(...), 42) keeps float64


def test_one_code_cell_per_action_then_the_values(session):
    cells = session.panel("tensors").notebook_cells()
    assert cells[0] == ("code", "v = tf.Variable(initial_value=tf.random.stateless_normal("
                                "shape=(3, 1), seed=(0, 0), mean=0.0, stddev=1.0))")
    assert cells[2] == ("code", "v[0:2, 0].assign(3.0)")
    assert cells[8] == ("code", "e *= d")
    assert len(cells) == 13 + 1  # 13 actions, then the cell that prints every entry
    assert cells[-1][1].splitlines()[0] == "print('v', '=', v)"


def test_the_script_export_runs_too(session, tmp_path):
    path = tmp_path / "session.py"
    assert session.export_notebook(str(path), script=True)
    text = path.read_text(encoding="utf-8")
    assert text.count("# %% [markdown]") == 3
    completed = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                               timeout=600, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "e = tf.Tensor(\n[[4. 4.]\n [4. 4.]]" in completed.stdout.replace("'e' =", "e =")


def test_an_unwritable_path_is_said_and_changes_nothing(session, tmp_path):
    existing = tmp_path / "kept.ipynb"
    existing.write_text("old", encoding="utf-8")
    assert not session.export_notebook(str(tmp_path / "missing-folder" / "x.ipynb"))
    assert session.message_bar.level == "error"
    assert "could not be written" in session.message_bar.text()
    assert not session.export_notebook(str(tmp_path))  # a folder, not a file
    assert existing.read_text(encoding="utf-8") == "old"


def test_an_empty_session_exports_nothing(qtbot, tmp_path):
    window = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(window)
    assert not window.export_notebook(str(tmp_path / "empty.ipynb"))
    assert window.message_bar.level == "info" and "Nothing to export" in \
        window.message_bar.text()
    assert not (tmp_path / "empty.ipynb").exists()


def test_a_distribution_over_a_split_cpu_runs_in_a_fresh_kernel(qtbot, tensorflow_info,
                                                                 run_code_cells):
    """Regression: the MirroredStrategy cell used `values` without defining it, and a demo
    on two logical CPUs needs the CPU split before TensorFlow starts in the notebook too."""
    from tfintro_gui.core.devices.demos import MirroredSumResult, mirrored_sum_demo
    from tfintro_gui.core.devices.lab import notebook_cells
    from tfintro_gui.core.notebook import NotebookSection, build_notebook

    one_cpu = mirrored_sum_demo("[1, 2, 3, 4]", devices=["/CPU:0"])
    # As the demo reads after a restart with "Logical CPUs = 2" (this process has one).
    distribution = MirroredSumResult(
        ("/CPU:0", "/CPU:1"), one_cpu.replicas, one_cpu.total,
        one_cpu.code.replace("['/CPU:0']", "['/CPU:0', '/CPU:1']"))
    cells = notebook_cells(distribution=distribution)
    assert cells[0][1].startswith('cpus = tf.config.list_physical_devices("CPU")')
    notebook = build_notebook("Devices", [NotebookSection("Devices", "", tuple(cells))])
    _, output = run_code_cells(notebook, [])
    assert "tf.Tensor(10.0, shape=()" in output
    assert "/device:CPU:1" in output

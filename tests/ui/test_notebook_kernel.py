"""The exported notebook, executed in a real Jupyter kernel (nbclient + ipykernel): every
graph stepped in the Backprop panel, the Tensors panel's actions and TensorFlow's refusals
as try/except cells, with outputs equal to what the app showed."""

import nbformat
import pytest
from nbclient import NotebookClient

from tfintro_gui.core.notebook import REFUSED_CELL_HEADER


def outputs_of(cell) -> str:
    return "".join(output.get("text", "") for output in cell.outputs
                   if output.output_type == "stream")


@pytest.fixture
def executed(notebook_window, tensorflow_info, tmp_path):
    window = notebook_window
    tensors = window.panel("tensors")
    tensors.run_sequence([("set_item", {"name": "a", "index": (0, 0), "text": "0."})])
    refusal = tensors.message_bar.text().replace("\u200b", "")  # without break points
    backprop = window.panel("backprop")
    backprop.tensorflow_ready(tensorflow_info)
    backprop.step_controls.run_backward_button.click()  # the worked example
    backprop.expression_box.preset_input.setCurrentIndex(
        backprop.expression_box.preset_input.findData("square"))
    backprop.step_controls.run_backward_button.click()
    path = tmp_path / "session.ipynb"
    assert window.export_notebook(str(path))
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    return window, notebook, refusal


def test_a_refused_constant_edit_prints_tensorflows_error(executed):
    window, notebook, refusal = executed
    refused = [cell for cell in notebook.cells
               if cell.cell_type == "code" and cell.source.startswith(REFUSED_CELL_HEADER)]
    assert len(refused) == 1
    assert "    a[0, 0] = 0." in refused[0].source
    # `except … as e` would unbind the session's own e afterwards.
    assert "except Exception as error:\n    print(error)" in refused[0].source
    printed = outputs_of(refused[0]).strip()
    assert printed.endswith("object does not support item assignment")
    assert printed in refusal  # the kernel prints what the lab showed as TensorFlow's words
    values = window.panel("tensors").workspace
    printout = outputs_of([cell for cell in notebook.cells
                           if cell.source.startswith("print('v', '=', v)")][0])
    assert "e = " + str(values.object('e')) in printout  # str() in the kernel and the app


def test_every_stepped_graph_prints_its_gradients(executed):
    _, notebook, _ = executed
    tapes = [cell for cell in notebook.cells
             if cell.cell_type == "code" and "tf.GradientTape()" in cell.source]
    assert len(tapes) == 2  # the worked example, then r = x**2
    first, second = outputs_of(tapes[0]), outputs_of(tapes[1])
    assert "dloss_val/dw = tf.Tensor(2.0, shape=(), dtype=float32)" in first
    assert "dloss_val/db = tf.Tensor(1.0, shape=(), dtype=float32)" in first
    assert "dloss_val/dx = None" in first
    assert "dr/dx = tf.Tensor(6.0, shape=(), dtype=float32)" in second

"""The classifier's notebook cells: what they contain, joined runs, refused input."""

import numpy as np
import pytest

from tfintro_gui.core.classifier.events import TrainingRun, WeightsSet
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.notebook_code import classifier_notebook_cells
from tfintro_gui.core.classifier.recipe import DataRecipe

RECIPE = DataRecipe("gaussians", 10, 0).with_edit("split", 0.0, 0)
START = [np.float32([[0.25], [0.5]]), np.float32([0.0])]


def _run(first, count, **settings):
    return TrainingRun(**{"loss": "logistic", "learning_rate": 0.1, "batch_size": None,
                          "shuffle": True, "first_step": first, "num_steps": count,
                          **settings})


def test_back_to_back_runs_with_the_same_settings_become_one_loop():
    events = [_run(0, 10), _run(10, 5), _run(15, 3, learning_rate=0.5)]
    cells = [text for _, text in classifier_notebook_cells(RECIPE, "tape", ModelSpec(), START,
                                                           events)]
    loops = [cell for cell in cells if cell.startswith("# Step")]
    assert len(loops) == 2
    assert "for step in range(0, 15):" in loops[0]
    assert "for step in range(15, 18):" in loops[1] and ", 0.5)" in loops[1]
    assert 'W = tf.Variable(np.array([[0.25], [0.5]], dtype=np.float32), name="W")' in cells[1]
    assert cells[-1] == "print(W.numpy(), b.numpy())"


def test_keras_mini_batch_runs_stay_separate_fits():
    events = [_run(0, 4, batch_size=8, shuffle_seed=11),
              _run(4, 4, batch_size=8, shuffle_seed=15)]
    cells = [text for _, text in classifier_notebook_cells(RECIPE, "keras", ModelSpec(), START,
                                                           events)]
    fits = [cell for cell in cells if "model.fit(" in cell and "class " not in cell]
    assert len(fits) == 2 and "seed=11" in fits[0] and "seed=15" in fits[1]
    assert cells[-1] == "W, b = model.get_weights()\nprint(W, b)"


def test_dragged_weights_keep_only_the_last_position():
    events = [WeightsSet((np.float32([[1.0], [2.0]]), np.float32([0.0]))),
              WeightsSet((np.float32([[3.0], [4.0]]), np.float32([0.5])))]
    cells = [text for _, text in classifier_notebook_cells(RECIPE, "tape", ModelSpec(), START,
                                                           events)]
    assigned = [cell for cell in cells if cell.startswith("# W set by hand")]
    assert len(assigned) == 1 and "3" in assigned[0] and "0.5" in assigned[0]


@pytest.mark.parametrize("mode, spec, events, message", [
    ("jax", ModelSpec(), [], "Unknown training mode"),
    ("tape", ModelSpec(4, "tanh"), [], "hidden layer needs Keras"),
    ("tape", ModelSpec(), [_run(0, 1, loss="hinge")], "Unknown loss"),
    ("tape", ModelSpec(), [_run(0, 1, learning_rate=-1.0)], "learning_rate"),
    ("tape", ModelSpec(), [("teleport", None)], "Unknown classifier event"),
])
def test_bad_input_is_refused(mode, spec, events, message):
    with pytest.raises(ValueError, match=message):
        classifier_notebook_cells(RECIPE, mode, spec, spec.initial_weights(0), events)

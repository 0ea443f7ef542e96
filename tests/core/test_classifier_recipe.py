"""Data recipes: the settings and edits that rebuild the classifier's points exactly."""

import json
import subprocess
import sys

import numpy as np
import pytest

from tfintro_gui.core.classifier.data import make_two_gaussians, split_train_test
from tfintro_gui.core.classifier.presets import PRESETS, make_preset
from tfintro_gui.core.classifier.recipe import DataRecipe, check_edit, recipe_from_state

_DUMP = """
import numpy as _np
_np.savez({path!r}, points=points, labels=labels, is_test=is_test, inputs=inputs)
"""


def _run_numpy_code(code, tmp_path):
    script = tmp_path / "data.py"
    script.write_text("import numpy as np\n" + code + _DUMP.format(
        path=str(tmp_path / "data.npz")), encoding="utf-8")
    completed = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                               timeout=120)
    assert completed.returncode == 0, completed.stderr[-2000:]
    with np.load(tmp_path / "data.npz") as data:
        return {name: data[name] for name in data.files}


def _edited(recipe):
    return (recipe.with_edit("split", 0.25, 3).with_edit("insert", 7, 0.1, -2.5, 1.0, False)
            .with_edit("delete", 0).with_edit("insert", 2, 1e-3, 3.3, 0.0, True))


@pytest.mark.parametrize("source", ["gaussians", "gaussians_np_random", *PRESETS])
def test_the_code_builds_the_same_points_labels_and_split(source, tmp_path):
    recipe = _edited(DataRecipe(source, 40, seed=11, noise=0.3))
    points, labels, is_test = recipe.build()
    values = _run_numpy_code(recipe.code(), tmp_path)
    np.testing.assert_array_equal(values["points"], points)
    assert values["points"].dtype == np.float32
    np.testing.assert_array_equal(values["labels"], labels)
    np.testing.assert_array_equal(values["is_test"], is_test)
    np.testing.assert_array_equal(values["inputs"], points[~is_test])
    assert len(points) == 81 and is_test.sum() == 21


NOTEBOOK_CELL = """
import numpy as np
np.random.seed(7)
num_samples_per_class = 1000
negative_samples = np.random.multivariate_normal(
    mean=[0, 3], cov=[[1, 0.5], [0.5, 1]], size=num_samples_per_class)
positive_samples = np.random.multivariate_normal(
    mean=[3, 0], cov=[[1, 0.5], [0.5, 1]], size=num_samples_per_class)
inputs = np.vstack((negative_samples, positive_samples)).astype(np.float32)
np.save({path!r}, inputs)
"""


def test_np_random_gaussians_are_the_notebook_cells_points(tmp_path):
    """The notebook's own cell, run in a fresh Python after np.random.seed(7)."""
    path = tmp_path / "notebook.npy"
    completed = subprocess.run([sys.executable, "-c", NOTEBOOK_CELL.format(path=str(path))],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr[-2000:]
    state_before = np.random.get_state()[1].copy()
    points = DataRecipe("gaussians_np_random", 1000, seed=7).base()[0]
    np.testing.assert_array_equal(points, np.load(path))
    np.testing.assert_array_equal(np.random.get_state()[1], state_before)  # left alone
    default = DataRecipe("gaussians", 1000, seed=7).base()[0]
    assert not np.allclose(points, default)  # default_rng draws other points
    with pytest.raises(ValueError, match="generator"):
        make_two_gaussians(10, seed=1, generator="mersenne")


def test_the_base_is_what_the_generators_draw():
    drawn = make_two_gaussians(30, "[1, 2]", "[2, 1]", "[[1, 0], [0, 2]]", seed=4)
    recipe = DataRecipe("gaussians", 30, 4, (1.0, 2.0), (2.0, 1.0), ((1.0, 0.0), (0.0, 2.0)))
    np.testing.assert_array_equal(recipe.base()[0], drawn.inputs)
    moons = make_preset("moons", 30, 0.1, seed=4)
    np.testing.assert_array_equal(DataRecipe("moons", 30, 4, noise=0.1).base()[0], moons.inputs)
    points, _, is_test = DataRecipe("moons", 30, 4, noise=0.1).with_edit("split", 0.5, 9).build()
    np.testing.assert_array_equal(is_test, split_train_test(60, 0.5, seed=9))


def test_imported_points_are_written_out_and_survive_json(tmp_path):
    rng = np.random.default_rng(0)
    recipe = _edited(DataRecipe("points", seed=5, points=rng.normal(size=(20, 2)).astype(
        np.float32), labels=(rng.random((20, 1)) > 0.5).astype(np.float32), name="a.csv"))
    again = recipe_from_state(json.loads(json.dumps(recipe.to_state())))
    assert again == recipe
    for before, after in zip(recipe.build(), again.build(), strict=True):
        np.testing.assert_array_equal(before, after)
    values = _run_numpy_code(recipe.code(), tmp_path)
    np.testing.assert_array_equal(values["points"], recipe.build()[0])


@pytest.mark.parametrize("edit, message", [
    (("split", 0.95, 1), "test share"),
    (("split", float("nan"), 1), "test share"),
    (("insert", -1, 0.0, 0.0, 1.0, False), "index"),
    (("insert", 0, float("inf"), 0.0, 1.0, False), "finite"),
    (("insert", 0, 0.0, 0.0, 2.0, False), "label"),
    (("delete",), "Unknown data edit"),
    (("move", 1), "Unknown data edit"),
])
def test_bad_edits_are_refused_with_a_reason(edit, message):
    with pytest.raises(ValueError, match=message):
        check_edit(edit)


def test_an_edit_out_of_range_is_found_when_building():
    with pytest.raises(ValueError, match="removes point 99"):
        DataRecipe("xor", 10, 1).with_edit("delete", 99).build()


@pytest.mark.parametrize("change, message", [
    ({"source": "blobs"}, "Unknown data source"),
    ({"seed": -3}, "seed"),
    ({"num_samples_per_class": 0}, "points per class"),
    ({"noise": 5.0}, "noise"),
    ({"covariance": [[1, 2], [2, 1]]}, "positive semi-definite"),
    ({"edits": "none"}, "edits"),
])
def test_bad_recipe_states_are_refused(change, message):
    state = {**DataRecipe("moons", 10, 1).to_state(), **change}
    with pytest.raises(ValueError, match=message):
        recipe_from_state(state)

"""The training history: every step kept until the cap, then evenly thinned; CSV output."""

import csv

import numpy as np
import pytest

from tfintro_gui.core.classifier.data import make_two_gaussians
from tfintro_gui.core.classifier.history import TrainingHistory
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.training import LinearClassifierTrainer, initial_parameters


def append_steps(history, first, count):
    steps = np.arange(first, first + count)
    history.append(steps * 1.0, steps % 2, first_step=first,
                   parameters=np.column_stack([steps, -steps, steps * 0.5]))


def test_every_step_is_kept_below_the_cap():
    history = TrainingHistory(max_records=100, initial_capacity=8)
    for first in range(0, 90, 9):
        append_steps(history, first, 9)
    assert len(history) == 90 == history.num_steps and history.stride == 1
    np.testing.assert_array_equal(history.steps, np.arange(90))
    np.testing.assert_array_equal(history.losses, np.arange(90))
    np.testing.assert_array_equal(history.parameters[:, 1], -np.arange(90))
    assert np.all(np.isnan(history.test_losses)) and not history.has_test


def test_past_the_cap_rows_are_thinned_evenly_and_stay_matched():
    history = TrainingHistory(max_records=100, initial_capacity=8)
    for first in range(0, 1000, 7):
        append_steps(history, first, 7)
    assert history.num_steps == 1001
    assert len(history) <= 100 and history.stride == 16
    assert history.steps[0] == 0 and np.all(history.steps % history.stride == 0)
    assert np.all(np.diff(history.steps) == history.stride)
    np.testing.assert_array_equal(history.losses, history.steps)  # rows stay matched
    np.testing.assert_array_equal(history.parameters[:, 2], history.steps * 0.5)


def test_one_huge_append_is_thinned_too():
    history = TrainingHistory(max_records=1000)
    append_steps(history, 0, 100_000)
    assert len(history) <= 1000 and history.num_steps == 100_000
    assert history.steps[-1] >= 100_000 - history.stride


def test_memory_stays_bounded_over_1e5_compiled_steps():
    data = make_two_gaussians(200, seed=0)
    W0, b0 = initial_parameters(seed=0)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0,
                                      test_inputs=data.inputs[:50], test_targets=data.targets[:50])
    history = TrainingHistory(num_parameters=3, max_records=5000)
    sizes = []
    for snapshot in trainer.run(100_000, steps_per_call=10_000):
        history.append_snapshot(snapshot)
        sizes.append(history.nbytes)
    assert history.num_steps == 100_000 and len(history) <= 5000
    # 5000 rows × (8 + 4·4 bytes + 3 parameters · 4 bytes) at most, whatever the length.
    assert max(sizes) <= 5000 * (8 + 4 * 4 + 3 * 4)
    assert history.has_test and not np.any(np.isnan(history.test_losses))
    np.testing.assert_array_equal(history.parameters[0], np.concatenate([W0.ravel(), b0]))
    assert history.losses[-1] < history.losses[0]


def test_memory_stays_bounded_over_1e5_single_step_snapshots():
    history = TrainingHistory(num_parameters=257, max_records=2000)
    parameters = np.zeros((1, 257), np.float32)
    for step in range(100_000):
        history.append([0.5], [1.0], first_step=step, parameters=parameters)
    assert len(history) <= 2000 and history.nbytes <= 2000 * (8 + 16 + 257 * 4)


def test_index_of_step_finds_the_nearest_kept_row_before():
    history = TrainingHistory(max_records=10)
    append_steps(history, 0, 40)  # stride 4 or 8
    row = history.index_of_step(13)
    assert history.steps[row] <= 13 < history.steps[row] + history.stride
    assert history.index_of_step(10**9) == len(history) - 1
    with pytest.raises(IndexError):
        TrainingHistory().index_of_step(0)


def test_mismatched_columns_are_refused():
    history = TrainingHistory()
    with pytest.raises(ValueError, match="accuracies"):
        history.append([1, 2], [1])
    with pytest.raises(ValueError, match="parameters must have shape"):
        history.append([1], [1], parameters=np.zeros((1, 4)))
    with pytest.raises(ValueError, match="max_records"):
        TrainingHistory(max_records=1)


def test_history_csv_has_named_columns(tmp_path):
    history = TrainingHistory(num_parameters=3)
    history.append([0.7, 0.6], [0.5, 0.75], parameters=[[1, 2, 3], [4, 5, 6]],
                   test_losses=[0.8, 0.65], test_accuracies=[0.4, 0.7])
    path = tmp_path / "history.csv"
    history.write_csv(path, ModelSpec().parameter_names())
    rows = list(csv.reader(path.open()))
    assert rows[0] == ["step", "loss", "accuracy", "test_loss", "test_accuracy",
                       "W[0]", "W[1]", "b[0]"]
    assert rows[2] == ["1", "0.600000024", "0.75", "0.649999976", "0.699999988", "4", "5", "6"]
    with pytest.raises(ValueError, match="parameter names"):
        history.write_csv(path, ["a"])

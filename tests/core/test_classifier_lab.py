"""The Classifier lab without a user interface: data, runs, edits, events and sessions."""

import json

import numpy as np
import pytest

from tfintro_gui.core.classifier.events import DataEdited, LossLogged, TrainingRun, WeightsSet
from tfintro_gui.core.classifier.lab import ClassifierLab
from tfintro_gui.core.classifier.settings import DataSettings, TrainingSettings

pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy")

SMALL = DataSettings(num_samples_per_class=50, seed=4)
TAPE = TrainingSettings()


def run_to_end(lab, plan, keep=None):
    """Drive a plan as the panel's worker does; ``keep`` snapshots, then stop (Pause)."""
    generator = plan.make_generator()
    reports = []
    for index, snapshot in enumerate(generator):
        reports.append(lab.take_snapshot(snapshot))
        if keep is not None and index + 1 >= keep:
            break
    generator.close()
    lab.end_run()
    return reports


@pytest.fixture
def lab():
    lab = ClassifierLab()
    lab.draw_data(SMALL, TAPE)
    lab.start(TAPE, [np.float32([[0.2], [0.7]]), np.float32([0.0])])
    return lab


def test_before_tensorflow_there_are_points_but_no_trainer_cells_or_session():
    lab = ClassifierLab()
    lab.draw_data(DataSettings(), TAPE)
    assert lab.data.inputs.shape == (2000, 2) and lab.trainer is None
    assert lab.notebook_cells() == [] and lab.session_state(DataSettings(), TAPE) == {}


def test_a_run_fills_the_history_logs_every_tenth_step_and_records_the_run(lab):
    reports = run_to_end(lab, lab.plan_run(TrainingSettings(num_steps=30)))
    assert len(lab.history) == 30 and lab.trainer.num_steps_done == 30
    logged = [line for report in reports for line in report.log]
    assert [line.step for line in logged] == [9, 19, 29]
    assert logged[-1] == LossLogged(29, pytest.approx(float(lab.history.losses[29])))
    (run,) = lab.events
    assert isinstance(run, TrainingRun) and (run.first_step, run.num_steps) == (0, 30)
    assert not lab.is_paused


def test_a_stopped_run_is_paused_and_run_resumes_to_its_target(lab):
    settings = TrainingSettings(num_steps=40, speed=30)  # paced: one step per snapshot
    run_to_end(lab, lab.plan_run(settings), keep=5)
    assert lab.trainer.num_steps_done == 5 and lab.is_paused
    plan = lab.plan_run(settings)
    assert plan.end_step == 40 and plan.seconds_between_items == pytest.approx(1 / 30)
    run_to_end(lab, plan)
    assert lab.trainer.num_steps_done == 40 and not lab.is_paused
    assert [event.num_steps for event in lab.events] == [5, 35]


def test_a_step_forgets_a_paused_run_and_its_speed(lab):
    run_to_end(lab, lab.plan_run(TrainingSettings(num_steps=40, speed=30)), keep=3)
    assert lab.steps_per_s > 0
    run_to_end(lab, lab.plan_step(TAPE))
    assert lab.trainer.num_steps_done == 4 and not lab.is_paused
    assert lab.steps_per_s == 0  # the readout says "—", not the paused run's speed


def test_divergence_is_reported_as_data_and_ends_the_target(lab):
    settings = TrainingSettings(loss="squared", learning_rate=5.0, num_steps=100, speed=30)
    reports = run_to_end(lab, lab.plan_run(settings))
    assert reports[-1].divergence.learning_rate == 5.0
    assert reports[-1].divergence.reason in ("loss_grew", "not_finite")
    assert lab.trainer.num_steps_done < 100 and not lab.is_paused


def test_the_keras_trainer_is_made_from_the_mode_and_the_same_start_is_kept(lab):
    start = lab.start_weights
    run_to_end(lab, lab.plan_run(TrainingSettings(num_steps=10)))
    tape_losses = lab.history.losses.copy()
    lab.change_model(TrainingSettings(mode="keras"))
    assert lab.trainer.mode == "keras" and len(lab.history) == 0
    for now, then in zip(lab.trainer.get_weights(), start, strict=True):
        np.testing.assert_array_equal(now, then)
    np.testing.assert_array_equal(lab.previous_run.losses, tape_losses)
    assert (lab.previous_run.mode, lab.previous_run.learning_rate) == ("tape", 0.1)
    run_to_end(lab, lab.plan_run(TrainingSettings(mode="keras", num_steps=10)))
    np.testing.assert_allclose(lab.history.losses, tape_losses, atol=1e-5)
    lab.change_model(TrainingSettings(mode="keras", hidden_units=3))
    assert [w.shape for w in lab.trainer.get_weights()] == [(2, 3), (3,), (3, 1), (1,)]


def test_restart_goes_back_to_the_start_and_keeps_the_curve(lab):
    start = lab.start_weights
    run_to_end(lab, lab.plan_run(TrainingSettings(num_steps=5)))
    lab.restart(TrainingSettings(learning_rate=0.5))
    np.testing.assert_array_equal(lab.trainer.get_weights()[0], start[0])
    assert lab.trainer.num_steps_done == 0 and len(lab.previous_run.steps) == 5
    lab.draw_data(SMALL, TAPE)  # new points: nothing to compare with
    assert lab.previous_run is None


def test_a_reset_trains_again_at_once_and_repeats_the_first_run_exactly(lab):
    # 300 steps "as fast as possible": a traced call, then XLA-compiled calls.
    settings = TrainingSettings(num_steps=300)

    def run_and_say_what_compiled():
        compiled = []
        for snapshot in lab.plan_run(settings).make_generator():
            compiled.append(snapshot.compiled)
            lab.take_snapshot(snapshot)
        lab.end_run()
        return compiled

    assert any(run_and_say_what_compiled()) or lab.trainer.xla_unavailable
    first_losses = lab.history.losses.copy()
    lab.restart(settings)
    compiled = run_and_say_what_compiled()
    assert len(compiled) > 1 and not any(compiled)  # nothing compiled again
    np.testing.assert_allclose(lab.history.losses, first_losses, rtol=1e-6, atol=1e-7)
    assert lab.trainer.num_steps_done == 300 and len(lab.previous_run.steps) == 300


def test_a_reset_during_a_run_or_on_other_data_starts_a_new_trainer(lab):
    trainer = lab.trainer
    generator = lab.plan_run(TrainingSettings(num_steps=50, speed=30)).make_generator()
    lab.take_snapshot(next(generator))  # a call may still be finishing in a worker
    lab.restart(TAPE)
    assert lab.trainer is not trainer and lab.trainer.num_steps_done == 0
    generator.close()
    kept = lab.trainer
    lab.draw_data(DataSettings(num_samples_per_class=60, seed=4), TAPE)
    assert lab.trainer is not kept and lab.trainer.num_samples == 120


def test_points_are_added_and_removed_under_the_rules(lab):
    weights = lab.trainer.get_weights()
    lab.insert_point(100, np.float32([9.0, 9.0]), 1.0, False)
    assert len(lab.data.inputs) == 101 and lab.trainer.num_samples == 101
    assert lab.events == (DataEdited(("insert", 100, 9.0, 9.0, 1.0, False)),)
    for now, then in zip(lab.trainer.get_weights(), weights, strict=True):
        np.testing.assert_array_equal(now, then)  # training goes on from the same weights
    lab.delete_point(100)
    assert len(lab.data.inputs) == 100
    assert lab.data.check_new_point(2e6, 0).code == "point_out_of_range"
    assert lab.data.check_new_point(1.0, -2.0) is None
    with pytest.raises(ValueError, match="between -1,000,000"):
        lab.insert_point(0, np.float32([2e6, 0]), 0.0, False)


def test_a_right_click_removes_the_nearest_point_but_keeps_two_training_points():
    lab = ClassifierLab()
    lab.draw_data(DataSettings(num_samples_per_class=2, seed=1, test_percent=25), TAPE)
    points_px = lab.data.inputs * 100.0  # one unit = 100 pixels
    training = np.flatnonzero(~lab.data.test_mask)
    assert len(training) == 3
    pick = lab.data.pick_removal(points_px, points_px[training[0]] + 3, 15)
    assert pick.index == training[0] and pick.notice is None
    assert lab.data.pick_removal(points_px, points_px[0] + 500, 15).notice.code == \
        "no_point_near"
    lab.delete_point(training[0])
    pick = lab.data.pick_removal(lab.data.inputs * 100.0,
                                 lab.data.inputs[np.flatnonzero(~lab.data.test_mask)[0]]
                                 * 100.0, 15)
    assert pick.index is None and pick.notice.code == "keep_two_training_points"
    test_index = int(np.flatnonzero(lab.data.test_mask)[0])
    assert lab.data.pick_removal(lab.data.inputs * 100.0,
                                 lab.data.inputs[test_index] * 100.0, 15).index == test_index


def test_misclassified_points_are_counted_by_the_core(lab):
    W, b = np.float32([[1.0], [0.0]]), np.float32([0.0])  # class 1 where x[0] > 0
    wrong = lab.misclassified([W, b])
    predicted = lab.data.inputs[:, 0] > 0
    assert wrong.shape == (100,)
    assert wrong.sum() == np.sum(predicted != (lab.data.targets[:, 0] > 0.5))
    assert 0 < wrong.sum() < 100


def test_dragged_weights_are_an_event_and_the_notebook_redoes_them(lab):
    lab.set_linear_weights(1.5, -0.5)
    np.testing.assert_array_equal(lab.trainer.get_weights()[0], [[1.5], [-0.5]])
    (event,) = lab.events
    assert isinstance(event, WeightsSet)
    cells = [text for _, text in lab.notebook_cells()]
    assert any(cell.startswith("# W set by hand") and "1.5" in cell for cell in cells)


def test_a_session_round_trips_through_json_into_a_new_lab(lab):
    data = DataSettings(num_samples_per_class=50, seed=4, test_percent=20, click_class=1)
    lab.change_split(data, TAPE)
    run_to_end(lab, lab.plan_run(TrainingSettings(num_steps=7, batch_size=16)))
    lab.insert_point(3, np.float32([0.5, -0.25]), 1.0, False)
    training = TrainingSettings(num_steps=7, batch_size=16, learning_rate=0.07)
    state = json.loads(json.dumps(lab.session_state(data, training)))
    checked = ClassifierLab.check_session_state(state)
    assert checked.data_settings == data and checked.training == training
    other = ClassifierLab()
    other.restore(checked)
    np.testing.assert_array_equal(other.data.inputs, lab.data.inputs)
    np.testing.assert_array_equal(other.data.test_mask, lab.data.test_mask)
    for now, then in zip(other.trainer.get_weights(), lab.trainer.get_weights(), strict=True):
        np.testing.assert_array_equal(now, then)
    assert other.trainer.num_steps_done == 7
    np.testing.assert_array_equal(other.start_weights[0], lab.start_weights[0])
    assert other.session_state(data, training) == state


def test_the_apps_csv_export_imports_back_into_the_lab(lab, tmp_path):
    path = tmp_path / "points.csv"
    assert lab.export_points(path) == 100
    before = lab.data.inputs.copy()
    lab.draw_data(DataSettings(data_set="moons", num_samples_per_class=10), TAPE)
    dataset = lab.import_points(path, SMALL, TAPE)
    assert dataset.name == "points.csv" and lab.trainer.num_samples == 100
    np.testing.assert_array_equal(lab.data.inputs, before)


def test_a_history_is_written_only_after_training(lab, tmp_path):
    with pytest.raises(ValueError, match="no history yet"):
        lab.write_history(tmp_path / "history.csv")
    run_to_end(lab, lab.plan_run(TrainingSettings(num_steps=3)))
    lab.write_history(tmp_path / "history.csv")
    lines = (tmp_path / "history.csv").read_text().splitlines()
    assert lines[0] == "step,loss,accuracy,W[0],W[1],b[0]" and len(lines) == 4

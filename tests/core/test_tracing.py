"""The garbage collector is off while a worker thread traces TensorFlow functions."""

import gc
import threading

import pytest

from tfintro_gui.core.classifier.data import make_two_gaussians
from tfintro_gui.core.classifier.keras_training import KerasClassifierTrainer
from tfintro_gui.core.classifier.training import LinearClassifierTrainer
from tfintro_gui.core.tracing import collector_paused

pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy")


@pytest.fixture(autouse=True)
def collector_on():
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    assert gc.isenabled()  # every pause was undone
    if not was_enabled:
        gc.disable()


def test_nested_and_overlapping_pauses_end_with_the_last():
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        other_thread_ended = threading.Event()

        def other_thread():
            with collector_paused():
                assert not gc.isenabled()
            other_thread_ended.set()

        threading.Thread(target=other_thread).start()
        assert other_thread_ended.wait(10)
        assert not gc.isenabled()
    with collector_paused(False):
        assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
    gc.enable()


def test_an_error_inside_still_turns_the_collector_back_on():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("traced badly")


def test_the_hand_written_loop_traces_with_the_collector_off(monkeypatch):
    data = make_two_gaussians(seed=0, num_samples_per_class=50)
    trainer = LinearClassifierTrainer(data.inputs, data.targets)
    seen = []
    build = trainer._run_steps_function

    def spying_build(xla=False):
        function = build(xla)

        def call(count):
            seen.append(gc.isenabled())
            return function(count)

        return call

    monkeypatch.setattr(trainer, "_run_steps_function", spying_build)
    list(trainer.run(6, steps_per_call=3))
    assert seen == [False, True]  # traced on the first call only


def test_keras_fit_traces_with_the_collector_off(monkeypatch):
    data = make_two_gaussians(seed=0, num_samples_per_class=50)
    trainer = KerasClassifierTrainer(data.inputs, data.targets)
    seen = []
    fit = trainer._fit

    def spying_fit(*args):
        seen.append(gc.isenabled())
        fit(*args)

    monkeypatch.setattr(trainer, "_fit", spying_fit)
    snapshots = list(trainer.run(4, steps_per_call=2))
    assert gc.isenabled() and len(snapshots) == 2
    list(trainer.run(2, steps_per_call=2))  # traced already
    assert seen == [False, True]

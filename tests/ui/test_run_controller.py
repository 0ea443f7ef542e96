"""The run controller: items in order, coalesced frames, the stop rule, stale runs, threads."""

import threading

import pytest

from tfintro_gui.ui.run_controller import RunController, pace, running_threads


def counting(count, gate=None):
    """Yield 0..count-1; with ``gate``, wait for it before each item after the first."""
    for number in range(count):
        if gate is not None and number:
            gate.wait(5)
        yield number


@pytest.fixture
def controller(qtbot):
    controller = RunController()
    yield controller
    controller.stop(drain=False)


def test_every_item_arrives_in_order_and_the_run_completes(qtbot, controller):
    items = []
    controller.produced.connect(items.append)
    with qtbot.waitSignal(controller.finished, timeout=5000) as blocker:
        controller.start(lambda: counting(50))
    assert items == list(range(50))
    assert blocker.args == [True]
    assert not controller.is_running()


def test_frames_are_coalesced_and_the_last_item_is_always_shown(qtbot):
    controller = RunController(frames_per_s=1)  # one frame a second: the run is shorter
    frames = []
    controller.frame.connect(frames.append)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.start(lambda: counting(200))
    assert frames[-1] == 199
    assert len(frames) < 200


def test_a_failing_generator_reports_its_error_and_does_not_complete(qtbot, controller):
    def broken():
        yield 1
        raise ValueError("bad learning_rate")

    failures, outcomes = [], []
    controller.failed.connect(failures.append)
    controller.finished.connect(outcomes.append)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.start(broken)
    assert failures == ["ValueError: bad learning_rate"]
    assert outcomes == [False]


def test_stop_with_drain_delivers_the_items_already_computed(qtbot, controller):
    gate = threading.Event()
    computed = []

    def slow():
        for number in range(1000):
            computed.append(number)
            yield number
            if number == 5:
                gate.set()

    items, outcomes = [], []
    controller.produced.connect(items.append)
    controller.finished.connect(outcomes.append)
    controller.start(slow)
    assert gate.wait(5)
    assert controller.stop(drain=True)
    # Every item the worker computed (and so emitted) reached the view, in order.
    assert items == computed[:len(items)]
    assert len(items) == len(computed)
    assert outcomes == [False]


def test_stop_without_drain_drops_queued_items(qtbot, controller):
    gate = threading.Event()

    def fast():
        for number in range(100_000):
            yield number
            if number == 100:
                gate.set()

    items = []
    controller.produced.connect(items.append)
    controller.start(fast)
    assert gate.wait(5)
    assert controller.stop(drain=False)
    count = len(items)
    qtbot.wait(50)  # anything still queued would arrive now
    assert len(items) == count
    assert count < 100_000


def test_items_of_an_older_run_never_reach_the_view(qtbot, controller):
    gate = threading.Event()

    def old_run():
        for number in range(100_000):
            yield f"old {number}"
            if number == 100:
                gate.set()

    items = []
    controller.produced.connect(items.append)
    controller.start(old_run)
    assert gate.wait(5)
    controller.stop(drain=False)
    old_count = len(items)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.start(lambda: counting(3))
    assert items[old_count:] == [0, 1, 2]


def test_finished_threads_are_released(qtbot, controller):
    for _ in range(20):
        with qtbot.waitSignal(controller.finished, timeout=5000):
            controller.start(lambda: counting(2))
    qtbot.waitUntil(lambda: not running_threads(), timeout=5000)
    from tfintro_gui.ui import run_controller

    qtbot.waitUntil(lambda: len(run_controller._live_threads) == 0, timeout=5000)


def test_a_paced_run_stops_at_once(qtbot, controller):
    items = []
    controller.produced.connect(items.append)
    controller.start(lambda: counting(100), seconds_between_items=30.0)
    qtbot.waitUntil(lambda: items == [0], timeout=5000)
    assert controller.stop(timeout_ms=2000)  # the 30 s pause ends at the stop request
    assert items == [0]


def test_the_time_an_item_takes_counts_toward_a_paced_run_s_pause():
    """Regression: at "10 steps/s" Keras's steps came 7 a second (30 ms a step + 100 ms)."""
    pause, due = pace(0.1, None, made=5.0, making=0.03)
    assert (pause, due) == (pytest.approx(0.07), pytest.approx(5.1))
    # The next item, made a little late, is still due a period after the last was due.
    pause, due = pace(0.1, due, made=5.102, making=0.03)
    assert (pause, due) == (pytest.approx(0.068), pytest.approx(5.2))
    # An item slower than the period: no pause, and no hurry afterwards.
    pause, due = pace(0.1, due, made=5.45, making=0.25)
    assert (pause, due) == (0.0, pytest.approx(5.55))

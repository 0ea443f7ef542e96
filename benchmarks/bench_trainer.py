"""Training speed of the classifier, headless and in the live panel, in one run.

Prints one JSON object:
- ``numpy_steps_per_s``: the same full-batch logistic step in plain NumPy (the floor for
  this tiny model);
- ``eager_steps_per_s``: the notebook's eager ``GradientTape`` loop;
- ``fused_steps_per_s``: :class:`LinearClassifierTrainer` with many steps per
  compiled call (``steps_per_call="auto"``: XLA-compiled calls where XLA compiles),
  headless; ``compiler`` says which, ``xla_compile_s`` how long the GUI run's first
  calls spent compiling (before the timing, as on a student's first Run);
- ``keras_steps_per_s``: :class:`KerasClassifierTrainer` (``model.fit``), headless;
  ``keras_gui_steps_per_s``: the panel training in Keras mode, as ``gui_steps_per_s``;
  ``keras_fit_alone_steps_per_s``: ``model.fit`` compiled as Keras mode's fast runs but with
  no metric, recording or callback: the most Keras mode could reach on this machine;
- ``gui_steps_per_s``: the Classifier panel training "as fast as possible" with live plots,
  offscreen; ``redraws_per_s``: blits/redraws of the figure per second while training;
- ``ui_stall_p99_ms``: the 99th percentile of a 10 ms GUI-thread timer's lateness while
  the panel trains (how long the GUI could not react);
- the ratios ``gui_to_numpy`` (target ≥ 1.0), ``gui_to_fused`` (≥ 0.9) and
  ``keras_to_gui`` (≥ 0.5; ``keras_fit_alone_to_gui`` is its ceiling). Targets also:
  ≥ 30 redraws/s, stall p99 ≤ 20 ms.
All on the notebook's data (2 × 1000 points) and learning rate 0.1, on ``device`` (the
first GPU where TensorFlow sees one, as in the app).
"""

from __future__ import annotations

import argparse
import json
import os
import time

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def numpy_steps_per_s(inputs, targets, seconds: float) -> float:
    W = np.random.default_rng(0).random((2, 1), dtype=np.float32)
    b = np.zeros(1, np.float32)
    steps, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for _ in range(100):
            logits = inputs @ W + b
            error = (0.5 * (1 + np.tanh(0.5 * logits)) - targets) / len(inputs)  # σ(o) − y
            W -= 0.1 * (inputs.T @ error)
            b -= 0.1 * error.sum(axis=0)
        steps += 100
    return steps / (time.perf_counter() - started)


def eager_steps_per_s(tf, inputs, targets, seconds: float) -> float:
    W = tf.Variable(tf.random.uniform((2, 1)))
    b = tf.Variable(tf.zeros((1,)))
    steps, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        with tf.GradientTape() as tape:
            logits = tf.matmul(inputs, W) + b
            loss = tf.reduce_mean(tf.math.softplus(logits) - targets * logits)
        grad_W, grad_b = tape.gradient(loss, [W, b])
        W.assign_sub(grad_W * 0.1)
        b.assign_sub(grad_b * 0.1)
        steps += 1
    return steps / (time.perf_counter() - started)


def fused_steps_per_s(trainer_class, inputs, targets, seconds: float) -> float:
    trainer = trainer_class(inputs, targets)
    for _ in trainer.run(3000, steps_per_call="auto"):  # compile once, outside the timing
        pass
    steps, started = 0, time.perf_counter()
    for snapshot in trainer.run(10**9, steps_per_call="auto"):
        steps += len(snapshot.losses)
        if time.perf_counter() - started >= seconds:
            break
    return steps / (time.perf_counter() - started)


def keras_fit_alone_steps_per_s(inputs, targets, seconds: float) -> float:
    from tfintro_gui.core.classifier import keras_training
    from tfintro_gui.core.classifier.keras_data import fit_dataset
    from tfintro_gui.core.classifier.keras_model import build_model, import_keras, keras_loss
    from tfintro_gui.core.runtime import default_device, import_tensorflow

    tf, keras = import_tensorflow(), import_keras()
    with tf.device(default_device()):
        model = build_model()
        model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1),
                      loss=keras_loss("logistic"),
                      steps_per_execution=keras_training.STEPS_PER_EXECUTION, jit_compile=True)
        model.unrolled_steps_per_execution = keras_training.UNROLLED_STEPS
        batches = fit_dataset(inputs, targets, None, shuffle=False, seed=0)  # Keras mode's

        def fit(num_steps: int) -> float:
            started = time.perf_counter()
            model.fit(batches.repeat(num_steps), epochs=1, verbose=0, shuffle=False)
            return time.perf_counter() - started

        warm_up_steps = 8 * keras_training.STEPS_PER_EXECUTION  # compiles, then sizes the run
        rate = warm_up_steps / fit(warm_up_steps)
        num_steps = max(warm_up_steps, int(rate * seconds))
        return num_steps / fit(num_steps)


def gui_figures(seconds: float, mode: str = "tape") -> dict:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer

    from tfintro_gui.app import create_application
    from tfintro_gui.core.runtime import default_device, import_tensorflow
    from tfintro_gui.ui.classifier.panel import ClassifierPanel

    app = create_application(offscreen=True)
    tf = import_tensorflow()
    panel = ClassifierPanel()
    panel.resize(1400, 860)
    panel.show()
    panel.build_deferred()
    panel.tensorflow_ready({"version": tf.__version__, "device": default_device()})
    box = panel.training_box
    box.mode_input.setCurrentIndex(box.mode_input.findData(mode))
    redraws = []
    original_refresh = panel.plots.refresh

    def counting_refresh(full=False):
        redraws.append(time.perf_counter())
        original_refresh(full)

    panel.plots.refresh = counting_refresh
    def run_until_idle(timeout_s: float) -> None:
        """Run the real event loop until the panel's run has ended."""
        poll = QTimer()
        poll.timeout.connect(lambda: None if panel.is_training() else app.quit())
        poll.start(20)
        QTimer.singleShot(int(timeout_s * 1000), panel.run_controls.pause_button.click)
        app.exec()
        poll.stop()

    # Warm-up run traces (and compiles for XLA) the calls, as a student's first Run does.
    panel.training_box.num_steps_input.setValue(3000)
    panel.run_controls.run_button.click()
    run_until_idle(60)
    compile_s = getattr(panel.lab.trainer, "compile_seconds", None)  # XLA (loop) only
    panel.run_controls.reset_button.click()

    lateness_ms = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(10)
    last = {"t": 0}

    def on_tick():
        now = clock.elapsed()
        lateness_ms.append(max(0, now - last["t"] - 10))
        last["t"] = now

    ticker.timeout.connect(on_tick)
    panel.training_box.num_steps_input.setValue(1_000_000)
    redraws.clear()
    clock.start()
    ticker.start()
    started = time.perf_counter()
    panel.run_controls.run_button.click()
    run_until_idle(seconds)
    elapsed = time.perf_counter() - started
    ticker.stop()
    steps = panel.lab.history.num_steps
    panel.shutdown()
    return {
        "compiler": panel.lab.trainer.compiler,
        "xla_compile_s": compile_s,
        "gui_steps_per_s": steps / elapsed,
        "redraws_per_s": len(redraws) / elapsed,
        "ui_stall_p99_ms": float(np.percentile(lateness_ms, 99)) if lateness_ms else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of each timing")
    args = parser.parse_args()

    from tfintro_gui.core.classifier import (
        KerasClassifierTrainer,
        LinearClassifierTrainer,
        make_two_gaussians,
    )
    from tfintro_gui.core.runtime import (
        configure_environment,
        default_device,
        import_tensorflow,
    )

    configure_environment()
    tf = import_tensorflow()
    data = make_two_gaussians(seed=0)
    figures = {
        "device": default_device(),
        "num_samples": len(data.inputs),
        "numpy_steps_per_s": numpy_steps_per_s(data.inputs, data.targets, args.seconds),
        "eager_steps_per_s": eager_steps_per_s(tf, data.inputs, data.targets, args.seconds),
        "fused_steps_per_s": fused_steps_per_s(LinearClassifierTrainer, data.inputs,
                                               data.targets, args.seconds),
        "keras_steps_per_s": fused_steps_per_s(KerasClassifierTrainer, data.inputs,
                                               data.targets, args.seconds),
        "keras_fit_alone_steps_per_s": keras_fit_alone_steps_per_s(data.inputs, data.targets,
                                                                   args.seconds),
    }
    figures.update(gui_figures(args.seconds))
    figures["keras_gui_steps_per_s"] = gui_figures(args.seconds, "keras")["gui_steps_per_s"]
    gui = figures["gui_steps_per_s"]
    figures["gui_to_numpy"] = gui / figures["numpy_steps_per_s"]
    figures["gui_to_fused"] = gui / figures["fused_steps_per_s"]
    figures["keras_to_gui"] = figures["keras_steps_per_s"] / gui
    figures["keras_fit_alone_to_gui"] = figures["keras_fit_alone_steps_per_s"] / gui
    print(json.dumps({key: round(value, 3) if isinstance(value, float) else value
                      for key, value in figures.items()}))


if __name__ == "__main__":
    main()

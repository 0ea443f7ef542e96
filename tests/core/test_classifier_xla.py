"""XLA-compiled training calls: a few fixed sizes, the same losses as without XLA, and a
trainer that goes on without XLA where it cannot compile."""

import numpy as np
import pytest

from tfintro_gui.core.classifier import step_loop, training
from tfintro_gui.core.classifier.data import make_two_gaussians
from tfintro_gui.core.classifier.training import LinearClassifierTrainer
from tfintro_gui.core.classifier.xla_calls import XLA_CALL_SIZES, first_line, xla_call_size

W0 = np.array([[0.3], [0.7]], np.float32)
B0 = np.zeros(1, np.float32)


@pytest.mark.parametrize(("wanted", "remaining", "size"), [
    (5000, 100_000, 1024),   # the largest size not above what one frame holds
    (50, 100_000, 128),      # below the smallest: the smallest
    (10**9, 100_000, 8192),
    (5000, 900, 128),        # never past the end of the run
    (5000, 127, None),       # too few steps left: they run without XLA
])
def test_call_sizes_come_from_a_small_fixed_set(wanted, remaining, size):
    assert xla_call_size(wanted, remaining) == size
    assert size is None or size in XLA_CALL_SIZES


def test_first_line_of_a_long_error():
    assert first_line(ValueError("\n  XLA is not here  \ncontext\n")) == "XLA is not here"


def run_losses(jit_compile: bool, num_steps: int = 3000):
    data = make_two_gaussians(1000, seed=0)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=B0,
                                      jit_compile=jit_compile)
    snapshots = list(trainer.run(num_steps, steps_per_call="auto"))
    return trainer, snapshots, np.concatenate([snapshot.losses for snapshot in snapshots])


def test_xla_calls_give_the_losses_of_the_plain_loop_to_float32_tolerance():
    plain, _, plain_losses = run_losses(jit_compile=False)
    fast, snapshots, fast_losses = run_losses(jit_compile=True)
    assert plain.compiler == "tf.function"
    assert len(fast_losses) == len(plain_losses) == 3000 == fast.num_steps_done
    np.testing.assert_allclose(fast_losses, plain_losses, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(fast.get_weights()[0], plain.get_weights()[0],
                               rtol=1e-5, atol=1e-6)
    if fast.xla_unavailable is None:  # XLA compiled here: some calls ran at its sizes
        assert fast.compiler == "XLA"
        sizes = {len(snapshot.losses) for snapshot in snapshots}
        assert sizes & set(XLA_CALL_SIZES)
        assert any(snapshot.compiled for snapshot in snapshots)
        assert fast.compile_seconds > 0
    else:
        assert fast.compiler == "tf.function"


def test_the_trainer_says_what_each_call_compiles_while_it_runs():
    data = make_two_gaussians(100, seed=1)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=B0)
    seen = []
    original = trainer._run_steps_function

    def recording(xla=False):  # called inside the compiled call, as the GUI's poll reads
        seen.append(trainer.compiling)
        return original(xla)

    trainer._run_steps_function = recording
    list(trainer.run(2000, steps_per_call="auto"))
    assert seen[0] == "tf.function"  # the setting's first call traces the loop
    assert seen[1:].count("tf.function") == 0
    if trainer.xla_unavailable is None:
        assert seen.count("XLA") == len(trainer._xla_sizes_compiled) >= 1
    list(trainer.run(2000, steps_per_call="auto"))  # everything is compiled now
    assert set(seen[-3:]) == {None}
    assert trainer.compiling is None


def test_mini_batches_and_fixed_call_sizes_do_not_use_xla():
    data = make_two_gaussians(100, seed=1)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=B0, batch_size=32)
    assert trainer.compiler == "tf.function"  # the epoch's last batch is shorter
    snapshots = list(trainer.run(300, steps_per_call="auto"))
    assert not any(snapshot.compiled for snapshot in snapshots)
    full = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=B0)
    assert [len(s.losses) for s in full.run(300, steps_per_call=100)] == [100, 100, 100]
    assert full.compile_seconds == 0


class FakeXlaError(Exception):
    """Named as TensorFlow names the error of an op without an XLA kernel."""


FakeXlaError.__name__ = "UnimplementedError"


def test_where_xla_cannot_compile_the_trainer_says_why_and_trains_on(monkeypatch):
    real_build = step_loop.build_step_loop

    def build(**options):
        run_steps = real_build(**options)
        if not options["jit_compile"]:
            return run_steps

        def refuse(count):
            raise FakeXlaError("Could not find a kernel for XLA_CPU_JIT\nmore context")
        return refuse

    monkeypatch.setattr(training, "build_step_loop", build)
    trainer, snapshots, losses = run_losses(jit_compile=True, num_steps=600)
    assert trainer.xla_unavailable == "Could not find a kernel for XLA_CPU_JIT"
    assert trainer.compiler == "tf.function"
    assert len(losses) == 600 and np.all(np.isfinite(losses))
    assert losses[-1] < losses[0]
    assert not any(snapshot.compiled for snapshot in snapshots)

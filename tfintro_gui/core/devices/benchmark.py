"""The matmul benchmark: float32 ``tf.matmul`` timed on each device, NumPy's ``@`` beside.

:class:`MatmulBenchmark` is a generator-driven run (the panel drives :meth:`~MatmulBenchmark.run`
through its run controller; ``--report`` and ``benchmarks/bench_matmul.py`` loop over it):
it yields a :class:`~tfintro_gui.core.devices.matmul.BenchmarkProgress` after every timed
call, so a stop request is honoured between calls.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator

import lazy_loader

from tfintro_gui.core.device_setup import check_device_name
from tfintro_gui.core.devices.config import TensorFlowDeviceConfig
from tfintro_gui.core.devices.matmul import (
    DEFAULT_BENCHMARK_SIZES,
    DEFAULT_REPEATS,
    MAX_BUDGET_REPEATS,
    NUMPY_TARGET,
    REFERENCE_DEVICE,
    TIME_BUDGET_SECONDS,
    BenchmarkProgress,
    MatmulTiming,
    check_repeats,
    gflops_per_second,
    matmul_flops,
    parse_sizes,
)
from tfintro_gui.core.devices.texts import DevicesInputError, excerpt
from tfintro_gui.core.runtime import import_tensorflow

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: A timed product expected to take longer than this is split into row blocks, so that a
#: stop request is honoured within about this time.
SECONDS_PER_CALL = 0.2
#: A split product is never cut finer than this many rows: thinner blocks lose much of a
#: BLAS library's speed. On a CPU above ~10 GFLOP/s a 256-row block of a 4096 product
#: takes under a second.
MIN_ROWS_PER_BLOCK = 256
#: How often the time budget's extra repeats report progress, in seconds.
BUDGET_PROGRESS_S = 0.05
_CALIBRATION_SIZE = 256
_CALIBRATION_REPEATS = 3


def benchmark_devices(config=None) -> list[str]:
    """The devices the benchmark times: ``/CPU:0`` and every logical GPU.

    Further logical CPUs (a split CPU) share the same cores, so only the first is timed.

    Args:
        config: a :mod:`~tfintro_gui.core.devices.config` adapter; None = TensorFlow's.
    """
    config = config or TensorFlowDeviceConfig()
    gpus = [entry.short_name for entry in config.list_logical_devices("GPU")]
    return [REFERENCE_DEVICE, *gpus]


def check_benchmark_device(device: str) -> str:
    """A device typed for the benchmark, in ``tf.device`` form.

    Raises:
        DevicesInputError: not a device name (``"not_device_name"``).
    """
    try:
        return check_device_name(device)
    except (TypeError, ValueError):
        raise DevicesInputError("not_device_name", text=excerpt(device)) from None


class MatmulBenchmark:
    """Times float32 ``tf.matmul`` on each device, with NumPy's ``@`` as a reference.

    For each size and target: a warm-up product, then at least ``repeats`` timed products,
    and more (up to :data:`~tfintro_gui.core.devices.matmul.MAX_BUDGET_REPEATS`) until
    ``time_budget`` seconds have been timed, so small, fast products are timed often
    enough to see how steady they are; the median is reported, with the spread. Timing
    forces completion by reading back a reduction (``tf.reduce_sum(product).numpy()``),
    since GPU ops run asynchronously. A product
    expected to take longer than ``seconds_per_call`` (from the speed measured at the
    previous size, or at 256 first) is timed as row blocks ``a[i:j] @ b`` of at least 256
    rows, whose times add up to the product's; :meth:`run` yields after every timed call,
    so a stop request is honoured within one call (about ``seconds_per_call``; longer on
    a CPU too slow for a 256-row block to fit in it).

    Args:
        sizes: matrix sizes n (see :func:`~tfintro_gui.core.devices.matmul.parse_sizes`).
        devices: TensorFlow devices; None = :func:`benchmark_devices`.
        repeats: the fewest timed repeats per size and target (median reported).
        time_budget: seconds of timed products per size and target that the repeats go
            on to (0 = exactly ``repeats``).
        include_numpy: also time NumPy's ``@`` (the reference line).
        seconds_per_call: the longest a single timed call should take, in seconds.
        seed: seed of the random inputs (standard normal, float32).

    Raises:
        TypeError, ValueError: invalid sizes, devices or repeats (a
            :class:`~tfintro_gui.core.devices.texts.DevicesInputError` for what a student
            types: sizes, device names).
    """

    def __init__(self, sizes=DEFAULT_BENCHMARK_SIZES, devices: Iterable[str] | None = None,
                 repeats: int = DEFAULT_REPEATS, include_numpy: bool = True,
                 seconds_per_call: float = SECONDS_PER_CALL, seed: int = 0,
                 time_budget: float = TIME_BUDGET_SECONDS):
        self.sizes = parse_sizes(sizes)
        self.repeats = check_repeats(repeats)
        if devices is None:
            devices = benchmark_devices()
        checked = []
        for device in devices:
            name = check_benchmark_device(device)
            if name not in checked:
                checked.append(name)
        if not checked and not include_numpy:
            raise DevicesInputError("no_target")
        self.devices = tuple(checked)
        self.include_numpy = bool(include_numpy)
        if not seconds_per_call > 0:
            raise ValueError(f"seconds_per_call must be > 0, got {seconds_per_call}.")
        self.seconds_per_call = float(seconds_per_call)
        if not 0 <= time_budget < math.inf:
            raise ValueError(f"time_budget must be ≥ 0 seconds, got {time_budget}.")
        self.time_budget = float(time_budget)
        self.seed = seed

    @property
    def targets(self) -> tuple[str, ...]:
        """The devices, then NumPy if included."""
        return self.devices + ((NUMPY_TARGET,) if self.include_numpy else ())

    @property
    def total_flops(self) -> int:
        """Floating-point operations of the ``repeats`` timed repeats (the warm-ups and
        the time budget's further repeats excluded): progress is measured against it."""
        return sum(matmul_flops(size) for size in self.sizes) * self.repeats * len(self.targets)

    def rows_per_block(self, size: int, gflops_estimate: float) -> int:
        """How many rows of ``a`` each timed call multiplies, for a product of ``size``.

        Args:
            size: n.
            gflops_estimate: the expected speed, in GFLOP/s.

        Returns:
            n when the whole product is expected to take at most ``seconds_per_call``;
            else the most rows whose ``a[i:j] @ b`` is expected to take at most that, but
            never fewer than :data:`MIN_ROWS_PER_BLOCK` (or n if smaller). The product is
            then ceil(n / rows) calls.
        """
        expected_seconds = matmul_flops(size) / (max(gflops_estimate, 1e-3) * 1e9)
        wanted = max(1, min(size, math.ceil(expected_seconds / self.seconds_per_call)))
        return max(min(size, MIN_ROWS_PER_BLOCK), size // wanted)

    def check_devices_listed(self, listed: Iterable[str]) -> None:
        """Refuse a device that TensorFlow does not list.

        Args:
            listed: the logical devices TensorFlow lists, in ``tf.device`` form.

        Raises:
            DevicesInputError: ``"device_not_listed"``.
        """
        listed = set(listed)
        missing = [device for device in self.devices if device not in listed]
        if missing:
            raise DevicesInputError("device_not_listed", device=missing[0],
                                    listed=", ".join(sorted(listed)))

    def run(self) -> Iterator[BenchmarkProgress]:
        """Run the benchmark, yielding a :class:`BenchmarkProgress` after every timed call.

        Raises:
            DevicesInputError: a device is not one TensorFlow lists.
        """
        tf = import_tensorflow()
        self.check_devices_listed(entry.short_name for entry in
                                  TensorFlowDeviceConfig(tf).list_logical_devices())
        rng = np.random.default_rng(self.seed)
        done = 0
        timings: list[MatmulTiming] = []
        speed: dict[str, float] = {}
        for size in self.sizes:
            a = rng.standard_normal((size, size), dtype=np.float32)
            b = rng.standard_normal((size, size), dtype=np.float32)
            for target in self.targets:
                if target not in speed:
                    speed[target] = self._calibrate(tf, target, a, b)
                repeat_seconds: list[float] = []
                blocks, done = yield from self._time_target(
                    tf, target, (a, b), speed[target], done, timings, repeat_seconds)
                timing = MatmulTiming(target, size, tuple(repeat_seconds), blocks)
                timings.append(timing)
                speed[target] = timing.gflops
        total = self.total_flops
        yield BenchmarkProgress(total, total, "", 0, "done", tuple(timings),
                                repeats=self.repeats)

    def _time_target(self, tf, target: str, inputs: tuple[np.ndarray, np.ndarray],
                     gflops: float, done: int, timings: list[MatmulTiming],
                     repeat_seconds: list[float]):
        """Warm up, then time ``repeats`` products of one size on one target, yielding
        progress after every call; appends each repeat's seconds to ``repeat_seconds``.

        Returns:
            ``(num_blocks, done)``: the row blocks each product was timed as, and the
            FLOPs timed so far.
        """
        a, b = inputs
        size, total = a.shape[0], self.total_flops
        blocks, b_on_target = self._prepare(tf, target, a, b, self.rows_per_block(size, gflops))
        # Warm-up (not timed): one call per distinct block shape.
        for block in {len(block): block for block in blocks}.values():
            yield BenchmarkProgress(done, total, target, size, "warm-up",
                                    tuple(timings), repeats=self.repeats)
            self._time_call(tf, target, block, b_on_target)
        repeat, last_yield = 0, time.perf_counter()
        slot_start, slot_flops = done, matmul_flops(size) * self.repeats
        while repeat < self.repeats or (sum(repeat_seconds) < self.time_budget
                                        and repeat < MAX_BUDGET_REPEATS):
            repeat += 1
            elapsed = 0.0
            for index, block in enumerate(blocks):
                elapsed += self._time_call(tf, target, block, b_on_target)
                repeats_done = repeat - 1 + (index + 1) / len(blocks)
                done = slot_start + round(slot_flops * self._slot_fraction(
                    repeats_done, sum(repeat_seconds) + elapsed))
                # The budget's extra repeats of a fast product report now and then: a
                # progress item per 0.1 ms product would keep the GUI thread (and the
                # GIL) so busy that the timings themselves would scatter.
                now = time.perf_counter()
                if repeat <= self.repeats or now - last_yield >= BUDGET_PROGRESS_S:
                    last_yield = now
                    yield BenchmarkProgress(done, total, target, size, "repeat",
                                            tuple(timings), repeat, self.repeats)
            repeat_seconds.append(elapsed)
        return len(blocks), slot_start + slot_flops

    def _slot_fraction(self, repeats_done: float, seconds_timed: float) -> float:
        """How far one size on one target is, 0–1: it ends when both the ``repeats`` are
        done and the time budget is spent (or :data:`MAX_BUDGET_REPEATS` reached), so the
        progress bar reaches 100 % only when the last product is timed."""
        promised = min(1.0, repeats_done / self.repeats)
        if self.time_budget == 0:
            return promised
        budget = max(seconds_timed / self.time_budget, repeats_done / MAX_BUDGET_REPEATS)
        return min(promised, budget, 1.0)

    def _calibrate(self, tf, target: str, a: np.ndarray, b: np.ndarray) -> float:
        """A first speed estimate in GFLOP/s: the fastest of a few warm products of at
        most 256 (the fastest, so that a busy moment does not split products needlessly).
        """
        n = min(a.shape[0], _CALIBRATION_SIZE)
        blocks, b_on_target = self._prepare(tf, target, a[:n, :n], b[:n, :n], n)
        self._time_call(tf, target, blocks[0], b_on_target)
        fastest = min(self._time_call(tf, target, blocks[0], b_on_target)
                      for _ in range(_CALIBRATION_REPEATS))
        return gflops_per_second(n, fastest)

    @staticmethod
    def _prepare(tf, target: str, a: np.ndarray, b: np.ndarray, rows: int):
        bounds = [(start, min(start + rows, a.shape[0])) for start in range(0, a.shape[0], rows)]
        if target == NUMPY_TARGET:
            return [np.ascontiguousarray(a[start:stop]) for start, stop in bounds], b
        with tf.device(target):
            a_tensor = tf.identity(tf.convert_to_tensor(a))
            b_tensor = tf.identity(tf.convert_to_tensor(b))
            blocks = [tf.identity(a_tensor[start:stop]) for start, stop in bounds]
        return blocks, b_tensor

    @staticmethod
    def _time_call(tf, target: str, block, b) -> float:
        """Seconds for ``block @ b`` including the read-back that forces completion."""
        if target == NUMPY_TARGET:
            start = time.perf_counter()
            product = block @ b
            float(product.sum())
            return time.perf_counter() - start
        with tf.device(target):
            start = time.perf_counter()
            product = tf.matmul(block, b)
            tf.reduce_sum(product).numpy()
            return time.perf_counter() - start


def benchmark_code(devices: Iterable[str], sizes: Iterable[int], repeats: int) -> str:
    """A stand-alone script that times ``tf.matmul`` the way :class:`MatmulBenchmark` does
    (without the row blocks).

    Args:
        devices: TensorFlow devices.
        sizes: matrix sizes n.
        repeats: timed repeats (the median is printed).

    Returns:
        Python source.
    """
    return "\n".join([
        "import time",
        "",
        "import numpy as np",
        "import tensorflow as tf",
        "",
        f"for device in {list(devices)!r}:",
        f"    for n in {list(sizes)!r}:",
        "        with tf.device(device):",
        "            a = tf.random.normal((n, n))",
        "            b = tf.random.normal((n, n))",
        "            tf.reduce_sum(tf.matmul(a, b)).numpy()  # warm-up",
        "            seconds = []",
        f"            for _ in range({int(repeats)}):",
        "                start = time.perf_counter()",
        "                # Reading back a reduction waits until the product is done.",
        "                tf.reduce_sum(tf.matmul(a, b)).numpy()",
        "                seconds.append(time.perf_counter() - start)",
        '        gflops = 2 * n**3 / np.median(seconds) / 1e9',
        '        print(f"{device} n={n}: {gflops:.1f} GFLOP/s")',
    ])

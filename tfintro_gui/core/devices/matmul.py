"""The matmul benchmark's arithmetic and data: FLOPs, GFLOP/s, sizes, timings, progress.

A float32 `(n, n) @ (n, n)` product costs 2·n³ floating-point operations; its speed is
2·n³ / seconds / 10⁹ GFLOP/s. The lesson's claim to check: a modern NVIDIA GPU is 5–10×
faster than a CPU (Chollet, Deep Learning with Python, ch. 3).
:mod:`tfintro_gui.core.devices.benchmark` does the timing.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.devices.texts import DevicesInputError, cut, excerpt

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

MIN_BENCHMARK_SIZE = 128
MAX_BENCHMARK_SIZE = 4096
DEFAULT_BENCHMARK_SIZES = (128, 256, 512, 1024, 2048)
DEFAULT_REPEATS = 3
MAX_REPEATS = 20
#: Each size and target is timed at least ``repeats`` times and, when its products are
#: fast, until this many seconds have been timed: a small product takes well under a
#: millisecond, and three of them say little on a busy computer.
TIME_BUDGET_SECONDS = 0.25
#: The most timed repeats the time budget adds up to.
MAX_BUDGET_REPEATS = 100
#: Repeats of one timing that disagree by more than this share of their median (the
#: middle 80 % of them: 90th − 10th percentile) mean the computer was busy; such a timing
#: is not trusted.
BUSY_VARIATION = 0.2
#: The lesson's claim, as a speed ratio: a modern NVIDIA GPU is 5–10× faster than a CPU.
GPU_SPEEDUP_CLAIM = (5.0, 10.0)
#: The name of NumPy's ``@`` among the benchmark's targets.
NUMPY_TARGET = "NumPy"
#: The device every other target is compared with.
REFERENCE_DEVICE = "/CPU:0"
#: The longest sizes text read, in characters (20 sizes need under 120).
MAX_SIZES_TEXT = 1000


def matmul_flops(size: int) -> int:
    """Floating-point operations of an `(n, n) @ (n, n)` product: ``2·n³``.

    Each of the n² results takes n multiplications and n − 1 additions, counted as 2n.

    Raises:
        TypeError: ``size`` is not an integer.
        ValueError: ``size`` < 1.
    """
    if isinstance(size, bool) or not isinstance(size, (int, np.integer)):
        raise TypeError(f"size must be an integer, not {type(size).__name__}.")
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}.")
    return 2 * int(size) ** 3


def gflops_per_second(size: int, seconds: float) -> float:
    """Speed of an `(n, n) @ (n, n)` product that took ``seconds``: 2·n³ / seconds / 10⁹.

    Args:
        size: n.
        seconds: the measured time, > 0.

    Returns:
        GFLOP/s.

    Raises:
        ValueError: ``seconds`` is not a positive finite number.
    """
    seconds = float(seconds)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"seconds must be a positive number, got {seconds}.")
    return matmul_flops(size) / seconds / 1e9


def _sizes_from_text(text: str) -> list[int]:
    if len(text) > MAX_SIZES_TEXT:
        raise DevicesInputError("text_too_long", length=len(text), maximum=MAX_SIZES_TEXT)
    values = []
    for part in (part for part in re.split(r"[,\s;]+", text.strip()) if part):
        if not re.fullmatch(r"[+-]?\d+", part):
            raise DevicesInputError("size_not_whole", text=excerpt(part),
                                    minimum=MIN_BENCHMARK_SIZE, maximum=MAX_BENCHMARK_SIZE)
        if len(part.lstrip("+-").lstrip("0")) > len(str(MAX_BENCHMARK_SIZE)):  # no huge int()
            raise DevicesInputError("size_out_of_range", size=cut(part),
                                    minimum=MIN_BENCHMARK_SIZE, maximum=MAX_BENCHMARK_SIZE)
        values.append(int(part))
    return values


def parse_sizes(sizes) -> tuple[int, ...]:
    """Check matrix sizes for the benchmark.

    Args:
        sizes: text such as ``"128, 512, 2048"`` (commas, semicolons or spaces; at most
            :data:`MAX_SIZES_TEXT` characters), or integers.

    Returns:
        The sizes, sorted, without duplicates.

    Raises:
        TypeError: ``sizes`` is neither text nor a sequence of integers.
        DevicesInputError: empty, not whole numbers, or outside 128 to 4096 (a
            ``ValueError`` whose ``explanation`` the panel words).
    """
    if isinstance(sizes, str):
        values = _sizes_from_text(sizes)
    else:
        try:
            values = list(sizes)
        except TypeError:
            raise TypeError("sizes must be text or a sequence of integers, not "
                            f"{type(sizes).__name__}.") from None
        for value in values:
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
                raise TypeError(f"Each size must be an integer, got {value!r}.")
    if not values:
        raise DevicesInputError("sizes_empty")
    outside = [value for value in values
               if not MIN_BENCHMARK_SIZE <= value <= MAX_BENCHMARK_SIZE]
    if outside:
        raise DevicesInputError("size_out_of_range", size=int(outside[0]),
                                minimum=MIN_BENCHMARK_SIZE, maximum=MAX_BENCHMARK_SIZE)
    return tuple(sorted({int(value) for value in values}))


def check_repeats(repeats) -> int:
    """Check the number of timed repeats (the median is reported).

    Raises:
        TypeError: not an integer.
        ValueError: outside 1 to :data:`MAX_REPEATS`.
    """
    if isinstance(repeats, bool) or not isinstance(repeats, (int, np.integer)):
        raise TypeError(f"repeats must be an integer, not {type(repeats).__name__}.")
    if not 1 <= repeats <= MAX_REPEATS:
        raise ValueError(f"repeats must be 1 to {MAX_REPEATS}, got {repeats}.")
    return int(repeats)


@dataclass(frozen=True)
class MatmulTiming:
    """The timing of one float32 `(n, n) @ (n, n)` product on one target.

    Attributes:
        target: a device such as ``"/CPU:0"``, or :data:`NUMPY_TARGET`.
        size: n.
        repeat_seconds: the time of each timed repeat, in seconds.
        num_blocks: the product was timed as this many row blocks (1 = whole).
    """

    target: str
    size: int
    repeat_seconds: tuple[float, ...]
    num_blocks: int = 1

    @property
    def seconds(self) -> float:
        """The median of the repeats, in seconds."""
        return float(statistics.median(self.repeat_seconds))

    @property
    def gflops(self) -> float:
        """Speed in GFLOP/s: 2·n³ / median seconds / 10⁹."""
        return gflops_per_second(self.size, self.seconds)

    @property
    def seconds_range(self) -> tuple[float, float]:
        """The fastest and slowest of the middle 80 % of the repeats, in seconds: the
        10th and 90th percentiles (``statistics.quantiles``, inclusive), so one outlier
        among many repeats does not stretch it; with one repeat, that repeat twice."""
        if len(self.repeat_seconds) < 2:
            return self.repeat_seconds[0], self.repeat_seconds[0]
        deciles = statistics.quantiles(self.repeat_seconds, n=10, method="inclusive")
        return deciles[0], deciles[-1]

    @property
    def gflops_range(self) -> tuple[float, float]:
        """:attr:`seconds_range` as speeds: the slow and the fast end, in GFLOP/s."""
        fastest, slowest = self.seconds_range
        return gflops_per_second(self.size, slowest), gflops_per_second(self.size, fastest)

    @property
    def variation(self) -> float:
        """How much the repeats disagree: the width of :attr:`seconds_range` over the
        median (0.25 = 25 %; 0 with one repeat)."""
        fastest, slowest = self.seconds_range
        return (slowest - fastest) / self.seconds

    @property
    def trusted(self) -> bool:
        """True when the repeats agree within :data:`BUSY_VARIATION` (at least 3 of them)."""
        return len(self.repeat_seconds) >= 3 and self.variation <= BUSY_VARIATION


#: The stages of :class:`BenchmarkProgress`.
STAGES = ("warm-up", "repeat", "done")


@dataclass(frozen=True)
class BenchmarkProgress:
    """A snapshot of a running benchmark (plain values, safe to hand to another thread).

    Attributes:
        done_flops: floating-point operations timed so far.
        total_flops: all the benchmark will time (warm-up excluded).
        target: the target being timed (``""`` when done).
        size: the size being timed (0 when done).
        stage: one of :data:`STAGES`: ``"warm-up"``, ``"repeat"`` or ``"done"``.
        timings: the finished timings, in order.
        repeat: during ``"repeat"``, which timed repeat (1-based); else 0.
        repeats: the timed repeats per size and target.
    """

    done_flops: int
    total_flops: int
    target: str
    size: int
    stage: str
    timings: tuple[MatmulTiming, ...]
    repeat: int = 0
    repeats: int = 0

    @property
    def fraction(self) -> float:
        """Done share of the work, 0 to 1."""
        return self.done_flops / self.total_flops if self.total_flops else 1.0


def noisiest_timing(timings: Iterable[MatmulTiming]) -> MatmulTiming | None:
    """The timing whose repeats disagree most (largest :attr:`MatmulTiming.variation`), or
    None for no timings: above :data:`BUSY_VARIATION` the computer was busy."""
    return max(timings, key=lambda timing: timing.variation, default=None)


def trusted_speedup(timings: Iterable[MatmulTiming], target: str,
                    reference: str = REFERENCE_DEVICE) -> tuple[int, float] | None:
    """The speed-up of ``target`` over ``reference`` that the benchmark trusts.

    Args:
        timings: finished timings.
        target: e.g. ``"/GPU:0"``.
        reference: the target compared with.

    Returns:
        ``(size, ratio)`` at the largest size where both timings are
        :attr:`~MatmulTiming.trusted` (larger products are steadier and closer to a
        device's real speed), ratio = GFLOP/s of ``target`` / GFLOP/s of ``reference``;
        None when no size qualifies.
    """
    by_key = {(timing.target, timing.size): timing for timing in timings}
    sizes = sorted((size for name, size in by_key if name == target), reverse=True)
    for size in sizes:
        pair = by_key[(target, size)], by_key.get((reference, size))
        if pair[1] is not None and pair[0].trusted and pair[1].trusted:
            return size, pair[0].gflops / pair[1].gflops
    return None


def speedups(timings: Iterable[MatmulTiming], reference: str = REFERENCE_DEVICE) -> dict:
    """Speed of each target relative to ``reference``, per size.

    Args:
        timings: finished timings.
        reference: the target everything is compared with.

    Returns:
        ``{target: [(size, ratio), ...]}`` where ratio = GFLOP/s of the target / GFLOP/s
        of the reference at that size; the reference itself is left out.
    """
    by_target: dict[str, dict[int, float]] = {}
    for timing in timings:
        by_target.setdefault(timing.target, {})[timing.size] = timing.gflops
    base = by_target.get(reference, {})
    result = {}
    for target, speeds in by_target.items():
        if target == reference:
            continue
        pairs = [(size, speed / base[size]) for size, speed in sorted(speeds.items())
                 if size in base]
        if pairs:
            result[target] = pairs
    return result

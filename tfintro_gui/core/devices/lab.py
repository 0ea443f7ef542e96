"""The Devices panel's model: what was found and run, and one call per action.

:class:`DevicesLab` owns the area's state (the facts of the last refresh, the benchmark
timings shown, the last placement and distribution demos) and answers each click of the
panel with one call that returns data or raises a
:class:`~tfintro_gui.core.devices.texts.DevicesInputError` and changes nothing. It runs in
a plain script or a notebook too::

    lab = DevicesLab()
    lab.refresh()
    benchmark = lab.benchmark("128, 256", repeats=3)
    *_, last = benchmark.run()
    lab.set_timings(last.timings)
    print(lab.report())
"""

from __future__ import annotations

from tfintro_gui.core.device_setup import (
    DeviceOptions,
    SetupNote,
    apply_device_options,
    device_options,
    set_device_options,
)
from tfintro_gui.core.devices.benchmark import MatmulBenchmark
from tfintro_gui.core.devices.config import TensorFlowDeviceConfig
from tfintro_gui.core.devices.demos import (
    MirroredSumResult,
    PlacementResult,
    mirrored_sum_demo,
    run_placement_demo,
)
from tfintro_gui.core.devices.facts import DeviceFacts, collect_device_facts
from tfintro_gui.core.devices.matmul import REFERENCE_DEVICE, MatmulTiming
from tfintro_gui.core.devices.report import format_report
from tfintro_gui.core.devices.texts import ENGLISH, ReportWords
from tfintro_gui.core.devices.threads import ThreadCounts, thread_counts
from tfintro_gui.core.runtime import import_tensorflow

#: A notebook's first devices cell when the session split the CPU (before TF starts).
LOGICAL_CPUS_CODE = ('cpus = tf.config.list_physical_devices("CPU")\n'
                     "tf.config.set_logical_device_configuration(\n"
                     "    cpus[0], [tf.config.LogicalDeviceConfiguration()] * {count})")
#: The notebook's device listing ("Num GPUs Available: 1" on a GPU runtime).
LIST_DEVICES_CODE = ('gpus = tf.config.list_physical_devices("GPU")\n'
                     'print("Num GPUs Available:", len(gpus))\n'
                     "print(tf.config.list_logical_devices())")


def standalone_program(*cells: str) -> str:
    """``cells`` joined into one program that runs alone in a fresh Python: the imports
    it uses (``np.``, ``tf.``, ``time.``) come first, unless the code has them already."""
    code = "\n\n".join(cells)
    imports = [line for prefix, line in (("time.", "import time"),
                                         ("np.", "import numpy as np"),
                                         ("tf.", "import tensorflow as tf"))
               if prefix in code and line not in code]
    return "\n".join(imports) + "\n\n" + code if imports else code


def demo_program(result: PlacementResult | MirroredSumResult) -> str:
    """A demo's code as a program that runs alone; a distribution over a split CPU gets
    the split first (TensorFlow accepts it only before its runtime starts)."""
    cpus = [name for name in getattr(result, "devices", ()) if "CPU" in name.upper()]
    split = (LOGICAL_CPUS_CODE.format(count=len(cpus)),) if len(cpus) > 1 else ()
    return standalone_program(*split, result.code)


def notebook_cells(placement: PlacementResult | None = None,
                   distribution: MirroredSumResult | None = None) -> list[tuple[str, str]]:
    """The device listing, then the demos, as notebook code cells that run alone.

    The benchmark is left out: its timings are this computer's, and it takes long. A
    distribution over a split CPU gets the split first (TensorFlow accepts it only
    before its runtime starts).

    Args:
        placement: the placement demo to repeat, if any.
        distribution: the MirroredStrategy demo to repeat, if any.

    Returns:
        ``("code", source)`` pairs in order.
    """
    cells = [("code", LIST_DEVICES_CODE)]
    cpus = [name for name in (distribution.devices if distribution else ())
            if "CPU" in name.upper()]
    if len(cpus) > 1:
        cells.insert(0, ("code", LOGICAL_CPUS_CODE.format(count=len(cpus))))
    for result in (placement, distribution):
        if result is not None:
            cells.append(("code", result.code))
    return cells


class DevicesLab:
    """What TensorFlow sees here, the benchmark shown, and the demos run.

    Args:
        config: a :mod:`~tfintro_gui.core.devices.config` adapter; None = TensorFlow's.
    """

    def __init__(self, config=None):
        self._config = config
        self._facts: DeviceFacts | None = None
        self._timings: tuple[MatmulTiming, ...] = ()
        self._placement: PlacementResult | None = None
        self._distribution: MirroredSumResult | None = None

    # -- state ------------------------------------------------------------------------------
    @property
    def facts(self) -> DeviceFacts | None:
        """What TensorFlow reported at the last :meth:`refresh`; None before."""
        return self._facts

    @property
    def timings(self) -> tuple[MatmulTiming, ...]:
        """The benchmark timings kept (of the last run, finished or stopped)."""
        return self._timings

    @property
    def placement(self) -> PlacementResult | None:
        """The last placement demo."""
        return self._placement

    @property
    def distribution(self) -> MirroredSumResult | None:
        """The last MirroredStrategy demo."""
        return self._distribution

    # -- actions ----------------------------------------------------------------------------
    def refresh(self) -> DeviceFacts:
        """Ask TensorFlow again (devices, GPU memory in use, why no GPU).

        Raises:
            Exception: whatever TensorFlow raises; the previous facts are kept then.
        """
        self._facts = collect_device_facts(self._config)
        return self._facts

    def benchmark_devices(self) -> tuple[str, ...]:
        """``/CPU:0`` and every logical GPU of the last refresh (a split CPU's further
        logical devices share its cores, so only the first is timed)."""
        if self._facts is None:
            return ()
        gpus = [entry.short_name for entry in self._facts.logical_devices
                if entry.device_type == "GPU"]
        return (REFERENCE_DEVICE, *gpus)

    def benchmark(self, sizes, repeats: int, include_numpy: bool = True) -> MatmulBenchmark:
        """A benchmark of :meth:`benchmark_devices`, checked before anything runs.

        The timings kept are left alone until :meth:`set_timings`.

        Args:
            sizes: matrix sizes, e.g. ``"128, 256"``.
            repeats: timed repeats per size and device.
            include_numpy: time NumPy's ``@`` as a reference too.

        Raises:
            DevicesInputError: bad sizes (the message quotes at most 40 characters).
            TypeError, ValueError: bad repeats.
        """
        benchmark = MatmulBenchmark(sizes, devices=self.benchmark_devices(), repeats=repeats,
                                    include_numpy=include_numpy)
        if self._facts is not None:
            benchmark.check_devices_listed(entry.short_name
                                           for entry in self._facts.logical_devices)
        return benchmark

    def thread_counts(self) -> ThreadCounts:
        """The thread pools NumPy's ``@`` and TensorFlow's ops run on (after TF loads)."""
        return thread_counts(import_tensorflow())

    def set_timings(self, timings) -> None:
        """Keep ``timings`` (a run's, finished or stopped) as the ones shown."""
        self._timings = tuple(timings)

    def place(self, device: str | None) -> PlacementResult:
        """Run the placement demo on ``device`` (None or ``""``: TensorFlow chooses).

        Raises:
            DevicesInputError: not a device name, or TensorFlow refused; the last result
                is kept.
        """
        self._placement = run_placement_demo(device or None)
        return self._placement

    def distribute(self, values) -> MirroredSumResult:
        """Sum ``values`` over a MirroredStrategy of the logical CPUs.

        Raises:
            DevicesInputError: bad values; the last result is kept.
        """
        self._distribution = mirrored_sum_demo(values)
        return self._distribution

    def prefer_device(self, options: DeviceOptions) -> DeviceOptions:
        """Compute on ``options.preferred_device`` from now on; the CPU split and memory
        growth in force are left as they are (they count only at a start).

        Raises:
            TypeError, ValueError: not a device name; nothing changes.
        """
        in_force = device_options()
        return set_device_options(options.preferred_device, in_force.num_cpu_logical_devices,
                                  in_force.gpu_memory_growth)

    def apply_now(self, options: DeviceOptions) -> list[SetupNote]:
        """Ask TensorFlow to apply the CPU split and memory growth of ``options`` now.

        Returns:
            One note per change; TensorFlow refuses once its runtime has started
            (:attr:`~tfintro_gui.core.device_setup.SetupNote.restart_needed`).
        """
        return apply_device_options(self._config or TensorFlowDeviceConfig(), options)

    # -- outputs ----------------------------------------------------------------------------
    def report(self, extra_versions: dict | None = None, words: ReportWords = ENGLISH) -> str:
        """The Markdown report of everything shown; empty before :meth:`refresh`.

        Args:
            extra_versions: more rows for the versions table, e.g. ``{"qt": "6.11.3"}``.
            words: the report's words (:class:`~tfintro_gui.core.devices.report.ReportWords`);
                English by default.
        """
        if self._facts is None:
            return ""
        return format_report(self._facts, self._timings, self._placement, self._distribution,
                             extra_versions=extra_versions, words=words)

    def notebook_cells(self) -> list[tuple[str, str]]:
        """See :func:`notebook_cells`; no cells before :meth:`refresh`."""
        if self._facts is None:
            return []
        return notebook_cells(self._placement, self._distribution)

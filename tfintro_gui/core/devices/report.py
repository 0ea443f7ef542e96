"""The device report in Markdown: the panel's "Copy report" and ``tfintro-gui --report``.

The report is English (teachers paste it into bug reports and forums): structured
explanations are worded here with their English templates
(:mod:`tfintro_gui.core.devices.texts`).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from tfintro_gui.core.devices.benchmark import MatmulBenchmark
from tfintro_gui.core.devices.demos import (
    MirroredSumResult,
    PlacementResult,
    mirrored_sum_demo,
    run_placement_demo,
)
from tfintro_gui.core.devices.facts import DeviceFacts, collect_device_facts
from tfintro_gui.core.devices.matmul import DEFAULT_REPEATS, MatmulTiming, speedups


def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(header: tuple[str, ...], rows: Iterable[tuple]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return lines


def format_bytes(num_bytes: int | None) -> str:
    """``1536`` → ``"1.5 KiB"``; None → ``"—"``."""
    if num_bytes is None:
        return "—"
    value = float(num_bytes)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"


def _versions_section(facts: DeviceFacts, extra_versions: dict | None) -> list[str]:
    lines = ["## Versions", ""]
    version_rows = [(name, version) for name, version in facts.versions.items()]
    version_rows += list((extra_versions or {}).items())
    lines += _table(("Library", "Version"), version_rows)
    lines += ["", "## TensorFlow build (tf.sysconfig.get_build_info())", ""]
    lines += _table(("Key", "Value"), sorted(facts.build_info.items()))
    lines += ["", "TensorFloat-32 for float32 matmuls on GPUs: "
              f"{'enabled' if facts.tensor_float_32 else 'disabled'}.", "",
              '## Installed TensorFlow packages (pip list | grep -E "keras|tensorflow")', ""]
    lines += _table(("Package", "Version", "Location"),
                    [(item.name, item.version, item.location) for item in facts.distributions])
    return lines


def _devices_section(facts: DeviceFacts) -> list[str]:
    lines = ["## Devices", "", f"`{facts.num_gpus_line}`", ""]
    lines += _table(("Kind", "Name", "Type"),
                    [("physical", entry.name, entry.device_type)
                     for entry in facts.physical_devices]
                    + [("logical", entry.name, entry.device_type)
                       for entry in facts.logical_devices])
    if facts.gpus:
        lines += ["", "### GPUs", ""]
        lines += _table(("Device", "Model", "Compute capability", "Memory in use", "Peak"),
                        [(gpu.device, gpu.model or "—",
                          ".".join(map(str, gpu.compute_capability))
                          if gpu.compute_capability else "—",
                          format_bytes(gpu.memory_current_bytes),
                          format_bytes(gpu.memory_peak_bytes)) for gpu in facts.gpus])
    if facts.no_gpu_reasons:
        lines += ["", "## Why TensorFlow lists no GPU", ""]
        for index, reason in enumerate(facts.no_gpu_reasons, 1):
            lines.append(f"{index}. {reason.explanation} **What to do:** {reason.remedy}")
    return lines


def _environment_section(facts: DeviceFacts) -> list[str]:
    environment = facts.environment
    return ["### What was detected", "",
            f"- Operating system: {environment.system}"
            f"{' (WSL)' if environment.is_wsl else ''}",
            f"- Built with CUDA: {environment.is_cuda_build}"
            f" (CUDA {environment.cuda_version or '—'}, cuDNN "
            f"{environment.cudnn_version or '—'})",
            f"- NVIDIA driver library {environment.driver_library or '—'}: "
            f"{'loaded' if environment.driver_loaded else 'not loadable'}",
            f"- NVIDIA kernel driver: {environment.driver_version or 'not found'}",
            "- CUDA_VISIBLE_DEVICES: " + ("unset" if environment.cuda_visible_devices is None
                                          else repr(environment.cuda_visible_devices)),
            f"- NVIDIA CUDA wheels: {', '.join(environment.cuda_wheels) or 'none'}"]


def _setup_section(facts: DeviceFacts) -> list[str]:
    options = facts.options
    lines = ["## Device set-up", "",
             f"- The lab computes on: {facts.default_device}",
             f"- Preferred device: {options.preferred_device or 'automatic'}",
             f"- Logical CPU devices asked for: {options.num_cpu_logical_devices}",
             f"- GPU memory growth: {'on' if options.gpu_memory_growth else 'off'}"]
    return lines + [f"- At start-up: {note.english()}" for note in facts.startup_notes]


def _benchmark_section(timings: list[MatmulTiming]) -> list[str]:
    lines = ["## Matrix product benchmark (float32, median of repeats)", ""]
    lines += _table(("Target", "n", "Median seconds", "GFLOP/s", "Repeats", "Blocks"),
                    [(timing.target, timing.size, f"{timing.seconds:.6f}",
                      f"{timing.gflops:.1f}", len(timing.repeat_seconds),
                      timing.num_blocks) for timing in timings])
    ratios = speedups(timings)
    if ratios:
        lines += ["", "Speed relative to /CPU:0 (GFLOP/s ratio):", ""]
        for target, pairs in ratios.items():
            lines.append(f"- {target}: " + ", ".join(f"n={size}: {ratio:.2f}×"
                                                     for size, ratio in pairs))
    return lines


def _placement_section(placement: PlacementResult) -> list[str]:
    lines = ["## Placement", "", "```python", placement.code, "```", "",
             f"`y.device` = `{placement.device}`"]
    if placement.note:
        lines += ["", placement.note.english()]
    return lines


def _distribution_section(distribution: MirroredSumResult) -> list[str]:
    lines = ["## MirroredStrategy", "", "```python", distribution.code, "```", ""]
    lines += _table(("Replica device", "Values", "Partial sum"),
                    [(replica.device, np.array2string(replica.values, threshold=12),
                      f"{replica.partial_sum:g}") for replica in distribution.replicas])
    return lines + ["", f"Reduced sum (ReduceOp.SUM): {distribution.total:g}"]


def format_report(facts: DeviceFacts, timings: Iterable[MatmulTiming] = (),
                  placement: PlacementResult | None = None,
                  distribution: MirroredSumResult | None = None,
                  extra_versions: dict | None = None) -> str:
    """The device report in Markdown (the panel's "Copy report" and ``--report``).

    Args:
        facts: from :func:`~tfintro_gui.core.devices.facts.collect_device_facts`.
        timings: benchmark results to include.
        placement: a placement demo to include.
        distribution: a MirroredStrategy demo to include.
        extra_versions: more name → version rows, e.g. the Qt runtime's.

    Returns:
        Markdown text ending with a newline.
    """
    sections = [["# TensorFlow Intro Lab — device report", "",
                 f"Collected {facts.collected_at} on {facts.platform}."],
                _versions_section(facts, extra_versions), _devices_section(facts),
                _environment_section(facts), _setup_section(facts)]
    timings = list(timings)
    if timings:
        sections.append(_benchmark_section(timings))
    if placement is not None:
        sections.append(_placement_section(placement))
    if distribution is not None:
        sections.append(_distribution_section(distribution))
    return "\n\n".join("\n".join(lines) for lines in sections) + "\n"


#: Sizes of the quick benchmark in ``--report`` (well under a second on a laptop CPU).
REPORT_BENCHMARK_SIZES = (128, 256, 512, 1024)


def device_report(benchmark_sizes=REPORT_BENCHMARK_SIZES, repeats: int = DEFAULT_REPEATS,
                  extra_versions: dict | None = None) -> str:
    """Collect the facts, run a quick benchmark and both demos, and format the report.

    What ``tfintro-gui --report`` prints.

    Args:
        benchmark_sizes: sizes of the benchmark (see
            :func:`~tfintro_gui.core.devices.matmul.parse_sizes`); empty = none.
        repeats: timed repeats per size and device.
        extra_versions: more name → version rows, e.g. the Qt runtime's.

    Returns:
        The Markdown report.

    Raises:
        ImportError: TensorFlow cannot be imported.
        ValueError, TypeError: invalid sizes or repeats.
    """
    facts = collect_device_facts()
    timings: tuple[MatmulTiming, ...] = ()
    if benchmark_sizes:
        *_, last = MatmulBenchmark(benchmark_sizes, repeats=repeats).run()
        timings = last.timings
    placement = run_placement_demo()
    distribution = mirrored_sum_demo(np.arange(1, 9))
    return format_report(facts, timings, placement, distribution, extra_versions)

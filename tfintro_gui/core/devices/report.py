"""The device report in Markdown: the panel's "Copy report" and ``tfintro-gui --report``.

The report is written with a :class:`~tfintro_gui.core.devices.texts.ReportWords`
object: English by default (teachers paste it into bug reports and forums), or the
interface's language, worded by the UI (``tfintro-gui --report --language zh_CN``). Only
words are translated: versions, package names, paths, numbers, code and TensorFlow's own
texts are the same in every language.
"""

from __future__ import annotations

from collections.abc import Iterable

import lazy_loader

from tfintro_gui.core.devices.benchmark import MatmulBenchmark
from tfintro_gui.core.devices.demos import (
    MirroredSumResult,
    PlacementResult,
    mirrored_sum_demo,
    run_placement_demo,
)
from tfintro_gui.core.devices.facts import DeviceFacts, collect_device_facts
from tfintro_gui.core.devices.matmul import DEFAULT_REPEATS, MatmulTiming, speedups
from tfintro_gui.core.devices.texts import ENGLISH, ReportWords

np = lazy_loader.load("numpy")  # imported on first use, after the window paints


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


def _versions_section(facts: DeviceFacts, extra_versions: dict | None,
                      words: ReportWords) -> list[str]:
    lines = [f"## {words.text('versions')}", ""]
    version_rows = [(name, version) for name, version in facts.versions.items()]
    version_rows += list((extra_versions or {}).items())
    lines += _table((words.text("library"), words.text("version")), version_rows)
    lines += ["", f"## {words.text('build_info')}", ""]
    lines += _table((words.text("key"), words.text("value")), sorted(facts.build_info.items()))
    lines += ["", words.text("tf32_enabled" if facts.tensor_float_32 else "tf32_disabled"), "",
              f"## {words.text('packages')}", ""]
    lines += _table((words.text("package"), words.text("version"), words.text("location")),
                    [(item.name, item.version, item.location) for item in facts.distributions])
    return lines


def _devices_section(facts: DeviceFacts, words: ReportWords) -> list[str]:
    lines = [f"## {words.text('devices')}", "", f"`{facts.num_gpus_line}`", ""]
    lines += _table((words.text("kind"), words.text("name"), words.text("type")),
                    [(words.text("physical"), entry.name, entry.device_type)
                     for entry in facts.physical_devices]
                    + [(words.text("logical"), entry.name, entry.device_type)
                       for entry in facts.logical_devices])
    if facts.gpus:
        lines += ["", f"### {words.text('gpus')}", ""]
        lines += _table(tuple(words.text(code) for code in (
                            "device", "model", "compute_capability", "memory_in_use", "peak")),
                        [(gpu.device, gpu.model or "—",
                          ".".join(map(str, gpu.compute_capability))
                          if gpu.compute_capability else "—",
                          format_bytes(gpu.memory_current_bytes),
                          format_bytes(gpu.memory_peak_bytes)) for gpu in facts.gpus])
    if facts.no_gpu_reasons:
        lines += ["", f"## {words.text('why_no_gpu')}", ""]
        for index, reason in enumerate(facts.no_gpu_reasons, 1):
            explanation, remedy = words.reason(reason)
            lines.append(words.text("reason", index=index, explanation=explanation,
                                    remedy=remedy))
    return lines


def _environment_section(facts: DeviceFacts, words: ReportWords) -> list[str]:
    environment = facts.environment
    visible = environment.cuda_visible_devices
    lines = [
        words.text("system_wsl" if environment.is_wsl else "system",
                   system=environment.system),
        words.text("cuda_build", built=words.text("yes" if environment.is_cuda_build else "no"),
                   cuda_version=environment.cuda_version or "—",
                   cudnn_version=environment.cudnn_version or "—"),
        words.text("driver_loaded" if environment.driver_loaded else "driver_not_loadable",
                   library=environment.driver_library or "—"),
        words.text("kernel_driver", version=environment.driver_version)
        if environment.driver_version else words.text("kernel_driver_missing"),
        words.text("visible_devices_unset") if visible is None
        else words.text("visible_devices", value=repr(visible)),
        words.text("cuda_wheels", wheels=", ".join(environment.cuda_wheels))
        if environment.cuda_wheels else words.text("cuda_wheels_none")]
    return [f"### {words.text('detected')}", ""] + [f"- {line}" for line in lines]


def _setup_section(facts: DeviceFacts, words: ReportWords) -> list[str]:
    options = facts.options
    lines = [words.text("computes_on", device=facts.default_device),
             words.text("preferred", device=options.preferred_device)
             if options.preferred_device else words.text("preferred_automatic"),
             words.text("cpu_devices", count=options.num_cpu_logical_devices),
             words.text("memory_growth_on" if options.gpu_memory_growth
                        else "memory_growth_off")]
    lines += [words.text("startup_note", note=words.note(note)) for note in facts.startup_notes]
    return [f"## {words.text('setup')}", ""] + [f"- {line}" for line in lines]


def _benchmark_section(timings: list[MatmulTiming], words: ReportWords) -> list[str]:
    lines = [f"## {words.text('benchmark')}", ""]
    lines += _table((words.text("target"), "n", words.text("median_seconds"), "GFLOP/s",
                     words.text("spread"), words.text("repeats"), words.text("blocks")),
                    [(timing.target, timing.size, f"{timing.seconds:.6f}",
                      f"{timing.gflops:.1f}", f"{timing.variation:.0%}",
                      len(timing.repeat_seconds), timing.num_blocks) for timing in timings])
    ratios = speedups(timings)
    if ratios:
        lines += ["", words.text("relative_speed"), ""]
        for target, pairs in ratios.items():
            lines.append(f"- {target}: " + ", ".join(f"n={size}: {ratio:.2f}×"
                                                     for size, ratio in pairs))
    return lines


def _placement_section(placement: PlacementResult, words: ReportWords) -> list[str]:
    lines = [f"## {words.text('placement')}", "", "```python", placement.code, "```", "",
             f"`y.device` = `{placement.device}`"]
    if placement.note:
        lines += ["", words.note(placement.note)]
    return lines


def _distribution_section(distribution: MirroredSumResult, words: ReportWords) -> list[str]:
    lines = ["## MirroredStrategy", "", "```python", distribution.code, "```", ""]
    lines += _table((words.text("replica_device"), words.text("values"),
                     words.text("partial_sum")),
                    [(replica.device, np.array2string(replica.values, threshold=12),
                      f"{replica.partial_sum:g}") for replica in distribution.replicas])
    return lines + ["", words.text("reduced_sum", total=f"{distribution.total:g}")]


def format_report(facts: DeviceFacts, timings: Iterable[MatmulTiming] = (),
                  placement: PlacementResult | None = None,
                  distribution: MirroredSumResult | None = None,
                  extra_versions: dict | None = None, words: ReportWords = ENGLISH) -> str:
    """The device report in Markdown (the panel's "Copy report" and ``--report``).

    Args:
        facts: from :func:`~tfintro_gui.core.devices.facts.collect_device_facts`.
        timings: benchmark results to include.
        placement: a placement demo to include.
        distribution: a MirroredStrategy demo to include.
        extra_versions: more name → version rows, e.g. the Qt runtime's.
        words: where headings, explanations and notes take their words from; the default
            is English (:data:`~tfintro_gui.core.devices.texts.ENGLISH`). Versions,
            package names, paths, numbers, code and TensorFlow's own texts are never
            translated.

    Returns:
        Markdown text ending with a newline.
    """
    sections = [[f"# {words.text('title')}", "",
                 words.text("collected", time=facts.collected_at, platform=facts.platform)],
                _versions_section(facts, extra_versions, words),
                _devices_section(facts, words), _environment_section(facts, words),
                _setup_section(facts, words)]
    timings = list(timings)
    if timings:
        sections.append(_benchmark_section(timings, words))
    if placement is not None:
        sections.append(_placement_section(placement, words))
    if distribution is not None:
        sections.append(_distribution_section(distribution, words))
    return "\n\n".join("\n".join(lines) for lines in sections) + "\n"


#: Sizes of the quick benchmark in ``--report`` (well under a second on a laptop CPU).
REPORT_BENCHMARK_SIZES = (128, 256, 512, 1024)


def device_report(benchmark_sizes=REPORT_BENCHMARK_SIZES, repeats: int = DEFAULT_REPEATS,
                  extra_versions: dict | None = None, words: ReportWords = ENGLISH) -> str:
    """Collect the facts, run a quick benchmark and both demos, and format the report.

    What ``tfintro-gui --report`` prints.

    Args:
        benchmark_sizes: sizes of the benchmark (see
            :func:`~tfintro_gui.core.devices.matmul.parse_sizes`); empty = none.
        repeats: timed repeats per size and device.
        extra_versions: more name → version rows, e.g. the Qt runtime's.
        words: the report's words (see :func:`format_report`); default English.

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
    return format_report(facts, timings, placement, distribution, extra_versions, words)

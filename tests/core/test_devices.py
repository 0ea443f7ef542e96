"""Device facts, the no-GPU reasons, the matmul benchmark and the demos, on real TensorFlow."""

import math
import platform
from importlib import metadata
from pathlib import Path

import numpy as np
import pytest

from tfintro_gui.core.devices.benchmark import MatmulBenchmark, benchmark_code
from tfintro_gui.core.devices.demos import mirrored_sum_demo, parse_values, run_placement_demo
from tfintro_gui.core.devices.diagnosis import explain_no_gpu
from tfintro_gui.core.devices.environment import (
    GpuEnvironment,
    cuda_visible_devices_hides_all,
    installed_distributions,
    nvidia_kernel_driver_version,
    probe_gpu_environment,
)
from tfintro_gui.core.devices.facts import collect_device_facts
from tfintro_gui.core.devices.matmul import (
    BUSY_VARIATION,
    MAX_BUDGET_REPEATS,
    MatmulTiming,
    check_repeats,
    gflops_per_second,
    matmul_flops,
    noisiest_timing,
    parse_sizes,
    speedups,
    trusted_speedup,
)
from tfintro_gui.core.devices.report import format_bytes, format_report
from tfintro_gui.core.devices.self_check import check_matmul, self_check
from tfintro_gui.core.devices.texts import DevicesInputError
from tfintro_gui.core.devices.threads import thread_counts
from tfintro_gui.core.runtime import default_device, import_tensorflow


@pytest.fixture(scope="module")
def tf():
    return import_tensorflow()


@pytest.fixture(scope="module")
def has_gpu(tf):
    return bool(tf.config.list_physical_devices("GPU"))


# -- GFLOP/s arithmetic -----------------------------------------------------------------------
def test_matmul_flops_is_two_n_cubed():
    assert matmul_flops(1) == 2
    assert matmul_flops(128) == 4_194_304
    assert matmul_flops(2048) == 17_179_869_184
    assert matmul_flops(4096) == 137_438_953_472


def test_gflops_per_second_from_real_numbers():
    assert gflops_per_second(2048, 0.1) == pytest.approx(171.79869184)
    assert gflops_per_second(128, 0.004194304) == pytest.approx(1.0)
    assert gflops_per_second(1000, 2.0) == pytest.approx(1.0)


@pytest.mark.parametrize("seconds", [0, -1.0, math.nan, math.inf])
def test_gflops_rejects_impossible_times(seconds):
    with pytest.raises(ValueError, match="seconds must be a positive number"):
        gflops_per_second(128, seconds)


@pytest.mark.parametrize("size, error", [(0, ValueError), (-3, ValueError), (True, TypeError),
                                         (2.5, TypeError), ("128", TypeError)])
def test_matmul_flops_rejects_bad_sizes(size, error):
    with pytest.raises(error):
        matmul_flops(size)


def test_timing_reports_the_median_and_its_speed():
    timing = MatmulTiming("/CPU:0", 1000, (0.3, 0.1, 0.2))
    assert timing.seconds == pytest.approx(0.2)
    assert timing.gflops == pytest.approx(10.0)  # 2·1000³ / 0.2 s / 1e9


def test_speedups_divide_by_the_cpu_at_each_size():
    timings = [MatmulTiming("/CPU:0", 1000, (0.2,)), MatmulTiming("/GPU:0", 1000, (0.02,)),
               MatmulTiming("/CPU:0", 2000, (1.6,)), MatmulTiming("/GPU:0", 2000, (0.2,)),
               MatmulTiming("NumPy", 1000, (0.4,))]
    ratios = speedups(timings)
    assert ratios["/GPU:0"] == [(1000, pytest.approx(10.0)), (2000, pytest.approx(8.0))]
    assert ratios["NumPy"] == [(1000, pytest.approx(0.5))]
    assert "/CPU:0" not in ratios


# -- input checks ---------------------------------------------------------------------------
def test_parse_sizes_accepts_commas_and_spaces_and_sorts():
    assert parse_sizes("2048, 128 512;128") == (128, 512, 2048)
    assert parse_sizes([256, np.int64(4096)]) == (256, 4096)


@pytest.mark.parametrize("text, fragment", [
    ("", "at least one"),
    ("64", "Size 64 is outside 128 to 4096"),
    ("128, 5000", "Size 5000 is outside"),
    ("128, 12a", "'12a' is not a whole number"),
    ("1.5", "'1.5' is not a whole number"),
    ("0, -5", "Size 0 is outside 128 to 4096"),  # whole numbers, out of range
    ("-5", "Size -5 is outside 128 to 4096"),
])
def test_parse_sizes_explains_bad_text(text, fragment):
    with pytest.raises(ValueError, match=fragment):
        parse_sizes(text)


def test_parse_sizes_rejects_wrong_types():
    with pytest.raises(TypeError):
        parse_sizes(3)
    with pytest.raises(TypeError):
        parse_sizes([True])


def test_check_repeats():
    assert check_repeats(3) == 3
    for bad, error in ((0, ValueError), (21, ValueError), (2.0, TypeError), (False, TypeError)):
        with pytest.raises(error):
            check_repeats(bad)


# -- the benchmark ----------------------------------------------------------------------------
def test_blocks_keep_each_timed_call_under_the_budget():
    benchmark = MatmulBenchmark((128,), devices=["/CPU:0"], seconds_per_call=0.2)
    assert benchmark.rows_per_block(4096, 1e4) == 4096  # a GPU: the whole product at once
    # 2·4096³ = 137.4 GFLOP at 50 GFLOP/s = 2.75 s: 14 calls wanted, 292 rows each.
    rows = benchmark.rows_per_block(4096, 50.0)
    assert rows == 292
    assert 2 * rows * 4096**2 / 50e9 <= 0.2
    assert math.ceil(4096 / rows) == 15  # 14 blocks of 292 rows, one of 8
    tiny = MatmulBenchmark((128,), devices=["/CPU:0"], seconds_per_call=1e-9)
    assert tiny.rows_per_block(4096, 1.0) == 256  # never thinner than 256 rows
    assert tiny.rows_per_block(128, 1.0) == 128  # nor more rows than there are


def test_benchmark_times_cpu_and_numpy(tf):
    benchmark = MatmulBenchmark((128, 256), devices=["/CPU:0"], repeats=2, time_budget=0)
    assert benchmark.targets == ("/CPU:0", "NumPy")
    assert benchmark.total_flops == 2 * 2 * (matmul_flops(128) + matmul_flops(256))
    snapshots = list(benchmark.run())
    done = [snapshot.done_flops for snapshot in snapshots]
    assert done == sorted(done)
    last = snapshots[-1]
    assert last.stage == "done" and last.fraction == 1.0
    assert [(timing.target, timing.size) for timing in last.timings] == [
        ("/CPU:0", 128), ("NumPy", 128), ("/CPU:0", 256), ("NumPy", 256)]
    for timing in last.timings:
        assert len(timing.repeat_seconds) == 2
        assert all(seconds > 0 for seconds in timing.repeat_seconds)
        assert timing.gflops == pytest.approx(
            2 * timing.size**3 / float(np.median(timing.repeat_seconds)) / 1e9)


def test_benchmark_split_into_row_blocks_yields_after_each(tf):
    benchmark = MatmulBenchmark((768,), devices=["/CPU:0"], repeats=2, include_numpy=False,
                                seconds_per_call=1e-9, time_budget=0)
    snapshots = list(benchmark.run())
    timing = snapshots[-1].timings[0]
    assert timing.num_blocks == 3  # 256 rows per call at this tiny budget
    timed = [snapshot for snapshot in snapshots if snapshot.stage == "repeat"]
    assert len(timed) == 2 * 3
    assert [(snapshot.repeat, snapshot.repeats) for snapshot in timed] == [
        (1, 2), (1, 2), (1, 2), (2, 2), (2, 2), (2, 2)]
    assert [snapshot.done_flops for snapshot in timed[:3]] == [
        2 * 256 * 768**2, 4 * 256 * 768**2, 6 * 256 * 768**2]
    assert timed[-1].done_flops == benchmark.total_flops


def test_fast_products_repeat_until_the_time_budget_is_spent(tf):
    benchmark = MatmulBenchmark((128,), devices=["/CPU:0"], repeats=3, time_budget=0.05)
    snapshots = list(benchmark.run())
    for timing in snapshots[-1].timings:
        # A 128 product takes well under a millisecond on any CPU: far more than 3 fit in
        # 50 ms, and the budget stops at MAX_BUDGET_REPEATS.
        assert 3 < len(timing.repeat_seconds) <= MAX_BUDGET_REPEATS
        assert (sum(timing.repeat_seconds) >= 0.05
                or len(timing.repeat_seconds) == MAX_BUDGET_REPEATS)
    extra = [snapshot for snapshot in snapshots if snapshot.repeat > 3]
    assert all(snapshot.repeats == 3 for snapshot in extra)
    # The extra repeats report now and then (every 50 ms), not after every product.
    timed = sum(len(timing.repeat_seconds) - 3 for timing in snapshots[-1].timings)
    assert len(extra) < timed
    # Progress counts the promised repeats and the time budget: it reaches 100 % with the
    # last product timed, never while the budget's repeats still run.
    fractions = [snapshot.fraction for snapshot in snapshots]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    timed_items = [snapshot for snapshot in snapshots if snapshot.stage == "repeat"]
    assert all(snapshot.fraction < 1.0 for snapshot in timed_items[:-1])
    with pytest.raises(ValueError, match="time_budget"):
        MatmulBenchmark((128,), devices=["/CPU:0"], time_budget=float("nan"))


def test_progress_reaches_100_percent_only_when_the_budget_is_spent(tf, monkeypatch):
    """Every product "takes" 1/64 s: 3 promised repeats, then 5 more to fill 1/8 s."""
    from tfintro_gui.core.devices import benchmark as benchmark_module

    monkeypatch.setattr(MatmulBenchmark, "_time_call", staticmethod(lambda *args: 1 / 64))
    monkeypatch.setattr(benchmark_module, "BUDGET_PROGRESS_S", 0.0)  # report every repeat
    benchmark = MatmulBenchmark((128,), devices=["/CPU:0"], repeats=3, include_numpy=False,
                                time_budget=1 / 8)
    snapshots = list(benchmark.run())
    assert len(snapshots[-1].timings[0].repeat_seconds) == 8
    timed = [snapshot.fraction for snapshot in snapshots if snapshot.stage == "repeat"]
    # Each repeat is an eighth of the budget; the promised three are not the whole run.
    assert timed == pytest.approx([repeat / 8 for repeat in range(1, 9)], abs=1e-6)
    assert snapshots[-1].fraction == 1.0


def test_spread_is_the_middle_80_percent_of_the_repeats():
    timing = MatmulTiming("/CPU:0", 1000, (0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17,
                                           0.18, 0.19, 0.50))
    fastest, slowest = timing.seconds_range
    # Inclusive deciles of 11 points: the 2nd and the 10th value; the outlier 0.50 is out.
    assert fastest == pytest.approx(0.11, rel=1e-9, abs=1e-12)
    assert slowest == pytest.approx(0.19, rel=1e-9, abs=1e-12)
    assert timing.variation == pytest.approx(0.08 / 0.15, rel=1e-9, abs=1e-12)
    assert timing.gflops_range == pytest.approx((2e9 / 0.19 / 1e9, 2e9 / 0.11 / 1e9),
                                                rel=1e-9, abs=1e-9)
    assert not timing.trusted  # 53 % > 20 %
    steady = MatmulTiming("/CPU:0", 1000, (0.100, 0.101, 0.102))
    assert steady.trusted and steady.variation < BUSY_VARIATION
    assert not MatmulTiming("/CPU:0", 1000, (0.1, 0.1)).trusted  # too few repeats
    assert MatmulTiming("/CPU:0", 1000, (0.1,)).variation == 0


def test_the_trusted_speed_up_is_at_the_largest_steady_size():
    steady, busy = (0.100, 0.101, 0.102), (0.010, 0.015, 0.030)
    timings = [MatmulTiming("/CPU:0", 1024, steady), MatmulTiming("/GPU:0", 1024, (0.0125,) * 3),
               MatmulTiming("/CPU:0", 2048, steady), MatmulTiming("/GPU:0", 2048, busy)]
    size, ratio = trusted_speedup(timings, "/GPU:0")
    assert size == 1024  # 2048's GPU repeats vary by far more than 20 %
    assert ratio == pytest.approx(0.101 / 0.0125, rel=1e-9, abs=1e-12)
    assert trusted_speedup(timings[2:], "/GPU:0") is None
    assert noisiest_timing(timings) is timings[3]  # the busy 2048 GPU timing
    assert noisiest_timing([]) is None


def test_thread_counts_read_the_blas_pool_and_tensorflow(tf):
    from threadpoolctl import threadpool_limits

    counts = thread_counts(tf)
    assert counts.numpy_library and counts.numpy_threads >= 1
    assert counts.intra_op >= 0 and counts.inter_op >= 0
    with threadpool_limits(limits=1, user_api="blas"):
        assert thread_counts(tf).numpy_threads == 1


def test_benchmark_generator_stops_between_calls(tf):
    benchmark = MatmulBenchmark((128, 256, 512), devices=["/CPU:0"], repeats=3)
    run = benchmark.run()
    for snapshot in run:
        if snapshot.timings:
            break
    run.close()  # what a stopped worker does: no further product is computed
    assert snapshot.fraction < 1.0
    assert len(snapshot.timings) == 1


def test_benchmark_refuses_a_device_tensorflow_does_not_list(tf):
    with pytest.raises(ValueError, match="TensorFlow lists no device /GPU:7"):
        next(MatmulBenchmark((128,), devices=["/GPU:7"]).run())
    with pytest.raises(ValueError, match="not a device name"):
        MatmulBenchmark((128,), devices=["GPU7"])
    with pytest.raises(ValueError, match="at least one device"):
        MatmulBenchmark((128,), devices=[], include_numpy=False)


def test_benchmark_code_is_valid_python():
    code = benchmark_code(["/CPU:0"], [128, 256], 3)
    compile(code, "benchmark.py", "exec")
    assert "tf.reduce_sum(tf.matmul(a, b)).numpy()" in code
    assert "for n in [128, 256]:" in code


def test_check_matmul_on_the_cpu_matches_numpy(tf):
    result = check_matmul("/CPU:0", 256)
    assert result["ok"] and result["ran_on"] == "/CPU:0"
    assert result["max_relative_error"] < 1e-5


def test_check_matmul_fails_for_a_missing_gpu(tf, has_gpu):
    if has_gpu:
        pytest.skip("this computer has a GPU")
    result = check_matmul("/GPU:0", 128)
    assert result["ran_on"] == "/CPU:0" and not result["ok"]


# -- why there is no GPU, from real inputs --------------------------------------------------
def linux(**values):
    defaults = dict(system="Linux", tensorflow_version="2.21.0", is_cuda_build=True,
                    cuda_version="12.5.1", cudnn_version="9", driver_library="libcuda.so.1",
                    driver_loaded=True, cuda_wheels=("nvidia-cudnn-cu12 9.3.0.75",))
    defaults.update(values)
    return GpuEnvironment(**defaults)


def codes(environment):
    return [reason.code for reason in explain_no_gpu(environment)]


def test_reasons_are_codes_with_values_and_english_words():
    reasons = explain_no_gpu(linux(driver_loaded=False, driver_error="not found"))
    assert [(reason.code, reason.values) for reason in reasons] == [
        ("no_driver", {"library": "libcuda.so.1", "error": "not found"})]
    assert reasons[0].explanation.startswith(
        "The NVIDIA driver library (libcuda.so.1) could not be loaded. Either ")
    assert reasons[0].explanation.endswith("\nThe system says: not found")
    assert reasons[0].remedy.startswith("On a computer with an NVIDIA GPU, install")


def test_unexplained_without_a_known_cuda_version_says_so():
    reasons = explain_no_gpu(linux(cuda_version=None))
    assert reasons[0].code == "unexplained"
    assert reasons[0].values == {"cuda_version": "—"}


def test_no_reason_when_a_gpu_is_listed():
    assert explain_no_gpu(linux(num_gpus=1, driver_loaded=False)) == []


def test_macos_has_no_cuda():
    reasons = explain_no_gpu(GpuEnvironment("Darwin", "2.16.2", is_cuda_build=False))
    assert [reason.code for reason in reasons] == ["macos"]
    assert "tensorflow-metal" in reasons[0].remedy


def test_native_windows_lost_gpu_support_after_2_10():
    reasons = explain_no_gpu(GpuEnvironment("Windows", "2.11.0", is_cuda_build=False))
    assert [reason.code for reason in reasons] == ["native_windows"]
    assert "WSL2" in reasons[0].remedy and "2.10" in reasons[0].explanation
    # TensorFlow 2.10 still used CUDA on Windows: the reason is elsewhere.
    old = GpuEnvironment("Windows", "2.10.1", is_cuda_build=True, driver_loaded=False,
                         driver_library="nvcuda.dll", driver_error="could not be found")
    assert codes(old) == ["no_driver"]


def test_cpu_only_build_suggests_the_cuda_extra():
    reasons = explain_no_gpu(linux(is_cuda_build=False, tensorflow_version="2.21.0"))
    assert reasons[0].code == "cpu_only_build"
    assert 'pip install "tensorflow[and-cuda]"' in reasons[0].remedy


@pytest.mark.parametrize("value, hides", [(None, False), ("", True), ("-1", True),
                                          ("NoDevFiles", True), ("0", False), ("1,0", False),
                                          ("GPU-8932f937-d72c", False), ("1,-1", False)])
def test_cuda_visible_devices_values(value, hides):
    assert cuda_visible_devices_hides_all(value) is hides


def test_cuda_visible_devices_minus_one_is_the_reason():
    reasons = explain_no_gpu(linux(cuda_visible_devices="-1"))
    assert [reason.code for reason in reasons] == ["cuda_visible_devices"]
    assert "'-1'" in reasons[0].explanation and "unset" in reasons[0].remedy


def test_missing_driver_quotes_the_loader():
    error = "libcuda.so.1: cannot open shared object file: No such file or directory"
    reasons = explain_no_gpu(linux(driver_loaded=False, driver_error=error))
    assert [reason.code for reason in reasons] == ["no_driver"]
    assert error in reasons[0].explanation
    assert "Colab" in reasons[0].remedy


def test_driver_without_cuda_wheels():
    reasons = explain_no_gpu(linux(cuda_wheels=()))
    assert [reason.code for reason in reasons] == ["no_cuda_libraries"]
    assert "CUDA 12.5.1" in reasons[0].explanation and "cuDNN 9" in reasons[0].explanation


def test_everything_present_but_no_gpu_is_unexplained():
    assert codes(linux()) == ["unexplained"]
    assert codes(linux(cuda_visible_devices="3")) == ["cuda_visible_devices_set"]


def test_this_computer_is_probed_for_real(tf, has_gpu):
    environment = probe_gpu_environment(environ={"CUDA_VISIBLE_DEVICES": "-1"})
    build = tf.sysconfig.get_build_info()
    assert environment.system == platform.system()
    assert environment.is_cuda_build == bool(build.get("is_cuda_build", False))
    assert environment.cuda_version == build.get("cuda_version")
    assert environment.cuda_visible_devices == "-1"
    assert environment.num_gpus == len(tf.config.list_physical_devices("GPU"))
    if not has_gpu:
        found = codes(environment)
        assert "cuda_visible_devices" in found
        if environment.system == "Linux" and environment.is_cuda_build \
                and not environment.driver_loaded:
            assert "no_driver" in found
            assert environment.driver_error  # the loader's own words


# -- facts ----------------------------------------------------------------------------------
def test_tensorflow_distributions_like_pip_list():
    found = {item.name.lower(): item for item in installed_distributions()}
    assert found["tensorflow"].version == metadata.version("tensorflow")
    assert found["keras"].version == metadata.version("keras")
    assert (Path(found["tensorflow"].location) / "tensorflow").is_dir()
    assert "numpy" not in found
    assert [item.name.lower() for item in installed_distributions("^numpy$")] == ["numpy"]
    with pytest.raises(ValueError, match="not a valid regular expression"):
        installed_distributions("(")


def test_facts_match_tensorflow(tf):
    facts = collect_device_facts()
    physical = tf.config.list_physical_devices()
    assert [str(entry) for entry in facts.physical_devices] == [repr(d) for d in physical]
    assert [str(entry) for entry in facts.logical_devices] == [
        repr(d) for d in tf.config.list_logical_devices()]
    gpus = tf.config.list_physical_devices("GPU")
    assert facts.num_gpus_line == f"Num GPUs Available: {len(gpus)}"
    assert facts.default_device == default_device()
    assert facts.versions["tensorflow"] == tf.__version__
    assert facts.build_info["is_cuda_build"] == tf.sysconfig.get_build_info().get(
        "is_cuda_build", False)
    assert bool(facts.no_gpu_reasons) == (not gpus)


def test_nvidia_kernel_driver_version_reads_the_first_line(tmp_path):
    path = tmp_path / "version"
    path.write_text("NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.14\nGCC 12\n")
    assert nvidia_kernel_driver_version(path) == (
        "NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.14")
    assert nvidia_kernel_driver_version(tmp_path / "missing") is None
    (tmp_path / "empty").write_text("")
    assert nvidia_kernel_driver_version(tmp_path / "empty") is None


def test_format_bytes():
    assert format_bytes(None) == "—"
    assert format_bytes(512) == "512 B"
    assert format_bytes(1536) == "1.5 KiB"
    assert format_bytes(3 * 1024**3) == "3.0 GiB"


# -- placement and distribution -------------------------------------------------------------
def test_placement_on_the_cpu(tf):
    result = run_placement_demo("/cpu:0")
    assert result.requested == "/CPU:0"
    assert result.device.endswith("device:CPU:0") and result.short_device == "/CPU:0"
    np.testing.assert_array_equal(result.value, [[7.0, 10.0], [15.0, 22.0]])
    assert result.code.startswith('with tf.device("/CPU:0"):')
    assert result.note is None


def test_placement_chosen_by_tensorflow(tf):
    result = run_placement_demo(None)
    assert result.requested is None and "tf.device" not in result.code
    assert result.short_device == default_device()


def test_placement_on_a_missing_gpu_explains_soft_placement(tf, has_gpu):
    if has_gpu:
        pytest.skip("this computer has a GPU")
    result = run_placement_demo("/GPU:0")
    assert result.short_device == "/CPU:0"
    assert (result.note.code, result.note.values) == (
        "soft_placement", {"requested": "/GPU:0", "device": "/CPU:0"})
    assert "soft device placement" in result.note.english()


def test_placement_rejects_a_bad_device_name():
    with pytest.raises(ValueError, match="'GPU0' is not a device name"):
        run_placement_demo("GPU0")
    with pytest.raises(DevicesInputError) as caught:
        run_placement_demo("/GPU:" + "x" * 300)
    assert caught.value.explanation.values == {"text": "'/GPU:" + "x" * 34 + "…'"}


def test_mirrored_sum_over_the_logical_cpus(tf):
    result = mirrored_sum_demo("[1, 2, 3, 4, 5, 6, 7, 8]")
    cpus = [entry.name for entry in tf.config.list_logical_devices("CPU")]
    assert len(result.replicas) == len(cpus)
    assert result.total == 36.0
    assert sum(replica.partial_sum for replica in result.replicas) == 36.0
    np.testing.assert_array_equal(np.concatenate([r.values for r in result.replicas]),
                                  np.arange(1, 9))
    assert all(replica.device.split("/")[-1] in [c.split("/")[-1] for c in cpus]
               for replica in result.replicas)
    assert "tf.distribute.MirroredStrategy" in result.code


@pytest.mark.parametrize("text", ["", "[1, 'a']", "[[1, 2]]", "[]", "[1e999]",
                                  "__import__('os')", "1, 2, x"])
def test_parse_values_rejects_bad_text(text):
    with pytest.raises(ValueError):
        parse_values(text)


def test_parse_values_reads_lists_and_plain_numbers():
    np.testing.assert_array_equal(parse_values("1 2 3.5"), [1.0, 2.0, 3.5])
    assert parse_values("(4, 5)").dtype == np.float32
    np.testing.assert_array_equal(parse_values("[1, -2.5e1, .5, 3,]"), [1.0, -25.0, 0.5, 3.0])
    np.testing.assert_array_equal(parse_values(np.array([1, 2])), [1.0, 2.0])


@pytest.mark.parametrize("text, code", [
    ("", "values_empty"), ("[1, 'a']", "value_not_number"), ("[[1, 2]]", "values_not_flat"),
    ("[]", "values_count"), ("[1e999]", "value_too_large"), ("[1e39, 0]", "value_too_large"),
    ("__import__('os')", "value_not_number"), ("1, 2, x", "value_not_number"),
    ("nan", "value_not_number"), ("3e38, 3e38", "sum_too_large"),
])
def test_parse_values_refusals_carry_a_code(text, code):
    with pytest.raises(DevicesInputError) as caught:
        parse_values(text)
    assert caught.value.code == code


def test_huge_integers_in_mirrored_strategy_values_are_refused_not_overflow_error():
    """Issue 14: a 309+ digit integer raised OverflowError out of "Sum with
    MirroredStrategy"; now it is refused like any number beyond float32's range."""
    huge = "1" + "0" * 400
    for values in (f"[{huge}, 2]", [10**400, 2], (int(huge),)):
        with pytest.raises(DevicesInputError) as caught:
            mirrored_sum_demo(values)
        assert caught.value.code == "value_too_large"
        assert "beyond float32's range (±3.4e38)" in str(caught.value)
        assert len(str(caught.value)) < 200  # quotes an excerpt, not 400 digits


def test_a_long_list_with_one_typo_quotes_only_the_bad_token():
    """Issue 14: a 300-character list with one typo echoed the whole input, and the
    message bar then widened the window."""
    text = "[" + ", ".join(["1.5"] * 60) + ", 2x" + "9" * 80 + ", 3]"
    assert len(text) > 300
    with pytest.raises(DevicesInputError) as caught:
        parse_values(text)
    message = str(caught.value)
    assert message.startswith("'2x" + "9" * 37 + "…' is not a number")
    assert caught.value.explanation.values == {"text": "'2x" + "9" * 37 + "…'"}
    assert len(message) < 150


def test_values_text_and_count_are_capped_before_the_work():
    with pytest.raises(DevicesInputError) as caught:
        parse_values("1," * 150_000)
    assert caught.value.code == "text_too_long"
    with pytest.raises(DevicesInputError) as caught:
        parse_values("1 " * 10_001)
    assert caught.value.explanation.values == {"maximum": 10_000, "count": 10_001}


def test_sizes_refusals_quote_an_excerpt_and_never_build_huge_integers():
    with pytest.raises(DevicesInputError) as caught:
        parse_sizes("128, " + "x" * 300)
    assert caught.value.code == "size_not_whole"
    assert caught.value.explanation.values["text"] == "'" + "x" * 39 + "…'"
    with pytest.raises(DevicesInputError) as caught:
        parse_sizes("9" * 900)  # int() of 900 digits would work, but is never needed
    assert caught.value.code == "size_out_of_range"
    assert caught.value.explanation.values["size"] == "9" * 39 + "…"
    with pytest.raises(DevicesInputError) as caught:
        parse_sizes("1" * 1001)
    assert caught.value.code == "text_too_long"
    assert parse_sizes("0128 256") == (128, 256)


# -- self-test and report -------------------------------------------------------------------
def test_self_check_lists_devices_and_checks_matmul(tf):
    result = self_check(size=128)
    assert result["ok"] is True
    assert result["num_gpus"] == len(tf.config.list_physical_devices("GPU"))
    assert "PhysicalDevice(name='/physical_device:CPU:0', device_type='CPU')" in result[
        "physical_devices"]
    assert result["matmul"]["/CPU:0"]["ok"]


def test_report_has_every_section(tf):
    facts = collect_device_facts()
    timings = [MatmulTiming("/CPU:0", 128, (0.001, 0.002, 0.003)),
               MatmulTiming("NumPy", 128, (0.004,))]
    report = format_report(facts, timings, run_placement_demo("/CPU:0"),
                           mirrored_sum_demo([1, 2, 3]), extra_versions={"qt": "6.x"})
    assert report.startswith("# TensorFlow Intro Lab — device report")
    assert facts.num_gpus_line in report
    assert f"| tensorflow | {tf.__version__} |" in report
    assert "| qt | 6.x |" in report
    # 2·128³ / 2 ms; the spread: deciles 1.2 and 2.8 ms around 2 ms
    assert "| /CPU:0 | 128 | 0.002000 | 2.1 | 80% | 3 | 1 |" in report
    assert "- NumPy: n=128: 0.50×" in report
    assert "Reduced sum (ReduceOp.SUM): 6" in report
    assert ("## Why TensorFlow lists no GPU" in report) == (facts.num_gpus == 0)
    for index, reason in enumerate(facts.no_gpu_reasons, 1):
        assert f"{index}. {reason.explanation} **What to do:** {reason.remedy}" in report

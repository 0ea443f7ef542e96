"""The Devices panel: facts, benchmark in a worker (run, cancel, close), demos, settings, report."""

import time
from importlib import metadata

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from tfintro_gui.core import device_setup as runtime
from tfintro_gui.core.device_setup import DeviceOptions
from tfintro_gui.core.devices.config import VIRTUAL_DEVICES_INITIALIZED
from tfintro_gui.core.runtime import default_device, import_tensorflow
from tfintro_gui.ui.devices import settings as device_settings
from tfintro_gui.ui.devices_panel import DevicesPanel


@pytest.fixture(autouse=True)
def clean_device_settings():
    """Each test starts with no saved device choices and the runtime's options restored."""
    in_force = runtime.device_options()
    settings = QSettings()
    settings.remove("devices")
    yield
    settings.remove("devices")
    settings.sync()
    runtime.set_device_options(in_force.preferred_device, in_force.num_cpu_logical_devices,
                               in_force.gpu_memory_growth)


@pytest.fixture
def panel(qtbot, tensorflow_info):
    widget = DevicesPanel()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.tensorflow_ready(tensorflow_info)
    yield widget
    widget.shutdown()


def run_benchmark(qtbot, panel, sizes="128, 256", repeats=2, timeout=30000):
    panel.sizes_input.setText(sizes)
    panel.repeats_input.setValue(repeats)
    panel.run_button.click()
    assert panel.is_running()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=timeout)


def table_rows(table):
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def test_controls_wait_for_tensorflow(qtbot):
    widget = DevicesPanel()
    qtbot.addWidget(widget)
    assert not widget.run_button.isEnabled() and not widget.placement_button.isEnabled()
    assert not widget.copy_report_button.isEnabled()
    assert "Loading TensorFlow" in widget.message_bar.text()
    versions = dict((row[0], row[1]) for row in table_rows(widget.versions_table))
    assert versions["numpy"] == metadata.version("numpy")  # shown before TF is ready
    widget.tensorflow_failed("No module named 'tensorflow'")
    assert widget.message_bar.level == "error"
    assert "No module named 'tensorflow'" in widget.message_bar.text()


def test_devices_listed_like_the_notebook(panel):
    tf = import_tensorflow()
    gpus = tf.config.list_physical_devices("GPU")
    assert panel.num_gpus_label.text() == f"Num GPUs Available: {len(gpus)}"
    rows = table_rows(panel.devices_table)
    physical = tf.config.list_physical_devices()
    logical = tf.config.list_logical_devices()
    assert len(rows) == len(physical) + len(logical)
    assert [row[1] for row in rows] == [d.name for d in physical] + [d.name for d in logical]
    assert ("Why TensorFlow lists no GPU" in panel.reasons_label.text()) == (not gpus)
    packages = {row[0].lower(): row[1] for row in table_rows(panel.packages_table)}
    assert packages["tensorflow"] == tf.__version__
    assert panel.benchmark_devices_label.text().startswith("/CPU:0")


def test_benchmark_runs_in_a_worker_and_plots_gflops(qtbot, panel):
    run_benchmark(qtbot, panel)
    timings = panel.timings
    assert [(t.target, t.size) for t in timings] == [
        ("/CPU:0", 128), ("NumPy", 128), ("/CPU:0", 256), ("NumPy", 256)]
    cpu_line = panel.plots.speed_lines["/CPU:0"]
    assert list(cpu_line.get_xdata()) == [128, 256]
    assert list(cpu_line.get_ydata()) == [t.gflops for t in timings if t.target == "/CPU:0"]
    ratio = panel.plots.ratio_lines["NumPy"].get_ydata()
    assert ratio[0] == pytest.approx(timings[1].gflops / timings[0].gflops)
    assert panel.progress_bar.value() == 1000
    assert panel.progress_label.text().startswith("Done: 4 timings")
    rows = table_rows(panel.timings_table)
    assert [row[:2] for row in rows] == [["/CPU:0", "128"], ["NumPy", "128"],
                                         ["/CPU:0", "256"], ["NumPy", "256"]]
    assert rows[0][3] == f"{timings[0].gflops:.1f}"
    assert f"| /CPU:0 | 128 | {timings[0].seconds:.6f} |" in panel.report_view.toPlainText()
    assert "tf.matmul" in panel.code_view.code()
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_bad_sizes_show_a_message_and_keep_the_results(qtbot, panel):
    run_benchmark(qtbot, panel, sizes="128", repeats=1)
    before = panel.timings
    panel.sizes_input.setText("128, abc")
    panel.run_button.click()
    assert not panel.is_running()
    assert panel.message_bar.level == "error"
    assert "'abc' is not a whole number" in panel.message_bar.text()
    assert panel.timings == before
    panel.sizes_input.setText("64")
    panel.run_button.click()
    assert "Size 64 is outside 128 to 4096" in panel.message_bar.text()
    assert panel.timings == before


def test_cancel_stops_a_long_benchmark_within_a_second(qtbot, panel):
    panel.sizes_input.setText("2048, 4096")
    panel.repeats_input.setValue(20)
    panel.run_button.click()
    qtbot.waitUntil(lambda: panel._latest is not None
                    and panel._latest.stage.startswith("repeat"), timeout=30000)
    started = time.perf_counter()
    panel.cancel_button.click()
    elapsed = time.perf_counter() - started
    assert not panel.is_running()
    assert elapsed < 1.0, f"Cancel took {elapsed:.2f} s"
    assert panel.progress_label.text().startswith("Cancelled")
    assert panel.run_button.isEnabled()


def test_closing_during_a_benchmark_stops_its_thread(qtbot, panel):
    panel.sizes_input.setText("1024, 2048, 4096")
    panel.repeats_input.setValue(20)
    panel.run_button.click()
    assert panel.is_running()
    panel.shutdown()
    assert not panel.is_running()


def test_placement_shows_the_device(panel):
    panel.placement_input.setCurrentText("/CPU:0")
    panel.placement_button.click()
    assert panel.placement.short_device == "/CPU:0"
    assert "device:CPU:0" in panel.placement_label.text()
    assert 'with tf.device("/CPU:0"):' in panel.code_view.code()
    assert "## Placement" in panel.report_view.toPlainText()


def test_placement_rejects_a_bad_device_name_and_keeps_the_last(panel):
    panel.placement_button.click()  # TensorFlow chooses
    kept = panel.placement
    panel.placement_input.setCurrentText("GPU 0")
    panel.placement_button.click()
    assert panel.message_bar.level == "error"
    assert "'GPU 0' is not a device name" in panel.message_bar.text()
    assert panel.placement is kept


def test_placement_on_a_missing_gpu_explains_soft_placement(panel):
    if import_tensorflow().config.list_physical_devices("GPU"):
        pytest.skip("this computer has a GPU")
    panel.placement_input.setCurrentText("/GPU:0")
    panel.placement_button.click()
    assert panel.placement.short_device == "/CPU:0"
    assert "soft device placement" in panel.placement_label.text()


def test_mirrored_strategy_sum(panel):
    panel.values_input.setText("[1, 2, 3, 4]")
    panel.distribute_button.click()
    cpus = import_tensorflow().config.list_logical_devices("CPU")
    rows = table_rows(panel.replicas_table)
    assert len(rows) == len(cpus)
    assert sum(float(row[3]) for row in rows) == 10.0
    assert "= 10 over" in panel.replicas_total_label.text()
    assert panel.tabs.currentIndex() == 4
    panel.values_input.setText("[1, 'x']")
    panel.distribute_button.click()
    assert panel.message_bar.level == "error"
    assert panel.distribution.total == 10.0  # the last good result is kept


def test_next_start_choices_are_saved_and_marked_restart_needed(panel):
    panel.cpu_devices_input.setValue(3)
    panel.memory_growth_input.setChecked(True)
    assert device_settings.saved_device_options() == DeviceOptions(None, 3, True)
    assert "At the next start: 3 logical CPU(s), memory growth on" in panel.setup_label.text()
    assert "restart needed" in panel.setup_label.text()


def test_apply_now_explains_restart_needed_with_tensorflows_words(panel):
    panel.cpu_devices_input.setValue(2)
    panel.apply_now_button.click()
    assert panel.message_bar.level == "warning"
    text = panel.message_bar.text()
    assert text.startswith("Restart needed.")
    assert VIRTUAL_DEVICES_INITIALIZED in text


def test_preferred_device_is_used_at_once_and_saved(panel):
    index = panel.preferred_input.findData("/CPU:0")
    assert index > 0
    panel.preferred_input.setCurrentIndex(index)
    assert default_device() == "/CPU:0"
    assert device_settings.saved_device_options().preferred_device == "/CPU:0"
    assert "now computes on /CPU:0" in panel.message_bar.text()


def test_report_copy_and_save(panel, tmp_path):
    panel.copy_report_button.click()
    assert QGuiApplication.clipboard().text() == panel.report_text()
    assert panel.report_text().startswith("# TensorFlow Intro Lab — device report")
    path = tmp_path / "devices.md"
    assert panel.save_report(path)
    assert path.read_text(encoding="utf-8") == panel.report_text()
    assert "Num GPUs Available" in path.read_text(encoding="utf-8")
    assert not panel.save_report(tmp_path / "missing" / "devices.md")
    assert panel.message_bar.level == "error"
    assert "could not be saved" in panel.message_bar.text()


def test_prepare_screenshot_runs_a_small_benchmark(qtbot, panel):
    called = []
    panel.prepare_screenshot({}, lambda: called.append(True))
    qtbot.waitUntil(lambda: bool(called), timeout=30000)
    assert [t.size for t in panel.timings if t.target == "/CPU:0"] == [128, 256, 512, 1024]


# -- settings ---------------------------------------------------------------------------------
def test_saved_settings_round_trip_and_bad_values_fall_back(tmp_path):
    settings = QSettings(str(tmp_path / "lab.ini"), QSettings.Format.IniFormat)
    device_settings.save_device_options(DeviceOptions("/CPU:1", 4, True), settings)
    assert device_settings.saved_device_options(settings) == DeviceOptions("/CPU:1", 4, True)
    settings.setValue(device_settings.PREFERRED_DEVICE_KEY, "graphics card")
    settings.setValue(device_settings.CPU_LOGICAL_DEVICES_KEY, "lots")
    settings.setValue(device_settings.GPU_MEMORY_GROWTH_KEY, "maybe")
    assert device_settings.saved_device_options(settings) == DeviceOptions()
    settings.setValue(device_settings.CPU_LOGICAL_DEVICES_KEY, 9)
    assert device_settings.saved_device_options(settings).num_cpu_logical_devices == 1


def test_saved_settings_are_left_alone_once_tensorflow_runs(tmp_path):
    import_tensorflow()
    settings = QSettings(str(tmp_path / "lab.ini"), QSettings.Format.IniFormat)
    device_settings.save_device_options(DeviceOptions(None, 3, False), settings)
    before = runtime.device_options()
    assert device_settings.apply_saved_device_settings(settings) is None
    assert runtime.device_options() == before

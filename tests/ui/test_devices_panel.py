"""The Devices panel: facts, the benchmark through its run controller (run, cancel, close),
the demos, the device set-up, the report, and its words in English and Chinese."""

import html
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from tests.ui.fresh_python import run_alone
from tfintro_gui.core import device_setup
from tfintro_gui.core.device_setup import SETUP_NOTE_TEMPLATES, DeviceOptions, SetupNote
from tfintro_gui.core.devices.config import VIRTUAL_DEVICES_INITIALIZED, RecordedDeviceConfig
from tfintro_gui.core.devices.diagnosis import NoGpuReason
from tfintro_gui.core.devices.facts import collect_device_facts
from tfintro_gui.core.devices.matmul import NUMPY_TARGET, MatmulTiming
from tfintro_gui.core.devices.texts import MESSAGE_TEMPLATES, REASON_TEMPLATES, Explanation
from tfintro_gui.core.runtime import default_device, import_tensorflow
from tfintro_gui.ui import run_controller
from tfintro_gui.ui.devices import settings as device_settings
from tfintro_gui.ui.devices import texts
from tfintro_gui.ui.devices.facts_view import DevicesFactsView
from tfintro_gui.ui.devices.panel import DevicesPanel
from tfintro_gui.ui.devices.plots import BenchmarkPlots
from tfintro_gui.ui.devices.tables import FittedTable, fair_widths
from tfintro_gui.ui.i18n import install_language

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def clean_device_settings():
    """Each test starts with no saved device choices and the runtime's options restored."""
    in_force = device_setup.device_options()
    settings = QSettings()
    settings.remove("devices")
    yield
    settings.remove("devices")
    settings.sync()
    device_setup.set_device_options(in_force.preferred_device,
                                    in_force.num_cpu_logical_devices,
                                    in_force.gpu_memory_growth)


@pytest.fixture
def panel(qtbot, tensorflow_info):
    widget = DevicesPanel()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.build_deferred()
    widget.tensorflow_ready(tensorflow_info)
    yield widget
    widget.shutdown()


def run_benchmark(qtbot, panel, sizes="128, 256", repeats=2):
    box = panel.benchmark_box
    box.sizes_input.setText(sizes)
    box.repeats_input.setValue(repeats)
    with qtbot.waitSignal(panel.controller.finished, timeout=60000) as finished:
        box.run_button.click()
        assert panel.is_running()
    return finished.args[0]


# -- before TensorFlow -----------------------------------------------------------------------
def test_controls_wait_for_tensorflow(qtbot):
    widget = DevicesPanel()
    qtbot.addWidget(widget)
    assert not widget.benchmark_box.run_button.isEnabled()
    assert not widget.placement_box.run_button.isEnabled()
    assert not widget.report_box.copy_button.isEnabled()
    assert widget.benchmark_box.run_button.toolTip() == "Loading TensorFlow…"
    assert "Loading TensorFlow" in widget.message_bar.text()
    assert widget.versions_view.versions_table.texts() == []  # read after the first paint
    facts = widget.facts_view  # the device table has its final shape while TF loads
    assert facts.devices_table.texts() == [["physical", "…", "…"], ["logical", "…", "…"]]
    assert facts.default_device_label.text() == "Asking TensorFlow which devices it sees…"
    widget.build_deferred()
    versions = {row[0]: row[1] for row in widget.versions_view.versions_table.texts()}
    assert versions["numpy"] == metadata.version("numpy")  # shown before TF is ready
    widget.tensorflow_failed("No module named 'tensorflow'")
    assert widget.message_bar.level == "error"
    assert "No module named 'tensorflow'" in widget.message_bar.text()
    assert widget.facts_view.num_gpus_label.text() == "Num GPUs Available: unknown"
    assert facts.devices_table.texts() == []
    assert "could not be loaded" in facts.default_device_label.text()


def test_importing_and_building_the_panel_leaves_matplotlib_for_later():
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication(['-platform', 'offscreen'])\n"
            "from tfintro_gui.ui.devices.panel import DevicesPanel\n"
            "panel = DevicesPanel()\n"
            "print('matplotlib' in sys.modules, panel.plots is None)\n"
            "panel.build_deferred()\n"
            "print('matplotlib' in sys.modules, panel.plots is not None)\n")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               cwd=REPOSITORY, timeout=120)
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.split() == ["False", "True", "True", "True"]


# -- facts ------------------------------------------------------------------------------------
def test_devices_listed_like_the_notebook(panel):
    tf = import_tensorflow()
    gpus = tf.config.list_physical_devices("GPU")
    assert panel.facts_view.num_gpus_label.text() == f"Num GPUs Available: {len(gpus)}"
    rows = panel.facts_view.devices_table.texts()
    physical = tf.config.list_physical_devices()
    logical = tf.config.list_logical_devices()
    assert [row[1] for row in rows] == [d.name for d in physical] + [d.name for d in logical]
    assert [row[0] for row in rows] == ["physical"] * len(physical) + ["logical"] * len(logical)
    assert ("Why TensorFlow lists no GPU" in panel.facts_view.no_gpu_view.text()) == (not gpus)
    packages = {row[0].lower(): row[1]
                for row in panel.versions_view.packages_table.texts()}
    assert packages["tensorflow"] == tf.__version__
    assert panel.benchmark_box.devices_label.text().startswith("/CPU:0")


def test_without_a_gpu_the_table_leaves_out_the_gpu_columns(panel):
    if panel.facts.gpus:
        pytest.skip("this computer has a GPU")
    assert panel.facts_view.devices_table.header_texts() == ["Kind", "Name", "Type"]


def test_the_reasons_are_worded_from_their_codes(panel):
    if not panel.facts.no_gpu_reasons:
        pytest.skip("this computer has a GPU")
    shown = panel.facts_view.no_gpu_view.text()
    for reason in panel.facts.no_gpu_reasons:
        detected, remedy = texts.word_reason(reason)
        assert detected == reason.explanation  # English: the UI's words are the core's
        assert html.escape(detected) in shown and html.escape(remedy) in shown


def test_every_core_explanation_has_the_same_english_in_the_interface():
    """The UI's list of templates (for translation) and the core's must not drift apart."""
    assert set(texts.REASONS) == set(REASON_TEMPLATES)
    for code, (detected, remedy) in REASON_TEMPLATES.items():
        assert texts.REASONS[code] == (detected, remedy), code
    assert texts.MESSAGES == {**MESSAGE_TEMPLATES, **SETUP_NOTE_TEMPLATES}


def test_explanations_are_worded_in_chinese(qapp):
    reason = NoGpuReason("no_driver", {"library": "libcuda.so.1", "error": "not found"})
    note = SetupNote("cpu_split", {"count": 3})
    refusal = Explanation("value_not_number", {"text": "'x'"})
    assert install_language("zh_CN")
    try:
        detected, remedy = texts.word_reason(reason)
        # The system's own words on a line of their own, after the explanation.
        assert detected.startswith("无法加载 NVIDIA 驱动库（libcuda.so.1）。")
        assert detected.endswith("\n系统的报错：not found")
        assert "Google Colab" in remedy
        assert texts.word(note) == "CPU 已拆分成 3 个逻辑设备。"
        assert texts.word(refusal).startswith("'x' 不是数。")
        assert texts.stage_text("repeat", 2, 3) == "第 2 次，共 3 次"
    finally:
        install_language("en")
    assert texts.word(note) == "The CPU is split into 3 logical devices."


# -- benchmark --------------------------------------------------------------------------------
def test_benchmark_runs_through_the_run_controller_and_plots_gflops(qtbot, panel):
    assert run_benchmark(qtbot, panel) is True
    timings = panel.timings
    assert [(t.target, t.size) for t in timings] == [
        ("/CPU:0", 128), ("NumPy", 128), ("/CPU:0", 256), ("NumPy", 256)]
    cpu_line = panel.plots.speed_lines["/CPU:0"]
    assert list(cpu_line.get_xdata()) == [128, 256]
    assert list(cpu_line.get_ydata()) == [t.gflops for t in timings if t.target == "/CPU:0"]
    ratio = panel.plots.ratio_lines["NumPy"].get_ydata()
    assert ratio[0] == pytest.approx(timings[1].gflops / timings[0].gflops, rel=1e-12, abs=0)
    assert not panel.plots.placeholder.get_visible()
    box = panel.benchmark_box
    assert box.progress_bar.value() == 1000
    assert box.progress_label.text().startswith("Done: 4 timings")
    rows = panel.benchmark_view.timings_table.texts()
    assert [row[:2] for row in rows] == [["/CPU:0", "128"], ["NumPy", "128"],
                                         ["/CPU:0", "256"], ["NumPy", "256"]]
    assert rows[0][3] == f"{timings[0].gflops:.1f}"
    assert f"| /CPU:0 | 128 | {timings[0].seconds:.6f} |" in panel.report_view.toPlainText()
    assert "tf.matmul" in panel.code_view.code()
    assert panel.tabs.currentWidget() is panel.benchmark_view
    assert box.run_button.isEnabled() and not box.cancel_button.isEnabled()
    assert not run_controller.running_threads()


def test_the_plots_wait_for_the_end_of_a_run_so_drawing_never_slows_the_timings(
        qtbot, panel):
    """A full Matplotlib draw takes a few tenths of a second of the processor and of
    Python's lock: drawn at Run and after every timing, it froze the window for 1.3–1.7 s
    and slowed the matmuls being timed."""
    view = panel.benchmark_view
    panel.tabs.setCurrentWidget(view)
    qtbot.wait(50)
    draws = []
    panel.plots.canvas.mpl_connect("draw_event", lambda event: draws.append(
        (panel.is_running(), len(panel.timings))))
    rows_while_running = []
    panel.controller.frame.connect(
        lambda progress: rows_while_running.append(len(view.timings_table.texts())))
    assert run_benchmark(qtbot, panel, sizes="128, 256", repeats=2) is True
    qtbot.waitUntil(lambda: len(draws) > 0, timeout=5000)
    assert [drawn for drawn in draws if drawn[0]] == []  # nothing drawn while it ran
    assert draws[-1] == (False, 4)  # one draw at the end, with every timing
    assert max(rows_while_running) >= 1  # the table filled in meanwhile
    assert view.timing_note.isVisibleTo(panel) is False
    assert list(panel.plots.speed_lines["/CPU:0"].get_xdata()) == [128, 256]


def test_the_keyboard_focus_goes_to_cancel_and_back_to_run(qtbot, panel):
    """Regression: after a run the focus sat in the placement's tf.device field."""
    box = panel.benchmark_box
    panel.activateWindow()
    box.run_button.setFocus()
    qtbot.waitUntil(box.run_button.hasFocus)
    box.sizes_input.setText("128")
    box.repeats_input.setValue(1)
    with qtbot.waitSignal(panel.controller.finished, timeout=60000):
        box.run_button.click()
        assert box.cancel_button.hasFocus()
    assert box.run_button.hasFocus()


def test_the_progress_line_keeps_two_lines_of_room_so_the_column_never_jumps(qtbot, panel):
    box = panel.benchmark_box
    below = panel.placement_box
    top = below.mapTo(panel, below.rect().topLeft()).y()
    tops = set()
    panel.controller.frame.connect(
        lambda progress: tops.add(below.mapTo(panel, below.rect().topLeft()).y()))
    run_benchmark(qtbot, panel, sizes="128, 256", repeats=2)
    assert box.progress_label.height() >= 2 * box.progress_label.fontMetrics().lineSpacing()
    assert tops <= {top}
    assert below.mapTo(panel, below.rect().topLeft()).y() == top


def test_no_gpu_note_sits_below_the_plots_when_no_gpu_was_timed(qtbot, panel):
    view = panel.benchmark_view
    assert not view.no_gpu_note.isVisibleTo(panel)
    run_benchmark(qtbot, panel, sizes="128", repeats=1)
    timed_gpu = any(t.target.startswith("/GPU") for t in panel.timings)
    assert view.no_gpu_note.isVisibleTo(panel) == (not timed_gpu)
    assert "Speed relative to /CPU:0" in view.no_gpu_note.text()
    assert not any("No GPU" in text.get_text() for text in panel.plots.ratio_axes.texts)


def test_each_line_has_its_spread_and_the_threads_are_named(qtbot, panel):
    run_benchmark(qtbot, panel, sizes="128", repeats=3)
    view = panel.benchmark_view
    for timing in panel.timings:
        band = panel.plots.speed_bands[timing.target]
        (x_low, y_low), (x_high, y_high) = band.get_paths()[0].get_extents().get_points()
        assert (x_low, x_high) == (128, 128)
        assert (y_low, y_high) == pytest.approx(timing.gflops_range, rel=1e-6, abs=1e-9)
        assert len(timing.repeat_seconds) >= 3
    rows = view.timings_table.texts()
    assert rows[0][4] == f"{panel.timings[0].variation:.0%}"
    assert rows[0][5] == str(len(panel.timings[0].repeat_seconds))
    threads = view.threads_label.text()
    assert not view.threads_label.isHidden()
    assert "NumPy @ (openblas)" in threads or "NumPy @ (" in threads
    assert "TensorFlow intra-op" in threads and "0 = TensorFlow chooses" in threads


def test_disagreeing_repeats_warn_that_the_computer_is_busy(panel):
    view = panel.benchmark_view
    steady = (0.100, 0.101, 0.102)
    view.show_timings((MatmulTiming("/CPU:0", 1024, steady),))
    assert view.busy_bar.isHidden()
    view.show_timings((MatmulTiming("/CPU:0", 1024, steady),
                       MatmulTiming("NumPy", 1024, (0.10, 0.15, 0.20))))
    assert not view.busy_bar.isHidden()
    # Inclusive deciles 0.11 and 0.19 around a median of 0.15: 53 %.
    assert view.busy_bar.text().startswith("The computer is busy: numbers vary by 53 %")
    assert "NumPy, n = 1024" in view.busy_bar.text()


def test_the_gpu_speed_up_is_set_against_the_lesson_at_a_steady_size(panel):
    view = panel.benchmark_view
    steady = (0.100, 0.101, 0.102)
    view.show_timings((MatmulTiming("/CPU:0", 1024, steady),
                       MatmulTiming("/GPU:0", 1024, (0.0140, 0.0141, 0.0142)),
                       MatmulTiming("/CPU:0", 2048, steady),
                       MatmulTiming("/GPU:0", 2048, (0.001, 0.002, 0.009))))
    assert not view.claim_label.isHidden() and view.no_gpu_note.isHidden()
    assert view.claim_label.text() == (
        "/GPU:0 is 7.2× as fast as /CPU:0 at n = 1024, the largest size whose repeats agree "
        "within 20 %: inside the lesson's 5–10×.")
    marker = panel.plots.trusted_markers["/GPU:0"]
    assert list(marker.get_xdata()) == [1024]
    assert marker.get_ydata()[0] == pytest.approx(0.101 / 0.0141, rel=1e-9, abs=1e-12)
    view.show_timings((MatmulTiming("/CPU:0", 2048, steady),
                       MatmulTiming("/GPU:0", 2048, (0.001, 0.002, 0.009))))
    assert "no size was timed steadily enough" in view.claim_label.text()
    assert "/GPU:0" not in panel.plots.trusted_markers


def test_bad_sizes_show_a_message_and_keep_the_results(qtbot, panel):
    run_benchmark(qtbot, panel, sizes="128", repeats=1)
    before = panel.timings
    box = panel.benchmark_box
    box.sizes_input.setText("128, abc")
    box.run_button.click()
    assert not panel.is_running()
    assert panel.message_bar.level == "error"
    assert panel.message_bar.text() == (
        "'abc' is not a whole number. Enter sizes such as '128, 512, 2048', each from 128 "
        "to 4096.\nNothing was run; the results shown are kept.")
    assert panel.timings == before
    box.sizes_input.setText("64")
    box.run_button.click()
    assert "Size 64 is outside 128 to 4096" in panel.message_bar.text()
    assert panel.timings == before


def test_cancel_drops_queued_progress_and_keeps_the_finished_timings(qtbot, panel):
    box = panel.benchmark_box
    box.sizes_input.setText("128, 2048, 4096")
    box.repeats_input.setValue(20)
    box.run_button.click()
    qtbot.waitUntil(lambda: len(panel.timings) >= 2, timeout=60000)  # 128 on both targets
    with qtbot.waitSignal(panel.controller.finished, timeout=10000) as finished:
        box.cancel_button.click()
    assert finished.args == [False]
    assert not panel.is_running() and not run_controller.running_threads()
    kept = len(panel.timings)
    assert 2 <= kept < 6
    assert box.progress_label.text() == f"Cancelled; {kept} finished timing(s) kept."
    assert len(panel.benchmark_view.timings_table.texts()) == kept
    assert box.run_button.isEnabled() and not box.cancel_button.isEnabled()


def test_closing_during_a_benchmark_stops_its_thread(qtbot, panel):
    box = panel.benchmark_box
    box.sizes_input.setText("1024, 2048, 4096")
    box.repeats_input.setValue(20)
    box.run_button.click()
    assert panel.is_running()
    panel.shutdown()
    assert not panel.is_running()
    qtbot.waitUntil(lambda: not run_controller.running_threads(), timeout=10000)


# -- placement and distribution --------------------------------------------------------------
def test_placement_shows_the_device(panel):
    panel.placement_box.set_requested("/CPU:0")
    panel.placement_box.run_button.click()
    assert panel.lab.placement.short_device == "/CPU:0"
    assert "device:CPU:0" in panel.placement_box.result_label.text()
    assert 'with tf.device("/CPU:0"):' in panel.code_view.code()
    assert "## Placement" in panel.report_view.toPlainText()


def test_placement_rejects_a_bad_device_name_and_keeps_the_last(panel):
    panel.placement_box.run_button.click()  # TensorFlow chooses
    kept = panel.lab.placement
    panel.placement_box.set_requested("GPU 0")
    panel.placement_box.run_button.click()
    assert panel.message_bar.level == "error"
    assert "'GPU 0' is not a device name" in panel.message_bar.text()
    assert panel.lab.placement is kept


def test_placement_on_a_missing_gpu_explains_soft_placement(panel):
    if import_tensorflow().config.list_physical_devices("GPU"):
        pytest.skip("this computer has a GPU")
    panel.placement_box.set_requested("/GPU:0")
    panel.placement_box.run_button.click()
    assert panel.lab.placement.short_device == "/CPU:0"
    assert "soft device placement" in panel.placement_box.result_label.text()


def test_mirrored_strategy_sum(panel):
    box = panel.distribution_box
    box.set_values("[1, 2, 3, 4]")
    box.run_button.click()
    cpus = import_tensorflow().config.list_logical_devices("CPU")
    rows = panel.replicas_view.replicas_table.texts()
    assert len(rows) == len(cpus)
    assert sum(float(row[3]) for row in rows) == 10.0
    assert "= 10 over" in panel.replicas_view.total_label.text()
    assert panel.tabs.currentWidget() is panel.replicas_view
    box.set_values("[1, 'x']")
    box.run_button.click()
    assert panel.message_bar.level == "error"
    assert panel.lab.distribution.total == 10.0  # the last good result is kept


def test_huge_integers_in_mirrored_strategy_values_show_a_refusal(panel):
    """Issue 14: a 400-digit integer raised OverflowError out of the Sum button."""
    panel.distribution_box.set_values("[1" + "0" * 400 + ", 2]")
    panel.distribution_box.run_button.click()
    assert panel.message_bar.level == "error"
    assert "beyond float32's range (±3.4e38)" in panel.message_bar.text()
    assert panel.lab.distribution is None


def test_a_300_character_list_with_one_typo_quotes_a_short_excerpt(panel):
    """Issue 14: the whole input was echoed; without spaces it could not wrap and the
    message widened the window."""
    text = "[" + ",".join(["12345"] * 50) + ",12x" + "4" * 60 + "]"
    assert len(text) > 300
    width_before = panel.width()
    panel.distribution_box.set_values(text)
    panel.distribution_box.run_button.click()
    message = panel.message_bar.text()
    assert message.startswith("'12x" + "4" * 36 + "…' is not a number.")
    assert len(max(message.split(), key=len)) <= 45
    # Beside the lesson at 1280 px the panel has about 800 px (the whole list: ~2 300 px).
    assert panel.minimumSizeHint().width() <= 780
    assert panel.width() == width_before


# -- device set-up ---------------------------------------------------------------------------
def test_next_start_choices_are_saved_and_marked_restart_needed(panel):
    box = panel.setup_box
    box.cpu_devices_input.setValue(3)
    box.memory_growth_input.setChecked(True)
    assert device_settings.saved_device_options() == DeviceOptions(None, 3, True)
    assert box.options() == DeviceOptions(None, 3, True)
    assert "At the next start: 3 logical CPU(s), memory growth on" in box.state_label.text()
    assert "restart needed" in box.state_label.text()


def test_saved_choices_are_shown_without_saving_again(qtbot, tensorflow_info):
    device_settings.save_device_options(DeviceOptions("/CPU:0", 2, True))
    widget = DevicesPanel()
    qtbot.addWidget(widget)
    assert widget.setup_box.options() == DeviceOptions("/CPU:0", 2, True)
    assert widget.setup_box.preferred_input.currentText() == "/CPU:0"
    widget.tensorflow_ready(tensorflow_info)
    assert widget.setup_box.preferred_input.currentText() == "/CPU:0"  # listed now


def test_apply_now_explains_restart_needed_with_tensorflows_words(panel):
    panel.setup_box.cpu_devices_input.setValue(2)
    panel.setup_box.apply_now_button.click()
    assert panel.message_bar.level == "warning"
    text = panel.message_bar.text()
    assert text.startswith("Restart needed.")
    assert VIRTUAL_DEVICES_INITIALIZED in text


def test_apply_now_with_nothing_to_apply_says_so(panel):
    panel.setup_box.apply_now_button.click()
    assert panel.message_bar.level == "info"
    assert panel.message_bar.text().startswith("Nothing to apply")


def test_preferred_device_is_used_at_once_and_saved(panel):
    box = panel.setup_box
    index = box.preferred_input.findData("/CPU:0")
    assert index > 0
    box.preferred_input.setCurrentIndex(index)
    assert default_device() == "/CPU:0"
    assert device_settings.saved_device_options().preferred_device == "/CPU:0"
    assert "now computes on /CPU:0" in panel.message_bar.text()


# -- report ----------------------------------------------------------------------------------
def test_report_copy_and_save(panel, tmp_path):
    panel.report_box.copy_button.click()
    assert QGuiApplication.clipboard().text() == panel.report_text()
    assert panel.report_text().startswith("# TensorFlow Intro Lab — device report")
    path = tmp_path / "devices.md"
    assert panel.save_report(path)
    assert path.read_text(encoding="utf-8") == panel.report_text()
    assert "Num GPUs Available" in path.read_text(encoding="utf-8")
    assert panel.message_bar.text() == f"Report saved to {path}."


def test_a_failed_report_save_leaves_the_old_file_and_says_so(panel, tmp_path):
    assert not panel.save_report(tmp_path / "missing" / "devices.md")
    assert panel.message_bar.level == "error"
    assert "could not be written" in panel.message_bar.text()
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert not panel.save_report(folder)
    assert folder.is_dir()


def test_save_report_asks_for_a_path_through_the_shared_dialog(panel, tmp_path, monkeypatch):
    from tfintro_gui.ui.devices import panel as panel_module

    target = tmp_path / "chosen.md"
    asked = []
    monkeypatch.setattr(panel_module, "ask_save_path",
                        lambda *args: asked.append(args[1:]) or str(target))
    panel.report_box.save_button.click()
    assert asked == [("Save report", "tfintro-devices.md", "Markdown (*.md)")]
    assert target.read_text(encoding="utf-8") == panel.report_text()


def test_prepare_screenshot_runs_a_small_benchmark(qtbot, panel):
    called = []
    panel.prepare_screenshot({}, lambda: called.append(True))
    qtbot.waitUntil(lambda: bool(called), timeout=60000)
    assert [t.size for t in panel.timings if t.target == "/CPU:0"] == [128, 256, 512, 1024]
    assert panel.lab.placement is not None


def test_notebook_cells_list_devices_then_the_demos(panel):
    assert panel.notebook_cells() == [("code", panel.lab.notebook_cells()[0][1])]
    panel.placement_box.run_button.click()
    cells = panel.notebook_cells()
    assert [kind for kind, _ in cells] == ["code", "code"]
    assert cells[1][1] == panel.lab.placement.code


# -- views -------------------------------------------------------------------------------------
def test_a_gpu_laptop_fills_the_gpu_columns_and_they_fit_a_narrow_page(qtbot):
    """A simulated GPU laptop (recorded tf.config answers): seven columns in 430 px."""
    from tests.ui.layout_check import layout_problems

    answers = {
        "physical": [["/physical_device:CPU:0", "CPU"], ["/physical_device:GPU:0", "GPU"]],
        "details": {"/physical_device:GPU:0": {"device_name": "NVIDIA GeForce RTX 3060",
                                               "compute_capability": (8, 6)}},
        "memory": {"GPU:0": {"current": 1_048_576, "peak": 268_435_456}},
        "build_info": {"is_cuda_build": True, "cuda_version": "12.5.1", "cudnn_version": "9"},
    }
    facts = collect_device_facts(RecordedDeviceConfig(answers), environ={})
    view = DevicesFactsView()
    qtbot.addWidget(view)
    view.resize(430, 500)
    view.show()
    view.show_facts(facts)
    table = view.devices_table
    assert table.header_texts() == ["Kind", "Name", "Type", "Model", "Compute capability",
                                    "Memory in use", "Peak"]
    assert table.texts()[1] == ["physical", "/physical_device:GPU:0", "GPU",
                                "NVIDIA GeForce RTX 3060", "8.6", "1.0 MiB", "256.0 MiB"]
    assert table.texts()[0][3:] == ["—"] * 4  # the CPU has no GPU details
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(7)) <= table.viewport().width()
    assert table.horizontalHeaderItem(4).toolTip() == "Compute capability"  # cut: tool tip
    assert "TensorFlow uses 1 GPU(s)." in view.no_gpu_view.text()
    assert layout_problems(view) == []


def test_fair_widths_keep_narrow_columns_and_share_the_rest():
    assert fair_widths([40, 50, 60], 300) == [40, 50, 60]
    assert fair_widths([40, 400, 300], 300) == [40, 130, 130]
    assert sum(fair_widths([100, 100, 100, 100], 200)) == 200


def test_a_narrow_table_elides_with_the_full_text_in_tool_tips(qtbot):
    table = FittedTable("test")
    qtbot.addWidget(table)
    table.resize(220, 150)
    table.show()
    path = "/a/very/long/path/to/site-packages/of/a/virtual/environment"
    table.set_rows(("Package", "Location"), [("tensorflow", path)])
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(2)) <= table.viewport().width()
    assert table.item(0, 1).toolTip() == path
    wide = FittedTable("test")
    qtbot.addWidget(wide)
    wide.resize(900, 150)
    wide.show()
    wide.set_rows(("Package", "Location"), [("tensorflow", path)])
    assert wide.horizontalHeaderItem(1).toolTip() == ""  # nothing cut, no tool tip


def test_plots_stack_when_narrow_and_keep_a_useful_size(qtbot):
    plots = BenchmarkPlots()
    qtbot.addWidget(plots)
    plots.resize(900, 400)
    plots.show()
    plots.show_timings((MatmulTiming("/CPU:0", 128, (0.001,)),
                        MatmulTiming(NUMPY_TARGET, 128, (0.002,))))
    plots.canvas.draw()
    assert not plots.is_stacked()
    speed, ratio = (axes.get_window_extent() for axes in (plots.speed_axes, plots.ratio_axes))
    assert speed.x1 < ratio.x0  # side by side
    plots.set_stacked(True)
    plots.resize(420, 620)
    plots.canvas.draw()
    speed, ratio = (axes.get_window_extent() for axes in (plots.speed_axes, plots.ratio_axes))
    assert speed.y0 > ratio.y1  # the speed plot above the ratio plot
    for box in (speed, ratio):
        assert box.width >= 250 and box.height >= 150
    assert plots.canvas.minimumHeight() >= 500


# -- settings ----------------------------------------------------------------------------------
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
    before = device_setup.device_options()
    assert device_settings.apply_saved_device_settings(settings) is None
    assert device_setup.device_options() == before


def test_every_code_view_runs_alone_in_a_fresh_python(panel):
    """The listing, the placement and the MirroredStrategy sum, copied as shown."""
    assert "Num GPUs Available:" in run_alone(panel.code_view.code())
    panel.placement_box.run_button.click()
    assert "CPU:0" in run_alone(panel.code_view.code())
    panel.distribution_box.set_values("[1, 2, 3, 4]")
    panel.distribution_box.run_button.click()
    assert "tf.Tensor(10.0, shape=(), dtype=float32)" in run_alone(panel.code_view.code())


def test_the_size_axis_spans_the_sizes_timed(qtbot):
    plots = BenchmarkPlots()
    qtbot.addWidget(plots)
    plots.show_timings((MatmulTiming("/CPU:0", 128, (0.001,)),
                        MatmulTiming("/CPU:0", 512, (0.002,))))
    for axes in (plots.speed_axes, plots.ratio_axes):
        low, high = axes.get_xlim()
        assert low == pytest.approx(128 / 1.3) and high == pytest.approx(512 * 1.3)
    plots.clear()
    assert plots.speed_axes.get_xlim()[1] == pytest.approx(4096 * 1.3)

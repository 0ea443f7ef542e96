"""Test set-up shared by tests/core and tests/ui: headless Qt, quiet TensorFlow, temp settings."""

import json
import os
import tempfile

# The offscreen platform's screen is 800×600 unless told otherwise; the tests run on the
# smallest screen the lab must fit (issue: "nothing cut at 1280×720").
TEST_SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screens = os.path.join(tempfile.mkdtemp(prefix="tfintro-gui-test-screen-"), "screens.json")
    with open(_screens, "w", encoding="utf-8") as _stream:
        json.dump({"screens": [TEST_SCREEN]}, _stream)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screens}"
# QSettings on Linux writes under XDG_CONFIG_HOME: keep the user's real settings untouched.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tfintro-gui-test-config-")
# Rendered lesson formulas are cached under XDG_CACHE_HOME: keep the user's cache untouched.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="tfintro-gui-test-cache-")

from tfintro_gui.core.runtime import configure_environment  # noqa: E402

configure_environment()


#: Tests of several seconds each: they run code in a fresh Python process, train for
#: thousands of steps, or walk the whole window. `make test-quick` (-m "not slow") skips them.
SLOW_TESTS = frozenset({
    "tests/core/test_classifier_export.py::"
    "test_the_tflite_interpreter_prints_nothing_into_the_terminal",
    "tests/core/test_classifier_history.py::test_memory_stays_bounded_over_1e5_compiled_steps",
    "tests/core/test_devices_startup.py::"
    "test_cpu_split_at_start_feeds_a_mirrored_strategy_of_three_replicas",
    "tests/core/test_notebook.py::test_the_script_is_python_with_percent_cells",
    "tests/core/test_tensors_workspace.py::"
    "test_generated_code_run_in_a_fresh_python_reproduces_the_workspace",
    "tests/test_command_line.py::test_report_language_option_wins_and_english_is_unchanged",
    "tests/test_command_line.py::test_report_speaks_the_saved_language_without_a_display",
    "tests/test_command_line.py::test_screenshot_after_training",
    "tests/test_command_line.py::test_self_test_prints_json_and_passes",
    "tests/test_labs_command_line.py::test_check_lab_passes_a_shipped_lab_with_its_computed_answers",
    "tests/test_lessons.py::test_the_code_of_every_lesson_runs_and_prints_the_lesson_values",
    "tests/ui/test_backprop_keys_and_session.py::"
    "test_the_tape_code_cell_runs_and_prints_the_gradients",
    "tests/ui/test_classifier_notebook_and_session.py::test_keras_mode_is_redone_with_model_fit",
    "tests/ui/test_classifier_notebook_and_session.py::"
    "test_shuffled_mini_batches_resume_mid_epoch_in_the_notebook",
    "tests/ui/test_classifier_notebook_and_session.py::"
    "test_the_notebook_redoes_runs_with_changed_settings_and_an_added_point",
    "tests/ui/test_close_during_training.py::test_close_mid_run_exits_cleanly",
    "tests/ui/test_main_window.py::test_a_first_start_fits_the_screen_with_its_status_bar",
    "tests/ui/test_notebook_export.py::test_a_distribution_over_a_split_cpu_runs_in_a_fresh_kernel",
    "tests/ui/test_notebook_export.py::test_the_notebook_reproduces_every_value_of_the_tensors_panel",
    "tests/ui/test_notebook_export.py::test_the_script_export_runs_too",
})


def pytest_collection_modifyitems(config, items):
    """Mark the tests of :data:`SLOW_TESTS` ``slow`` (parametrized cases included)."""
    import pytest

    for item in items:
        if item.nodeid.split("[")[0] in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)

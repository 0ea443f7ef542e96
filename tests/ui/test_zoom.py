"""Projector mode: View → Zoom scales the controls, the lesson and the plots together."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from tfintro_gui.ui import zoom
from tfintro_gui.ui.main_window import MainWindow
from tfintro_gui.ui.widgets.code_view import CodeView
from tfintro_gui.ui.widgets.mpl_canvas import MplCanvas


@pytest.fixture(autouse=True)
def normal_zoom(qapp):
    """Every test starts and ends at 100 % with no zoom saved."""
    QSettings().remove(zoom.SETTINGS_KEY)
    zoom.set_zoom(1.0)
    yield
    zoom.set_zoom(1.0)
    QSettings().remove(zoom.SETTINGS_KEY)


def _point_size(widget) -> float:
    return QFontInfo(widget.font()).pointSizeF()


def _title_pixels(canvas: MplCanvas) -> tuple[float, float]:
    """The title's font size in pixels and its drawn height in pixels."""
    canvas.draw()
    axes = canvas.figure.axes[0]
    size = axes.title.get_fontsize() * canvas.figure.dpi / 72
    return size, axes.title.get_window_extent(canvas.get_renderer()).height


def _canvas(qtbot) -> MplCanvas:
    canvas = MplCanvas()
    qtbot.addWidget(canvas)
    canvas.figure.add_subplot().set_title("Loss per step")
    canvas.resize(600, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def test_at_150_percent_labels_and_plot_titles_are_half_as_big_again(qtbot):
    label = QLabel("learning_rate")
    qtbot.addWidget(label)
    code = CodeView()
    qtbot.addWidget(code)
    canvas = _canvas(qtbot)
    label_size, code_size = _point_size(label), _point_size(code.editor)
    title_size, title_height = _title_pixels(canvas)
    width = canvas.figure.bbox.width

    zoom.set_zoom(1.5)
    QApplication.processEvents()

    assert _point_size(label) == pytest.approx(1.5 * label_size, rel=0.02, abs=0.1)
    assert _point_size(code.editor) == pytest.approx(1.5 * code_size, rel=0.02, abs=0.1)
    zoomed_size, zoomed_height = _title_pixels(canvas)
    assert zoomed_size == pytest.approx(1.5 * title_size, rel=1e-6, abs=1e-6)
    assert zoomed_height == pytest.approx(1.5 * title_height, rel=0.08, abs=1)
    assert canvas.figure.bbox.width == pytest.approx(width, abs=1)  # same widget size
    later = _canvas(qtbot)  # a canvas made after the zoom starts zoomed
    assert later.zoom() == 1.5
    assert _title_pixels(later)[0] == pytest.approx(zoomed_size, rel=1e-6, abs=1e-6)

    zoom.set_zoom(1.0)
    QApplication.processEvents()  # Qt hands the new application font to widgets in events
    assert _point_size(label) == pytest.approx(label_size, rel=0.02, abs=0.1)
    assert _title_pixels(canvas)[0] == pytest.approx(title_size, rel=1e-6, abs=1e-6)


def test_zoom_steps_stop_at_the_ends():
    assert zoom.next_zoom(+1, 1.0) == 1.1
    assert zoom.next_zoom(+1, 1.25) == 1.5
    assert zoom.next_zoom(-1, 1.0) == 0.9
    assert zoom.next_zoom(+1, 2.0) == 2.0
    assert zoom.next_zoom(-1, 0.8) == 0.8
    assert zoom.next_zoom(0, 1.75) == 1.0
    assert zoom.set_zoom(9.0) == zoom.MAX_ZOOM


def test_the_view_menu_zooms_with_ctrl_plus_minus_and_zero(qtbot):
    window = MainWindow(initial_panel="devices", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menus = window.menus
    assert menus.zoom_in_action.shortcut().toString() == "Ctrl+="
    assert menus.zoom_out_action.shortcut().toString() == "Ctrl+-"
    assert menus.zoom_reset_action.shortcut().toString() == "Ctrl+0"
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom() == 1.25
    assert menus.zoom_level_action.text() == "125 %"  # the menu says the zoom in force
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom() == 1.1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom() == 1.0
    assert menus.zoom_level_action.text() == "100 %"


def test_the_zoom_survives_a_restart(qtbot):
    window = MainWindow(initial_panel="backprop", load_tensorflow=False)
    qtbot.addWidget(window)
    normal = _point_size(window.statusBar())
    assert window.set_zoom(1.5) == 1.5
    window.close()
    zoom.set_zoom(1.0)  # as in a new process
    again = MainWindow(initial_panel="backprop", load_tensorflow=False)
    qtbot.addWidget(again)
    again.show()
    assert again.zoom() == 1.5
    qtbot.waitUntil(lambda: _point_size(again.statusBar()) > normal)
    assert _point_size(again.statusBar()) == pytest.approx(1.5 * normal, rel=0.02, abs=0.1)


def test_screenshots_and_self_tests_neither_take_nor_save_the_zoom(qtbot):
    QSettings().setValue(zoom.SETTINGS_KEY, 1.5)
    window = MainWindow(initial_panel="devices", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    assert window.zoom() == 1.0
    window.set_zoom(1.25)
    assert QSettings().value(zoom.SETTINGS_KEY, type=float) == 1.5


def test_the_lesson_follows_the_zoom(qtbot):
    window = MainWindow(initial_panel="tensors", load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.set_lesson_visible(True)
    qtbot.waitUntil(lambda: window.lesson_pane.lesson() is not None)

    def title_size() -> float:
        block = window.lesson_pane.browser.document().begin()
        return block.begin().fragment().charFormat().font().pointSizeF()

    before = title_size()
    window.set_zoom(1.5)
    # The lesson is laid out again and its formulas rendered at the new size.
    qtbot.waitUntil(lambda: title_size() > 1.3 * before, timeout=20_000)
    assert title_size() == pytest.approx(1.5 * before, rel=0.05)


def test_a_panel_controls_column_grows_with_the_zoom(qtbot):
    from PySide6.QtWidgets import QGroupBox, QWidget

    from tfintro_gui.ui.widgets.controls_column import controls_column

    panel = QWidget()
    qtbot.addWidget(panel)
    column = controls_column([QGroupBox("Data")], 320, panel)
    assert column.width() == 320
    zoom.set_zoom(1.5)
    qtbot.waitUntil(lambda: column.width() == 480)
    zoom.set_zoom(1.0)
    qtbot.waitUntil(lambda: column.width() == 320)


@pytest.mark.parametrize("factor", [1.25, 1.5, 1.0])
def test_the_classifier_controls_are_never_cut_at_any_zoom(qtbot, classifier_panel, factor):
    """Regression: at 125 % the Classifier's column cut its fields on the right, and
    Ctrl+0 did not bring it back."""
    from tfintro_gui.ui.widgets.controls_column import ControlsColumn

    column = next(area for area in classifier_panel.findChildren(ControlsColumn))
    zoom.set_zoom(1.25)
    zoom.set_zoom(factor)

    def content_fits() -> bool:
        needed = column.widget().minimumSizeHint().width()
        return column.viewport().width() >= needed

    qtbot.waitUntil(content_fits)
    assert classifier_panel.run_controls.width() == column.width()


def test_the_tensors_table_refits_its_columns_after_a_zoom(qtbot, tensorflow_info):
    """Regression: after Ctrl+= the selected entry's numbers showed "…" until another
    entry was selected."""
    from tfintro_gui.ui.tensors.panel import TensorsPanel

    panel = TensorsPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    panel.tensorflow_ready(tensorflow_info)
    panel.run_sequence([("create", {"name": "big", "source": "tf.constant",
                                    "literal": "[[123456.789, 2.5], [3.25, 4.125]]"})])
    panel.select_entry("big")
    view = panel.value_view.table_view
    width = view.columnWidth(0)
    zoom.set_zoom(1.5)
    qtbot.waitUntil(lambda: view.columnWidth(0) > width)


def _shown_classifier(qtbot, tensorflow_info, size):
    """A main window of ``size`` showing the Classifier with its plots, TensorFlow ready."""
    window = MainWindow(initial_panel="classifier", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    panel = window.panel("classifier")
    panel.build_deferred()
    panel.tensorflow_ready(tensorflow_info)
    return window, panel


@pytest.mark.parametrize("factor", [1.5, 2.0])
def test_a_zoomed_panel_scrolls_instead_of_pushing_the_window_off_a_small_screen(
        qtbot, tensorflow_info, factor):
    window, _panel = _shown_classifier(qtbot, tensorflow_info, (1280, 720))
    QApplication.processEvents()
    height = window.height()  # 720, or less where the test screen is smaller
    area = window.findChild(QScrollArea, "panelArea")
    assert area.verticalScrollBar().maximum() == 0  # at 100 % the classifier fits
    window.set_zoom(factor)
    QApplication.processEvents()
    assert window.height() == height  # the status bar stays on the screen
    assert window.statusBar().geometry().bottom() < window.height()
    # The classifier is taller than its room: its area scrolls. (The fonts' new sizes
    # reach every plot through resize events: a loaded machine needs seconds for them.)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0, timeout=20000)
    window.set_zoom(1.0)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0, timeout=20000)
    assert window.height() == height


def test_the_next_panel_is_shown_from_its_top(qtbot, tensorflow_info):
    """Regression: the place scrolled to on a zoomed panel was kept for the next one."""
    window = MainWindow(initial_panel="classifier", load_tensorflow=False, remember=False)
    qtbot.addWidget(window)
    window.resize(1280, 650)
    window.show()
    window.set_zoom(1.5)
    area = window.findChild(QScrollArea, "panelArea")
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0, timeout=20000)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    window.show_panel("tensors")
    QApplication.processEvents()
    assert area.verticalScrollBar().value() == 0
    window.set_zoom(1.0)


def test_the_wheel_over_a_plot_scrolls_the_zoomed_panel(qtbot, tensorflow_info):
    """Regression: at 150 % the Classifier scrolls, but the wheel over its plots did
    nothing: the canvas took every wheel event for Matplotlib, which had no use for it."""
    from tests.ui.test_controls_column import wheel_down

    window, panel = _shown_classifier(qtbot, tensorflow_info, (1280, 650))
    window.set_zoom(1.5)
    area = window.findChild(QScrollArea, "panelArea")
    try:
        qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0, timeout=20000)
        # Left unaccepted, a wheel event from the mouse goes on to the widgets around the
        # canvas, up to the panel's scroll area (Qt passes on only spontaneous ones).
        assert not wheel_down(panel.plots.canvas).isAccepted()
        assert wheel_down(area.viewport()).isAccepted()
        assert area.verticalScrollBar().value() > 0
    finally:
        window.set_zoom(1.0)

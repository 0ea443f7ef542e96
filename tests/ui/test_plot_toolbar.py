"""The plot tool bar speaks the interface's language."""

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from tfintro_gui.ui.i18n import install_language
from tfintro_gui.ui.widgets.plot_toolbar import PlotToolbar


def tool_texts(toolbar):
    return {action.text(): action.toolTip() for action in toolbar.actions() if action.text()}


def test_the_tool_bar_is_in_chinese_when_the_interface_is(qtbot):
    install_language("zh_CN")
    try:
        canvas = FigureCanvasQTAgg(Figure())
        toolbar = PlotToolbar(canvas)
        qtbot.addWidget(toolbar)
        texts = tool_texts(toolbar)
    finally:
        install_language("en")
    assert "Home" not in texts and "Save" not in texts
    assert "保存" in texts


def test_the_english_tool_bar_keeps_every_tool(qtbot):
    canvas = FigureCanvasQTAgg(Figure())
    toolbar = PlotToolbar(canvas)
    qtbot.addWidget(toolbar)
    texts = tool_texts(toolbar)
    assert {"Home", "Back", "Forward", "Pan", "Zoom", "Save"} <= set(texts)
    assert texts["Save"] == "Save the figure"

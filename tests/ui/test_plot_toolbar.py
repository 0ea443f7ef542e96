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


def test_save_writes_the_figure_atomically_and_says_so(qtbot, tmp_path, monkeypatch):
    from tfintro_gui.ui.widgets import plot_toolbar
    from tfintro_gui.ui.widgets.message_bar import MessageBar

    figure = Figure()
    figure.add_subplot().plot([0, 1], [1, 0])
    canvas = FigureCanvasQTAgg(figure)
    toolbar = PlotToolbar(canvas)
    qtbot.addWidget(toolbar)
    bar = MessageBar()
    monkeypatch.setattr(plot_toolbar, "find_message_bar", lambda widget: bar)
    target = tmp_path / "plot.png"
    monkeypatch.setattr(plot_toolbar, "ask_save_path", lambda *args: str(target))
    assert toolbar.save_figure() == str(target)
    assert target.read_bytes().startswith(b"\x89PNG")
    assert bar.level == "info"


def test_save_into_a_missing_folder_keeps_the_app_running_and_says_why(qtbot, tmp_path,
                                                                      monkeypatch):
    from tfintro_gui.ui.widgets import plot_toolbar
    from tfintro_gui.ui.widgets.message_bar import MessageBar

    canvas = FigureCanvasQTAgg(Figure())
    toolbar = PlotToolbar(canvas)
    qtbot.addWidget(toolbar)
    bar = MessageBar()
    monkeypatch.setattr(plot_toolbar, "find_message_bar", lambda widget: bar)
    monkeypatch.setattr(plot_toolbar, "ask_save_path",
                        lambda *args: str(tmp_path / "missing" / "plot.png"))
    assert toolbar.save_figure() is None
    assert bar.level == "error"
    assert not (tmp_path / "missing").exists()


def test_left_out_tools_are_not_offered(qtbot):
    toolbar = PlotToolbar(FigureCanvasQTAgg(Figure()), leave_out=("save_figure",))
    qtbot.addWidget(toolbar)
    assert "Save" not in tool_texts(toolbar)


def test_subplots_and_customize_are_never_offered(qtbot):
    """Regression: the subplot tool's Tight layout raised on a figure with a colour bar."""
    toolbar = PlotToolbar(FigureCanvasQTAgg(Figure()))
    qtbot.addWidget(toolbar)
    assert not {"Subplots", "Customize"} & set(tool_texts(toolbar))

"""Finds what a student would see cut, collapsed or off-screen in a rendered window.

:func:`layout_problems` walks the visible widgets of a window (rendered offscreen at a
given size) and returns one line per problem:

- a label's, button's, check box's or group box's text wider than the widget (unless the
  label wraps, or the text is elided with "…" and the full text is in the tool tip);
- a word-wrapped label whose wrapped text is taller than the label;
- a table or tree header whose section is narrower than its title (unless the view elides
  and the header item carries a tool tip);
- a Matplotlib axes smaller than :data:`MIN_AXES_SIZE` pixels;
- a widget that lies (partly) outside the window, or outside the scroll area's content
  it belongs to;
- (:func:`render_and_check`, at 100 % zoom) a panel taller than the window's panel area,
  which then scrolls: its bottom row of buttons is cut until the student scrolls.

Used by tests/ui/test_layout.py; a panel's tests may call it too.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

#: The smallest useful plot, width × height in pixels.
MIN_AXES_SIZE = (120, 80)
#: Pixels a text may overrun before it counts as cut (anti-aliasing, rounding).
SLACK = 2


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    text = ""
    for getter in ("text", "title"):
        if hasattr(widget, getter):
            try:
                text = getattr(widget, getter)()
            except TypeError:
                continue
            break
    return f"{type(widget).__name__} {name!r} {str(text)[:60]!r}"


def _really_visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _is_qt_internal(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return (widget.objectName().startswith("qt_")
            or isinstance(parent, QTabBar)
            or widget.metaObject().className() in ("QTableCornerButton",
                                                   "QDockWidgetTitleButton",
                                                   "QToolBarExtension"))


def _elided_with_tooltip(text: str, widget: QWidget) -> bool:
    return text.endswith("…") and bool(widget.toolTip().strip())


def _text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text):
        return None  # rich text lays itself out; its size hint already says what it needs
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{_describe(label)} wraps to {needed} px but is {label.height()} px tall"
        return None
    if _elided_with_tooltip(text, label):
        return None
    width = _text_width(label, text)
    if width > room.width() + SLACK:
        return f"{_describe(label)} needs {width} px but has {room.width()} px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text or _elided_with_tooltip(text, button):
        return None
    width = _text_width(button, text)
    if isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(button)
        indicator = button.style().pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth, option, button)
        spacing = button.style().pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, button)
        room = button.width() - indicator - spacing
    elif isinstance(button, QPushButton):
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        room = button.width() - 8 - icon  # the bevel's margins
    elif button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None  # the text is the tool tip, not shown
    else:
        room = button.width() - 4
    if width > room + SLACK:
        return f"{_describe(button)} needs {width} px but has {room} px"
    return None


def _group_box_problem(box: QGroupBox) -> str | None:
    title = box.title().replace("&", "")
    if not title:
        return None
    width = _text_width(box, title)
    if width > box.width() - 8 + SLACK:
        return f"{_describe(box)} title needs {width} px but has {box.width() - 8} px"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    problems = []
    orientation = header.orientation()
    for section in range(header.count()):
        if header.isSectionHidden(section) or orientation != Qt.Orientation.Horizontal:
            continue
        title = str(model.headerData(section, orientation) or "")
        tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
        if not title or tip:
            continue
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        needed = _text_width(header, title) + 2 * margin
        if header.sectionSize(section) + SLACK < needed:
            problems.append(f"{_describe(header.parentWidget() or header)} column "
                            f"{title!r} needs {needed} px but has "
                            f"{header.sectionSize(section)} px")
    return problems


def _axes_problems(canvas: QWidget) -> list[str]:
    figure = getattr(canvas, "figure", None)
    if figure is None:
        return []
    problems = []
    ratio = canvas.devicePixelRatioF() or 1.0
    for axes in figure.get_axes():
        if not axes.get_visible() or not axes.axison or axes.get_label() == "<colorbar>":
            continue  # a colour bar is thin by design
        box = axes.get_window_extent()
        width, height = box.width / ratio, box.height / ratio
        if width < MIN_AXES_SIZE[0] or height < MIN_AXES_SIZE[1]:
            title = axes.get_title() or axes.get_label()
            problems.append(f"{_describe(canvas)} axes {title!r} is {width:.0f}×{height:.0f} "
                            f"px (at least {MIN_AXES_SIZE[0]}×{MIN_AXES_SIZE[1]})")
    return problems


def _figure_text_problems(canvas: QWidget) -> list[str]:
    """Titles, axis labels, legends and tick labels that stick out of the figure."""
    figure = canvas.figure
    try:
        renderer = canvas.get_renderer()
    except AttributeError:
        return []
    bounds = figure.bbox
    artists = list(figure.texts) + list(figure.legends)
    for axes in figure.get_axes():
        if not axes.get_visible():
            continue
        artists += [axes.title, axes._left_title, axes._right_title,
                    axes.xaxis.label, axes.yaxis.label]
        if axes.get_legend() is not None:
            artists.append(axes.get_legend())
        if axes.axison:
            for axis in (axes.xaxis, axes.yaxis):
                for tick in axis._update_ticks():  # the ticks Matplotlib draws
                    artists += [tick.label1, tick.label2]
    problems = []
    for artist in artists:
        if not artist.get_visible() or (hasattr(artist, "get_text") and not artist.get_text()):
            continue
        box = artist.get_window_extent(renderer)
        if box.width <= 0:
            continue
        if (box.x0 < bounds.x0 - SLACK or box.x1 > bounds.x1 + SLACK
                or box.y0 < bounds.y0 - SLACK or box.y1 > bounds.y1 + SLACK):
            what = artist.get_text() if hasattr(artist, "get_text") else type(artist).__name__
            problems.append(f"{_describe(canvas)} text {what[:50]!r} sticks out of the figure")
    return problems


def _scroll_content_of(widget: QWidget) -> QWidget | None:
    """The content widget of the nearest scroll area holding ``widget`` (``widget``
    itself when it is that content), or None outside scroll areas."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return child
        child, parent = parent, area
    return None


def _outside_problem(widget: QWidget, root: QWidget) -> str | None:
    content = _scroll_content_of(widget)
    frame = content if content is not None else root
    if widget is frame or not frame.isAncestorOf(widget):  # a scroll area's content scrolls
        return None
    rect = QRect(widget.mapTo(frame, QPoint(0, 0)), widget.size())
    if not frame.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
        where = "its scroll area" if content is not None else "the window"
        return f"{_describe(widget)} at {rect.getRect()} lies outside {where}"
    return None


def layout_problems(root: QWidget) -> list[str]:
    """Every cut text, collapsed plot and off-screen widget under ``root`` (a shown window).

    Args:
        root: a visible top-level widget, laid out (call ``processEvents`` first).

    Returns:
        One human-readable line per problem; empty when the layout is sound.
    """
    problems = []
    for widget in root.findChildren(QWidget):
        if not _really_visible(widget, root) or _is_qt_internal(widget):
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group_box_problem(widget)
        else:
            problem = None
        if problem:
            problems.append(problem)
        if isinstance(widget, QHeaderView):
            problems.extend(_header_problems(widget))
        if type(widget).__name__.startswith("FigureCanvas") or hasattr(widget, "figure"):
            problems.extend(_axes_problems(widget))
            problems.extend(_figure_text_problems(widget))
        if not isinstance(root, QMainWindow) or widget.window() is root:
            problem = _outside_problem(widget, root)
            if problem:
                problems.append(problem)
    return problems


#: The window sizes every panel must fit (issue: "nothing cut at 1280×720"): maximised on
#: a 1280×720 screen, where a top bar or task bar and the title bar take about 70 px of
#: height (GNOME: 32 + 37), and on a 1920×1080 screen, not maximised.
WINDOW_SIZES = ((1280, 650), (1920, 1080))
#: Maximised on a 1366×768 laptop screen (the most common small laptop).
LAPTOP_WINDOW_SIZE = (1366, 690)
#: Where the renders are saved (the README's gallery is made from them); None = not saved.
RENDERS_ENV = "TFINTRO_LAYOUT_RENDERS"


def render_and_check(qtbot, tensorflow_info, key: str, size: tuple[int, int],
                     language: str, action=None, stage: str = "before",
                     zoom: float = 1.0, zoom_after_action: bool = False) -> list[str]:
    """Build the main window at ``size`` in ``language`` with the lesson pane as a student
    has it, show panel ``key``, run ``action(panel)`` (its main action), and return
    :func:`layout_problems`. The render is saved under ``$TFINTRO_LAYOUT_RENDERS`` as
    ``<key>-<width>x<height>-<language>-<stage>.png`` when that variable is set.

    At a ``zoom`` other than 1.0 (View → Zoom) the panel may scroll; nothing may be cut.
    The zoom is set before the window shows, or (``zoom_after_action``) after the action,
    as a teacher zooms in on what is already drawn.
    """
    import os
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QScrollArea

    from tfintro_gui.ui.i18n import install_language
    from tfintro_gui.ui.main_window import MainWindow

    install_language(language)
    try:
        window = MainWindow(initial_panel=key, load_tensorflow=False, remember=False)
        qtbot.addWidget(window)
        window.resize(*size)
        if not zoom_after_action:
            window.set_zoom(zoom)
        window.show()
        panel = window.panel(key)
        window.show_panel(key)
        qtbot.waitUntil(lambda: window.isVisible())
        panel.tensorflow_ready(tensorflow_info)
        if action is not None:
            action(panel, qtbot)
        if zoom_after_action:
            window.set_zoom(zoom)
        for _ in range(3):
            QApplication.processEvents()
        qtbot.wait(50)
        problems = layout_problems(window)
        area = window.findChild(QScrollArea, "panelArea")
        overflow = area.verticalScrollBar().maximum()
        if overflow > 0 and zoom == 1.0:
            problems.append(f"the {key} panel is {overflow} px taller than its area: it scrolls")
        folder = os.environ.get(RENDERS_ENV)
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            zoomed = "" if zoom == 1.0 else f"-zoom{round(zoom * 100)}"
            window.grab().save(str(Path(folder) / f"{key}-{size[0]}x{size[1]}-{language}-"
                                                   f"{stage}{zoomed}.png"))
        window.set_zoom(1.0)
        window.close()
        return problems
    finally:
        install_language("en")

"""Collects every string a student can see in a window and finds words of the wrong language.

:func:`visible_strings` walks the visible widgets (labels, buttons, group boxes, tabs,
tables, lists, combo boxes, text views, tool tips, window titles, placeholders) and the
Matplotlib figures on them (titles, axis labels, legends, tick labels, texts).
:func:`english_words` finds English words in a string that are not code: TensorFlow calls,
identifiers, numbers, shapes and dtypes stay as they are in every language.
:func:`chinese_characters` finds Chinese in what should be English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

#: Names that are the same in every language: products, libraries, units, code terms the
#: course writes in English in its Chinese version too.
ALLOWED_WORDS = frozenset("""
TensorFlow Keras NumPy Matplotlib Python PySide Qt Jupyter Colab CUDA cuDNN NVIDIA GPU GPUs
CPU CPUs TPU TPUs XLA TF Lite LiteRT SavedModel JSON CSV PNG SVG PDF Markdown GFLOP FLOP
GiB MiB KiB MB GB KB ms Hz API SGD ReLU ReLu relu sigmoid softmax tanh abs exp log sqrt
square matmul float float16 float32 float64 int int32 int64 bool dtype dtypes logits
GradientTape Variable Tensor EagerTensor tape watch gradient assign assign_add assign_sub
numpy Dense Sequential Adam RMSprop WSL WSL2 macOS Windows Linux Debian Ubuntu Fedora pip
apt dnf Ctrl Shift Alt Esc Enter Tab Space F1 ipynb py keras tflite MirroredStrategy
Xvfb ok OK None True False NaN inf Inf nan
mean stddev minval maxval seed axis shape slice ndarray label loss name softplus maximum
minimum crossentropy logistic Chollet Return Backspace Home End PgUp PgDn Del Delete del
scikit learn Google Theano CNTK MXNet Agents Hub Quantum Serving logit
""".split())

_CODE_SPANS = (
    # TensorFlow's own error text, shown verbatim after its marker: "…: AttributeError: …".
    re.compile(r"\b[A-Z]\w*(?:Error|Exception|Warning): .*$", re.MULTILINE),
    re.compile(r"`[^`]*`"),                         # Markdown code
    re.compile(r"!\[[^\]]*\]\([^)]*\)"),              # Markdown images (formulas)
    re.compile(r"\$[^$]*\$"),                        # LaTeX formulas
    re.compile(r"\\[A-Za-z]+"),                     # LaTeX commands
    re.compile(r"（[A-Za-z][A-Za-z -]*）"),            # a term glossed: 张量（tensor）
    re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”"),  # quoted input, names and values
    re.compile(r"\bwith\s+[\w.]+\("),              # with tf.device(...)
    re.compile(r"\b\w+\s*(?:[-+*/@]?=)\s*[\w.]+(?:\([^()]*\))?"),  # v += value, y = f(x)
    re.compile(r"\b[\w.]+\([^()]*\)"),              # calls: tf.ones((2, 3)), f(x)
    re.compile(r"\b\w+(?:\.\w+)+\b"),               # dotted names: tf.matmul, model.fit
    re.compile(r"\b\w*_\w*\b"),                     # snake_case identifiers
    re.compile(r"\b\w*\d\w*\b"),                    # words with digits: float32, x1
    re.compile(r"/\w+(?::\w+)*"),                   # device names: /CPU:0
    re.compile(r"https?://\S+"),
    re.compile(r"\S+@\S+"),
)
_WORD = re.compile(r"[A-Za-z]{2,}")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def english_words(text: str) -> list[str]:
    """English words in ``text`` that are not code or an allowed name."""
    for pattern in _CODE_SPANS:
        text = pattern.sub(" ", text)
    words = []
    for word in _WORD.findall(text):
        if word in ALLOWED_WORDS:
            continue
        if len(word) <= 2 and word.islower():
            continue  # single variable names: w, b, x, y
        if word[0].isupper() and any(c.isupper() for c in word[1:]):
            continue  # CamelCase: a class or API name
        words.append(word)
    return words


def chinese_characters(text: str) -> list[str]:
    """The Chinese characters in ``text``."""
    return _CJK.findall(text)


def _item_view_strings(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    strings = []
    root = view.rootIndex()
    rows = model.rowCount(root)
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model: one column
        columns = 1
    for column in range(min(columns, 50)):
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            title = model.headerData(column, orientation)
            if title:
                strings.append(str(title))
    for row in range(min(rows, 200)):
        for column in range(min(columns, 50)):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    strings.append(value)
    return strings


def _figure_strings(canvas: QWidget) -> list[str]:
    figure = canvas.figure
    strings = [text.get_text() for text in figure.texts]
    for legend in figure.legends:
        strings += [text.get_text() for text in legend.get_texts()]
    for axes in figure.get_axes():
        strings += [axes.get_title(loc) for loc in ("left", "center", "right")]
        strings += [axes.get_xlabel(), axes.get_ylabel()]
        strings += [text.get_text() for text in axes.texts]
        legend = axes.get_legend()
        if legend is not None:
            strings += [text.get_text() for text in legend.get_texts()]
            if legend.get_title().get_text():
                strings.append(legend.get_title().get_text())
    return [text for text in strings if text]


_FENCED_CODE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)


def _prose_of(document) -> str:
    """A text document's words without its code: Qt writes the document as Markdown, with
    code blocks fenced and inline code in backticks; the fenced blocks are left out here
    and the backticks by :func:`english_words`."""
    return _FENCED_CODE.sub("", document.toMarkdown())


def _widget_strings(widget: QWidget) -> list[str]:
    strings = [widget.toolTip(), widget.accessibleName(), widget.statusTip()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        strings.append(widget.text())
    elif isinstance(widget, QGroupBox):
        strings.append(widget.title())
    elif isinstance(widget, QLineEdit):
        strings.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        strings += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        strings.append(widget.placeholderText())
        if not widget.font().fixedPitch():
            strings.append(_prose_of(widget.document()))
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            strings += [widget.tabText(index), widget.tabToolTip(index)]
    elif isinstance(widget, QTabWidget):
        strings += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView):
        strings += _item_view_strings(widget)
    if hasattr(widget, "figure") and type(widget).__name__ != "QWidget":
        strings += _figure_strings(widget)
    return [text for text in strings if text and text.strip()]


def visible_strings(root: QWidget, skip=()) -> list[tuple[str, str]]:
    """``(where, text)`` for every string shown under ``root`` (visible widgets only).

    Args:
        root: a shown window or panel.
        skip: widgets whose subtree holds code or user data, not interface words (a code
            view, a log of TensorFlow's printouts).
    """
    found = [(type(root).__name__, root.windowTitle())] if root.windowTitle() else []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or any(
                widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        found += [(where, text) for text in _widget_strings(widget)]
    return found

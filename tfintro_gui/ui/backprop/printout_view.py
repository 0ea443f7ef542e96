"""The print() tab: ``tape.gradient``'s answers as ``print`` shows them in a notebook.

Each line is TensorFlow's own text (``str`` of the tensor it returned, and of its
``.numpy()``), so a student can compare it with the notebook character for character:
``tf.Tensor(2.0, shape=(), dtype=float32)`` and ``deriv of loss_val w.r.t. w =  2.0``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from tfintro_gui.core.autodiff.checks import GradientComparison
from tfintro_gui.ui.zoom import fixed_pitch_font


def printout_text(output: str, rows: tuple[GradientComparison, ...]) -> str:
    """The printed lines for ``rows`` (in ``tape.gradient``'s source order), each after
    the ``print`` call that makes it."""
    names = ", ".join(row.name for row in rows)
    lines = [f"grads = tape.gradient({output}, [{names}])"]
    for index, row in enumerate(rows):
        lines += ["", f">>> print(grads[{index}])  # {row.name}", row.printout]
        if row.numpy_printout is not None:
            lines += [f'>>> print("deriv of {output} w.r.t. {row.name} = ", '
                      f"grads[{index}].numpy())",
                      f"deriv of {output} w.r.t. {row.name} =  {row.numpy_printout}"]
    return "\n".join(lines)


class PrintoutView(QPlainTextEdit):
    """Read-only, fixed-width: what ``print`` shows for each gradient."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(fixed_pitch_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setAccessibleName(self.tr("Printed gradients"))
        self.setToolTip(self.tr("What print() shows for tape.gradient's answers, in "
                                "TensorFlow's own words"))
        # A placeholder wraps (the printouts themselves do not: they are code).
        self.setPlaceholderText(self.tr("# Step to the end of the backward pass: then "
                                        "tape.gradient's answers are printed here as print() "
                                        "shows them."))

    def show_rows(self, output: str, rows: tuple[GradientComparison, ...]) -> None:
        """The printouts of ``rows``; none before the backward pass ends (the placeholder
        says how to get them)."""
        self.setPlainText(printout_text(output, rows) if rows else "")

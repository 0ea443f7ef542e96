"""Large tensors in words: a shape, min/max/mean and a few entries instead of every number.

A tensor of more than :data:`SUMMARY_THRESHOLD` entries (more than a typed input may hold)
is summarised in the step details and the three-way table; smaller ones are printed in full
as before. Finite differences checked on a sample of a large tensor's entries say so
(context ``BackpropTexts``).
"""

from __future__ import annotations

import lazy_loader
from PySide6.QtCore import QCoreApplication

from tfintro_gui.core.autodiff import GradientComparison, format_shape, format_value
from tfintro_gui.core.autodiff.formatting import format_number
from tfintro_gui.core.autodiff.limits import MAX_INPUT_ELEMENTS

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Tensors with more entries than this are summarised rather than printed.
SUMMARY_THRESHOLD = MAX_INPUT_ELEMENTS
#: Entries shown at the start of a summarised tensor.
SHOWN_ENTRIES = 4
#: A table cell prints at most this many entries (the small presets' largest matrix,
#: 3 × 4); a larger tensor's cell gives its shape and range, in one line.
CELL_ENTRIES = 12


def is_large(value) -> bool:
    """True for an array of more than :data:`SUMMARY_THRESHOLD` entries."""
    return value is not None and np.size(value) > SUMMARY_THRESHOLD


def _statistics(array) -> tuple[str, str, str]:
    with np.errstate(all="ignore"):
        return (format_number(np.min(array)), format_number(np.max(array)),
                format_number(np.mean(array, dtype=np.float64)))


def tensor_summary(value) -> str:
    """``"shape (784, 512), float32: min …, max …, mean …; first entries [a b c d …]"``."""
    array = np.asarray(value)
    low, high, mean = _statistics(array)
    first = " ".join(format_number(item) for item in array.flat[:SHOWN_ENTRIES])
    return QCoreApplication.translate(
        "BackpropTexts",
        "shape {shape}, {dtype}: min {low}, max {high}, mean {mean}; first entries "
        "[{first} …]").format(shape=format_shape(array), dtype=array.dtype,
                                         low=low, high=high, mean=mean, first=first)


def array_text(value, precision: int = 3) -> str:
    """A tensor for the step details: printed in full when small, summarised when large."""
    return tensor_summary(value) if is_large(value) else format_value(value, precision)


def cell_text(value) -> str:
    """A gradient in a table cell: ``"None"``, up to four decimals, or for a tensor of
    more than :data:`CELL_ENTRIES` entries its shape and largest magnitude:
    ``"(784, 512) ±0.0732"``."""
    if value is None:
        return "None"
    if np.size(value) <= CELL_ENTRIES:
        return format_value(value, precision=4)
    with np.errstate(all="ignore"):
        bound = format_number(np.max(np.abs(np.asarray(value))))
    # Short, as the heatmaps' "±bound": the step details give min, max and mean.
    return QCoreApplication.translate("BackpropTexts", "{shape} ±{bound}").format(
        shape=format_shape(value), bound=bound)


def sample_cell(row: GradientComparison) -> str:
    """The finite-difference cell of a sampled row: ``"16 sampled of 401 408"``."""
    return QCoreApplication.translate(
        "BackpropTexts", "{count} sampled of {size}").format(
        count=len(row.sample.indices), size=f"{row.sample.size:,}".replace(",", " "))


def sample_note(row: GradientComparison) -> str:
    """One sentence on a sampled check: how many entries, of how many, and how close."""
    sample = row.sample
    difference = np.max(np.abs(sample.entries(row.chain_rule) - sample.values)) \
        if row.chain_rule is not None else float("nan")
    return QCoreApplication.translate(
        "BackpropTexts", "Finite differences on {count} sampled entries of {name} (of {size}): a "
                  "full check would take two evaluations of the graph per entry. Largest "
                  "difference from the chain rule there: {difference}. The chain rule and "
                  "tape.gradient are compared on every entry.").format(
        count=len(sample.indices), name=row.name, size=f"{sample.size:,}".replace(",", " "),
        difference=format_number(difference))


def sampled_summary(rows) -> str:
    """A sentence for the summary line when some rows were sampled; empty otherwise."""
    sampled = [row for row in rows if row.sample is not None]
    if not sampled:
        return ""
    return QCoreApplication.translate(
        "BackpropTexts", "Finite differences were checked on {count} sampled entries of each of "
                  "{names}: all entries would be too slow.").format(
        count=len(sampled[0].sample.indices), names=", ".join(row.name for row in sampled))

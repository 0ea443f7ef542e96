"""Tool tips for the Tensors panel's menus: what each source, operation, conversion and kind
of entry is, keyed by the core's keys (``SOURCES``, ``OPS``, ``CONVERSIONS``, ``KINDS``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "TensorsDescriptions"

SOURCE_DESCRIPTIONS = {
    "tf.ones": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "tf.ones(shape): a tensor of ones, float32 unless a dtype is given."),
    "tf.zeros": QT_TRANSLATE_NOOP("TensorsDescriptions", "tf.zeros(shape): a tensor of zeros."),
    "tf.random.normal": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "tf.random.normal(shape, mean, stddev): random values from a normal distribution; with "
        "a seed, tf.random.stateless_normal gives the same values on every run."),
    "tf.random.uniform": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "tf.random.uniform(shape, minval, maxval): random values in [minval, maxval); with a "
        "seed, tf.random.stateless_uniform gives the same values on every run."),
    "tf.constant": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "tf.constant(value): a tensor from the numbers typed, e.g. [[1, 2], [3, 4]] (ints give "
        "int32, floats float32)."),
    "np.ones": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "np.ones(shape): a NumPy array of ones; NumPy's default dtype is float64."),
    "np.zeros": QT_TRANSLATE_NOOP("TensorsDescriptions",
                                  "np.zeros(shape): a NumPy array of zeros, float64."),
    "np.random.normal": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "np.random.default_rng(seed).normal(mean, stddev, size=shape): NumPy random values, "
        "float64."),
    "np.random.uniform": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "np.random.default_rng(seed).uniform(minval, maxval, size=shape): NumPy random values "
        "in [minval, maxval), float64."),
    "np.array": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "np.array(value): a NumPy array from the numbers typed (ints give int64, floats "
        "float64)."),
}

OP_DESCRIPTIONS = {
    "square": QT_TRANSLATE_NOOP("TensorsDescriptions", "tf.square: each element squared."),
    "sqrt": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "tf.sqrt: each element's square root; negative elements give NaN, not an error."),
    "exp": QT_TRANSLATE_NOOP("TensorsDescriptions", "tf.exp: e to the power of each element."),
    "log": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "tf.math.log: natural logarithm; log(0) is -inf and log of a negative is NaN."),
    "relu": QT_TRANSLATE_NOOP("TensorsDescriptions", "tf.nn.relu: max(x, 0) for each element."),
    "abs": QT_TRANSLATE_NOOP("TensorsDescriptions", "tf.abs: absolute value of each element."),
    "+": QT_TRANSLATE_NOOP("TensorsDescriptions",
                           "x + y (tf.add): element-wise sum, with broadcasting."),
    "-": QT_TRANSLATE_NOOP("TensorsDescriptions", "x - y (tf.subtract): element-wise difference."),
    "*": QT_TRANSLATE_NOOP("TensorsDescriptions",
                           "x * y (tf.multiply): element-wise product, not matmul."),
    "/": QT_TRANSLATE_NOOP("TensorsDescriptions", "x / y (tf.divide): element-wise true division."),
    "matmul": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "tf.matmul: matrix product; x's last axis must equal y's second-to-last."),
    "transpose": QT_TRANSLATE_NOOP("TensorsDescriptions", "tf.transpose: reverses the axes."),
    "reshape": QT_TRANSLATE_NOOP(
        "TensorsDescriptions", "tf.reshape: same elements in a new shape; one size may be -1."),
    "reduce_sum": QT_TRANSLATE_NOOP(
        "TensorsDescriptions", "tf.reduce_sum: sum over an axis (empty = over all elements)."),
    "reduce_mean": QT_TRANSLATE_NOOP(
        "TensorsDescriptions", "tf.reduce_mean: mean over an axis (empty = over all elements)."),
    "cast": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "tf.cast: the same values converted to another dtype (floats to ints truncate)."),
}

CONVERSION_DESCRIPTIONS = {
    "numpy": QT_TRANSLATE_NOOP("TensorsDescriptions",
                               "x.numpy(): the tensor's values as a NumPy ndarray (a copy)."),
    "np.add": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "np.add(x, 1): a NumPy function applied to a tensor returns an ndarray."),
    "tf.multiply": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "tf.multiply(x, 42): a TensorFlow op applied to an ndarray returns a tensor and keeps "
        "its dtype (float64 from NumPy)."),
    "tf.Variable": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "tf.Variable(x): a variable whose initial value is x; it can be assigned to."),
    "tf.constant": QT_TRANSLATE_NOOP(
        "TensorsDescriptions", "tf.constant(x): an immutable tensor with x's values and dtype."),
}

KIND_DESCRIPTIONS = {
    "constant": QT_TRANSLATE_NOOP("TensorsDescriptions",
                                  "An immutable tf.Tensor: its values cannot change."),
    "variable": QT_TRANSLATE_NOOP(
        "TensorsDescriptions",
        "A tf.Variable: change it with assign, assign_add, assign_sub or a slice assign."),
    "ndarray": QT_TRANSLATE_NOOP("TensorsDescriptions",
                                 "A NumPy array (numpy.ndarray): mutable with x[i, j] = value."),
    "numpy scalar": QT_TRANSLATE_NOOP(
        "TensorsDescriptions", "A NumPy scalar (e.g. numpy.float32): one immutable number."),
}


def describe(table: dict[str, str], key: str) -> str:
    """The translated description of ``key`` in ``table``; empty if there is none."""
    text = table.get(key, "")
    return QCoreApplication.translate(CONTEXT, text) if text else ""

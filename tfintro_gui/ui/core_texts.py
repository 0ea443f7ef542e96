"""Translations of the texts the core gives in English: tensor creators, operations,
conversions and the Backprop presets.

The core never imports Qt, so its descriptions are repeated here for ``pyside6-lupdate``;
``tests/ui/test_translations.py`` fails when the core gains a text this list lacks. A text
missing here is shown in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXTS = (
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.ones(shape): a tensor of ones, float32 unless a dtype is given.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'tf.zeros(shape): a tensor of zeros.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.random.normal(shape, mean, stddev): random values from a normal '
                      'distribution; with a seed, tf.random.stateless_normal gives the same '
                      'values on every run.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.random.uniform(shape, minval, maxval): random values in [minval, '
                      'maxval); with a seed, tf.random.stateless_uniform gives the same '
                      'values on every run.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.constant(value): a tensor from the numbers typed, e.g. [[1, 2], [3,'
                      ' 4]] (ints give int32, floats float32).'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      "np.ones(shape): a NumPy array of ones; NumPy's default dtype is "
                      'float64.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'np.zeros(shape): a NumPy array of zeros, float64.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'np.random.default_rng(seed).normal(mean, stddev, size=shape): NumPy '
                      'random values, float64.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'np.random.default_rng(seed).uniform(minval, maxval, size=shape): NumPy'
                      ' random values in [minval, maxval), float64.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'np.array(value): a NumPy array from the numbers typed (ints give '
                      'int64, floats float64).'),
    QT_TRANSLATE_NOOP("CoreTexts", 'tf.square: each element squared.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      "tf.sqrt: each element's square root; negative elements give NaN, not "
                      'an error.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'tf.exp: e to the power of each element.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.math.log: natural logarithm; log(0) is -inf and log of a negative '
                      'is NaN.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'tf.nn.relu: max(x, 0) for each element.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'tf.abs: absolute value of each element.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'x + y (tf.add): element-wise sum, with broadcasting.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'x - y (tf.subtract): element-wise difference.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'x * y (tf.multiply): element-wise product, not matmul.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'x / y (tf.divide): element-wise true division.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      "tf.matmul: matrix product; x's last axis must equal y's second-to-"
                      'last.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'tf.transpose: reverses the axes.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'tf.reshape: same elements in a new shape; one size may be -1.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'tf.reduce_sum: sum over an axis (empty = over all elements).'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.reduce_mean: mean over an axis (empty = over all elements).'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.cast: the same values converted to another dtype (floats to ints '
                      'truncate).'),
    QT_TRANSLATE_NOOP("CoreTexts", "x.numpy(): the tensor's values as a NumPy ndarray (a copy)."),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'np.add(x, 1): a NumPy function applied to a tensor returns an ndarray.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.multiply(x, 42): a TensorFlow op applied to an ndarray returns a '
                      'tensor and keeps its dtype (float64 from NumPy).'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.Variable(x): a variable whose initial value is x; it can be '
                      'assigned to.'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      "tf.constant(x): an immutable tensor with x's values and dtype."),
    QT_TRANSLATE_NOOP("CoreTexts", 'Notebook: loss_val = |y_true − (w·x + b)|'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      "The worked example of Chollet's ch. 3: forward 6, 7, 3; backward "
                      '∂loss_val/∂w = 2 and ∂loss_val/∂b = 1.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'r = x**2 with a variable x'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'x = tf.Variable(3.) is watched automatically: d(x²)/dx = 2·3 = 6.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'r = square(x) with a constant x (needs tape.watch)'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.constant(3.) is not watched, so its gradient is None. Set its kind '
                      "to 'watched' (tape.watch) and it becomes 6."),
    QT_TRANSLATE_NOOP("CoreTexts", 'relu and abs at 0 (kinks)'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      "Both functions have a corner at 0. TensorFlow's gradient is 0 for "
                      'both; a central finite difference gives 0.5 for relu (and 0 for abs, '
                      'where a one-sided one gives 1).'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Logistic loss of one point'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      "The course's loss log(1 + exp(o)) − y·o for one point. logit feeds two"
                      ' nodes, so its gradient is the sum of two paths: σ(o) − y.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Two-layer network (3 inputs, 4 hidden, 2 classes)'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      "The lesson's loss(y_true, softmax(relu(x·W1 + b1)·W2 + b2)) at small "
                      "sizes: matrix nodes, ∂L/∂W = xᵀ·∂L/∂(x·W), and b's gradient summed "
                      'over the batch axis.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'None is not 0 (no path vs zero slope)'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'w reaches the output through relu at −1, a zero slope: its gradient is'
                      ' 0. d and side do not reach the output at all: their gradient is None.'),
    QT_TRANSLATE_NOOP("CoreTexts", 'Integer variable (int32 → None)'),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'tf.Variable(3) is an int32 variable; gradients exist for floating-'
                      'point tensors only, so tape.gradient gives None. Change the dtype to '
                      'float32 to get 6.'),
)


def translate_core(text: str) -> str:
    """``text`` (a core description) in the interface's language."""
    return QCoreApplication.translate("CoreTexts", text)

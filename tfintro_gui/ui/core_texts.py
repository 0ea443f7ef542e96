"""Translations of the texts the core gives in English: the Backprop presets.

The core never imports Qt, so its descriptions are repeated here for ``pyside6-lupdate``;
``tests/ui/test_translations.py`` fails when the core gains a text this list lacks. A text
missing here is shown in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXTS = (
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
    QT_TRANSLATE_NOOP("CoreTexts",
                      "The notebook's Keras model (4 × 784 → 512 relu → 10 softmax)"),
    QT_TRANSLATE_NOOP("CoreTexts",
                      'Dense(512, relu) then Dense(10, softmax) at their real sizes, on a batch '
                      'of 4 generated images: seeded recipes make the inputs (Glorot-uniform '
                      'kernels and zero biases, as Keras starts them). Nodes show shapes and '
                      'heatmaps; finite differences check 16 sampled entries of each large '
                      'tensor.'),
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

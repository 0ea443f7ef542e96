"""Ready-made expressions for the Backprop panel, from the lesson and its classic pitfalls."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Preset:
    """An expression with its inputs, in ``build_graph``'s format.

    Attributes:
        key: short identifier.
        title: shown in the presets list.
        expression: the statements.
        inputs: name -> ``{"value", "kind"[, "dtype"]}``; a value given as text is a recipe
            (:mod:`~tfintro_gui.core.autodiff.generated`).
        description: what the preset shows, one or two sentences.
    """

    key: str
    title: str
    expression: str
    inputs: dict = field(default_factory=dict)
    description: str = ""


def _variable(value, dtype="float32"):
    return {"value": value, "kind": "variable", "dtype": dtype}


def _constant(value):
    return {"value": value, "kind": "constant", "dtype": "float32"}


PRESETS: tuple[Preset, ...] = (
    Preset(
        "notebook", "Notebook: loss_val = |y_true − (w·x + b)|",
        "x1 = w * x\nx2 = x1 + b\nloss_val = abs(y_true - x2)",
        {"w": _variable(3.0), "x": _constant(2.0), "b": _variable(1.0),
         "y_true": _constant(4.0)},
        "The worked example of Chollet's ch. 3: forward 6, 7, 3; backward ∂loss_val/∂w = 2 "
        "and ∂loss_val/∂b = 1."),
    Preset(
        "square", "r = x**2 with a variable x",
        "r = x**2",
        {"x": _variable(3.0)},
        "x = tf.Variable(3.) is watched automatically: d(x²)/dx = 2·3 = 6."),
    Preset(
        "watch", "r = square(x) with a constant x (needs tape.watch)",
        "r = square(x)",
        {"x": _constant(3.0)},
        "tf.constant(3.) is not watched, so its gradient is None. Set its kind to 'watched' "
        "(tape.watch) and it becomes 6."),
    Preset(
        "kinks", "relu and abs at 0 (kinks)",
        "k = relu(z) + abs(u)",
        {"z": _variable(0.0), "u": _variable(0.0)},
        "Both functions have a corner at 0. TensorFlow's gradient is 0 for both; a central "
        "finite difference gives 0.5 for relu (and 0 for abs, where a one-sided one gives 1)."),
    Preset(
        "logistic", "Logistic loss of one point",
        "logit = w1 * x1 + w2 * x2 + b\nloss_val = log(1 + exp(logit)) - y_true * logit",
        {"w1": _variable(0.4), "x1": _constant(2.0), "w2": _variable(-0.2),
         "x2": _constant(1.0), "b": _variable(0.1), "y_true": _constant(1.0)},
        "The course's loss log(1 + exp(o)) − y·o for one point. logit feeds two nodes, so "
        "its gradient is the sum of two paths: σ(o) − y."),
    Preset(
        "two_layer", "Two-layer network (3 inputs, 4 hidden, 2 classes)",
        "h = relu(x @ W1 + b1)\nprobs = softmax(h @ W2 + b2)\n"
        "loss_val = crossentropy(y_true, probs)",
        {"x": _constant([[1.0, -2.0, 0.5]]),
         "W1": _variable([[0.2, -0.5, 0.3, 0.1], [-0.4, -0.1, -0.2, -0.3],
                          [-0.3, 0.2, 0.5, -0.4]]),
         "b1": _variable([0.1, 0.0, -0.1, 0.2]),
         "W2": _variable([[0.5, -0.3], [0.2, 0.4], [-0.6, 0.1], [0.3, 0.2]]),
         "b2": _variable([0.0, 0.1]),
         "y_true": _constant([[0.0, 1.0]])},
        "The lesson's loss(y_true, softmax(relu(x·W1 + b1)·W2 + b2)) at small sizes: matrix "
        "nodes, ∂L/∂W = xᵀ·∂L/∂(x·W), and b's gradient summed over the batch axis."),
    Preset(
        "keras_two_layer", "The notebook's Keras model (4 × 784 → 512 relu → 10 softmax)",
        "h = relu(x @ W1 + b1)\nprobs = softmax(h @ W2 + b2)\n"
        "loss_val = crossentropy(y_true, probs)",
        {"x": _constant("random_uniform((4, 784), seed=1)"),
         "W1": _variable("glorot_uniform((784, 512), seed=2)"),
         "b1": _variable("zeros((512,))"),
         "W2": _variable("glorot_uniform((512, 10), seed=3)"),
         "b2": _variable("zeros((10,))"),
         "y_true": _constant("one_hot([5, 0, 4, 1], 10)")},
        "Dense(512, relu) then Dense(10, softmax) at their real sizes, on a batch of 4 "
        "generated images: seeded recipes make the inputs (Glorot-uniform kernels and zero "
        "biases, as Keras starts them). Nodes show shapes and heatmaps; finite differences "
        "check 16 sampled entries of each large tensor."),
    Preset(
        "none_vs_zero", "None is not 0 (no path vs zero slope)",
        "side = d * 2\nloss_val = relu(w) + b",
        {"d": _variable(5.0), "w": _variable(-1.0), "b": _variable(1.0)},
        "w reaches the output through relu at −1, a zero slope: its gradient is 0. d and side "
        "do not reach the output at all: their gradient is None."),
    Preset(
        "integer", "Integer variable (int32 → None)",
        "r = x * x",
        {"x": _variable(3, "int32")},
        "tf.Variable(3) is an int32 variable; gradients exist for floating-point tensors "
        "only, so tape.gradient gives None. Change the dtype to float32 to get 6."),
)

#: The preset shown first.
DEFAULT_PRESET = PRESETS[0]


def preset(key: str) -> Preset:
    """The preset named ``key``.

    Raises:
        KeyError: no preset has that key.
    """
    for candidate in PRESETS:
        if candidate.key == key:
            return candidate
    raise KeyError(f"No preset {key!r}; presets: {', '.join(p.key for p in PRESETS)}.")

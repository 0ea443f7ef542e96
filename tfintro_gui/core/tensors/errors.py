"""The error a failed workspace action raises, and helpers to explain TensorFlow's messages."""

from __future__ import annotations

import re

#: TensorFlow's kernel names for dtypes, as they appear in its error messages.
_KERNEL_DTYPE_NAMES = {
    "float": "float32",
    "double": "float64",
    "half": "float16",
    "bfloat16": "bfloat16",
    "int32": "int32",
    "int64": "int64",
    "bool": "bool",
}

#: Why a constant cannot be changed, and the ways out (Chollet, Deep Learning with Python,
#: ch. 3, "Constant tensors and variables").
IMMUTABLE_EXPLANATION = (
    "TensorFlow tensors (tf.constant, tf.ones, the result of any operation) are immutable: "
    "once made, their values cannot change.")


class TensorActionError(ValueError):
    """A workspace action was refused or TensorFlow raised; the workspace is unchanged.

    Args:
        summary: what was tried and what was wrong with it, in plain words.
        tensorflow_error: TensorFlow's (or NumPy's) own error, ``"TypeName: text"``;
            empty when the lab refused the action before calling TensorFlow.
        explanation: what the rule behind the error is.
        fix: how to do what was meant, usually as a line of code.

    ``str(error)`` joins the four parts, one per line.
    """

    def __init__(self, summary: str, tensorflow_error: str = "", explanation: str = "",
                 fix: str = ""):
        self.summary = summary
        self.tensorflow_error = tensorflow_error
        self.explanation = explanation
        self.fix = fix
        super().__init__(self.text())

    def text(self) -> str:
        """The message as shown to the student."""
        lines = [self.summary]
        if self.tensorflow_error:
            lines.append(f"TensorFlow says: {self.tensorflow_error}")
        if self.explanation:
            lines.append(f"Why: {self.explanation}")
        if self.fix:
            lines.append(f"How to fix it: {self.fix}")
        return "\n".join(lines)


def error_text(error: BaseException) -> str:
    """TensorFlow's or NumPy's message without the kernel-name noise.

    ``{{function_node __wrapped__AddV2_device_/job:...}} Incompatible shapes: [2,3] vs. [2]
    [Op:AddV2] name: `` becomes ``InvalidArgumentError: Incompatible shapes: [2,3] vs. [2]
    [Op:AddV2]``.

    Args:
        error: the exception raised by TensorFlow or NumPy.

    Returns:
        ``"TypeName: message"``.
    """
    text = str(error)
    text = re.sub(r"\{\{function_node [^}]*\}\}\s*", "", text)
    text = re.sub(r"\s*name:[^\n]*$", "", text.strip())
    text = text.split("\n\t; NodeDef")[0].strip()
    return f"{type(error).__name__}: {text}"


def kernel_dtypes(message: str) -> tuple[str, str] | None:
    """The two dtypes of an "expected to be a float tensor but is a double tensor" error.

    Returns:
        ``(expected, received)`` in TensorFlow's dtype names (``float32``, ``float64``…),
        or None when the message is not of that kind.
    """
    match = re.search(r"expected to be an? (\w+) tensor but is an? (\w+) tensor", message)
    if match is None:
        return None
    return tuple(_KERNEL_DTYPE_NAMES.get(name, name) for name in match.groups())


def is_float_dtype(dtype: str | None) -> bool:
    return bool(dtype) and dtype.startswith(("float", "bfloat"))


def is_int_dtype(dtype: str | None) -> bool:
    return bool(dtype) and dtype.startswith(("int", "uint"))


def cast_target(left_dtype: str, right_dtype: str) -> tuple[str, str]:
    """Which operand to cast, and to which dtype, so that a binary op can run.

    float32 is TensorFlow's default and float64 NumPy's; the lab casts float64 down to
    float32 and ints up to the float side's dtype.

    Args:
        left_dtype: dtype name of the left operand.
        right_dtype: dtype name of the right operand.

    Returns:
        ``("left" | "right", target_dtype)``.
    """
    if is_float_dtype(left_dtype) and is_float_dtype(right_dtype):
        if left_dtype == "float32":
            return "right", "float32"
        if right_dtype == "float32":
            return "left", "float32"
        return "right", left_dtype
    if is_float_dtype(left_dtype):
        return "right", left_dtype
    if is_float_dtype(right_dtype):
        return "left", right_dtype
    return "right", left_dtype

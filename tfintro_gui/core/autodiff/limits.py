"""Caps on what an expression, an input or a session may hold, checked before any work.

Every cap is checked on the raw text or the raw list first, so that hostile input (a 1 MB
line pasted into the expression box, a session with a million inputs) is refused in
constant time instead of being parsed, laid out or echoed first.
"""

from __future__ import annotations

from tfintro_gui.core.text_checks import bracket_depth  # noqa: F401 (re-exported)

#: Longest accepted expression, in characters.
MAX_EXPRESSION_LENGTH = 2000
#: Deepest accepted bracket nesting of an expression, checked on the raw text.
MAX_BRACKET_DEPTH = 32
#: Deepest accepted syntax tree (counted in ``ast`` nodes from a statement down).
MAX_TREE_DEPTH = 48
#: Most operations and numbers a graph may hold.
MAX_OPERATIONS = 120
#: Most statements (lines or ``;``-separated parts).
MAX_STATEMENTS = 30
#: Most inputs a graph may read (each input is read by at least one operation).
MAX_INPUTS = MAX_OPERATIONS
#: Largest accepted magnitude of an exponent in ``a ** p``.
MAX_EXPONENT = 10
#: Largest accepted magnitude of a number in the expression.
MAX_LITERAL = 1e12
#: Longest name of an input or an intermediate result.
MAX_NAME_LENGTH = 40
#: Longest accepted text of one input value, in characters.
MAX_VALUE_TEXT = 2000
#: Most elements one input may hold (keeps finite differences and drawings small).
MAX_INPUT_ELEMENTS = 64
#: Most elements one *generated* input may hold (a recipe such as ``glorot_uniform((784,
#: 512))``, see :mod:`~tfintro_gui.core.autodiff.generated`). Typed values stay small
#: (:data:`MAX_INPUT_ELEMENTS`); a recipe is a few characters however large its tensor, so it
#: gets its own cap: 2**19 = 524 288 holds the notebook's first Dense kernel (784 × 512 =
#: 401 408) and keeps one input at 2 MiB in float32 (4 MiB in the float64 finite differences).
#: Finite differences of tensors this large are sampled (see ``checks``), drawings pool them.
MAX_GENERATED_ELEMENTS = 2**19
#: Most elements of all inputs together, and of any one node (a broadcast of two long
#: vectors, ``x + tf.transpose(x)``, could otherwise ask for terabytes): each node keeps a
#: value and a gradient as NumPy copies, so 2**21 elements are 16 MiB per node in float32.
MAX_NODE_ELEMENTS = 2**21
#: Highest rank of an input: scalars, vectors and matrices.
MAX_INPUT_RANK = 2
#: Most characters of the student's text repeated in a message (a long token cannot wrap).
ECHO_LENGTH = 40


def shorten(text: object, limit: int = ECHO_LENGTH) -> str:
    """``repr`` of ``text`` cut to about ``limit`` characters, for messages that echo input.

    Args:
        text: what the student typed (any object; strings are quoted as ``repr`` does).
        limit: most characters kept before the ``…``.

    Returns:
        ``"'w'"`` for short text, ``"'aaaa…'"`` (``limit`` characters and an ellipsis)
        for long text.
    """
    if isinstance(text, str) and len(text) > limit:
        return repr(text[:limit] + "…")
    shown = repr(text)
    return shown if len(shown) <= limit + 2 else shown[:limit] + "…"


def excerpt(text: str, limit: int = ECHO_LENGTH) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis (for messages)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

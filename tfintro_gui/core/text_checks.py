"""Checks on a student's text made before any parsing (shared by the core areas)."""

from __future__ import annotations


def bracket_depth(text: str) -> int:
    """The deepest nesting of ``( [ {`` in ``text``, counted without parsing it.

    Used to refuse deeply nested text before :mod:`ast` reads it (which would recurse).

    Args:
        text: any text; unbalanced closing brackets are ignored.

    Returns:
        0 for text without brackets, 1 for ``"(a)"``, 2 for ``"[[1]]"``.
    """
    depth = deepest = 0
    for character in text:
        if character in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in ")]}":
            depth = max(depth - 1, 0)
    return deepest

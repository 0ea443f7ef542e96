"""What every refusal of the core offers: the explanation's code and values.

Each area (``tensors``, ``autodiff``, ``classifier``, ``devices``) keeps its own
``Explanation`` (its own catalogue of codes, checked when one is made) and its own error
class; they share this mixin so that ``error.code`` and ``error.values`` read the same
everywhere, and the user interface can word any refusal from them.
"""

from __future__ import annotations


class ExplainedError:
    """Mixin for an exception whose ``explanation`` has a ``code`` and ``values``."""

    explanation: object

    @property
    def code(self) -> str:
        """The explanation's code, e.g. ``"literal.unreadable"``."""
        return self.explanation.code

    @property
    def values(self) -> dict:
        """A copy of the explanation's values (what fills its template)."""
        return dict(self.explanation.values)

"""The Tensors panel's core: a workspace of named tensors and variables, and safe parsers.

Every action returns an :class:`ActionResult` (a NumPy copy of the value, its dtype and
shape, the exact TensorFlow line, and explanations as data: a code and values) or raises
:class:`TensorInputError` / :class:`TensorActionError` and changes nothing. No Qt here:
the workspace runs in a plain script or a notebook too.

Modules: ``workspace`` (the façade), ``creation`` (recipes), ``operations`` and
``op_explanations`` (the ops table and its errors), ``assignment``, ``literals`` and
``parsing`` (typed text), ``objects``, ``specs`` (the tables), ``errors`` and ``codes``
(explanations as data), ``snapshot`` (session files), ``self_check``.
"""

import lazy_loader

# Submodules load on first use, so a panel's controls paint before NumPy is imported.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "codes": ["CODES"],
        "errors": ["Explanation", "TensorActionError", "TensorInputError"],
        "literals": ["MAX_ELEMENTS", "Literal", "parse_literal"],
        "parsing": [
            "index_code", "parse_axis", "parse_index", "parse_shape", "shape_code",
            "validate_name"
        ],
        "specs": [
            "CONVERSIONS", "DTYPES", "KINDS", "OPS", "SCRIPT_HEADER", "SOURCES", "ActionResult",
            "EntryInfo"
        ],
        "workspace": ["MAX_ENTRIES", "Workspace"],
    },
)

"""A session as a Jupyter notebook (``.ipynb``, written with ``nbformat``) or a script.

The main window gathers, panel by panel, a heading from the lesson and the cells the
panel returns from ``notebook_cells()``; this module turns them into a notebook that
runs top to bottom in a fresh kernel, or into a ``# %%`` script (the cell format that
Jupyter, VS Code and Spyder read).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tfintro_gui.core.files import write_text_atomically

#: The first code cell of every export: what every panel's code needs.
IMPORTS = "import numpy as np\nimport tensorflow as tf"
CELL_KINDS = ("markdown", "code")
#: The first line of a cell that repeats an action TensorFlow refused.
REFUSED_CELL_HEADER = "# Refused in the lab; TensorFlow's own error is printed:"


def refused_cell(statement: str, taken=()) -> str:
    """A code cell that runs ``statement`` and prints the error it raises, as the
    notebook's ``try: x[0, 0] = 0. except Exception as e: print(e)`` does.

    Args:
        statement: one or more lines of Python that raise.
        taken: names the session holds when the cell runs: ``except … as e`` unbinds
            ``e`` afterwards, so the error gets the first of ``e``, ``error``, ``error_2``…
            that is not among them.

    Returns:
        The cell's text, starting with :data:`REFUSED_CELL_HEADER`.
    """
    taken = set(taken)
    candidates = ("e", "error", *(f"error_{number}" for number in range(2, len(taken) + 3)))
    name = next(candidate for candidate in candidates if candidate not in taken)
    body = "\n".join(f"    {line}" for line in statement.splitlines())
    return (f"{REFUSED_CELL_HEADER}\ntry:\n{body}\n"
            f"except Exception as {name}:\n    print({name})")


def is_refused_cell(text: str) -> bool:
    """True for a cell made by :func:`refused_cell`."""
    return text.startswith(REFUSED_CELL_HEADER + "\n")


@dataclass(frozen=True)
class NotebookSection:
    """The part of a session one panel contributes.

    Attributes:
        title: the lesson's title, e.g. ``"Tensors and variables"``.
        introduction: Markdown under the title (the lesson's first paragraphs); may be "".
        cells: ``(kind, text)`` pairs, ``kind`` one of :data:`CELL_KINDS`, in order.
    """

    title: str
    introduction: str = ""
    cells: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def _check(sections: list[NotebookSection]) -> None:
    for section in sections:
        for kind, text in section.cells:
            if kind not in CELL_KINDS:
                raise ValueError(f"A notebook cell is 'markdown' or 'code', not {kind!r} "
                                 f"(in the section {section.title!r}).")
            if not isinstance(text, str):
                raise TypeError(f"A cell's text is a str, not {type(text).__name__}.")


def _all_cells(title: str, sections: list[NotebookSection]) -> list[tuple[str, str]]:
    cells = [("markdown", f"# {title}"), ("code", IMPORTS)]
    for section in sections:
        heading = f"## {section.title}"
        if section.introduction.strip():
            heading += "\n\n" + section.introduction.strip()
        cells.append(("markdown", heading))
        cells += [(kind, text.strip("\n")) for kind, text in section.cells if text.strip()]
    return cells


def build_notebook(title: str, sections: list[NotebookSection]):
    """A notebook: the title, the imports, then each section's heading and cells.

    Args:
        title: the notebook's first heading.
        sections: one per panel, in the order of the panels.

    Returns:
        An ``nbformat`` v4 notebook (``NotebookNode``), validated, with a Python 3
        kernel spec.

    Raises:
        ValueError: a cell's kind is not one of :data:`CELL_KINDS`.
    """
    import nbformat
    from nbformat import v4

    _check(sections)
    notebook = v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    for kind, text in _all_cells(title, sections):
        notebook.cells.append(v4.new_markdown_cell(text) if kind == "markdown"
                              else v4.new_code_cell(text))
    nbformat.validate(notebook)
    return notebook


def notebook_script(title: str, sections: list[NotebookSection]) -> str:
    """The same cells as :func:`build_notebook` as a Python script in ``# %%`` format.

    Markdown cells become comments under ``# %% [markdown]``, so the script runs as it is
    and opens as cells in Jupyter (with jupytext), VS Code or Spyder.
    """
    _check(sections)
    parts = []
    for kind, text in _all_cells(title, sections):
        if kind == "markdown":
            body = "\n".join(f"# {line}".rstrip() for line in text.splitlines())
            parts.append(f"# %% [markdown]\n{body}")
        else:
            parts.append(f"# %%\n{text}")
    return "\n\n".join(parts) + "\n"


def write_notebook(path: str | Path, title: str, sections: list[NotebookSection]) -> Path:
    """Write :func:`build_notebook`'s notebook to ``path`` (atomically).

    Raises:
        OSError: the file cannot be written; an existing file is left as it was.
    """
    import nbformat

    return write_text_atomically(path, nbformat.writes(build_notebook(title, sections)))


def write_script(path: str | Path, title: str, sections: list[NotebookSection]) -> Path:
    """Write :func:`notebook_script`'s script to ``path`` (atomically).

    Raises:
        OSError: the file cannot be written; an existing file is left as it was.
    """
    return write_text_atomically(path, notebook_script(title, sections))

"""Notebook and script export, and atomic writes (no Qt)."""

import os
import stat
import subprocess
import sys

import nbformat
import pytest

from tfintro_gui.core.files import write_text_atomically
from tfintro_gui.core.notebook import (
    IMPORTS,
    NotebookSection,
    build_notebook,
    notebook_script,
    write_notebook,
    write_script,
)

SECTIONS = [
    NotebookSection("Tensors and variables", "A tensor has a *shape*.",
                    (("code", "a = tf.ones((2, 2))"), ("code", "b = tf.square(a)\nprint(b)"))),
    NotebookSection("Backpropagation", "", (("markdown", "Some words."),
                                            ("code", "x = 3.0\nprint(x * 2)"))),
]


def test_the_notebook_has_the_headings_and_cells_in_order():
    notebook = build_notebook("Session", SECTIONS)
    nbformat.validate(notebook)
    kinds = [(cell.cell_type, cell.source) for cell in notebook.cells]
    assert kinds == [
        ("markdown", "# Session"),
        ("code", IMPORTS),
        ("markdown", "## Tensors and variables\n\nA tensor has a *shape*."),
        ("code", "a = tf.ones((2, 2))"),
        ("code", "b = tf.square(a)\nprint(b)"),
        ("markdown", "## Backpropagation"),
        ("markdown", "Some words."),
        ("code", "x = 3.0\nprint(x * 2)"),
    ]
    assert notebook.metadata.kernelspec.name == "python3"


def test_a_cell_of_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="not 'raw'"):
        build_notebook("S", [NotebookSection("T", "", (("raw", "x"),))])


def test_the_script_is_python_with_percent_cells(tmp_path):
    script = notebook_script("Session", SECTIONS)
    assert script.startswith("# %% [markdown]\n# # Session\n\n# %%\nimport numpy as np")
    assert "# %% [markdown]\n# ## Tensors and variables\n#\n# A tensor has a *shape*." in script
    path = write_script(tmp_path / "session.py", "Session", SECTIONS)
    completed = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                               timeout=300)
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert "6.0" in completed.stdout and "[[1. 1.]" in completed.stdout


def test_the_written_notebook_reads_back(tmp_path):
    path = write_notebook(tmp_path / "session.ipynb", "Session", SECTIONS)
    notebook = nbformat.read(path, as_version=4)
    assert [cell.source for cell in notebook.cells] == \
        [cell.source for cell in build_notebook("Session", SECTIONS).cells]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "session.ipynb"
    target.write_text("old", encoding="utf-8")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_text_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["session.ipynb"]


def test_missing_folders_and_folders_as_files_are_os_errors(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_text_atomically(tmp_path / "no" / "such" / "folder.ipynb", "x")
    with pytest.raises(IsADirectoryError):
        write_text_atomically(tmp_path, "x")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes into read-only folders")
def test_a_read_only_folder_is_an_os_error(tmp_path):
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(PermissionError):
            write_text_atomically(tmp_path / "x.py", "x")
    finally:
        tmp_path.chmod(stat.S_IRWXU)

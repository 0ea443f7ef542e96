"""The atomic writers: a failed write, whatever the writer, leaves the old file as it was."""

import os

import pytest

from tfintro_gui.core.files import (
    write_atomically,
    write_bytes_atomically,
    write_text_atomically,
)


def _names(folder) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_text_and_bytes_are_written_whole(tmp_path):
    text = write_text_atomically(tmp_path / "a.py", "x = 1\nprint('é')\n")
    assert text.read_bytes() == "x = 1\nprint('é')\n".encode()
    data = write_bytes_atomically(tmp_path / "b.bin", b"\x00\xff" * 1000)
    assert data.read_bytes() == b"\x00\xff" * 1000
    assert _names(tmp_path) == ["a.py", "b.bin"]


def test_a_full_disk_leaves_the_old_file_for_bytes_too(tmp_path, monkeypatch):
    """Issue 14 #8: a 4 KB fragment replaced the old file when the disk was full."""
    target = tmp_path / "points.csv"
    target.write_bytes(b"old")
    real_open = open

    def full_disk_after_4_kb(path, mode="r", *args, **kwargs):
        stream = real_open(path, mode, *args, **kwargs)
        if "w" in mode:
            def write(data):
                raise OSError(28, "No space left on device")
            stream.write = write
        return stream

    monkeypatch.setattr("builtins.open", full_disk_after_4_kb)
    with pytest.raises(OSError, match="No space left"):
        write_bytes_atomically(target, b"new" * 10_000)
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["points.csv"]


def test_a_path_writer_gets_a_temporary_file_with_the_same_suffix(tmp_path):
    seen = []

    def savefig(path):
        seen.append(path)
        path.write_bytes(b"\x89PNG fake")

    written = write_atomically(tmp_path / "plot.png", savefig)
    assert written == tmp_path / "plot.png"
    assert written.read_bytes() == b"\x89PNG fake"
    assert seen[0].parent == tmp_path and seen[0].suffix == ".png"
    assert seen[0] != written and not seen[0].exists()


def test_a_path_writer_that_fails_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "graph.png"
    target.write_bytes(b"old picture")

    def half_written(path):
        path.write_bytes(b"\x89PNG half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, half_written)
    assert target.read_bytes() == b"old picture"
    assert _names(tmp_path) == ["graph.png"]


def test_a_path_writer_may_replace_its_temporary_file(tmp_path):
    def replace(path):
        os.remove(path)
        path.write_text("fresh", encoding="utf-8")

    assert write_atomically(tmp_path / "x.txt", replace).read_text(encoding="utf-8") == "fresh"


def test_missing_folders_and_folders_are_os_errors_for_every_writer(tmp_path):
    for write in (lambda path: write_bytes_atomically(path, b"x"),
                  lambda path: write_atomically(path, lambda temporary: None)):
        with pytest.raises(FileNotFoundError):
            write(tmp_path / "no" / "such" / "file.bin")
        with pytest.raises(IsADirectoryError):
            write(tmp_path)
    assert _names(tmp_path) == []

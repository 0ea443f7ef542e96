"""Session files: the envelope and the workspace snapshot are checked before anything changes."""

import json
import os

import numpy as np
import pytest

from tfintro_gui.core.session import (
    FORMAT,
    describe_size,
    nesting_depth,
    parse_session,
    read_session,
    session_json,
    write_session,
)
from tfintro_gui.core.tensors import Workspace
from tfintro_gui.core.tensors.snapshot import (
    check_workspace_state,
    restore_workspace,
    workspace_state,
)

PANELS = ("devices", "tensors", "backprop", "classifier")


def test_a_session_round_trips(tmp_path):
    panels = {"backprop": {"expression": "y = w * x", "inputs": [["w", "variable"]]}}
    path = write_session(tmp_path / "s.json", panels)
    assert read_session(path, PANELS) == panels
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == FORMAT


@pytest.mark.parametrize(("text", "message"), [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "not a session of the TensorFlow Intro Lab"),
    ('{"cells": [], "nbformat": 4}', "'format' is None"),
    ('{"format": "tfintro-gui-session", "version": 99, "panels": {}}', "newer lab"),
    ('{"format": "tfintro-gui-session", "version": "1", "panels": {}}', "whole number"),
    ('{"format": "tfintro-gui-session", "version": 1}', "no 'panels'"),
    ('{"format": "tfintro-gui-session", "version": 1, "panels": {"chat": {}}}',
     "does not know: 'chat'"),
    ('{"format": "tfintro-gui-session", "version": 1, "panels": {"tensors": 3}}',
     "not a JSON object"),
])
def test_foreign_and_corrupt_documents_are_refused_in_words(text, message):
    with pytest.raises(ValueError, match=message):
        parse_session(text, PANELS)


def test_binary_and_huge_files_are_refused(tmp_path, monkeypatch):
    binary = tmp_path / "model.pkl"
    binary.write_bytes(b"\x80\x04\x95\xff\xfe")
    with pytest.raises(ValueError, match="not UTF-8"):
        read_session(binary, PANELS)
    monkeypatch.setattr("tfintro_gui.core.session.MAX_SESSION_BYTES", 3)
    with pytest.raises(ValueError, match="at most"):
        read_session(binary, PANELS)


def test_a_state_that_json_cannot_hold_is_a_type_error(tmp_path):
    with pytest.raises(TypeError, match="tensors panel's state cannot be saved"):
        write_session(tmp_path / "s.json", {"tensors": {"value": np.float32(1.0)}})
    with pytest.raises(TypeError, match="cannot be saved"):
        session_json({"tensors": {"value": float("nan")}})
    assert not (tmp_path / "s.json").exists()


@pytest.fixture(scope="module")
def workspace():
    workspace = Workspace()
    workspace.create("v", "tf.random.normal", shape=(3, 1), seed=0, variable=True)
    workspace.assign("v", "3.", index="0:2, 0")
    workspace.create("a", "tf.ones", shape=(2, 2))
    workspace.apply("sqrt", "n", "a")
    workspace.create("i", "tf.constant", literal="[[1, 2], [3, 4]]", dtype="int32")
    workspace.create("z", "np.zeros", shape=(2,))
    workspace.create("m", "tf.constant", literal="[-1.0, 4.0]")
    workspace.apply("sqrt", "r", "m")  # [nan, 2.]
    workspace.create("flags", "tf.constant", literal="[True, False]")
    workspace.create("u", "tf.random.uniform", shape=(2, 2))  # unseeded
    return workspace


def test_a_snapshot_rebuilds_every_entry_value_kind_and_dtype(workspace):
    state = json.loads(json.dumps(workspace_state(workspace)))  # through real JSON
    fresh = Workspace()
    names = restore_workspace(fresh, state)
    assert names == workspace.names()
    assert fresh.code_lines() == workspace.code_lines()
    for before, after in zip(workspace.entries(), fresh.entries(), strict=True):
        assert (after.name, after.kind, after.shape, after.dtype, after.reproducible) == \
            (before.name, before.kind, before.shape, before.dtype, before.reproducible)
        np.testing.assert_array_equal(fresh.value(after.name), workspace.value(before.name))
    assert np.isnan(fresh.value("r")[0]) and fresh.value("r")[1] == 2.0
    assert fresh.info("u").reproducible is False
    # The restored variable is a real variable: it can be assigned to.
    fresh.assign("v", "[[0.], [0.], [0.]]")
    np.testing.assert_array_equal(fresh.value("v"), np.zeros((3, 1), np.float32))


def _state(**entry):
    base = {"name": "x", "kind": "constant", "dtype": "float32", "shape": [2],
            "values": [1.0, 2.0], "reproducible": True}
    base.update(entry)
    return {"entries": [base], "code": ["x = tf.constant([1., 2.])"]}


@pytest.mark.parametrize(("state", "message"), [
    (_state(name="import"), "keyword"),
    (_state(name=3), "entry 1"),
    (_state(kind="tensor"), "kind is one of"),
    (_state(dtype="complex64"), "dtype is one of"),
    (_state(shape=[3]), r"values have shape \[2\]"),
    (_state(shape=[-2]), "sizes ≥ 0"),
    (_state(values=[[1.0], [2.0, 3.0]], shape=[2, 1]), "regular grid"),
    (_state(values=["one", 2.0]), "not a number"),
    (_state(values=[1e300, 2.0], dtype="float16"), None),  # overflows to inf: allowed
    (_state(kind="numpy scalar", shape=[2]), "shape \\[\\]"),
    (_state(shape=[1_000_001], values=[]), "too many elements"),
    (_state(reproducible="yes"), "true or false"),
    ({"entries": "x"}, "is a list"),
    ({"entries": [], "code": [1]}, "list of lines"),
    ([], "JSON object"),
])
def test_bad_snapshots_are_refused_and_change_nothing(workspace, state, message):
    before = (workspace.names(), workspace.code_lines())
    if message is None:
        check_workspace_state(state)
        return
    with pytest.raises(ValueError, match=message):
        restore_workspace(workspace, state)
    assert (workspace.names(), workspace.code_lines()) == before


def test_a_repeated_name_is_refused():
    state = _state()
    state["entries"].append(dict(state["entries"][0]))
    with pytest.raises(ValueError, match="twice"):
        check_workspace_state(state)


def test_a_deeply_nested_session_is_refused_in_words_not_a_recursion_error(tmp_path):
    """Issue 14 #6: 100 000 nested lists raised RecursionError out of json.loads."""
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ValueError, match="nested more than 100 levels"):
        read_session(deep, PANELS)
    # Below Python's own limit but above the lab's: refused by the same check.
    inner = "[" * 150 + "]" * 150
    text = ('{"format": "tfintro-gui-session", "version": 1, "panels": {"tensors": {"x": '
            f'{inner}}}}}}}')
    with pytest.raises(ValueError, match="nested more than"):
        parse_session(text, PANELS)


def test_a_session_as_deep_as_a_rank_8_tensor_is_accepted():
    value = 1.0
    for _ in range(8):
        value = [value]
    text = json.dumps({"format": FORMAT, "version": 1,
                       "panels": {"tensors": {"values": value}}})
    assert parse_session(text, PANELS)["tensors"]["values"] == value


@pytest.mark.parametrize(("document", "depth"), [
    (1, 0), ([], 1), ({"a": [1, {"b": []}]}, 4), ([[[[]]]], 4), ({"a": 1}, 1),
])
def test_nesting_depth_counts_lists_and_objects(document, depth):
    assert nesting_depth(document, 10) == depth
    assert nesting_depth([[[[[[]]]]]], 2) == 3  # stops once past the limit


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_is_refused_before_it_is_read():
    """Issue 14 #6: reading /dev/zero went on until MemoryError."""
    with pytest.raises(ValueError, match="not a regular file"):
        read_session("/dev/zero", PANELS)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_at_once_instead_of_blocking(tmp_path):
    """Issue 14 #6: opening a FIFO waited forever for a writer."""
    fifo = tmp_path / "session.json"
    os.mkfifo(fifo)
    with pytest.raises(ValueError, match="not a regular file"):
        read_session(fifo, PANELS)


def test_a_folder_is_refused_in_words(tmp_path):
    with pytest.raises((ValueError, IsADirectoryError)):
        read_session(tmp_path, PANELS)


def test_a_file_one_byte_too_big_does_not_read_as_the_same_size_as_the_limit(
        tmp_path, monkeypatch):
    """Issue 14 (minor): "The file is 210 MB; a session file is at most 210 MB"."""
    limit = 200 * 1024 * 1024
    big = tmp_path / "big.json"
    with open(big, "wb") as stream:  # sparse: no 200 MiB written
        stream.truncate(limit + 1)
    with pytest.raises(ValueError) as refused:
        read_session(big, PANELS)
    assert str(refused.value) == ("The file is 209,715,201 bytes; a session file is at most "
                                  "209,715,200 bytes.")
    with open(big, "wb") as stream:
        stream.truncate(3 * limit)
    with pytest.raises(ValueError, match="The file is 600 MiB; a session file is at most "
                                         "200 MiB"):
        read_session(big, PANELS)


@pytest.mark.parametrize(("size", "text"), [
    (0, "0 bytes"), (1023, "1023 bytes"), (1024, "1 KiB"), (1536, "1.5 KiB"),
    (200 * 1024 * 1024, "200 MiB"), (3 * 1024 ** 3 // 2, "1.5 GiB"),
])
def test_sizes_are_described_in_binary_units(size, text):
    assert describe_size(size) == text


def test_a_save_never_replaces_a_device_or_a_pipe(tmp_path):
    """Regression: as root, saving "over" a device renamed a regular file over the node
    (/dev/zero became a file)."""
    import os

    from tfintro_gui.core.files import write_text_atomically

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="device or a pipe"):
        write_text_atomically(pipe, "{}")
    assert not pipe.is_file()
    assert list(tmp_path.iterdir()) == [pipe]  # no temporary file left behind

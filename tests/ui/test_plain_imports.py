"""Python's own import function for a while, PySide6's hook back afterwards."""

import builtins
import threading

import PySide6.QtCore  # noqa: F401 (PySide6 installs its import hook)

import tfintro_gui
from tfintro_gui.ui import tensorflow_loader
from tfintro_gui.ui.plain_imports import plain_imports


def test_the_body_imports_with_pythons_own_function_and_the_hook_comes_back():
    hooked = builtins.__import__
    with plain_imports():
        during = builtins.__import__
        import json  # noqa: F401 (an import works meanwhile)
    assert during is tfintro_gui.PYTHON_IMPORT
    assert builtins.__import__ is hooked
    if hooked is not tfintro_gui.PYTHON_IMPORT:  # the lab's package came before PySide6
        assert during is not hooked


def test_overlapping_bodies_in_two_threads_bring_the_hook_back_after_the_last():
    hooked = builtins.__import__
    inside, release = threading.Event(), threading.Event()

    def worker():
        with plain_imports():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    with plain_imports():
        pass
    assert builtins.__import__ is tfintro_gui.PYTHON_IMPORT  # the worker's body still runs
    release.set()
    thread.join(10)
    assert builtins.__import__ is hooked


def test_the_worker_imports_tensorflow_and_matplotlib_without_the_hook(monkeypatch):
    seen = []
    monkeypatch.setattr(tensorflow_loader, "apply_saved_device_settings", lambda: None)

    def fake_tensorflow_import():
        seen.append(builtins.__import__ is tfintro_gui.PYTHON_IMPORT)
        raise ImportError("no TensorFlow here (simulated)")

    monkeypatch.setattr(tensorflow_loader, "import_tensorflow", fake_tensorflow_import)
    items = list(tensorflow_loader.load_tensorflow())
    assert items == [("tensorflow_failed", "no TensorFlow here (simulated)"),
                     ("plotting", None)]
    assert seen == [True]

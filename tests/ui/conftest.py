"""Fixtures for the Qt tests (pytest-qt)."""

import pytest

from tfintro_gui.app import APPLICATION, ORGANIZATION
from tfintro_gui.core.runtime import default_device, import_tensorflow
from tfintro_gui.ui.workers import running_threads


@pytest.fixture(autouse=True)
def _application_names(qapp):
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)


@pytest.fixture(autouse=True)
def _forget_the_lesson_choice(qapp):
    """A window saves whether its lesson pane was open when it closes; every test starts
    from the default (closed on the 800 px offscreen screen)."""
    from PySide6.QtCore import QSettings

    QSettings().remove("window/lesson_visible")
    yield
    QSettings().remove("window/lesson_visible")


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail any test that leaves a worker QThread running (house rule 8)."""
    yield
    left = running_threads()
    for thread in left:
        thread.quit()
        thread.wait(5000)
    assert not left, f"{len(left)} QThread(s) were still running after the test"


@pytest.fixture(scope="session")
def tensorflow_info():
    """What the TensorFlow loader reports, computed once in the test thread."""
    tf = import_tensorflow()
    return {"version": tf.__version__, "device": default_device()}

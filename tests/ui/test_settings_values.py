"""Settings read back with their type and range checked: a bad value gives the default."""

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings

from tfintro_gui.ui.i18n import saved_language
from tfintro_gui.ui.settings_values import read_bool, read_bytes, read_choice, read_float


@pytest.fixture
def settings(qapp, tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.mark.parametrize(("value", "expected"), [
    (True, True), (False, False), ("true", True), ("false", False), ("1", True), (0, False),
    ("banana", None), (["true"], None), (2, None), (QRect(0, 0, 1, 1), None),
])
def test_read_bool(settings, value, expected):
    settings.setValue("key", value)
    assert read_bool(settings, "key", None) is expected
    assert read_bool(settings, "missing", True) is True


@pytest.mark.parametrize(("value", "expected"), [
    (1.5, 1.5), ("1.25", 1.25), (2, 2.0), ("nan", 1.0), ("inf", 1.0), ("1e308", 1.0),
    (0.1, 1.0), ("big", 1.0), (["1.5"], 1.0), (True, 1.0),
])
def test_read_float_keeps_finite_numbers_in_range(settings, value, expected):
    settings.setValue("zoom", value)
    assert read_float(settings, "zoom", 1.0, 0.8, 2.0) == expected


def test_read_choice_and_read_bytes(settings):
    settings.setValue("panel", ["tensors"])
    assert read_choice(settings, "panel", ("tensors", "backprop"), "classifier") == "classifier"
    settings.setValue("panel", "backprop")
    assert read_choice(settings, "panel", ("tensors", "backprop"), "classifier") == "backprop"
    settings.setValue("geometry", ["1", "2", "3"])
    assert read_bytes(settings, "geometry") is None
    settings.setValue("geometry", QRect(0, 0, -5, -5))
    assert read_bytes(settings, "geometry") is None
    settings.setValue("geometry", QByteArray(b"\x01\xd9"))
    assert read_bytes(settings, "geometry") == QByteArray(b"\x01\xd9")


def test_a_language_saved_as_a_list_is_no_language(settings):
    """Regression: `value in LANGUAGES` raised TypeError for a list (unhashable)."""
    settings.setValue("interface/language", ["zh_CN", "en"])
    assert saved_language(settings) is None
    settings.setValue("interface/language", "zh_CN")
    assert saved_language(settings) == "zh_CN"

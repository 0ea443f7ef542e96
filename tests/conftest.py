"""Test set-up shared by tests/core and tests/ui: headless Qt, quiet TensorFlow, temp settings."""

import json
import os
import tempfile

# The offscreen platform's screen is 800×600 unless told otherwise; the tests run on the
# smallest screen the lab must fit (issue: "nothing cut at 1280×720").
TEST_SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screens = os.path.join(tempfile.mkdtemp(prefix="tfintro-gui-test-screen-"), "screens.json")
    with open(_screens, "w", encoding="utf-8") as _stream:
        json.dump({"screens": [TEST_SCREEN]}, _stream)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screens}"
# QSettings on Linux writes under XDG_CONFIG_HOME: keep the user's real settings untouched.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tfintro-gui-test-config-")
# Rendered lesson formulas are cached under XDG_CACHE_HOME: keep the user's cache untouched.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="tfintro-gui-test-cache-")

from tfintro_gui.core.runtime import configure_environment  # noqa: E402

configure_environment()

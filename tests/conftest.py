"""Test set-up shared by tests/core and tests/ui: headless Qt, quiet TensorFlow, temp settings."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings on Linux writes under XDG_CONFIG_HOME: keep the user's real settings untouched.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tfintro-gui-test-config-")
# Rendered lesson formulas are cached under XDG_CACHE_HOME: keep the user's cache untouched.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="tfintro-gui-test-cache-")

from tfintro_gui.core.runtime import configure_environment  # noqa: E402

configure_environment()

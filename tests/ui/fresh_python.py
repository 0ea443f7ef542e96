"""Run code copied from a code view in a fresh Python, as a student pastes it."""

import os
import subprocess
import sys


def run_alone(code: str, timeout: int = 600) -> str:
    """Run ``code`` with ``python -c`` (TensorFlow's log lines hidden); its standard
    output. Fails the test, showing the end of the error, if the code fails."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=timeout, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout

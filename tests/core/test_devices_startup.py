"""Device options applied at start-up, in a fresh Python (TensorFlow configures devices only
before its runtime starts, and this test process has started it)."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]

SCRIPT = """
import json
from tfintro_gui.core import device_setup, runtime
from tfintro_gui.core.devices.demos import mirrored_sum_demo

device_setup.set_device_options(preferred_device="/CPU:2", num_cpu_logical_devices=3)
tf = runtime.import_tensorflow()
result = mirrored_sum_demo(list(range(1, 10)))
print(json.dumps({
    "logical_cpus": [d.name for d in tf.config.list_logical_devices("CPU")],
    "notes": [[note.code, note.english()] for note in device_setup.startup_notes()],
    "default_device": runtime.default_device(),
    "replica_devices": [r.device for r in result.replicas],
    "partial_sums": [r.partial_sum for r in result.replicas],
    "total": result.total,
}))
"""


def test_cpu_split_at_start_feeds_a_mirrored_strategy_of_three_replicas():
    environment = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    completed = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                               env=environment, cwd=REPOSITORY, timeout=120,
                               check=True)
    found = json.loads(completed.stdout.strip().splitlines()[-1])
    assert found["logical_cpus"] == ["/device:CPU:0", "/device:CPU:1", "/device:CPU:2"]
    assert found["notes"] == [["cpu_split", "The CPU is split into 3 logical devices."]]
    assert found["default_device"] == "/CPU:2"
    assert [device.rsplit("/", 1)[-1] for device in found["replica_devices"]] == [
        "device:CPU:0", "device:CPU:1", "device:CPU:2"]
    assert found["partial_sums"] == [6.0, 15.0, 24.0]  # [1 2 3], [4 5 6], [7 8 9]
    assert found["total"] == 45.0

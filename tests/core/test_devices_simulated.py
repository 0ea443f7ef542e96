"""GPU paths on recorded ``tf.config`` answers (simulated machines), and the device options.

The recorded answers follow TensorFlow's documented outputs: ``get_device_details`` gives
``device_name`` and ``compute_capability``, ``get_memory_info`` gives ``current`` and
``peak`` in bytes, and configuring after the runtime started raises ``RuntimeError``.
"""

import json

import pytest

from tfintro_gui.core import runtime
from tfintro_gui.core.device_config import (
    PHYSICAL_DEVICES_INITIALIZED,
    VIRTUAL_DEVICES_INITIALIZED,
    DeviceEntry,
    RecordedDeviceConfig,
    TensorFlowDeviceConfig,
    record,
)
from tfintro_gui.core.devices import (
    benchmark_devices,
    choose_default_device,
    collect_device_facts,
    format_report,
    gpu_infos,
)
from tfintro_gui.core.runtime import DeviceOptions, apply_device_options, import_tensorflow

CUDA_BUILD = {"is_cuda_build": True, "is_rocm_build": False, "cuda_version": "12.5.1",
              "cudnn_version": "9"}
GPU_LAPTOP = {
    "physical": [["/physical_device:CPU:0", "CPU"], ["/physical_device:GPU:0", "GPU"]],
    "details": {"/physical_device:GPU:0": {"device_name": "NVIDIA GeForce RTX 3060",
                                           "compute_capability": (8, 6)}},
    "memory": {"GPU:0": {"current": 1_048_576, "peak": 268_435_456}},
    "build_info": CUDA_BUILD,
}
CPU_ONLY_BUILD = {
    "physical": [["/physical_device:CPU:0", "CPU"]],
    "build_info": {"is_cuda_build": False, "is_rocm_build": False},
}


@pytest.fixture(autouse=True)
def restore_device_options():
    saved = runtime.device_options()
    yield
    runtime.set_device_options(saved.preferred_device, saved.num_cpu_logical_devices,
                               saved.gpu_memory_growth)


def test_simulated_gpu_laptop_details_and_memory():
    config = RecordedDeviceConfig(GPU_LAPTOP)
    [gpu] = gpu_infos(config)
    assert gpu.device == "/GPU:0"
    assert gpu.model == "NVIDIA GeForce RTX 3060"
    assert gpu.compute_capability == (8, 6)
    assert (gpu.memory_current_bytes, gpu.memory_peak_bytes) == (1_048_576, 268_435_456)
    assert benchmark_devices(config) == ["/CPU:0", "/GPU:0"]


def test_simulated_gpu_laptop_facts_and_report():
    facts = collect_device_facts(RecordedDeviceConfig(GPU_LAPTOP), environ={})
    assert facts.num_gpus_line == "Num GPUs Available: 1"
    assert str(facts.physical_devices[1]) == (
        "PhysicalDevice(name='/physical_device:GPU:0', device_type='GPU')")  # the notebook's
    assert facts.no_gpu_reasons == ()
    assert facts.default_device == "/GPU:0"
    report = format_report(facts)
    assert "| /GPU:0 | NVIDIA GeForce RTX 3060 | 8.6 | 1.0 MiB | 256.0 MiB |" in report
    assert "Why TensorFlow lists no GPU" not in report


def test_simulated_cpu_only_build_is_explained():
    facts = collect_device_facts(RecordedDeviceConfig(CPU_ONLY_BUILD), environ={})
    assert facts.num_gpus_line == "Num GPUs Available: 0"
    assert [reason.code for reason in facts.no_gpu_reasons] == ["cpu_only_build"]
    assert facts.default_device == "/CPU:0"
    assert "tensorflow[and-cuda]" in format_report(facts)


def test_simulated_initialised_runtime_refuses_and_says_restart():
    config = RecordedDeviceConfig({**GPU_LAPTOP, "initialized": True})
    notes = apply_device_options(config, DeviceOptions(None, 3, True))
    assert len(notes) == 2
    assert VIRTUAL_DEVICES_INITIALIZED in notes[0] and "restart" in notes[0]
    assert PHYSICAL_DEVICES_INITIALIZED in notes[1] and "restart" in notes[1]
    assert len(config.list_logical_devices("CPU")) == 1  # nothing changed


def test_simulated_fresh_runtime_accepts_split_and_memory_growth():
    config = RecordedDeviceConfig(GPU_LAPTOP)
    notes = apply_device_options(config, DeviceOptions(None, 3, True))
    assert notes == ["The CPU is split into 3 logical devices.",
                     "Memory growth is on for /physical_device:GPU:0."]
    assert config.answers["memory_growth"] == {"/physical_device:GPU:0": True}
    assert [entry.short_name for entry in config.list_logical_devices()] == [
        "/CPU:0", "/CPU:1", "/CPU:2", "/GPU:0"]
    # Listing logical devices started the runtime, as in TensorFlow.
    with pytest.raises(RuntimeError, match=PHYSICAL_DEVICES_INITIALIZED):
        config.set_memory_growth("/physical_device:GPU:0", False)


def test_simulated_memory_growth_without_gpu_says_so():
    notes = apply_device_options(RecordedDeviceConfig(CPU_ONLY_BUILD),
                                 DeviceOptions(None, 1, True))
    assert notes == ["GPU memory growth is on, but TensorFlow lists no GPU."]


def test_default_options_change_nothing():
    config = RecordedDeviceConfig(GPU_LAPTOP)
    assert apply_device_options(config, DeviceOptions()) == []
    assert config.answers["memory_growth"] == {}


def test_real_runtime_refuses_a_split_once_started():
    tf = import_tensorflow()
    tf.config.list_logical_devices()  # starts the runtime, if a test has not yet
    before = tf.config.list_logical_devices("CPU")
    notes = apply_device_options(TensorFlowDeviceConfig(tf), DeviceOptions(None, 2, False))
    assert len(notes) == 1
    assert VIRTUAL_DEVICES_INITIALIZED in notes[0] and "restart the lab" in notes[0]
    assert tf.config.list_logical_devices("CPU") == before


def test_record_replays_what_tensorflow_answered():
    tf = import_tensorflow()
    answers = record(TensorFlowDeviceConfig(tf))
    json.dumps(answers)  # plain values only
    replay = RecordedDeviceConfig(json.loads(json.dumps(answers)))
    assert [str(entry) for entry in replay.list_physical_devices()] == [
        repr(device) for device in tf.config.list_physical_devices()]
    assert replay.build_info() == TensorFlowDeviceConfig(tf).build_info()
    assert replay.initialized


def test_recorded_answers_need_physical_devices():
    with pytest.raises(ValueError, match="physical"):
        RecordedDeviceConfig({})


def test_device_entry_short_names():
    assert DeviceEntry("/physical_device:GPU:0", "GPU").short_name == "/GPU:0"
    assert DeviceEntry("/device:CPU:3", "CPU").short_name == "/CPU:3"
    assert DeviceEntry("/job:localhost/replica:0/task:0/device:CPU:1", "").short_name == "/CPU:1"


def test_choose_default_device_honours_a_listed_preference():
    logical = [DeviceEntry("/device:CPU:0", "CPU"), DeviceEntry("/device:CPU:1", "CPU")]
    assert choose_default_device(logical, 0, "/CPU:1") == "/CPU:1"
    assert choose_default_device(logical, 0, "/GPU:0") == "/CPU:0"  # not listed
    assert choose_default_device(logical, 1, None) == "/GPU:0"


# -- runtime options ------------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [("/cpu:0", "/CPU:0"), ("GPU:1", "/GPU:1"),
                                            ("/device:CPU:2", "/CPU:2")])
def test_check_device_name_normalises(name, expected):
    assert runtime.check_device_name(name) == expected


def test_set_device_options_validates_and_keeps_the_old_on_error():
    runtime.set_device_options("/CPU:0", 2, True)
    for bad, error in ((dict(num_cpu_logical_devices=5), ValueError),
                       (dict(num_cpu_logical_devices=0), ValueError),
                       (dict(num_cpu_logical_devices=2.0), TypeError),
                       (dict(preferred_device="GPU0"), ValueError),
                       (dict(preferred_device=3), TypeError)):
        with pytest.raises(error):
            runtime.set_device_options(**bad)
    assert runtime.device_options() == DeviceOptions("/CPU:0", 2, True)


def test_default_device_honours_a_listed_preference():
    import_tensorflow()
    runtime.set_device_options("/CPU:0")
    assert runtime.default_device() == "/CPU:0"
    runtime.set_device_options("/GPU:5")  # not listed: the usual choice
    tf = import_tensorflow()
    usual = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
    assert runtime.default_device() == usual

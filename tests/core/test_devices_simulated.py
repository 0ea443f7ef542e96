"""GPU paths on recorded ``tf.config`` answers (simulated machines), and the device options.

The recorded answers follow TensorFlow's documented outputs: ``get_device_details`` gives
``device_name`` and ``compute_capability``, ``get_memory_info`` gives ``current`` and
``peak`` in bytes, and configuring after the runtime started raises ``RuntimeError``.
"""

import json

import pytest

from tfintro_gui.core import device_setup, runtime
from tfintro_gui.core.device_setup import DeviceOptions, SetupNote, apply_device_options
from tfintro_gui.core.devices.benchmark import MatmulBenchmark, benchmark_devices
from tfintro_gui.core.devices.config import (
    PHYSICAL_DEVICES_INITIALIZED,
    VIRTUAL_DEVICES_INITIALIZED,
    DeviceEntry,
    RecordedDeviceConfig,
    TensorFlowDeviceConfig,
    record,
)
from tfintro_gui.core.devices.facts import choose_default_device, collect_device_facts, gpu_infos
from tfintro_gui.core.devices.lab import DevicesLab
from tfintro_gui.core.devices.report import format_report
from tfintro_gui.core.devices.texts import DevicesInputError
from tfintro_gui.core.runtime import import_tensorflow

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
    saved = device_setup.device_options()
    yield
    device_setup.set_device_options(saved.preferred_device, saved.num_cpu_logical_devices,
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
    assert notes == [
        SetupNote("cpu_split_refused", {"reason": VIRTUAL_DEVICES_INITIALIZED}),
        SetupNote("memory_growth_refused", {"device": "/physical_device:GPU:0",
                                            "reason": PHYSICAL_DEVICES_INITIALIZED})]
    assert all(note.restart_needed for note in notes)
    assert notes[0].english() == (f"The CPU split was not applied "
                                  f"({VIRTUAL_DEVICES_INITIALIZED}); restart the lab.")
    assert len(config.list_logical_devices("CPU")) == 1  # nothing changed


def test_simulated_fresh_runtime_accepts_split_and_memory_growth():
    config = RecordedDeviceConfig(GPU_LAPTOP)
    notes = apply_device_options(config, DeviceOptions(None, 3, True))
    assert [note.english() for note in notes] == [
        "The CPU is split into 3 logical devices.",
        "Memory growth is on for /physical_device:GPU:0."]
    assert not any(note.restart_needed for note in notes)
    assert config.memory_growth == {"/physical_device:GPU:0": True}
    assert [entry.short_name for entry in config.list_logical_devices()] == [
        "/CPU:0", "/CPU:1", "/CPU:2", "/GPU:0"]
    # Listing logical devices started the runtime, as in TensorFlow.
    with pytest.raises(RuntimeError, match=PHYSICAL_DEVICES_INITIALIZED):
        config.set_memory_growth("/physical_device:GPU:0", False)


def test_simulated_memory_growth_without_gpu_says_so():
    notes = apply_device_options(RecordedDeviceConfig(CPU_ONLY_BUILD),
                                 DeviceOptions(None, 1, True))
    assert notes == [SetupNote("memory_growth_without_gpu")]
    assert notes[0].english() == "GPU memory growth is on, but TensorFlow lists no GPU."


def test_default_options_change_nothing():
    config = RecordedDeviceConfig(GPU_LAPTOP)
    assert apply_device_options(config, DeviceOptions()) == []
    assert config.memory_growth == {}


def test_real_runtime_refuses_a_split_once_started():
    tf = import_tensorflow()
    tf.config.list_logical_devices()  # starts the runtime, if a test has not yet
    before = tf.config.list_logical_devices("CPU")
    notes = apply_device_options(TensorFlowDeviceConfig(tf), DeviceOptions(None, 2, False))
    assert [note.code for note in notes] == ["cpu_split_refused"]
    assert VIRTUAL_DEVICES_INITIALIZED in notes[0].values["reason"]
    assert "restart the lab" in notes[0].english()
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
    assert device_setup.check_device_name(name) == expected


def test_set_device_options_validates_and_keeps_the_old_on_error():
    device_setup.set_device_options("/CPU:0", 2, True)
    for bad, error in ((dict(num_cpu_logical_devices=5), ValueError),
                       (dict(num_cpu_logical_devices=0), ValueError),
                       (dict(num_cpu_logical_devices=2.0), TypeError),
                       (dict(preferred_device="GPU0"), ValueError),
                       (dict(preferred_device=3), TypeError)):
        with pytest.raises(error):
            device_setup.set_device_options(**bad)
    assert device_setup.device_options() == DeviceOptions("/CPU:0", 2, True)


def test_default_device_honours_a_listed_preference():
    import_tensorflow()
    device_setup.set_device_options("/CPU:0")
    assert runtime.default_device() == "/CPU:0"
    device_setup.set_device_options("/GPU:5")  # not listed: the usual choice
    tf = import_tensorflow()
    usual = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
    assert runtime.default_device() == usual


def test_a_long_device_name_is_quoted_as_an_excerpt():
    with pytest.raises(ValueError) as caught:
        device_setup.check_device_name("/GPU:" + "9x" * 200)
    assert str(caught.value).startswith("'/GPU:9x9x")
    assert len(str(caught.value)) < 160


# -- the model on a simulated GPU laptop -----------------------------------------------------
def test_lab_on_a_gpu_laptop_times_cpu_and_gpu_and_reports_them():
    lab = DevicesLab(RecordedDeviceConfig(GPU_LAPTOP))
    assert lab.facts is None and lab.report() == "" and lab.notebook_cells() == []
    facts = lab.refresh()
    assert facts.num_gpus == 1
    assert lab.benchmark_devices() == ("/CPU:0", "/GPU:0")
    benchmark = lab.benchmark("256 128", repeats=2, include_numpy=False)
    assert (benchmark.sizes, benchmark.targets) == ((128, 256), ("/CPU:0", "/GPU:0"))
    assert "| /GPU:0 | NVIDIA GeForce RTX 3060 |" in lab.report()


def test_a_benchmark_refuses_a_device_tensorflow_does_not_list():
    benchmark = MatmulBenchmark((128,), devices=["/CPU:0", "/GPU:0"])
    benchmark.check_devices_listed(["/CPU:0", "/GPU:0", "/CPU:1"])  # accepted
    with pytest.raises(DevicesInputError) as caught:
        benchmark.check_devices_listed(["/CPU:1", "/CPU:0"])
    assert (caught.value.code, caught.value.explanation.values) == (
        "device_not_listed", {"device": "/GPU:0", "listed": "/CPU:0, /CPU:1"})


def test_lab_apply_now_on_a_started_runtime_says_restart():
    lab = DevicesLab(RecordedDeviceConfig({**GPU_LAPTOP, "initialized": True}))
    notes = lab.apply_now(DeviceOptions(None, 2, False))
    assert [note.code for note in notes] == ["cpu_split_refused"]
    assert notes[0].restart_needed

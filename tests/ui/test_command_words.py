"""``--report`` and ``--self-test`` in the chosen language: the device report's words and
the self-test's messages, worded through the installed translator (issue 13, item 1)."""

import dataclasses
import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from tests.ui.language_check import chinese_characters, english_words
from tfintro_gui.core.device_setup import DeviceOptions, SetupNote
from tfintro_gui.core.devices import texts as core_texts
from tfintro_gui.core.devices.config import RecordedDeviceConfig
from tfintro_gui.core.devices.demos import PlacementResult, mirrored_sum_demo
from tfintro_gui.core.devices.facts import collect_device_facts
from tfintro_gui.core.devices.matmul import MatmulTiming
from tfintro_gui.core.devices.report import format_report
from tfintro_gui.core.devices.texts import Explanation
from tfintro_gui.ui import i18n
from tfintro_gui.ui.devices import report_words
from tfintro_gui.ui.devices.report_words import TranslatedReportWords
from tfintro_gui.ui.self_test_words import add_messages

CPU_ONLY_BUILD = {"physical": [["/physical_device:CPU:0", "CPU"]],
                  "build_info": {"is_cuda_build": False, "is_rocm_build": False}}
GPU_LAPTOP = {
    "physical": [["/physical_device:CPU:0", "CPU"], ["/physical_device:GPU:0", "GPU"]],
    "details": {"/physical_device:GPU:0": {"device_name": "NVIDIA GeForce RTX 3060",
                                           "compute_capability": (8, 6)}},
    "memory": {"GPU:0": {"current": 1_048_576, "peak": 268_435_456}},
    "build_info": {"is_cuda_build": True, "is_rocm_build": False, "cuda_version": "12.5.1",
                   "cudnn_version": "9"},
}
_CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture
def chinese(qapp):
    assert i18n.install_language("zh_CN")
    yield
    i18n.install_language("en")


def _reports(words=None, environ=None) -> list[str]:
    """The report of a laptop without CUDA and of a GPU laptop, with every section."""
    placement = PlacementResult(
        "/GPU:0", "/job:localhost/replica:0/task:0/device:CPU:0", np.eye(2, dtype=np.float32),
        'with tf.device("/GPU:0"):\n    y = tf.matmul(x, x)',
        Explanation("soft_placement", {"requested": "/GPU:0", "device": "/CPU:0"}))
    timings = [MatmulTiming("/CPU:0", 128, (0.001, 0.002, 0.003)),
               MatmulTiming("NumPy", 128, (0.004,))]
    reports = []
    for recorded in (CPU_ONLY_BUILD, GPU_LAPTOP):
        facts = collect_device_facts(RecordedDeviceConfig(recorded),
                                     environ=environ or {"CUDA_VISIBLE_DEVICES": "-1"})
        facts = dataclasses.replace(
            facts, collected_at="2025-01-01T00:00:00+00:00",
            options=DeviceOptions("/CPU:0", 2, True),
            startup_notes=(SetupNote("cpu_split", {"count": 2}),))
        extra = {} if words is None else {"words": words}
        reports.append(format_report(facts, timings, placement, mirrored_sum_demo([1, 2, 3]),
                                     extra_versions={"qt": "6.x"}, **extra))
    return reports


def test_the_ui_lists_the_cores_report_templates():
    assert report_words.REPORT_TEXTS == core_texts.REPORT_TEXTS


def test_every_report_template_has_its_own_chinese(chinese):
    same = [text for text in core_texts.REPORT_TEXTS.values()
            if QCoreApplication.translate(report_words.CONTEXT, text) == text]
    assert same == []


def test_the_english_report_is_the_cores_english(qapp, tensorflow_info):
    """`--report` in English prints what it printed before it could speak Chinese."""
    i18n.install_language("en")
    assert _reports(TranslatedReportWords()) == _reports()
    assert _reports()[0].startswith("# TensorFlow Intro Lab — device report\n")


def test_the_chinese_report_words_headings_and_explanations(chinese, tensorflow_info):
    for report in _reports(TranslatedReportWords()):
        assert report.startswith("# TensorFlow 入门实验 — 设备报告\n")
        for heading in ("## 版本", "## 设备", "## 设备设置", "### 检测到的情况",
                        "## 矩阵乘法基准测试（float32，多次重复的中位数）", "## 放置",
                        "## MirroredStrategy"):
            assert f"\n{heading}\n" in report, heading
        assert "| 库 | 版本 |" in report and "| 种类 | 名称 | 类型 |" in report
        assert "| 物理 | /physical_device:CPU:0 | CPU |" in report
        assert "| /CPU:0 | 128 | 0.002000 | 2.1 | 80% | 3 | 1 |" in report  # numbers as they are
        assert "- 首选设备：/CPU:0" in report and "- GPU 显存按需增长：开" in report
        assert "- 启动时：CPU 已拆分成 2 个逻辑设备。" in report
        assert "TensorFlow 没有列出 /GPU:0" in report  # the placement note
        assert "`Num GPUs Available: " in report  # the notebook's own line
        assert "归约后的总和（ReduceOp.SUM）：6" in report
        worded = [line for line in report.splitlines() if line.startswith(("#", "- "))
                  and "pip list" not in line]  # a shell command in a heading: code
        assert [(line, english_words(line)) for line in worded if english_words(line)] == []
    without_gpu, with_gpu = _reports(TranslatedReportWords())
    assert "\n## 为什么 TensorFlow 没有列出 GPU\n" in without_gpu
    reason = next(line for line in without_gpu.splitlines() if line.startswith("1. "))
    assert "**怎么办**：" in reason and 'pip install "tensorflow[and-cuda]"' in reason
    assert "为什么 TensorFlow 没有列出 GPU" not in with_gpu
    assert "| /GPU:0 | NVIDIA GeForce RTX 3060 | 8.6 | 1.0 MiB | 256.0 MiB |" in with_gpu


# -- self-test -----------------------------------------------------------------------------
def _self_test_report(ok: bool = True) -> dict:
    return {
        "ok": ok, "versions": {"tensorflow": "2.21.0"},
        "panels": {
            "devices": {"ok": True, "num_gpus": 0, "no_gpu_reasons": ["no_driver"],
                        "matmul": {"/CPU:0": {"size": 256, "ok": True}},
                        "no_gpu_details": [{"code": "no_driver", "values": {
                            "library": "libcuda.so.1",
                            "error": "libcuda.so.1: cannot open shared object file"}}]},
            "tensors": {"ok": ok, "checks": {"create": True, "assign": ok}},
            "backprop": {"ok": True},
            "classifier": {"ok": True, "final_loss": 0.04, "accuracy": 0.99,
                           "steps_per_s": 900.0, "device": "/CPU:0"},
            "window": {"ok": True, "pyside6": "6.11.3"},
        },
    }


def test_self_test_messages_in_english(qapp):
    i18n.install_language("en")
    report = add_messages(_self_test_report(), "en")
    assert report["language"] == "en"
    assert report["message"] == "Every check passed: this computer is ready for the lab."
    panels = report["panels"]
    assert panels["devices"]["message"] == (
        "TensorFlow lists 0 GPU(s); a float32 matrix product matches NumPy on /CPU:0.")
    assert panels["classifier"]["message"] == (
        "The classifier learned: final loss 0.04, accuracy 0.99; it trains at 900.0 steps "
        "per second on /CPU:0.")
    [explanation] = panels["devices"]["no_gpu_explanations"]
    assert explanation["code"] == "no_driver"
    assert explanation["detected"].startswith("The NVIDIA driver library (libcuda.so.1)")
    assert panels["devices"]["no_gpu_reasons"] == ["no_driver"]  # the data stays as it was
    assert all(not chinese_characters(panel["message"]) for panel in panels.values())


def test_self_test_messages_in_chinese(chinese):
    report = add_messages(_self_test_report(ok=False), "zh_CN")
    assert report["ok"] is False and report["panels"]["tensors"]["checks"]["assign"] is False
    assert report["message"] == ("5 项检查中有 1 项未通过：tensors。每一部分的 message "
                                 "说明了出了什么问题。")
    assert report["panels"]["tensors"]["message"] == "以下步骤得到的值与 TensorFlow 不同：assign。"
    for name, panel in report["panels"].items():
        assert _CJK.search(panel["message"]), name
        assert not english_words(panel["message"]), (name, panel["message"])
    [explanation] = report["panels"]["devices"]["no_gpu_explanations"]
    assert explanation["detected"].startswith("无法加载 NVIDIA 驱动库（libcuda.so.1）")
    assert "cannot open shared object file" in explanation["detected"]  # the loader's own


def test_a_failed_check_quotes_its_error_and_tensorflow_missing_is_said(chinese):
    report = {"ok": False, "versions": {}, "panels": {},
              "error": "No module named 'tensorflow'"}
    assert add_messages(report, "zh_CN")["message"] == (
        "无法导入 TensorFlow，因此没有做任何检查：No module named 'tensorflow'")
    report = add_messages({"ok": False, "versions": {}, "panels": {"backprop": {
        "ok": False, "error": "RuntimeError: boom"}}}, "zh_CN")
    assert report["panels"]["backprop"]["message"] == "检查因错误而停止：RuntimeError: boom"

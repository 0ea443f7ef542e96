"""Packaging for lab laptops, checked without building anything.

The PyInstaller spec runs against stand-ins for PyInstaller's build steps, so its inputs
(script, resources, hidden imports, exclusions) are checked in a second; the full build is
``make package-test``.
"""

import configparser
import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import types
from pathlib import Path

import pytest

from tfintro_gui import __version__
from tfintro_gui.core import runtime
from tfintro_gui.resources import (
    ICON_PNG_SIZES,
    ICON_SVG,
    icon_png_path,
    resource_path,
    resources_dir,
)

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "tfintro_gui.spec"
DESKTOP_FILE = ROOT / "packaging" / "tfintro-gui.desktop"


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


class _Recorded:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE: keeps its arguments."""

    calls: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.scripts = [("pyi_rth_mplconfig", "", "PYSOURCE"), ("launch", "", "PYSOURCE")]
        self.pure = []
        self.binaries = [("tensorflow/libtensorflow_cc.so.2", "", "BINARY"),
                         ("tensorflow/compiler/tf2xla/ops/_xla_ops.so", "", "BINARY")]
        self.datas = [("matplotlib/mpl-data/matplotlibrc", "", "DATA"),
                      ("matplotlib/mpl-data/sample_data/goog.npz", "", "DATA")]
        _Recorded.calls.append((type(self).__name__, self))


@pytest.fixture
def spec_run(monkeypatch):
    """Execute the spec with PyInstaller's build steps and hook helpers replaced."""
    collected = []

    def collect_submodules(package, filter=None):
        collected.append(package)
        names = [package, f"{package}.__main__", f"{package}.ui.classifier_panel"]
        return [name for name in names if filter is None or filter(name)]

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = collect_submodules
    hooks.copy_metadata = lambda name: [(f"/site-packages/{name}.dist-info", name)]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "path", list(sys.path))
    steps = {name: type(name, (_Recorded,), {})
             for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    _Recorded.calls = []
    namespace = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC), **steps}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    calls = {}
    for kind, call in _Recorded.calls:
        calls.setdefault(kind, []).append(call)
    return types.SimpleNamespace(calls=calls, namespace=namespace, collected=collected)


def test_spec_bundles_the_launcher_and_every_resource_file(spec_run):
    analysis = spec_run.calls["Analysis"][0]
    script = Path(analysis.args[0][0])
    assert script == ROOT / "packaging" / "launch.py" and script.is_file()
    bundled = {(Path(source), destination) for source, destination in analysis.kwargs["datas"]}
    expected = {
        (path, str(path.parent.relative_to(ROOT)))
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "screenshots" not in path.parts and path.suffix != ".ts"
    }
    assert expected <= bundled
    assert (ROOT / "resources" / "icons" / "tfintro-gui.svg", "resources/icons") in bundled
    assert not any("screenshots" in source.parts or source.suffix == ".ts"
                   for source, _ in bundled)


def test_spec_collects_lazy_imports_and_keeps_autograph_source(spec_run):
    analysis = spec_run.calls["Analysis"][0]
    hidden = analysis.kwargs["hiddenimports"]
    # Panels are imported by name; Keras' modules are reached through lazy loaders.
    assert "tfintro_gui" in spec_run.collected
    assert "tfintro_gui.ui.classifier_panel" in hidden
    assert "tfintro_gui.__main__" not in hidden
    for module in ("keras.src.optimizers", "keras._tf_keras.keras", "ml_dtypes"):
        assert module in hidden
    assert analysis.kwargs["module_collection_mode"] == {"tfintro_gui": "pyz+py"}
    assert {"pytest", "PyQt5", "tkinter"} <= set(analysis.kwargs["excludes"])
    # The one-file Matplotlib run-time hook is dropped from the bundle's start-up.
    assert [name for name, *_ in analysis.scripts] == ["launch"]


def test_spec_drops_files_nothing_loads(spec_run):
    analysis = spec_run.calls["Analysis"][0]
    assert [name for name, *_ in analysis.binaries] == ["tensorflow/libtensorflow_cc.so.2"]
    assert [name for name, *_ in analysis.datas] == ["matplotlib/mpl-data/matplotlibrc"]
    assert {"grpc", "PySide6.QtNetwork"} <= set(analysis.kwargs["excludes"])
    assert "h5py" not in analysis.kwargs["excludes"]  # .keras export writes HDF5


def test_spec_names_the_bundle_after_the_command(spec_run):
    collect = spec_run.calls["COLLECT"][0]
    executable = spec_run.calls["EXE"][0]
    assert collect.kwargs["name"] == executable.kwargs["name"] == "tfintro-gui"
    assert spec_run.namespace["__version__"] == __version__
    assert Path(executable.kwargs["icon"]).is_file()


def test_desktop_file_is_valid():
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        result = subprocess.run([validator, str(DESKTOP_FILE)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Exec"] and entry["Icon"]
    assert entry["Categories"].endswith(";")
    # Exec is the command of pyproject.toml's gui-script and of the bundle.
    assert entry["Exec"].split()[0] == "tfintro-gui"
    assert entry["Icon"] == Path(ICON_SVG).stem
    assert entry["StartupWMClass"] == "tfintro-gui"


def test_install_desktop_writes_only_under_the_data_folder(tmp_path):
    data_home = tmp_path / "share"
    executable = tmp_path / "lab folder" / "tfintro-gui"
    result = subprocess.run(
        ["sh", str(ROOT / "packaging" / "install-desktop.sh"), str(executable)],
        capture_output=True, text=True, env={**os.environ, "XDG_DATA_HOME": str(data_home)})
    assert result.returncode == 0, result.stderr
    installed = data_home / "applications" / "tfintro-gui.desktop"
    assert f'Exec="{executable}"' in installed.read_text(encoding="utf-8").splitlines()
    assert (data_home / "icons/hicolor/scalable/apps/tfintro-gui.svg").is_file()
    assert _png_size(data_home / "icons/hicolor/48x48/apps/tfintro-gui.png") == (48, 48)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["share"]


def test_resources_helper_finds_the_checkout_folder():
    assert resources_dir() == ROOT / "resources"
    assert resource_path(ICON_SVG).read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in ICON_PNG_SIZES:
        assert _png_size(icon_png_path(size)) == (size, size)
    with pytest.raises(ValueError, match="not 40"):
        icon_png_path(40)


def test_resources_helper_prefers_the_frozen_bundle(tmp_path, monkeypatch):
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_application_icon_has_every_size(qapp):
    from tfintro_gui.app import application_icon

    sizes = {(size.width(), size.height()) for size in application_icon().availableSizes()}
    assert {(size, size) for size in ICON_PNG_SIZES} <= sizes


def test_keras_writes_its_config_into_the_lab_config_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("KERAS_HOME", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    runtime.configure_environment()
    assert os.environ["KERAS_HOME"] == str(tmp_path / "tfintro-gui" / "keras")
    monkeypatch.setenv("KERAS_HOME", "/elsewhere")
    runtime.configure_environment()
    assert os.environ["KERAS_HOME"] == "/elsewhere"


def test_missing_avx_is_named_before_tensorflow_could_crash():
    assert runtime.missing_cpu_features("processor: 0\nflags\t\t: fpu sse sse2 sse4_2\n") == [
        "AVX"]
    assert runtime.missing_cpu_features("flags\t: fpu sse2 avx avx2\n") == []
    assert runtime.missing_cpu_features("nothing known here\n") == []


def test_packaged_lab_asks_for_a_reinstall_not_pip(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    fix = runtime._tensorflow_fix()
    assert "release archive" in fix and "pip" not in fix


def test_broken_tensorflow_gives_a_message_not_a_traceback(tmp_path):
    fake = tmp_path / "fake" / "tensorflow"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        'raise ImportError("libtensorflow_framework.so.2: cannot open shared object file")\n')
    environment = {**os.environ, "PYTHONPATH": str(fake.parent), "QT_QPA_PLATFORM": "offscreen",
                   "XDG_CONFIG_HOME": str(tmp_path / "config")}
    for options in (["--self-test"], ["--report"]):
        result = subprocess.run([sys.executable, "-m", "tfintro_gui", *options], cwd=tmp_path,
                                capture_output=True, text=True, timeout=120, env=environment)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr + result.stdout
        message = (json.loads(result.stdout)["error"] if options == ["--self-test"]
                   else result.stderr)
        assert "cannot open shared object file" in message
        assert "pip install --force-reinstall tensorflow" in message


def test_build_requirements_use_the_cpu_tensorflow_on_linux():
    spec = importlib.util.spec_from_file_location("requirements",
                                                  ROOT / "packaging" / "requirements.py")
    requirements = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(requirements)
    project = {"dependencies": ["tensorflow>=2.16", "numpy>=1.26"],
               "optional-dependencies": {"package": ["pyinstaller>=6.11"],
                                         "gpu": ["tensorflow[and-cuda]>=2.16"]}}
    assert requirements.build_requirements(project, "tensorflow-cpu") == [
        "tensorflow-cpu>=2.16", "numpy>=1.26", "pyinstaller>=6.11"]
    assert requirements.cpu_tensorflow_name("Linux", "x86_64") == "tensorflow-cpu"
    assert requirements.cpu_tensorflow_name("Darwin", "arm64") == "tensorflow"
    assert requirements.cpu_tensorflow_name("Windows", "AMD64") == "tensorflow"

"""Export the trained classifier to other runtimes and check that each copy agrees.

Chollet (Deep Learning with Python, ch. 3) lists exporting to other runtimes among what
TensorFlow adds over NumPy. :func:`export_model` saves the model three ways, loads each
copy back in its own runtime and compares its predictions with the live model's:

- ``.keras``: Keras's own file (``model.save``), loaded with ``keras.models.load_model``;
- SavedModel: ``model.export`` (TensorFlow Serving, TF.js and TF Lite converters read it),
  loaded with ``tf.saved_model.load`` and called through its ``serve`` signature;
- TensorFlow Lite: ``tf.lite.TFLiteConverter`` from the SavedModel, run with the TF Lite
  interpreter (LiteRT's, from ``ai_edge_litert``, when installed).

The hand-written model ``X @ W + b`` is exported as the Keras model with the same
weights, ``Sequential([Dense(1)])``: the same function.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import lazy_loader

from tfintro_gui.core.classifier.keras_model import build_model, import_keras
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.runtime import import_tensorflow
from tfintro_gui.core.tracing import collector_paused

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

EXPORT_FORMATS = ("keras", "saved_model", "tflite")


@dataclass(frozen=True)
class ExportResult:
    """One saved copy of the model and how well it agrees with the live model.

    Attributes:
        format: ``"keras"``, ``"saved_model"`` or ``"tflite"``.
        path: the file or directory written.
        max_abs_difference: the largest ``|copy(x) − live(x)|`` over the given inputs, in
            logits.
        size_bytes: bytes on disk.
        seconds: time to save, load and predict, in seconds.
        load_code: the Python lines that load the copy and predict.
    """

    format: str
    path: str
    max_abs_difference: float
    size_bytes: int
    seconds: float
    load_code: str


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


def _tflite_interpreter(path: Path):
    """The interpreter of LiteRT (``ai_edge_litert``) where installed, else ``tf.lite``'s.

    Both run without the default XNNPACK delegate: it prints "INFO: Created TensorFlow
    Lite XNNPACK delegate" into the terminal at every load, and a dense layer of two
    inputs gains nothing from it.
    """
    try:
        from ai_edge_litert.interpreter import Interpreter, OpResolverType
    except ImportError:
        tf = import_tensorflow()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*tf.lite.Interpreter is deprecated")
            return tf.lite.Interpreter(
                model_path=str(path), experimental_op_resolver_type=(
                    tf.lite.experimental.OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES))
    return Interpreter(model_path=str(path), experimental_op_resolver_type=(
        OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES))


def run_tflite(path: str | Path, inputs: np.ndarray) -> np.ndarray:
    """Predict with a ``.tflite`` file in the TF Lite interpreter.

    Args:
        path: the ``.tflite`` file.
        inputs: `(num_samples, 2)` float32.

    Returns:
        `(num_samples, 1)` float32 logits.
    """
    interpreter = _tflite_interpreter(Path(path))
    input_index = interpreter.get_input_details()[0]["index"]
    interpreter.resize_tensor_input(input_index, list(inputs.shape))
    interpreter.allocate_tensors()
    interpreter.set_tensor(input_index, np.ascontiguousarray(inputs, dtype=np.float32))
    interpreter.invoke()
    return interpreter.get_tensor(interpreter.get_output_details()[0]["index"]).copy()


def export_model(weights, model_spec: ModelSpec, inputs: np.ndarray, live_logits: np.ndarray,
                 directory: str | Path, formats=EXPORT_FORMATS,
                 name: str = "classifier") -> Iterator[ExportResult]:
    """Save the model in each format, load it back and compare predictions.

    Args:
        weights: the trained weights, arrays of ``model_spec.weight_shapes``.
        model_spec: the architecture.
        inputs: `(num_samples, 2)` float32 points to predict on (the current data).
        live_logits: `(num_samples, 1)` the live model's logits on ``inputs``.
        directory: an existing directory; files ``name.keras``, ``name_saved_model/`` and
            ``name.tflite`` are written (replaced) in it.
        formats: which of :data:`EXPORT_FORMATS`, in order; TF Lite needs the SavedModel
            and writes it if it is not asked for.
        name: the base name of the files.

    Yields:
        An :class:`ExportResult` per format, as each is done.

    Raises:
        ValueError: an unknown format, a missing directory or mismatched shapes.
        OSError: a file cannot be written.
    """
    formats = tuple(formats)
    unknown = set(formats) - set(EXPORT_FORMATS)
    if unknown:
        raise ValueError(f"Unknown export format(s) {sorted(unknown)}; choose from "
                         f"{', '.join(EXPORT_FORMATS)}.")
    directory = Path(directory)
    if not directory.is_dir():
        raise ValueError(f"{directory} is not a directory; choose an existing folder.")
    inputs = np.asarray(inputs, dtype=np.float32)
    live_logits = np.asarray(live_logits, dtype=np.float32)
    if inputs.ndim != 2 or inputs.shape[1] != 2 or live_logits.shape != (len(inputs), 1):
        raise ValueError(f"Expected inputs (n, 2) and live logits (n, 1), got {inputs.shape} "
                         f"and {live_logits.shape}.")
    tf = import_tensorflow()
    keras = import_keras()
    model = build_model(model_spec, weights)
    saved_model_dir = directory / f"{name}_saved_model"
    saved_model_written = False

    def result(format_name: str, path: Path, predictions, started: float, code: str):
        difference = float(np.max(np.abs(np.asarray(predictions) - live_logits)))
        return ExportResult(format_name, str(path), difference, _size(path),
                            time.perf_counter() - started, code)

    for format_name in formats:
        started = time.perf_counter()
        # Saving traces the model's functions, in a worker thread: see core.tracing.
        with collector_paused():
            if format_name == "keras":
                path = directory / f"{name}.keras"
                model.save(path)
                loaded = keras.models.load_model(path)
                predictions = loaded(inputs)
                code = (f'model = keras.models.load_model("{path.name}")\n'
                        "logits = model(inputs)")
            elif format_name == "saved_model":
                path = saved_model_dir
                model.export(str(saved_model_dir), verbose=False)
                saved_model_written = True
                loaded = tf.saved_model.load(str(saved_model_dir))  # owns serve's variables
                predictions = loaded.serve(inputs)
                code = (f'loaded = tf.saved_model.load("{saved_model_dir.name}")\n'
                        "logits = loaded.serve(inputs)")
            else:
                if not saved_model_written:
                    model.export(str(saved_model_dir), verbose=False)
                    saved_model_written = True
                path = directory / f"{name}.tflite"
                converter = tf.lite.TFLiteConverter.from_saved_model(str(saved_model_dir))
                path.write_bytes(converter.convert())
                predictions = run_tflite(path, inputs)
                code = (f'interpreter = tf.lite.Interpreter(model_path="{path.name}")\n'
                        "index = interpreter.get_input_details()[0]['index']\n"
                        "interpreter.resize_tensor_input(index, inputs.shape)\n"
                        "interpreter.allocate_tensors()\n"
                        "interpreter.set_tensor(index, inputs)\n"
                        "interpreter.invoke()\n"
                        "logits = interpreter.get_tensor("
                        "interpreter.get_output_details()[0]['index'])")
        yield result(format_name, path, predictions, started, code)

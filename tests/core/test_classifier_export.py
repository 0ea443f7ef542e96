"""Export to other runtimes: each saved copy, loaded back, predicts what the live model does."""

import os
import subprocess
import sys

import numpy as np
import pytest

from tfintro_gui.core.classifier.data import make_two_gaussians
from tfintro_gui.core.classifier.export import EXPORT_FORMATS, export_model, run_tflite
from tfintro_gui.core.classifier.keras_training import KerasClassifierTrainer, import_keras
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.presets import make_preset
from tfintro_gui.core.classifier.training import LinearClassifierTrainer, initial_parameters
from tfintro_gui.core.runtime import import_tensorflow

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning",
                                        "ignore::UserWarning")


def test_hand_written_model_round_trips_through_all_three_runtimes(tmp_path):
    data = make_two_gaussians(300, seed=0)
    W0, b0 = initial_parameters(seed=0)
    trainer = LinearClassifierTrainer(data.inputs, data.targets, W=W0, b=b0)
    list(trainer.run(50, steps_per_call=50))
    live = trainer.predict_logits(data.inputs)
    np.testing.assert_allclose(live, data.inputs @ trainer.W.numpy() + trainer.b.numpy(),
                               rtol=1e-6, atol=1e-6)
    results = list(export_model(trainer.get_weights(), ModelSpec(), data.inputs, live,
                                tmp_path))
    assert [r.format for r in results] == list(EXPORT_FORMATS)
    for result in results:
        assert result.max_abs_difference < 1e-5, result
        assert result.size_bytes > 0 and result.seconds > 0
    assert (tmp_path / "classifier.keras").is_file()
    assert (tmp_path / "classifier_saved_model" / "saved_model.pb").is_file()
    assert (tmp_path / "classifier.tflite").read_bytes()[4:8] == b"TFL3"


def test_each_copy_is_loaded_by_its_own_runtime(tmp_path):
    tf = import_tensorflow()
    keras = import_keras()
    data = make_preset("moons", 100, seed=1)
    spec = ModelSpec(hidden_units=6, activation="relu")
    trainer = KerasClassifierTrainer(data.inputs, data.targets, model_spec=spec,
                                     weights=spec.initial_weights(seed=2))
    list(trainer.run(20, steps_per_call=20))
    live = trainer.predict_logits(data.inputs)
    np.testing.assert_allclose(live, spec.logits(trainer.get_weights(), data.inputs),
                               atol=1e-5)
    results = {r.format: r for r in export_model(trainer.get_weights(), spec, data.inputs, live,
                                                 tmp_path, name="moons")}
    assert all(r.max_abs_difference < 1e-5 for r in results.values())
    # Loaded again here, the way the load_code says, each copy gives the same logits.
    keras_copy = keras.models.load_model(tmp_path / "moons.keras")
    np.testing.assert_allclose(keras_copy(data.inputs), live, atol=1e-5)
    assert [w.shape for w in keras_copy.get_weights()] == [(2, 6), (6,), (6, 1), (1,)]
    served = tf.saved_model.load(str(tmp_path / "moons_saved_model"))
    np.testing.assert_allclose(served.serve(data.inputs).numpy(), live, atol=1e-5)
    np.testing.assert_allclose(run_tflite(tmp_path / "moons.tflite", data.inputs[:7]),
                               live[:7], atol=1e-5)
    assert "load_model" in results["keras"].load_code
    assert "Interpreter" in results["tflite"].load_code


def test_a_wrong_reference_shows_as_a_difference(tmp_path):
    data = make_two_gaussians(20, seed=0)
    weights = ModelSpec().initial_weights(seed=0)
    live = ModelSpec().logits(weights, data.inputs) + 0.5  # not what the model computes
    (result,) = export_model(weights, ModelSpec(), data.inputs, live, tmp_path,
                             formats=["keras"])
    assert result.max_abs_difference == pytest.approx(0.5, abs=1e-5)


def test_tflite_alone_writes_its_own_saved_model(tmp_path):
    data = make_two_gaussians(20, seed=0)
    weights = ModelSpec().initial_weights(seed=0)
    live = ModelSpec().logits(weights, data.inputs)
    (result,) = export_model(weights, ModelSpec(), data.inputs, live, tmp_path,
                             formats=["tflite"])
    assert result.format == "tflite" and result.max_abs_difference < 1e-5


def test_the_tflite_interpreter_prints_nothing_into_the_terminal(tmp_path):
    """Regression: "INFO: Created TensorFlow Lite XNNPACK delegate for CPU." at every export,
    written by the C++ library to file descriptor 2 (once per process: a fresh one)."""
    data = make_two_gaussians(20, seed=0)
    weights = ModelSpec().initial_weights(seed=0)
    list(export_model(weights, ModelSpec(), data.inputs,
                      ModelSpec().logits(weights, data.inputs), tmp_path, formats=["tflite"]))
    np.save(tmp_path / "inputs.npy", data.inputs)
    script = ("import numpy as np\n"
              "from tfintro_gui.core.classifier.export import run_tflite\n"
              f"logits = run_tflite({str(tmp_path / 'classifier.tflite')!r}, "
              f"np.load({str(tmp_path / 'inputs.npy')!r}))\n"
              f"np.save({str(tmp_path / 'logits.npy')!r}, logits)\n")
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                               timeout=120, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert completed.returncode == 0, completed.stderr[-2000:]
    np.testing.assert_allclose(np.load(tmp_path / "logits.npy"),
                               ModelSpec().logits(weights, data.inputs), rtol=1e-5, atol=1e-6)
    assert "XNNPACK" not in completed.stderr


@pytest.mark.parametrize("kwargs, message", [
    ({"formats": ["onnx"]}, "Unknown export format"),
    ({"directory": "/nonexistent/folder"}, "not a directory"),
    ({"live_logits": np.zeros((3, 1))}, "Expected inputs"),
])
def test_bad_export_requests_are_refused(tmp_path, kwargs, message):
    data = make_two_gaussians(10, seed=0)
    arguments = {"weights": ModelSpec().initial_weights(seed=0), "model_spec": ModelSpec(),
                 "inputs": data.inputs, "live_logits": np.zeros((20, 1)),
                 "directory": tmp_path, **kwargs}
    with pytest.raises(ValueError, match=message):
        list(export_model(**arguments))

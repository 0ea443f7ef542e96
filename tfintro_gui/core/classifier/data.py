"""The classifier's data: the notebook's two Gaussian classes, and a train/test split.

Defaults from Chollet, Deep Learning with Python (2nd ed.), ch. 3, "A linear classifier in
pure TensorFlow": 1000 points per class, means ``[0, 3]`` and ``[3, 0]``, shared covariance
``[[1, 0.5], [0.5, 1]]``.
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.classifier.errors import ClassifierInputError, field_name

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

DEFAULT_NUM_SAMPLES_PER_CLASS = 1000
MAX_NUM_SAMPLES_PER_CLASS = 100_000
DEFAULT_MEAN_0 = (0.0, 3.0)
DEFAULT_MEAN_1 = (3.0, 0.0)
DEFAULT_COVARIANCE = ((1.0, 0.5), (0.5, 1.0))
#: The largest coordinate a point may have. Points are float32 (max ≈ 3.4e38), but
#: products in training (``X @ W``, squared errors) and the plots' margins must stay finite
#: too; data far beyond this range are better scaled first (e.g. divided by 1000).
MAX_ABS_COORDINATE = 1e6
#: The largest entry of a covariance matrix: a spread of at most ``MAX_ABS_COORDINATE``.
MAX_ABS_COVARIANCE = MAX_ABS_COORDINATE**2
#: The longest text read as a mean or covariance (longer text is a mistake, not a matrix).
MAX_TEXT_LENGTH = 1000
#: The data sources that draw the notebook's two Gaussian classes, and with which random
#: generator: NumPy's ``default_rng(seed)`` (the lab's default), or the legacy global
#: ``np.random`` as a notebook run after ``np.random.seed(seed)`` draws them.
GAUSSIAN_GENERATORS = {"gaussians": "default_rng", "gaussians_np_random": "np.random"}


@dataclass(frozen=True)
class TwoGaussians:
    """A generated data set.

    Attributes:
        inputs: `(2 * num_samples_per_class, 2)` float32, class 0 first, then class 1.
        targets: `(2 * num_samples_per_class, 1)` float32, zeros then ones.
        mean_0, mean_1: the class means, `(2,)` float64.
        covariance: the shared covariance, `(2, 2)` float64.
        seed: the seed used, or None.
    """

    inputs: np.ndarray
    targets: np.ndarray
    mean_0: np.ndarray
    mean_1: np.ndarray
    covariance: np.ndarray
    seed: int | None

    @property
    def num_samples_per_class(self) -> int:
        return self.inputs.shape[0] // 2


#: What a covariance looks like, for messages (the notebook's).
COVARIANCE_EXAMPLE = "[[1, 0.5], [0.5, 1]]"


def shortened(value, limit: int = 40) -> str:
    """``repr(value)`` cut to about ``limit`` characters, for error messages."""
    try:
        text = repr(value)
    except ValueError:  # an integer of more digits than Python converts to text
        return "…"
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _literal(text: str, field: str, example: str):
    if len(text) > MAX_TEXT_LENGTH:
        raise ClassifierInputError("data.text_too_long", field=field_name(field),
                                   length=len(text), maximum=MAX_TEXT_LENGTH, example=example)
    if not text.strip():
        raise ClassifierInputError("data.empty", field=field_name(field), example=example)
    try:
        return ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise ClassifierInputError("data.not_literal", field=field_name(field),
                                   text=shortened(text), example=example) from None


def _as_float_array(value, shape: tuple[int, ...], field: str, example: str,
                    limit: float) -> np.ndarray:
    name = field_name(field)
    try:
        array = np.array(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ClassifierInputError("data.not_numbers", field=name, value=shortened(value),
                                   example=example) from None
    except OverflowError:  # an integer of hundreds of digits
        raise ClassifierInputError("data.number_too_long", field=name, value=shortened(value),
                                   limit=limit, example=example) from None
    if array.shape != shape:
        raise ClassifierInputError("data.wrong_shape", field=name, shape=str(array.shape),
                                   expected=str(shape), example=example)
    if not np.all(np.isfinite(array)):
        raise ClassifierInputError("data.not_finite", field=name, value=shortened(value))
    largest = float(np.max(np.abs(array)))
    if largest > limit:
        raise ClassifierInputError("data.too_large", field=name, largest=largest, limit=limit,
                                   example=example)
    return array


def check_points(points: np.ndarray, field: str = "points") -> np.ndarray:
    """Return ``points`` as float32 after checking every coordinate is a usable number.

    Args:
        points: `(n, 2)` coordinates.
        field: how the points are named in the message, a field code of
            :data:`~.messages.FIELDS` without its ``field.`` prefix (``"points"``: "The
            points").

    Returns:
        `(n, 2)` float32.

    Raises:
        ClassifierInputError: a coordinate that is not finite in float32 or beyond
            ±:data:`MAX_ABS_COORDINATE`.
    """
    array = np.asarray(points, dtype=np.float64)
    with np.errstate(over="ignore"):
        as_float32 = array.astype(np.float32)
    if not np.all(np.isfinite(as_float32)):
        raise ClassifierInputError("data.points_not_finite", field=field_name(field))
    largest = float(np.max(np.abs(as_float32), initial=0.0))
    if largest > MAX_ABS_COORDINATE:
        raise ClassifierInputError("data.points_too_large", field=field_name(field),
                                   largest=largest, limit=MAX_ABS_COORDINATE)
    return as_float32


def parse_mean(value, field: str = "mean") -> np.ndarray:
    """Read a class mean from text (``"[0, 3]"``) or a sequence.

    Args:
        value: a string holding a Python literal, or a sequence of two numbers.
        field: the field's code in messages: ``"mean"``, ``"mean_0"`` or ``"mean_1"``.

    Returns:
        `(2,)` float64.

    Raises:
        ClassifierInputError: not two finite numbers between ±:data:`MAX_ABS_COORDINATE`.
    """
    if isinstance(value, str):
        value = _literal(value, field, "[0, 3]")
    return _as_float_array(value, (2,), field, "[0, 3]", MAX_ABS_COORDINATE)


def parse_covariance(value) -> np.ndarray:
    """Read a covariance matrix and check it is symmetric positive semi-definite.

    Args:
        value: a string holding a Python literal (``"[[1, 0.5], [0.5, 1]]"``) or nested
            sequences.

    Returns:
        `(2, 2)` float64.

    Raises:
        ClassifierInputError: not a 2×2 matrix of finite numbers within
            ±:data:`MAX_ABS_COVARIANCE`, not symmetric, or with a negative eigenvalue (then
            no Gaussian has it as covariance).
    """
    if isinstance(value, str):
        value = _literal(value, "covariance", COVARIANCE_EXAMPLE)
    matrix = _as_float_array(value, (2, 2), "covariance", COVARIANCE_EXAMPLE,
                             MAX_ABS_COVARIANCE)
    if not np.allclose(matrix, matrix.T, rtol=0, atol=1e-12):
        raise ClassifierInputError("data.covariance_not_symmetric", upper=float(matrix[0, 1]),
                                   lower=float(matrix[1, 0]))
    smallest = float(np.linalg.eigvalsh(matrix)[0])
    if smallest < -1e-12:
        raise ClassifierInputError(
            "data.covariance_negative", eigenvalue=smallest,
            bound=math.sqrt(max(matrix[0, 0] * matrix[1, 1], 0.0)))
    return matrix


def _check_num_samples(num_samples_per_class) -> int:
    if isinstance(num_samples_per_class, bool) or not isinstance(
        num_samples_per_class, (int, np.integer)
    ):
        raise TypeError(
            f"Points per class must be an integer, got {num_samples_per_class!r}."
        )
    if not 1 <= num_samples_per_class <= MAX_NUM_SAMPLES_PER_CLASS:
        raise ValueError(
            f"Points per class must be between 1 and {MAX_NUM_SAMPLES_PER_CLASS:,}, "
            f"got {num_samples_per_class}."
        )
    return int(num_samples_per_class)


def make_two_gaussians(
    num_samples_per_class: int = DEFAULT_NUM_SAMPLES_PER_CLASS,
    mean_0=DEFAULT_MEAN_0,
    mean_1=DEFAULT_MEAN_1,
    covariance=DEFAULT_COVARIANCE,
    seed: int | None = None,
    generator: str = "default_rng",
) -> TwoGaussians:
    """Draw the notebook's two classes of 2-D points.

    The same recipe as the notebook: ``multivariate_normal`` per class, ``vstack``, targets
    of zeros then ones. Draws with ``numpy.random.default_rng(seed)``, or with
    ``generator="np.random"`` exactly as the notebook's ``np.random.multivariate_normal``
    calls do after ``np.random.seed(seed)`` (a ``RandomState(seed)`` of its own, so the
    global generator is left alone).

    Args:
        num_samples_per_class: points in each class, 1 to 100 000.
        mean_0: class 0 mean, text or two numbers. Default ``[0, 3]``.
        mean_1: class 1 mean. Default ``[3, 0]``.
        covariance: shared covariance, symmetric positive semi-definite 2×2.
        seed: integer seed for reproducible draws, or None for fresh randomness.
        generator: ``"default_rng"`` or ``"np.random"`` (see above).

    Returns:
        A :class:`TwoGaussians` with float32 `inputs` `(2n, 2)` and `targets` `(2n, 1)`.

    Raises:
        ClassifierInputError: a bad mean or covariance (see :func:`parse_mean`,
            :func:`parse_covariance`), or drawn points beyond ±:data:`MAX_ABS_COORDINATE`.
        ValueError: a count or seed out of range (the controls cannot make one).
        TypeError: the count is not an integer.
    """
    count = _check_num_samples(num_samples_per_class)
    mean_0 = parse_mean(mean_0, "mean_0")
    mean_1 = parse_mean(mean_1, "mean_1")
    covariance = parse_covariance(covariance)
    if seed is not None and (not isinstance(seed, (int, np.integer)) or seed < 0):
        raise ValueError(f"Seed must be a non-negative integer or None, got {seed!r}.")
    if generator not in GAUSSIAN_GENERATORS.values():
        raise ValueError(f"generator must be 'default_rng' or 'np.random', got {generator!r}.")
    rng = (np.random.default_rng(seed) if generator == "default_rng"
           else np.random.RandomState(seed))
    negative = rng.multivariate_normal(mean=mean_0, cov=covariance, size=count)
    positive = rng.multivariate_normal(mean=mean_1, cov=covariance, size=count)
    inputs = check_points(np.vstack((negative, positive)), "points_drawn")
    targets = np.vstack(
        (np.zeros((count, 1), dtype=np.float32), np.ones((count, 1), dtype=np.float32))
    )
    return TwoGaussians(inputs, targets, mean_0, mean_1, covariance, seed)


def gaussians_code(count: int, mean_0, mean_1, covariance, seed: int,
                   generator: str = "default_rng") -> list[str]:
    """NumPy lines that draw what :func:`make_two_gaussians` draws, into ``points``.

    Args:
        count: points per class.
        mean_0, mean_1: the class means, two floats each.
        covariance: the shared 2×2 covariance.
        seed: the seed.
        generator: ``"default_rng"`` or ``"np.random"`` (the notebook's own calls, after
            ``np.random.seed``).

    Returns:
        Lines of Python; they need ``import numpy as np``.
    """
    sampler = "rng" if generator == "default_rng" else "np.random"
    start = ([f"rng = np.random.default_rng({seed})"] if generator == "default_rng" else
             [f"np.random.seed({seed})  # then the notebook's own cell draws these points"])
    return [
        f"# Two Gaussian classes, {count} points each (the notebook's data), seed {seed}",
        *start,
        f"covariance = {[[float(v) for v in row] for row in covariance]}",
        f"negative = {sampler}.multivariate_normal(mean={[float(v) for v in mean_0]}, "
        f"cov=covariance, size={count})",
        f"positive = {sampler}.multivariate_normal(mean={[float(v) for v in mean_1]}, "
        f"cov=covariance, size={count})",
        "points = np.vstack((negative, positive)).astype(np.float32)",
    ]


@dataclass(frozen=True)
class Dataset:
    """Labelled 2-D points from a preset or a file.

    Attributes:
        inputs: `(num_samples, 2)` float32.
        targets: `(num_samples, 1)` float32 of 0/1.
        name: where the points come from, e.g. ``"moons"`` or a file name.
        seed: the seed used, or None.
    """

    inputs: np.ndarray
    targets: np.ndarray
    name: str
    seed: int | None = None


MAX_TEST_FRACTION = 0.9


def split_train_test(num_samples: int, test_fraction: float, seed: int | None = None
                     ) -> np.ndarray:
    """Choose which samples are held out as a test set.

    Args:
        num_samples: size of the data set.
        test_fraction: share of samples held out, 0 (no test set) to 0.9; rounded to a
            whole number of samples, at least one left for training.
        seed: seed of the random choice, or None.

    Returns:
        `(num_samples,)` bool, True for test samples.

    Raises:
        ValueError: a fraction outside [0, 0.9] or not a number.
    """
    try:
        fraction = float(test_fraction)
    except (TypeError, ValueError):
        raise ValueError(f"The test fraction must be a number, got {test_fraction!r}.") from None
    if not 0.0 <= fraction <= MAX_TEST_FRACTION:
        raise ValueError(f"The test fraction must be between 0 and {MAX_TEST_FRACTION:g}, "
                         f"got {test_fraction!r}.")
    num_test = min(int(round(fraction * num_samples)), num_samples - 1)
    mask = np.zeros(num_samples, dtype=bool)
    if num_test > 0:
        mask[np.random.default_rng(seed).choice(num_samples, num_test, replace=False)] = True
    return mask

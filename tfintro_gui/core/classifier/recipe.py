"""How the classifier's points were made: a generator's settings plus the edits since.

A :class:`DataRecipe` rebuilds the exact points, labels and train/test split the panel
holds, from a few numbers: the data set's settings and seed, then the edits in order (a
new split, a point added by a click, a point removed). Session files keep the recipe
instead of the points, and the notebook export writes it out as NumPy code that a fresh
kernel runs to get the same arrays. Only imported points are stored one by one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import lazy_loader

from tfintro_gui.core.classifier.data import (
    DEFAULT_COVARIANCE,
    DEFAULT_MEAN_0,
    DEFAULT_MEAN_1,
    GAUSSIAN_GENERATORS,
    MAX_ABS_COORDINATE,
    MAX_NUM_SAMPLES_PER_CLASS,
    MAX_TEST_FRACTION,
    check_points,
    gaussians_code,
    make_two_gaussians,
    parse_covariance,
    parse_mean,
    shortened,
    split_train_test,
)
from tfintro_gui.core.classifier.data_files import MAX_ROWS
from tfintro_gui.core.classifier.errors import ClassifierInputError, field_name
from tfintro_gui.core.classifier.presets import DEFAULT_NOISE, MAX_NOISE, PRESETS, make_preset

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

SOURCES = (*GAUSSIAN_GENERATORS, *PRESETS, "points")
#: Edits a recipe keeps at most (each is one click or one change of the test share).
MAX_EDITS = 100_000
MAX_SEED = 2**31 - 1


def _number(value) -> str:
    """A float32 value written so that ``np.float32(text)`` gives it back exactly."""
    return np.format_float_positional(np.float32(value), unique=True, trim="-")


def array_code(array: np.ndarray) -> str:
    """A float32 array as nested Python lists whose numbers give back its exact values."""
    array = np.asarray(array, np.float32)
    if array.ndim == 1:
        return "[" + ", ".join(_number(v) for v in array) + "]"
    return "[" + ", ".join(array_code(row) for row in array) + "]"


def _check_seed(seed, field: str = "seed") -> int:
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) \
            or not 0 <= seed <= MAX_SEED:
        raise ClassifierInputError("recipe.seed", field=field_name(field), maximum=MAX_SEED,
                                   value=shortened(seed))
    return int(seed)


def _check_fraction(fraction) -> float:
    if isinstance(fraction, bool) or not isinstance(fraction, (int, float)) \
            or not math.isfinite(fraction) or not 0 <= fraction <= MAX_TEST_FRACTION:
        raise ClassifierInputError("recipe.test_share", maximum=MAX_TEST_FRACTION,
                                   value=shortened(fraction))
    return float(fraction)


def _check_finite_number(value, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating)) \
            or not math.isfinite(value):
        raise ClassifierInputError("recipe.not_finite", field=field_name(field),
                                   value=str(value)[:40])
    return float(value)


def _check_coordinate(value, field: str) -> float:
    value = _check_finite_number(value, field)
    if abs(value) > MAX_ABS_COORDINATE:
        raise ClassifierInputError("recipe.coordinate", field=field_name(field),
                                   limit=MAX_ABS_COORDINATE, value=value)
    return float(np.float32(value))


def _is_index(index) -> bool:
    return not isinstance(index, bool) and isinstance(index, int) and index >= 0


def _check_insert(edit) -> tuple:
    _, index, x, y, label, is_test = edit
    if not _is_index(index):
        raise ClassifierInputError("recipe.insert_index", index=shortened(index))
    if label not in (0, 1) or isinstance(label, bool):
        raise ClassifierInputError("recipe.insert_label", label=shortened(label))
    if not isinstance(is_test, bool):
        raise ClassifierInputError("recipe.insert_is_test", value=shortened(is_test))
    return ("insert", index, _check_coordinate(x, "point_x"), _check_coordinate(y, "point_y"),
            float(label), is_test)


def check_edit(edit) -> tuple:
    """Return ``edit`` as a tuple after checking its form.

    An edit is ``("split", test_fraction, seed)``, ``("insert", index, x, y, label,
    is_test)`` or ``("delete", index)``; lists (as JSON gives them) are accepted.

    Raises:
        ClassifierInputError: an unknown edit or a bad field; the explanation names it.
    """
    if not isinstance(edit, (list, tuple)) or not edit or not isinstance(edit[0], str):
        raise ClassifierInputError("recipe.edit_not_list", edit=shortened(edit))
    kind = edit[0]
    if kind == "split" and len(edit) == 3:
        return ("split", _check_fraction(edit[1]), _check_seed(edit[2], "split_seed"))
    if kind == "insert" and len(edit) == 6:
        return _check_insert(edit)
    if kind == "delete" and len(edit) == 2:
        if not _is_index(edit[1]):
            raise ClassifierInputError("recipe.delete_index", index=shortened(edit[1]))
        return ("delete", edit[1])
    raise ClassifierInputError("recipe.unknown_edit", edit=shortened(edit))


@dataclass(frozen=True)
class DataRecipe:
    """The settings that draw the points, and the edits made since, in order.

    Attributes:
        source: ``"gaussians"`` (the notebook's; ``"gaussians_np_random"`` drawn with
            ``np.random`` after ``np.random.seed``), a preset of
            :data:`~tfintro_gui.core.classifier.presets.PRESETS`, or ``"points"``
            (imported, kept one by one).
        num_samples_per_class: points per class drawn by a generator.
        seed: the generator's seed, 0 to 2³¹ − 1 (a "random" draw picks one, so that the
            data can be drawn again).
        mean_0, mean_1: class means of ``"gaussians"``, two floats each.
        covariance: the shared covariance of ``"gaussians"``, 2×2.
        noise: the presets' noise, 0 to 2.
        points: `(n, 2)` float32 for ``"points"``, else None.
        labels: `(n, 1)` float32 of 0/1 for ``"points"``, else None.
        name: where imported points came from (a file name), for messages.
        edits: ``("split", fraction, seed)``, ``("insert", index, x, y, label, is_test)`` or
            ``("delete", index)`` tuples; the first split makes the train/test mask.
    """

    source: str = "gaussians"
    num_samples_per_class: int = 1000
    seed: int = 0
    mean_0: tuple[float, float] = DEFAULT_MEAN_0
    mean_1: tuple[float, float] = DEFAULT_MEAN_1
    covariance: tuple[tuple[float, float], tuple[float, float]] = DEFAULT_COVARIANCE
    noise: float = DEFAULT_NOISE
    points: np.ndarray | None = field(default=None, compare=False)
    labels: np.ndarray | None = field(default=None, compare=False)
    name: str = ""
    edits: tuple[tuple, ...] = ()

    def with_edit(self, *edit) -> DataRecipe:
        """A copy with one more edit (see :func:`check_edit`)."""
        if len(self.edits) >= MAX_EDITS:
            raise ClassifierInputError("recipe.too_many_edits", maximum=MAX_EDITS)
        return DataRecipe(**{**self.__dict__, "edits": (*self.edits, check_edit(edit))})

    @property
    def edited(self) -> bool:
        """True when points were added or removed after drawing or importing."""
        return any(edit[0] != "split" for edit in self.edits)

    # -- building -------------------------------------------------------------------------
    def base(self) -> tuple[np.ndarray, np.ndarray]:
        """The points and labels before any edit: `(n, 2)` and `(n, 1)` float32."""
        if self.source in GAUSSIAN_GENERATORS:
            drawn = make_two_gaussians(self.num_samples_per_class, self.mean_0, self.mean_1,
                                       self.covariance, seed=self.seed,
                                       generator=GAUSSIAN_GENERATORS[self.source])
            return drawn.inputs, drawn.targets
        if self.source == "points":
            return (np.array(self.points, np.float32).reshape(-1, 2),
                    np.array(self.labels, np.float32).reshape(-1, 1))
        drawn = make_preset(self.source, self.num_samples_per_class, self.noise, seed=self.seed)
        return drawn.inputs, drawn.targets

    def build(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The points, labels and test mask after every edit.

        Returns:
            ``(points (n, 2) float32, labels (n, 1) float32, is_test (n,) bool)``.

        Raises:
            ClassifierInputError: an edit's index is out of range, or the edits leave no
                training point.
        """
        points, labels = self.base()
        is_test = np.zeros(len(points), dtype=bool)
        for number, edit in enumerate(self.edits, start=1):
            if edit[0] == "split":
                is_test = split_train_test(len(points), edit[1], seed=edit[2])
            elif edit[0] == "insert":
                index = edit[1]
                if index > len(points):
                    raise ClassifierInputError("recipe.insert_beyond", number=number,
                                               index=index, count=len(points))
                points = np.insert(points, index, np.float32(edit[2:4]), axis=0)
                labels = np.insert(labels, index, [edit[4]], axis=0)
                is_test = np.insert(is_test, index, edit[5])
            else:
                index = edit[1]
                if index >= len(points):
                    raise ClassifierInputError("recipe.delete_beyond", number=number,
                                               index=index, count=len(points))
                points = np.delete(points, index, axis=0)
                labels = np.delete(labels, index, axis=0)
                is_test = np.delete(is_test, index)
        if int((~is_test).sum()) < 1:
            raise ClassifierInputError("recipe.no_training_point")
        return points, labels, is_test

    # -- notebook code --------------------------------------------------------------------
    def code(self) -> str:
        """NumPy code that makes ``points``, ``labels`` and ``is_test`` as :meth:`build`
        does, then the training set ``inputs``, ``targets``.

        Needs ``import numpy as np``.
        """
        lines = []
        count = self.num_samples_per_class
        if self.source in GAUSSIAN_GENERATORS:
            lines += gaussians_code(count, self.mean_0, self.mean_1, self.covariance,
                                    self.seed, GAUSSIAN_GENERATORS[self.source])
        elif self.source == "points":
            lines += [f"# The {len(self.points)} points read from {self.name or 'a file'}",
                      f"points = np.array({array_code(self.points)}, dtype=np.float32)",
                      f"labels = np.array({array_code(self.labels)}, dtype=np.float32)"]
        else:
            lines += [f"# The {self.source} data set, {count} points per class, noise "
                      f"{self.noise:g}, seed {self.seed}",
                      f"rng = np.random.default_rng({self.seed})",
                      *_PRESET_CODE[self.source].format(count=count).splitlines(),
                      "points = np.vstack((negative, positive))"]
            if self.noise > 0:
                lines.append(f"points = points + rng.normal(0.0, {float(self.noise)!r}, "
                             "points.shape)")
            lines.append("points = points.astype(np.float32)")
        if self.source != "points":
            lines.append(f"labels = np.repeat(np.array([[0.0], [1.0]], np.float32), {count}, "
                         "axis=0)")
        lines.append("is_test = np.zeros(len(points), dtype=bool)")
        for edit in self.edits:
            lines += edit_code(edit)
        lines += ["inputs, targets = points[~is_test], labels[~is_test]  # the training set",
                  "print(len(inputs), 'training points,', int(is_test.sum()), 'test points')"]
        return "\n".join(lines)

    # -- session files --------------------------------------------------------------------
    def to_state(self) -> dict:
        """The recipe as JSON types (for a session file)."""
        state = {"source": self.source, "num_samples_per_class": self.num_samples_per_class,
                 "seed": self.seed, "mean_0": [float(v) for v in self.mean_0],
                 "mean_1": [float(v) for v in self.mean_1],
                 "covariance": [[float(v) for v in row] for row in self.covariance],
                 "noise": float(self.noise), "name": self.name,
                 "edits": [list(edit) for edit in self.edits]}
        if self.source == "points":
            state["points"] = np.asarray(self.points, np.float32).tolist()
            state["labels"] = np.asarray(self.labels, np.float32).ravel().tolist()
        return state


def edit_code(edit: tuple) -> list[str]:
    """The lines of NumPy code that apply one checked edit to ``points``, ``labels`` and
    ``is_test``."""
    if edit[0] == "split":
        _, fraction, seed = edit
        if fraction == 0:
            return ["is_test = np.zeros(len(points), dtype=bool)  # no test set"]
        return [f"# Hold out {fraction:.0%} of the points as a test set (seed {seed})",
                "is_test = np.zeros(len(points), dtype=bool)",
                f"num_test = min(int(round({fraction!r} * len(points))), len(points) - 1)",
                f"is_test[np.random.default_rng({seed}).choice(len(points), num_test, "
                "replace=False)] = True"]
    if edit[0] == "insert":
        _, index, x, y, label, is_test = edit
        return [f"# A click added a class {int(label)} point",
                f"points = np.insert(points, {index}, np.float32([{_number(x)}, {_number(y)}]),"
                " axis=0)",
                f"labels = np.insert(labels, {index}, [{label!r}], axis=0)",
                f"is_test = np.insert(is_test, {index}, {edit[5]})"]
    index = edit[1]
    return ["# A right click removed a point",
            f"points = np.delete(points, {index}, axis=0)",
            f"labels = np.delete(labels, {index}, axis=0)",
            f"is_test = np.delete(is_test, {index})"]


#: NumPy code of each preset's shapes (as in :mod:`~tfintro_gui.core.classifier.presets`),
#: drawing ``negative`` and ``positive`` with ``rng``.
_PRESET_CODE = {
    "xor": (
        "# Class 0 where x·y > 0, class 1 where x·y < 0\n"
        "magnitude = rng.uniform(0.2, 2.0, ({count}, 2))\n"
        "sign = rng.choice((-1.0, 1.0), {count})\n"
        "negative = magnitude * np.column_stack((sign, sign))\n"
        "magnitude = rng.uniform(0.2, 2.0, ({count}, 2))\n"
        "sign = rng.choice((-1.0, 1.0), {count})\n"
        "positive = magnitude * np.column_stack((sign, -sign))"),
    "circles": (
        "# Class 0 on a circle of radius 1, class 1 on one of radius 2.5\n"
        "angle = rng.uniform(0.0, 2 * np.pi, {count})\n"
        "negative = 1.0 * np.column_stack((np.cos(angle), np.sin(angle)))\n"
        "angle = rng.uniform(0.0, 2 * np.pi, {count})\n"
        "positive = 2.5 * np.column_stack((np.cos(angle), np.sin(angle)))"),
    "moons": (
        "# Two interleaved half circles (scikit-learn's make_moons shape)\n"
        "upper = rng.uniform(0.0, np.pi, {count})\n"
        "lower = rng.uniform(0.0, np.pi, {count})\n"
        "negative = np.column_stack((np.cos(upper), np.sin(upper)))\n"
        "positive = np.column_stack((1.0 - np.cos(lower), 0.5 - np.sin(lower)))"),
    "spirals": (
        "# Two arms of a spiral, one and a half turns each\n"
        "turn = np.sqrt(rng.uniform(0.0, 1.0, {count}))\n"
        "angle = 0.3 + 3 * np.pi * turn\n"
        "radius = 3.0 * angle / (3 * np.pi)\n"
        "negative = radius[:, None] * np.column_stack((np.cos(angle), np.sin(angle)))\n"
        "turn = np.sqrt(rng.uniform(0.0, 1.0, {count}))\n"
        "angle = 0.3 + 3 * np.pi * turn\n"
        "radius = 3.0 * angle / (3 * np.pi)\n"
        "positive = radius[:, None] * np.column_stack((np.cos(angle + np.pi), "
        "np.sin(angle + np.pi)))"),
}


def _points_from_state(state: dict) -> tuple[np.ndarray, np.ndarray]:
    """The imported points and labels a session's recipe keeps, checked."""
    try:
        points = np.array(state.get("points"), dtype=np.float64)
        labels = np.array(state.get("labels"), dtype=np.float32)
    except (TypeError, ValueError, OverflowError):
        raise ClassifierInputError("recipe.points_not_numbers") from None
    if points.ndim != 2 or points.shape[1] != 2 or not 1 <= len(points) <= MAX_ROWS:
        raise ClassifierInputError("recipe.points_shape", maximum=MAX_ROWS,
                                   shape=str(points.shape))
    if labels.shape != (len(points),) or not np.all((labels == 0) | (labels == 1)):
        raise ClassifierInputError("recipe.labels", count=len(points))
    return check_points(points, "session_points"), labels.reshape(-1, 1)


def recipe_from_state(state) -> DataRecipe:
    """The :class:`DataRecipe` a session file describes, checked field by field.

    Raises:
        ClassifierInputError: a missing or bad field; the explanation names it and what is
            expected.
    """
    if not isinstance(state, dict):
        raise ClassifierInputError("recipe.not_object", type=type(state).__name__)
    source = state.get("source")
    if source not in SOURCES:
        raise ClassifierInputError("recipe.unknown_source", source=shortened(source),
                                   choices=", ".join(SOURCES))
    count = state.get("num_samples_per_class", 1000)
    if isinstance(count, bool) or not isinstance(count, int) \
            or not 1 <= count <= MAX_NUM_SAMPLES_PER_CLASS:
        raise ClassifierInputError("recipe.count", maximum=MAX_NUM_SAMPLES_PER_CLASS,
                                   value=shortened(count))
    seed = _check_seed(state.get("seed", 0))
    mean_0 = tuple(parse_mean(state.get("mean_0", DEFAULT_MEAN_0), "mean_0").tolist())
    mean_1 = tuple(parse_mean(state.get("mean_1", DEFAULT_MEAN_1), "mean_1").tolist())
    covariance = tuple(tuple(row) for row in
                       parse_covariance(state.get("covariance", DEFAULT_COVARIANCE)).tolist())
    noise = _check_finite_number(state.get("noise", DEFAULT_NOISE), "noise")
    if not 0 <= noise <= MAX_NOISE:
        raise ClassifierInputError("recipe.noise", maximum=MAX_NOISE, value=noise)
    name = state.get("name", "")
    if not isinstance(name, str):
        raise ClassifierInputError("recipe.name", value=shortened(name))
    points, labels = _points_from_state(state) if source == "points" else (None, None)
    edits = state.get("edits", [])
    if not isinstance(edits, list) or len(edits) > MAX_EDITS:
        raise ClassifierInputError("recipe.edits", maximum=MAX_EDITS)
    return DataRecipe(source, count, seed, mean_0, mean_1, covariance, noise, points, labels,
                      name, tuple(check_edit(edit) for edit in edits))

"""The Classifier lab's points: drawn or imported, split, edited by clicks, and the rules.

:class:`LabData` holds the points, their labels, the train/test mask and the
:class:`~tfintro_gui.core.classifier.recipe.DataRecipe` that rebuilds them. Every change
goes through it, so the rules live in one place: the split follows the seed, a point must
lie within ±:data:`~tfintro_gui.core.classifier.data.MAX_ABS_COORDINATE`, a removal must
leave two training points, and a right click removes only a point near it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import lazy_loader

from tfintro_gui.core.classifier.data import (
    GAUSSIAN_GENERATORS,
    MAX_ABS_COORDINATE,
    Dataset,
    parse_covariance,
    parse_mean,
    split_train_test,
)
from tfintro_gui.core.classifier.errors import ClassifierInputError
from tfintro_gui.core.classifier.events import Notice
from tfintro_gui.core.classifier.losses import decision_threshold
from tfintro_gui.core.classifier.model import ModelSpec
from tfintro_gui.core.classifier.recipe import MAX_SEED, DataRecipe
from tfintro_gui.core.classifier.settings import DataSettings

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: A model needs at least this many training points; removing more is refused.
MIN_TRAINING_POINTS = 2


@dataclass(frozen=True)
class PointPick:
    """Which point a right click removes: ``index``, or None with the ``notice`` why not."""

    index: int | None
    notice: Notice | None = None


def _seed(settings: DataSettings) -> int:
    """The settings' seed, or one drawn now for 'random' (so that the data can be drawn
    again by a notebook or a session)."""
    if settings.seed >= 0:
        return settings.seed
    return int(np.random.default_rng().integers(MAX_SEED))


def _recipe(settings: DataSettings) -> DataRecipe:
    recipe = DataRecipe(settings.data_set, settings.num_samples_per_class, _seed(settings),
                        noise=settings.noise)
    if settings.data_set not in GAUSSIAN_GENERATORS:
        return recipe
    return dataclasses.replace(
        recipe,
        mean_0=tuple(parse_mean(settings.mean_0, "mean_0").tolist()),
        mean_1=tuple(parse_mean(settings.mean_1, "mean_1").tolist()),
        covariance=tuple(map(tuple, parse_covariance(settings.covariance).tolist())))


class LabData:
    """The lab's labelled points and which of them are held out for testing.

    Before :meth:`draw`, :meth:`load` or :meth:`restore` there are no points
    (:attr:`has_points` is False).
    """

    def __init__(self):
        self._dataset: Dataset | None = None
        self._test_mask: np.ndarray | None = None  # None: no points yet (and no NumPy)
        self._recipe: DataRecipe | None = None

    # -- reading ----------------------------------------------------------------------------
    @property
    def has_points(self) -> bool:
        """True once data were drawn, imported or restored."""
        return self._dataset is not None

    @property
    def inputs(self) -> np.ndarray:
        """`(n, 2)` float32: every point, training and test."""
        return self._dataset.inputs

    @property
    def targets(self) -> np.ndarray:
        """`(n, 1)` float32 of 0/1: each point's class."""
        return self._dataset.targets

    @property
    def test_mask(self) -> np.ndarray:
        """`(n,)` bool: True for the points held out as the test set."""
        return np.zeros(0, dtype=bool) if self._test_mask is None else self._test_mask

    @property
    def name(self) -> str:
        """Where the points come from: ``"two Gaussians"``, a preset or a file name."""
        return self._dataset.name

    @property
    def recipe(self) -> DataRecipe:
        """How the points were made, with every edit since."""
        return self._recipe

    @property
    def num_training_points(self) -> int:
        """Points not held out."""
        return int((~self.test_mask).sum())

    def train_test_arrays(self):
        """``(inputs, targets, test_inputs, test_targets)``; the test pair is ``(None,
        None)`` without a test set."""
        inputs, targets, test = self.inputs, self.targets, self.test_mask
        if not test.any():
            return inputs, targets, None, None
        return inputs[~test], targets[~test], inputs[test], targets[test]

    def point_at(self, index: int) -> tuple[np.ndarray, float, bool]:
        """``(point (2,) float32, label 0/1, is_test)`` of the point at ``index``."""
        return (self.inputs[index].copy(), float(self.targets[index, 0]),
                bool(self._test_mask[index]))

    def misclassified(self, model_spec: ModelSpec, weights, loss: str) -> np.ndarray:
        """`(n,)` bool: the points the model with ``weights`` puts in the other class.

        The predicted class is 1 where the output is above
        :func:`~tfintro_gui.core.classifier.losses.decision_threshold` (0 for logits, 0.5
        for the squared loss).
        """
        predicted = model_spec.logits(weights, self.inputs)[:, 0] > decision_threshold(loss)
        return predicted != (self.targets[:, 0] > 0.5)

    # -- replacing the points ---------------------------------------------------------------
    def draw(self, settings: DataSettings) -> None:
        """Draw new points with ``settings`` and split them.

        Raises:
            ClassifierInputError: a bad mean or covariance, or points drawn out of range;
                nothing changes.
            ValueError, TypeError: a count or noise out of range (the controls cannot make
                one).
        """
        recipe = _recipe(settings)
        inputs, targets = recipe.base()
        name = "two Gaussians" if recipe.source in GAUSSIAN_GENERATORS else recipe.source
        self._set(Dataset(inputs, targets, name, recipe.seed), recipe, settings)

    def load(self, dataset: Dataset, settings: DataSettings) -> None:
        """Take imported points (kept one by one in the recipe) and split them."""
        recipe = DataRecipe("points", seed=_seed(settings), points=dataset.inputs,
                            labels=dataset.targets, name=dataset.name)
        self._set(dataset, recipe, settings)

    def resplit(self, settings: DataSettings) -> None:
        """Hold out ``settings.test_percent`` of the same points as a new test set."""
        self._set(self._dataset, self._recipe, settings)

    def restore(self, recipe: DataRecipe, points, labels, is_test) -> None:
        """Take the points a checked session file rebuilt."""
        self._dataset = Dataset(points, labels, recipe.name or recipe.source, recipe.seed)
        self._test_mask = np.asarray(is_test, dtype=bool)
        self._recipe = recipe

    def _set(self, dataset: Dataset, recipe: DataRecipe, settings: DataSettings) -> None:
        fraction = settings.test_percent / 100
        split_seed = settings.seed if settings.seed >= 0 else recipe.seed
        test_mask = split_train_test(len(dataset.inputs), fraction, seed=split_seed)
        self._recipe = recipe.with_edit("split", fraction, split_seed)
        self._dataset, self._test_mask = dataset, test_mask

    # -- editing ----------------------------------------------------------------------------
    @staticmethod
    def check_new_point(x: float, y: float) -> Notice | None:
        """None if a point may be added at ``(x, y)``; else why not."""
        if not (np.isfinite(x) and np.isfinite(y)) or max(abs(x), abs(y)) > MAX_ABS_COORDINATE:
            return Notice("point_out_of_range", {"x": x, "y": y, "limit": MAX_ABS_COORDINATE})
        return None

    def insert(self, index: int, point, label: float, is_test: bool) -> tuple:
        """Put a point at ``index``.

        Returns:
            The edit, as recorded in the recipe.

        Raises:
            ValueError: a point outside ±:data:`MAX_ABS_COORDINATE` or a bad index.
        """
        point = np.asarray(point, np.float32)
        edit = ("insert", int(index), float(point[0]), float(point[1]), float(label),
                bool(is_test))
        recipe = self._recipe.with_edit(*edit)
        if not 0 <= index <= len(self.inputs):
            raise ValueError(f"A point can be inserted at 0 to {len(self.inputs)}, not "
                             f"{index}.")
        data = self._dataset
        self._dataset = Dataset(np.insert(data.inputs, index, point, axis=0),
                                np.insert(data.targets, index, [label], axis=0),
                                data.name, data.seed)
        self._test_mask = np.insert(self.test_mask, index, is_test)
        self._recipe = recipe
        return recipe.edits[-1]

    def delete(self, index: int) -> tuple:
        """Remove the point at ``index``.

        Returns:
            The edit, as recorded in the recipe.

        Raises:
            ValueError: a bad index.
            ClassifierInputError: the removal would leave fewer than
                :data:`MIN_TRAINING_POINTS` training points.
        """
        if not 0 <= index < len(self.inputs):
            raise ValueError(f"There is no point {index}; there are {len(self.inputs)}.")
        if not self._test_mask[index] and self.num_training_points <= MIN_TRAINING_POINTS:
            raise ClassifierInputError("data.keep_two_training_points")
        recipe = self._recipe.with_edit("delete", int(index))
        data = self._dataset
        self._dataset = Dataset(np.delete(data.inputs, index, axis=0),
                                np.delete(data.targets, index, axis=0), data.name, data.seed)
        self._test_mask = np.delete(self._test_mask, index)
        self._recipe = recipe
        return recipe.edits[-1]

    def pick_removal(self, points_px: np.ndarray, click_px, radius_px: float) -> PointPick:
        """The point a right click at ``click_px`` removes.

        Args:
            points_px: `(n, 2)` every point's position on the screen, in pixels.
            click_px: `(2,)` the click's position, in pixels.
            radius_px: how near the click a point must be, in pixels.

        Returns:
            The nearest point within ``radius_px``, or a notice: ``"no_point_near"``, or
            ``"keep_two_training_points"`` when it is one of the last two training points.
        """
        distances = np.hypot(*(np.asarray(points_px, float) - np.asarray(click_px, float)).T)
        nearest = int(np.argmin(distances))
        if distances[nearest] > radius_px:
            return PointPick(None, Notice("no_point_near", {"radius_px": radius_px}))
        if not self._test_mask[nearest] and self.num_training_points <= MIN_TRAINING_POINTS:
            return PointPick(None, Notice("keep_two_training_points",
                                          {"count": MIN_TRAINING_POINTS}))
        return PointPick(nearest)

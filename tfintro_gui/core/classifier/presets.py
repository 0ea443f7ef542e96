"""Data sets where a straight boundary fails or struggles: XOR, circles, moons, spirals.

Each preset draws ``num_samples_per_class`` points per class from a fixed shape, then adds
Gaussian noise of standard deviation ``noise`` (in the data's units) to every coordinate.
Targets are zeros then ones, as in the notebook's data. Written with NumPy's
``default_rng``; the shapes follow the usual toy sets (the two moons are those of
scikit-learn's ``make_moons``).
"""

from __future__ import annotations

import math

import lazy_loader

from tfintro_gui.core.classifier.data import MAX_NUM_SAMPLES_PER_CLASS, Dataset

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

PRESETS = ("xor", "circles", "moons", "spirals")
DEFAULT_NOISE = 0.2
MAX_NOISE = 2.0


def _xor(rng: np.random.Generator, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Class 0 in the quadrants where x·y > 0, class 1 where x·y < 0."""
    def quadrant_points(flip: float) -> np.ndarray:
        magnitude = rng.uniform(0.2, 2.0, (count, 2))
        sign = rng.choice((-1.0, 1.0), count)
        return magnitude * np.column_stack((sign, flip * sign))
    return quadrant_points(1.0), quadrant_points(-1.0)


def _circles(rng: np.random.Generator, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Class 0 on a circle of radius 1, class 1 on a circle of radius 2.5 around it."""
    def circle(radius: float) -> np.ndarray:
        angle = rng.uniform(0.0, 2 * math.pi, count)
        return radius * np.column_stack((np.cos(angle), np.sin(angle)))
    return circle(1.0), circle(2.5)


def _moons(rng: np.random.Generator, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved half circles of radius 1 (scikit-learn's ``make_moons`` shape)."""
    upper = rng.uniform(0.0, math.pi, count)
    lower = rng.uniform(0.0, math.pi, count)
    return (np.column_stack((np.cos(upper), np.sin(upper))),
            np.column_stack((1.0 - np.cos(lower), 0.5 - np.sin(lower))))


def _spirals(rng: np.random.Generator, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Two arms of an Archimedean spiral (radius ∝ angle), one and a half turns each."""
    def arm(offset: float) -> np.ndarray:
        turn = np.sqrt(rng.uniform(0.0, 1.0, count))  # even density along the arm
        angle = 0.3 + 3 * math.pi * turn
        radius = 3.0 * angle / (3 * math.pi)
        return radius[:, None] * np.column_stack((np.cos(angle + offset),
                                                  np.sin(angle + offset)))
    return arm(0.0), arm(math.pi)


_SHAPES = {"xor": _xor, "circles": _circles, "moons": _moons, "spirals": _spirals}


def make_preset(name: str, num_samples_per_class: int = 500, noise: float = DEFAULT_NOISE,
                seed: int | None = None) -> Dataset:
    """Draw one of the preset data sets.

    Args:
        name: ``"xor"``, ``"circles"``, ``"moons"`` or ``"spirals"``.
        num_samples_per_class: points per class, 1 to 100 000.
        noise: standard deviation of the Gaussian noise added to each coordinate, 0 to 2.
        seed: integer seed for reproducible draws, or None.

    Returns:
        A :class:`Dataset` with `inputs` `(2n, 2)` float32 and `targets` `(2n, 1)`
        float32, class 0 first.

    Raises:
        ValueError: unknown name, or count, noise or seed out of range.
        TypeError: the count is not an integer.
    """
    if name not in _SHAPES:
        raise ValueError(f"Unknown data set {name!r}; choose one of {', '.join(PRESETS)}.")
    count = num_samples_per_class
    if isinstance(count, bool) or not isinstance(count, (int, np.integer)):
        raise TypeError(f"Points per class must be an integer, got {count!r}.")
    if not 1 <= count <= MAX_NUM_SAMPLES_PER_CLASS:
        raise ValueError(f"Points per class must be between 1 and "
                         f"{MAX_NUM_SAMPLES_PER_CLASS:,}, got {count}.")
    try:
        noise = float(noise)
    except (TypeError, ValueError):
        raise ValueError(f"Noise must be a number, got {noise!r}.") from None
    if not 0.0 <= noise <= MAX_NOISE:
        raise ValueError(f"Noise must be between 0 and {MAX_NOISE:g}, got {noise:g}.")
    if seed is not None and (not isinstance(seed, (int, np.integer)) or seed < 0):
        raise ValueError(f"Seed must be a non-negative integer or None, got {seed!r}.")
    rng = np.random.default_rng(seed)
    negative, positive = _SHAPES[name](rng, int(count))
    inputs = np.vstack((negative, positive))
    inputs = inputs + rng.normal(0.0, noise, inputs.shape) if noise > 0 else inputs
    targets = np.repeat(np.array([[0.0], [1.0]], np.float32), count, axis=0)
    return Dataset(inputs.astype(np.float32), targets, name, seed)

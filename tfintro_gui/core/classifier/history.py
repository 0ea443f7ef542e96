"""Per-step loss and accuracy of a training session, kept for the live curves."""

from __future__ import annotations

import numpy as np


class TrainingHistory:
    """Loss and accuracy of every step, in arrays that grow by doubling.

    Appending k steps costs O(k) amortised, so a run of 10⁵ steps stays cheap.
    """

    def __init__(self, capacity: int = 1024):
        self._losses = np.empty(capacity, dtype=np.float32)
        self._accuracies = np.empty(capacity, dtype=np.float32)
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def append(self, losses: np.ndarray, accuracies: np.ndarray) -> None:
        """Add the losses and accuracies of consecutive steps, `(k,)` each."""
        count = len(losses)
        if len(accuracies) != count:
            raise ValueError(f"Got {count} losses but {len(accuracies)} accuracies.")
        needed = self._size + count
        if needed > len(self._losses):
            capacity = max(needed, 2 * len(self._losses))
            self._losses = np.resize(self._losses, capacity)
            self._accuracies = np.resize(self._accuracies, capacity)
        self._losses[self._size:needed] = losses
        self._accuracies[self._size:needed] = accuracies
        self._size = needed

    @property
    def steps(self) -> np.ndarray:
        """`(n,)` int, 0-based step indices."""
        return np.arange(self._size)

    @property
    def losses(self) -> np.ndarray:
        """`(n,)` float32 view of the losses so far."""
        return self._losses[:self._size]

    @property
    def accuracies(self) -> np.ndarray:
        """`(n,)` float32 view of the accuracies so far."""
        return self._accuracies[:self._size]

    def clear(self) -> None:
        self._size = 0

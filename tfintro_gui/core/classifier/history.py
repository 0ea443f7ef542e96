"""Every step of a training session: parameters, loss, accuracy and test metrics.

Memory stays bounded however long the run: the history keeps every step until it holds
``max_records`` rows, then drops every other row and from then on keeps only every second
step; each time it fills up again the spacing (:attr:`TrainingHistory.stride`) doubles.
So a run of 10⁸ steps keeps at most ``max_records`` evenly spaced rows, always including
step 0.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import lazy_loader

from tfintro_gui.core.files import write_text_atomically

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

DEFAULT_MAX_RECORDS = 20_000


class TrainingHistory:
    """The recorded steps of one training session.

    Args:
        num_parameters: parameters per step (3 for the linear model: ``W[0], W[1], b[0]``).
        max_records: the most rows kept, ≥ 2.
        initial_capacity: rows allocated at first; arrays grow by doubling up to
            ``max_records``.

    Raises:
        ValueError: ``max_records`` < 2 or ``num_parameters`` < 1.
    """

    def __init__(self, num_parameters: int = 3, max_records: int = DEFAULT_MAX_RECORDS,
                 initial_capacity: int = 1024):
        if max_records < 2:
            raise ValueError(f"max_records must be ≥ 2, got {max_records}.")
        self.max_records = int(max_records)
        self._initial_capacity = max(1, min(int(initial_capacity), self.max_records))
        self.clear(num_parameters)

    def clear(self, num_parameters: int | None = None) -> None:
        """Forget every step; optionally change the number of parameters per step."""
        if num_parameters is not None:
            if num_parameters < 1:
                raise ValueError(f"num_parameters must be ≥ 1, got {num_parameters}.")
            self.num_parameters = int(num_parameters)
        self._allocated = False  # the arrays come with the first use (NumPy loads late)
        self._size = 0
        self.stride = 1
        self.num_steps = 0
        self.has_test = False

    def _allocate(self) -> None:
        if self._allocated:
            return
        capacity = self._initial_capacity
        self._steps = np.empty(capacity, dtype=np.int64)
        self._losses = np.empty(capacity, dtype=np.float32)
        self._accuracies = np.empty(capacity, dtype=np.float32)
        self._test_losses = np.empty(capacity, dtype=np.float32)
        self._test_accuracies = np.empty(capacity, dtype=np.float32)
        self._parameters = np.empty((capacity, self.num_parameters), dtype=np.float32)
        self._allocated = True

    def __len__(self) -> int:
        """Rows kept (every step until ``max_records``, then fewer than the steps run)."""
        return self._size

    def _columns(self) -> list[np.ndarray]:
        self._allocate()
        return [self._steps, self._losses, self._accuracies, self._test_losses,
                self._test_accuracies, self._parameters]

    def _compact(self) -> None:
        """Keep every other kept step (those at multiples of twice the stride)."""
        self._allocate()
        self.stride *= 2
        keep = np.flatnonzero(self._steps[:self._size] % self.stride == 0)
        for column in self._columns():
            column[:len(keep)] = column[keep]
        self._size = len(keep)

    def _reserve(self, rows: int) -> None:
        self._allocate()
        capacity = len(self._steps)
        if rows <= capacity:
            return
        capacity = min(max(rows, 2 * capacity), self.max_records)
        self._steps = np.resize(self._steps, capacity)
        self._losses = np.resize(self._losses, capacity)
        self._accuracies = np.resize(self._accuracies, capacity)
        self._test_losses = np.resize(self._test_losses, capacity)
        self._test_accuracies = np.resize(self._test_accuracies, capacity)
        parameters = np.empty((capacity, self.num_parameters), dtype=np.float32)
        parameters[:self._size] = self._parameters[:self._size]
        self._parameters = parameters

    def append(self, losses, accuracies, *, first_step: int | None = None, parameters=None,
               test_losses=None, test_accuracies=None) -> None:
        """Add consecutive steps.

        Args:
            losses: `(k,)` the loss of each step.
            accuracies: `(k,)` the accuracy of each step.
            first_step: index of the first of these steps; default the step after the last
                one added.
            parameters: `(k, num_parameters)` the parameters of each step, or None (NaN).
            test_losses, test_accuracies: `(k,)` test-set metrics, or None (NaN).

        Raises:
            ValueError: lengths or shapes that do not match.
        """
        losses = np.asarray(losses, dtype=np.float32).reshape(-1)
        count = len(losses)
        first = self.num_steps if first_step is None else int(first_step)
        columns = {"accuracies": accuracies, "test_losses": test_losses,
                   "test_accuracies": test_accuracies}
        for name, values in columns.items():
            if values is not None and len(values) != count:
                raise ValueError(f"Got {count} losses but {len(values)} {name}.")
        if parameters is not None:
            parameters = np.asarray(parameters, dtype=np.float32)
            if parameters.shape != (count, self.num_parameters):
                raise ValueError(f"parameters must have shape ({count}, {self.num_parameters}), "
                                 f"got {parameters.shape}.")
        if test_losses is not None:
            self.has_test = True
        steps = np.arange(first, first + count, dtype=np.int64)
        while True:
            chosen = np.flatnonzero(steps % self.stride == 0)
            if self._size + len(chosen) <= self.max_records:
                break
            self._compact()
        end = self._size + len(chosen)
        self._reserve(end)
        rows = slice(self._size, end)
        self._steps[rows] = steps[chosen]
        self._losses[rows] = losses[chosen]
        self._accuracies[rows] = np.asarray(accuracies, dtype=np.float32)[chosen]
        for column, values in ((self._test_losses, test_losses),
                               (self._test_accuracies, test_accuracies)):
            column[rows] = np.nan if values is None else np.asarray(values)[chosen]
        self._parameters[rows] = np.nan if parameters is None else parameters[chosen]
        self._size = end
        self.num_steps = max(self.num_steps, first + count)

    def append_snapshot(self, snapshot) -> None:
        """Add the steps of a :class:`~tfintro_gui.core.classifier.training.TrainingSnapshot`."""
        self.append(snapshot.losses, snapshot.accuracies, first_step=snapshot.first_step,
                    parameters=snapshot.parameters, test_losses=snapshot.test_losses,
                    test_accuracies=snapshot.test_accuracies)

    @property
    def steps(self) -> np.ndarray:
        """`(n,)` int64, the 0-based step of each kept row."""
        self._allocate()
        return self._steps[:self._size]

    @property
    def losses(self) -> np.ndarray:
        """`(n,)` float32 view of the kept losses."""
        self._allocate()
        return self._losses[:self._size]

    @property
    def accuracies(self) -> np.ndarray:
        """`(n,)` float32 view of the kept accuracies."""
        self._allocate()
        return self._accuracies[:self._size]

    @property
    def test_losses(self) -> np.ndarray:
        """`(n,)` float32, NaN where no test set was evaluated."""
        self._allocate()
        return self._test_losses[:self._size]

    @property
    def test_accuracies(self) -> np.ndarray:
        """`(n,)` float32, NaN where no test set was evaluated."""
        self._allocate()
        return self._test_accuracies[:self._size]

    @property
    def parameters(self) -> np.ndarray:
        """`(n, num_parameters)` float32: each kept step's parameters, before its update."""
        self._allocate()
        return self._parameters[:self._size]

    @property
    def nbytes(self) -> int:
        """Bytes held by the arrays (allocated, not only used)."""
        return sum(column.nbytes for column in self._columns())

    def index_of_step(self, step: int) -> int:
        """The row of ``step``, or of the nearest kept step before it.

        Raises:
            IndexError: the history is empty.
        """
        if self._size == 0:
            raise IndexError("The history is empty.")
        return int(max(np.searchsorted(self.steps, step, side="right") - 1, 0))

    def write_csv(self, path: str | Path, parameter_names: list[str] | None = None) -> None:
        """Write one line per kept step: step, loss, accuracy, [test metrics], parameters.

        The file is replaced atomically: a failed write leaves the old file as it was.

        Args:
            path: the file to write.
            parameter_names: a column name per parameter; default ``p0, p1, …``.

        Raises:
            ValueError: the wrong number of names.
            OSError: the file cannot be written.
        """
        names = parameter_names or [f"p{i}" for i in range(self.num_parameters)]
        if len(names) != self.num_parameters:
            raise ValueError(f"Expected {self.num_parameters} parameter names, got {len(names)}.")
        metric_names = ["loss", "accuracy"] + (["test_loss", "test_accuracy"]
                                               if self.has_test else [])
        metrics = [self.losses, self.accuracies] + (
            [self.test_losses, self.test_accuracies] if self.has_test else [])
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(["step", *metric_names, *names])
        for row, step in enumerate(self.steps.tolist()):
            values = [float(column[row]) for column in metrics]
            values += self.parameters[row].tolist()
            writer.writerow([step, *(f"{value:.9g}" for value in values)])
        write_text_atomically(path, text.getvalue())

"""What every panel offers the main window, and what every panel gets from its base."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from tfintro_gui.ui.first_paint import SETTLE_MS
from tfintro_gui.ui.widgets.message_bar import MessageBar

LOADING_TEXT = QT_TRANSLATE_NOOP("Panel", "Loading TensorFlow…")
FAILED_TEXT = QT_TRANSLATE_NOOP("Panel", "TensorFlow could not be loaded: {reason}")
#: Replaces the loading message when TensorFlow is ready (the bar stays: no layout jump).
READY_TEXT = QT_TRANSLATE_NOOP("Panel", "TensorFlow {version} is ready on {device}: every "
                                        "control works now.")


class Panel(QWidget):
    """Base class of the four panels.

    What the base does for every panel:

    - ``message_bar``: the panel's :class:`MessageBar` (the panel places it in its layout);
    - waiting for TensorFlow: widgets passed to :meth:`requires_tensorflow` are disabled,
      with "Loading TensorFlow…" as their tool tip, until the main window calls
      :meth:`tensorflow_ready`; after :meth:`tensorflow_failed` their tool tip says why.
      Then :meth:`update_controls` runs, where a panel disables what its own state forbids
      (``self.tensorflow_is_ready() and …``).

    The main window calls :meth:`build_deferred` once, after the window's first paint and
    the worker's import of Matplotlib (a panel builds its Matplotlib canvases there, so
    its controls paint before Matplotlib is imported); :meth:`shutdown` before it closes;
    :meth:`notebook_cells` when the session is exported; :meth:`session_state` /
    :meth:`restore_session` when it is saved or opened. The defaults contribute nothing.
    """

    #: Shown in the navigation list and the window title.
    title = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.message_bar = MessageBar(keep_space=True)
        self._tensorflow_info: dict | None = None
        self._tensorflow_error: str | None = None
        self._tensorflow_controls: dict[QWidget, str] = {}
        self._deferred_built = False
        self._deferred_scheduled = False
        self._owner_builds_plots = False
        #: What the message bar says while TensorFlow loads (see show_waiting_message).
        self.loading_message = ""

    # -- TensorFlow ------------------------------------------------------------------------
    def requires_tensorflow(self, *widgets: QWidget) -> None:
        """Keep ``widgets`` disabled (tool tip: why) until TensorFlow is ready."""
        for widget in widgets:
            self._tensorflow_controls[widget] = widget.toolTip()
        self._update_tensorflow_controls()

    def tensorflow_is_ready(self) -> bool:
        """True once :meth:`tensorflow_ready` was called."""
        return self._tensorflow_info is not None

    @property
    def tensorflow_info(self) -> dict | None:
        """``{"version", "device"}`` once TensorFlow is ready, else None."""
        return self._tensorflow_info

    def tensorflow_ready(self, info: dict) -> None:
        """TensorFlow is importable. ``info`` has ``"version"`` and ``"device"``."""
        self._tensorflow_info = dict(info)
        self._tensorflow_error = None
        if self.loading_message and self.message_bar.text() == self.loading_message:
            # Replaced rather than hidden, so the panel's layout does not jump under the
            # mouse; the student dismisses it, or the next message takes its place.
            self.message_bar.show_message(QCoreApplication.translate("Panel", READY_TEXT).format(
                version=info.get("version", "?"), device=info.get("device", "?")), "info")
        self._update_tensorflow_controls()
        self.on_tensorflow_ready(self._tensorflow_info)
        self.update_controls()

    def tensorflow_failed(self, message: str) -> None:
        """TensorFlow could not be imported; ``message`` says why."""
        self._tensorflow_error = message
        self._update_tensorflow_controls()
        self.on_tensorflow_failed(message)
        self.update_controls()

    def show_waiting_message(self) -> None:
        """Say again, after the message bar was cleared, why the controls that need
        TensorFlow wait: :attr:`loading_message` until it is ready, the reason if it
        failed; nothing once it is ready."""
        if self._tensorflow_error is not None:
            self.on_tensorflow_failed(self._tensorflow_error)
        elif not self.tensorflow_is_ready() and self.loading_message:
            self.message_bar.show_message(self.loading_message, "info")

    def on_tensorflow_ready(self, info: dict) -> None:
        """Hook: TensorFlow can be used from now on (build the panel's core model here)."""

    def on_tensorflow_failed(self, message: str) -> None:
        """Hook: TensorFlow will not come. Default: say so in the message bar."""
        self.message_bar.show_message(
            QCoreApplication.translate("Panel", FAILED_TEXT).format(reason=message), "error")

    def update_controls(self) -> None:
        """Hook: enable or disable controls from the panel's state (called after every
        change of TensorFlow's state; a panel calls it after its own changes too)."""

    def _update_tensorflow_controls(self) -> None:
        ready = self.tensorflow_is_ready()
        if ready:
            reason = None
        elif self._tensorflow_error is not None:
            reason = QCoreApplication.translate("Panel", FAILED_TEXT).format(
                reason=self._tensorflow_error)
        else:
            reason = QCoreApplication.translate("Panel", LOADING_TEXT)
        for widget, own_tooltip in self._tensorflow_controls.items():
            widget.setEnabled(ready)
            widget.setToolTip(own_tooltip if reason is None else reason)

    # -- life cycle ------------------------------------------------------------------------
    def build_deferred(self) -> None:
        """Build what needs Matplotlib; the main window calls this after the first paint.

        Calls :meth:`_build_deferred` once; later calls do nothing.
        """
        if not self._deferred_built:
            self._deferred_built = True
            self._build_deferred()

    def _build_deferred(self) -> None:
        """Hook: create the panel's canvases and plots here."""

    def defer_plots_to_owner(self) -> None:
        """The owner (the main window) calls :meth:`build_deferred` when Matplotlib is
        imported; the panel's own paint no longer does."""
        self._owner_builds_plots = True

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """After the panel's first paint, its deferred part is built even when no main
        window asks for it (a panel shown on its own, in a test or a lab report)."""
        super().paintEvent(event)
        if not (self._deferred_built or self._deferred_scheduled
                or self._owner_builds_plots):
            self._deferred_scheduled = True
            # After the window's own first-paint work (it starts first, with the same wait).
            QTimer.singleShot(SETTLE_MS, self.build_deferred)

    def shutdown(self) -> None:
        """Stop every thread the panel owns; called before the window closes."""

    def notebook_cells(self) -> list[tuple[str, str]]:
        """What was done in this panel, as notebook cells in order.

        Returns:
            ``(kind, text)`` pairs, ``kind`` ``"markdown"`` or ``"code"``. The code runs
            in a fresh kernel and reproduces the values the panel shows. Default: no cells.
        """
        return []

    def session_state(self) -> dict:
        """What a session file keeps of this panel: JSON types only (dict, list, str,
        int, float, bool, None). Default: nothing (``{}``)."""
        return {}

    def restore_session(self, state: dict) -> None:
        """Bring the panel into ``state`` (as returned by :meth:`session_state`).

        The main window validates every panel's state (:meth:`check_session_state`)
        before it restores any, so a bad file changes nothing.

        Raises:
            ValueError: ``state`` is not one this panel can restore.
        """

    def check_session_state(self, state: dict) -> None:
        """Raise ``ValueError`` (saying what is wrong) if :meth:`restore_session` would
        refuse ``state``; change nothing. Default: any dict is accepted."""
        if not isinstance(state, dict):
            raise ValueError(f"A panel's state is a JSON object, not {type(state).__name__}.")

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        """Bring the panel into the state a ``--screenshot`` shows, then call ``on_ready``.

        Args:
            options: command-line options, e.g. ``{"train_steps": 100}``.
            on_ready: called (in the GUI thread) when the panel is ready to be grabbed.
        """
        on_ready()

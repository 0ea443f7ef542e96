"""A checked lab file as frozen data: the lab, its steps, their questions."""

from __future__ import annotations

from dataclasses import dataclass, field

#: The tolerance of a number question that declares none (``numpy.isclose`` style).
DEFAULT_ATOL = 1e-6
DEFAULT_RTOL = 1e-6


def text(texts: dict[str, str] | None, language: str) -> str:
    """The text in ``language``, else in English, else ``""``.

    Args:
        texts: ``{"en": …, "zh_CN": …}`` or None.
        language: ``"en"`` or ``"zh_CN"``.
    """
    if not texts:
        return ""
    return texts.get(language) or texts.get("en", "")


@dataclass(frozen=True)
class Choice:
    """One answer of a choice question.

    Attributes:
        value: the JSON value (bool, number, string or None) the probe gives when this
            answer is the right one.
        label: the words shown, by language.
    """

    value: object
    label: dict[str, str]


@dataclass(frozen=True)
class Question:
    """A predict-then-run question.

    Attributes:
        kind: ``"number"``, ``"shape"``, ``"dtype"`` or ``"choice"``.
        prompt: the question (Markdown) by language.
        probe: the probe's name, e.g. ``"backprop.gradient"``.
        args: the probe's arguments.
        atol, rtol: a number prediction is right when ``|p − v| ≤ atol + rtol·|v|``.
        choices: the answers of a choice question, else empty.
        hint: shown with a wrong answer (Markdown by language), may be empty.
        explanation: shown with the real value (Markdown by language), may be empty.
    """

    kind: str
    prompt: dict[str, str]
    probe: str
    args: dict
    atol: float = DEFAULT_ATOL
    rtol: float = DEFAULT_RTOL
    choices: tuple[Choice, ...] = ()
    hint: dict[str, str] = field(default_factory=dict)
    explanation: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    """One step of a lab.

    Attributes:
        id: unique in the lab; progress and reports are keyed by it.
        panel: the panel's key.
        title: a short title by language (may be empty).
        state: the part of the panel's session state to set (may be empty).
        lock: control names to disable.
        hide: control names to hide.
        instruction: Markdown by language.
        question: the step's question, or None.
    """

    id: str
    panel: str
    title: dict[str, str]
    state: dict
    lock: tuple[str, ...]
    hide: tuple[str, ...]
    instruction: dict[str, str]
    question: Question | None


@dataclass(frozen=True)
class Lab:
    """A checked lab.

    Attributes:
        title: by language.
        description: Markdown by language (may be empty).
        steps: in order, at least one.
        path: the file it was read from (resolved), or ``""``.
        sha256: the hex SHA-256 of the file's bytes; progress is kept per path and hash.
    """

    title: dict[str, str]
    description: dict[str, str]
    steps: tuple[Step, ...]
    path: str = ""
    sha256: str = ""

    def question_steps(self) -> list[Step]:
        """The steps that ask a question, in order."""
        return [step for step in self.steps if step.question is not None]

    def step_index(self, step_id: str) -> int:
        """The position of the step ``step_id``.

        Raises:
            KeyError: no such step.
        """
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)


def lab_from_document(document: dict, path: str = "", sha256: str = "") -> Lab:
    """Build a :class:`Lab` from a document that passed the schema."""
    steps = []
    for step in document["steps"]:
        question = step.get("question")
        if question is not None:
            tolerance = question.get("tolerance", {})
            question = Question(
                question["kind"], question["prompt"], question["probe"]["name"],
                question["probe"]["args"],
                tolerance.get("atol", DEFAULT_ATOL), tolerance.get("rtol", DEFAULT_RTOL),
                tuple(Choice(choice["value"], choice["label"])
                      for choice in question.get("choices", ())),
                question.get("hint", {}), question.get("explanation", {}))
        steps.append(Step(step["id"], step["panel"], step.get("title", {}),
                          step.get("state", {}), tuple(step.get("lock", ())),
                          tuple(step.get("hide", ())), step["instruction"], question))
    return Lab(document["title"], document.get("description", {}), tuple(steps), path,
               sha256)


def merged_state(current: dict, part: dict) -> dict:
    """A panel's session state with a step's ``part`` laid over it.

    Objects are merged key by key (recursively); every other value of ``part`` (numbers,
    text, lists) replaces the current one. So a step that sets
    ``{"training": {"learning_rate": 5.0}}`` changes only the learning rate.

    Args:
        current: the panel's ``session_state()`` (not changed).
        part: the step's ``state`` (not changed).

    Returns:
        A new dict.
    """
    merged = dict(current)
    for key, value in part.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merged_state(merged[key], value)
        else:
            merged[key] = value
    return merged

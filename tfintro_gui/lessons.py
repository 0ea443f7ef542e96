"""The lesson texts beside the panels: one Markdown file per panel and language.

Lessons live in ``resources/lessons/<panel>.<language>.md`` (``devices.en.md``,
``devices.zh_CN.md``…). A line that holds only ``$$ … $$`` is a formula in Matplotlib's
mathtext (a TeX subset); the lesson pane renders it as an image. Fenced ```` ```python ````
blocks are the matching TensorFlow code.

Nothing here imports Qt or Matplotlib, so scripts and tests can read lessons too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tfintro_gui.resources import resource_path

#: The languages lessons are written in; the first one is the fallback.
LESSON_LANGUAGES = ("en", "zh_CN")
#: The folder of the lessons inside ``resources/``.
LESSONS_DIRNAME = "lessons"

_FORMULA_LINE = re.compile(r"^\s*\$\$(?P<tex>.+?)\$\$\s*$")
_HEADING_LINE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# Chinese characters and punctuation (quotes, CJK symbols, ideographs, full-width forms),
# and Chinese punctuation, after which a line joins the next one whatever starts it; a
# Markdown emphasis mark (**, _, `) next to them is looked through.
_CJK = "\u2018-\u201f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_ENDS_CJK = re.compile(f"[{_CJK}][*_`]*$")
_ENDS_CJK_PUNCTUATION = re.compile("[\u3001\u3002\uff01\uff09\uff0c\uff1a\uff1b\uff1f][*_`]*$")
_STARTS_CJK = re.compile(f"^\\s*[*_`]*[{_CJK}]")
# Lines that start a block of their own (list item, quote, table row, heading, formula).
_STARTS_BLOCK = re.compile(r"^\s*([-+*]\s|\d+[.)]\s|>|\||#|\$\$)")


@dataclass(frozen=True)
class Lesson:
    """One lesson text.

    Attributes:
        key: the panel's key, e.g. ``"tensors"``.
        language: the language of ``markdown``, e.g. ``"zh_CN"`` (may differ from the one
            asked for when the lesson is not translated).
        markdown: the text, with ``$$ … $$`` formula lines.
        path: the file it was read from.
    """

    key: str
    language: str
    markdown: str
    path: Path

    def title(self) -> str:
        """The text of the first level-1 heading, else the panel's key."""
        for level, text in self.headings():
            if level == 1:
                return text
        return self.key

    def headings(self) -> list[tuple[int, str]]:
        """``(level, text)`` of every heading outside code blocks, in order."""
        return [(len(match["hashes"]), match["text"])
                for match in _matches(self.markdown, _HEADING_LINE)]

    def formulas(self) -> list[str]:
        """The mathtext of every ``$$ … $$`` line outside code blocks, in order."""
        return [match["tex"].strip() for match in _matches(self.markdown, _FORMULA_LINE)]

    def code_blocks(self, language: str = "python") -> list[str]:
        """The text of every fenced code block marked ``language``, in order."""
        blocks, current = [], None
        for line in self.markdown.splitlines():
            stripped = line.strip()
            if current is None:
                if stripped in (f"```{language}", f"~~~{language}"):
                    current = []
            elif stripped in ("```", "~~~"):
                blocks.append("\n".join(current))
                current = None
            else:
                current.append(line)
        return blocks

    def introduction(self) -> str:
        """The paragraphs between the title and the first code block or subheading."""
        lines, started = [], False
        for line in self.markdown.splitlines():
            if _HEADING_LINE.match(line):
                if started:
                    break
                started = True
                continue
            if _FENCE.match(line) or _FORMULA_LINE.match(line):
                break
            if started:
                lines.append(line)
        return "\n".join(lines).strip()

    def with_formulas_replaced(self, replace: Callable[[str], str]) -> str:
        """The Markdown with each formula line replaced by ``replace(mathtext)``, and a
        paragraph's next line joined on without a space where the line ends in Chinese
        and the next begins in Chinese, or the line ends with Chinese punctuation.

        Args:
            replace: maps a formula's mathtext to the Markdown that stands for it, e.g.
                an image link.
        """
        out, in_code, joins = [], False, False
        for line in self.markdown.splitlines():
            if _FENCE.match(line):
                in_code = not in_code
            match = None if in_code else _FORMULA_LINE.match(line)
            if (joins and not in_code and line.strip() and not _STARTS_BLOCK.match(line)
                    and (joins == "any" or _STARTS_CJK.match(line))):
                # Markdown reads a line break inside a paragraph as a space, which
                # Chinese does not put between characters ("链式 法则"), nor after its
                # punctuation ("局部导数： grad").
                out[-1] += line.lstrip()
            else:
                out.append(replace(match["tex"].strip()) if match else line)
            last = out[-1]
            joins = (not in_code and not match and not _HEADING_LINE.match(last)
                     and ("any" if _ENDS_CJK_PUNCTUATION.search(last)
                          else "chinese" if _ENDS_CJK.search(last) else ""))
        return "\n".join(out) + "\n"


def _matches(markdown: str, pattern: re.Pattern) -> list[re.Match]:
    found, in_code = [], False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_code = not in_code
            continue
        match = None if in_code else pattern.match(line)
        if match:
            found.append(match)
    return found


def lesson_path(key: str, language: str) -> Path:
    """The file of panel ``key``'s lesson in ``language`` (it may not exist).

    Raises:
        ValueError: ``key`` or ``language`` is not a plain name.
        FileNotFoundError: the resources folder is missing.
    """
    for part, what in ((key, "panel key"), (language, "language")):
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", part or ""):
            raise ValueError(f"A lesson's {what} is a plain name such as 'tensors' or "
                             f"'zh_CN', not {part!r}.")
    return resource_path(f"{LESSONS_DIRNAME}/{key}.{language}.md")


def load_lesson(key: str, language: str) -> Lesson:
    """Read panel ``key``'s lesson in ``language``, else in English.

    Args:
        key: the panel's key, e.g. ``"backprop"``.
        language: a language code such as ``"zh_CN"``; ``"zh"`` and ``"zh_TW"`` fall back
            to the closest lesson written (``"zh_CN"``), anything else to English.

    Returns:
        The :class:`Lesson`.

    Raises:
        FileNotFoundError: the panel has no lesson in any language.
    """
    tried = []
    for candidate in _fallbacks(language):
        path = lesson_path(key, candidate)
        tried.append(str(path))
        if path.is_file():
            return Lesson(key, candidate, path.read_text(encoding="utf-8"), path)
    raise FileNotFoundError(f"No lesson for the {key!r} panel (looked for {', '.join(tried)}).")


def _fallbacks(language: str) -> list[str]:
    candidates = [language]
    base = language.split("_")[0]
    candidates += [code for code in LESSON_LANGUAGES
                   if code.split("_")[0] == base and code != language]
    candidates.append(LESSON_LANGUAGES[0])
    return list(dict.fromkeys(candidates))

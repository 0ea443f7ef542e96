"""Cut Noto Sans CJK SC down to the characters the lab's Chinese texts use, and the common ones.

Run by ``make translations`` after the ``.ts`` files change. Reads every translation in
``resources/translations/*.ts``, every ``resources/lessons/*.zh_CN.md`` and the Chinese
texts of every ``resources/labs/*.tflab``, keeps the
Chinese (CJK) characters and CJK punctuation in them, adds the 3755 most common hanzi
(GB 2312 level 1, which also covers Qt's own Chinese texts), and writes
``resources/fonts/NotoSansSC-lab.otf`` (under 2 MB instead of 16 MB). Latin text keeps
the system's font; Qt falls back to this one only for characters that font lacks.

Usage::

    python tools/subset_cjk_font.py [--source PATH] [--index N]

The source defaults to Debian's ``fonts-noto-cjk`` file (``apt-get install
fonts-noto-cjk``); the font is under the SIL Open Font License 1.1, copied next to it.
Needs ``fonttools`` (``pip install fonttools``).
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
OUTPUT = RESOURCES / "fonts" / "NotoSansSC-lab.otf"
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
#: Face of Noto Sans CJK SC in Debian's ``NotoSansCJK-Regular.ttc``.
DEFAULT_INDEX = 2
#: The family name the subset is registered under (so it never shadows a full Noto).
FAMILY = "Noto Sans SC Lab"


def is_cjk(char: str) -> bool:
    """True for Chinese characters, CJK punctuation and full-width forms."""
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFE30 <= code <= 0xFE4F
            or 0xFF00 <= code <= 0xFFEF or code in (0x2018, 0x2019, 0x201C, 0x201D, 0x2026,
                                                    0x2014, 0x00B7))


def chinese_texts() -> list[str]:
    """Every Chinese translation and lesson of the lab."""
    texts = []
    for ts_file in sorted((RESOURCES / "translations").glob("*_zh*.ts")):
        for translation in ElementTree.parse(ts_file).getroot().iter("translation"):
            texts.append("".join(translation.itertext()))
    for lesson in sorted((RESOURCES / "lessons").glob("*.zh_CN.md")):
        texts.append(lesson.read_text(encoding="utf-8"))
    for lab in sorted((RESOURCES / "labs").glob("*.tflab")):
        texts += lab_chinese_texts(json.loads(lab.read_text(encoding="utf-8")))
    return texts


def lab_chinese_texts(value) -> list[str]:
    """Every ``"zh_CN"`` text of a lab file's JSON (titles, instructions, questions…)."""
    if isinstance(value, dict):
        return [text for key, item in value.items()
                for text in ([item] if key == "zh_CN" and isinstance(item, str)
                             else lab_chinese_texts(item))]
    if isinstance(value, list):
        return [text for item in value for text in lab_chinese_texts(item)]
    return []


def common_characters() -> set[str]:
    """GB 2312's symbols, full-width forms and its 3755 level-1 (most common) hanzi.

    They cover Qt's own Chinese texts (standard buttons, dock and scroll-bar menus) and
    what students usually type, beyond the lab's own texts.
    """
    rows = [0xA1, 0xA3, *range(0xB0, 0xD8)]
    characters = set()
    for row in rows:
        for cell in range(0xA1, 0xFF):
            try:
                characters.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return {char for char in characters if is_cjk(char)}


def needed_characters() -> str:
    """The CJK characters of :func:`chinese_texts` and :func:`common_characters`, sorted."""
    own = {char for text in chinese_texts() for char in text if is_cjk(char)}
    return "".join(sorted(own | common_characters()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="Noto Sans CJK font file (.ttc or .otf)")
    parser.add_argument("--index", type=int, default=DEFAULT_INDEX,
                        help="face number inside a .ttc (2 = SC in Debian's file)")
    args = parser.parse_args(argv)
    try:
        from fontTools import subset
        from fontTools.ttLib import TTFont
    except ImportError:
        print("fontTools is missing: pip install fonttools", file=sys.stderr)
        return 1
    if not args.source.is_file():
        print(f"{args.source} not found: apt-get install fonts-noto-cjk, or pass --source.",
              file=sys.stderr)
        return 1
    characters = needed_characters()
    font = TTFont(args.source, fontNumber=args.index, lazy=False, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    names = font["name"]
    for record in names.names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID in (4,):
            record.string = f"{FAMILY} Regular"
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "") + "-Regular"
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(OUTPUT)
    print(f"{OUTPUT.relative_to(ROOT)}: {len(characters)} characters, "
          f"{OUTPUT.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

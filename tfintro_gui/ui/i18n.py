"""Languages of the interface: Qt translators, the saved choice, and a CJK font.

The interface is written in English; ``resources/translations/tfintro_gui_<language>.qm``
(compiled by ``make translations`` from the ``.ts`` files made by ``pyside6-lupdate``)
translate it. The language is the one saved with View → Language, else the system's
(``QLocale.system()``: ``LANG=zh_CN.UTF-8`` gives Chinese), else English.

Chinese text needs a font with Chinese glyphs. Windows and macOS always have one; a
Linux laptop may not, so the lab bundles ``resources/fonts/NotoSansSC-lab.otf``: Noto
Sans CJK SC (SIL Open Font License) cut down to the characters the lab's translations
and lessons use plus the 3755 most common hanzi (``tools/subset_cjk_font.py``). It is
registered as an application font in every language, so Qt (and Matplotlib) fall back to
it for any Chinese character the user's fonts lack.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from tfintro_gui.ui.settings_values import read_choice

#: Language codes and their names, each in its own language (for the menu).
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
DEFAULT_LANGUAGE = "en"
SETTINGS_KEY = "interface/language"
#: ``resources/translations/<QM_PREFIX><language>.qm``
QM_PREFIX = "tfintro_gui_"
#: The bundled CJK font, relative to ``resources/``.
CJK_FONT = "fonts/NotoSansSC-lab.otf"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE
_cjk_font_family: str | None = None
_cjk_font_path: str | None = None
_matplotlib_has_cjk_font = False


def system_language(locale: QLocale | None = None) -> str:
    """The lab's language closest to ``locale`` (default: the system's).

    Returns:
        ``"zh_CN"`` for any Chinese locale, else ``"en"``.
    """
    locale = QLocale.system() if locale is None else locale
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return DEFAULT_LANGUAGE


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language chosen with View → Language, or None if none was (or it is unknown)."""
    settings = QSettings() if settings is None else settings
    return read_choice(settings, SETTINGS_KEY, LANGUAGES, None)


def save_language(language: str, settings: QSettings | None = None) -> None:
    """Keep ``language`` for the next start.

    Raises:
        ValueError: ``language`` is not one of :data:`LANGUAGES`.
    """
    if language not in LANGUAGES:
        raise ValueError(f"The lab speaks {', '.join(LANGUAGES)}, not {language!r}.")
    settings = QSettings() if settings is None else settings
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def chosen_language(settings: QSettings | None = None) -> str:
    """The saved language, else the system's."""
    return saved_language(settings) or system_language()


def current_language() -> str:
    """The language installed by :func:`install_language` (English before)."""
    return _current


def qm_path(language: str):
    """The compiled translation of ``language`` (it may not exist)."""
    from tfintro_gui.resources import resource_path

    return resource_path(f"translations/{QM_PREFIX}{language}.qm")


def install_language(language: str, app: QCoreApplication | None = None) -> bool:
    """Translate the interface into ``language`` from now on.

    Widgets built before the call keep their texts: call it before the window is built,
    or word them again afterwards (View → Language does, see
    :mod:`tfintro_gui.ui.window.language_switch`). Qt's own texts (standard buttons, file
    dialogs) are translated too, from the translations PySide6 ships.

    Args:
        language: one of :data:`LANGUAGES`; an unknown one means English.
        app: the application; default ``QCoreApplication.instance()``.

    Returns:
        True if the language is in force; False if its translation file is missing or
        unreadable (the interface then stays in English).
    """
    global _current
    app = QCoreApplication.instance() if app is None else app
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = DEFAULT_LANGUAGE
    if language not in LANGUAGES or language == DEFAULT_LANGUAGE:
        # Chinese may be typed in English too: the main window registers the font right
        # after its first paint (12 ms that the first paint need not wait for).
        return language == DEFAULT_LANGUAGE
    register_cjk_font()
    ours = QTranslator(app)
    try:
        path = qm_path(language)
    except FileNotFoundError:
        return False
    if not ours.load(str(path)):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    _current = language
    return True


def register_cjk_font() -> str | None:
    """Register the bundled Chinese font with Qt (once); Matplotlib gets it when first used.

    Matplotlib is not imported here: importing it costs about 0.3 s, and the window is
    painted before any plot exists (see :func:`use_cjk_font_in_matplotlib`).

    Returns:
        Its family name, or None if the file is missing or Qt cannot read it, or there is
        no ``QGuiApplication`` (``--report`` prints text with a plain ``QCoreApplication``).
    """
    global _cjk_font_family, _cjk_font_path
    if _cjk_font_family is not None:
        return _cjk_font_family
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return None

    from tfintro_gui.resources import resource_path

    try:
        path = resource_path(CJK_FONT)
    except FileNotFoundError:
        return None
    if not path.is_file():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    _cjk_font_family = families[0]
    _cjk_font_path = str(path)
    return _cjk_font_family


def use_cjk_font_in_matplotlib() -> None:
    """Let plot labels fall back to the bundled Chinese font (Matplotlib ≥ 3.6 font
    fallback). Called by whatever draws with Matplotlib, before it draws; cheap after the
    first call."""
    global _matplotlib_has_cjk_font
    if _matplotlib_has_cjk_font or _cjk_font_path is None:
        return
    from matplotlib import font_manager, rcParams

    font_manager.fontManager.addfont(_cjk_font_path)
    families = list(rcParams["font.family"])
    if _cjk_font_family not in families:
        rcParams["font.family"] = [*families, _cjk_font_family]
    _matplotlib_has_cjk_font = True

"""Languages: English (the source), Russian and Belarusian, following the system locale by default."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.names import ordering
from ui import settings

LANGUAGES = {"en": "English", "ru": "Русский", "be": "Беларуская"}
_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "ru": (QLocale.Language.Russian, QLocale.Country.Russia),
    "be": (QLocale.Language.Belarusian, QLocale.Country.Belarus),
}
_installed: list[QTranslator] = []


def effective_language(choice: str | None = None) -> str:
    """The language code in effect for a setting ("en", "ru", "be", or "system"/None: the
    system locale's, when it is one of these, else English)."""
    choice = choice or settings.get(settings.LANGUAGE)
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().language()
    if system == QLocale.Language.Belarusian:
        return "be"
    return "ru" if system == QLocale.Language.Russian else "en"


def _qt_catalogue(app: QCoreApplication, language: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, context menus, file dialogs): Qt ships them for
    Russian; for Belarusian, which Qt does not ship, our catalogue qtbase_be covers the ones
    this program shows."""
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return qt
    ours = resources.files("resources").joinpath("translations", f"qtbase_{language}.qm")
    if ours.is_file() and qt.load(str(ours)):
        return qt
    return None


def install(app: QCoreApplication, choice: str | None = None) -> str:
    """Install the translators for a language; returns the language in effect."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = effective_language(choice)
    QLocale.setDefault(QLocale(*_LOCALES[language]))
    ordering.read_names_as(language)  # lists of names sort as this language's readers read them
    ours = QTranslator(app)
    qm = resources.files("resources").joinpath("translations", f"abarona_{language}.qm")
    # English is the source language; its catalogue only carries plural forms.
    if qm.is_file() and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en" and (qt := _qt_catalogue(app, language)) is not None:
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def language() -> str:
    """The language in effect ("en", "ru" or "be"), for vocabulary labels and reports."""
    current = QLocale().language()
    if current == QLocale.Language.Belarusian:
        return "be"
    return "ru" if current == QLocale.Language.Russian else "en"

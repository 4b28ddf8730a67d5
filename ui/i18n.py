"""Languages: English (the source) and Russian, following the system locale by default."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui import settings

LANGUAGES = {"en": "English", "ru": "Русский"}
_installed: list[QTranslator] = []


def effective_language(choice: str | None = None) -> str:
    choice = choice or settings.get(settings.LANGUAGE)
    if choice in LANGUAGES:
        return choice
    return "ru" if QLocale.system().language() in (QLocale.Language.Russian, QLocale.Language.Belarusian) else "en"


def install(app: QCoreApplication, choice: str | None = None) -> str:
    """Install the translators for a language; returns the language in effect."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = effective_language(choice)
    QLocale.setDefault(QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English,
                               QLocale.Country.Russia if language == "ru" else QLocale.Country.UnitedKingdom))
    ours = QTranslator(app)
    qm = resources.files("resources").joinpath("translations", f"abarona_{language}.qm")
    # English is the source language; its catalogue only carries plural forms.
    if qm.is_file() and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return language


def language() -> str:
    """The language in effect, for vocabulary labels (which come in en and ru)."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"

"""Loading translations: visitapp's .qm files for the chosen language, plus Qt's own strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from visitapp.paths import resource_path

SUPPORTED = ("fr", "en")


def system_language() -> str:
    """French when the system locale is French, English otherwise."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install every visitapp_*_<language>.qm (one per UI area) and, for French, Qt's own.

    English is the source language: its .qm files only hold plural forms ("1 visit", "2 visits").
    Returns the translators, which must be kept alive as long as the application runs.
    """
    if language == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    else:
        language = "en"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    folder = resource_path("i18n")
    sources = [(str(folder), f.stem) for f in sorted(folder.glob(f"visitapp_*_{language}.qm"))]
    if language == "fr":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        sources.insert(0, (qt_folder, "qtbase_fr"))
    translators: list[QTranslator] = []
    for directory, name in sources:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def current_language() -> str:
    """The language the interface was started in (set by install_translators)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"

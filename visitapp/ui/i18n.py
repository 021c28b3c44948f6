"""Loading translations: visitapp's .qm files for the chosen language, plus Qt's own strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from visitapp.paths import resource_path

SUPPORTED = ("fr", "en")


def system_language() -> str:
    """French when the system locale is French, English otherwise."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install every visitapp_*_<language>.qm (one per UI area) and Qt's base translation.

    English is the source language: nothing to load. Returns the translators, which must be
    kept alive as long as the application runs.
    """
    translators: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return translators
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    folder = resource_path("i18n")
    files = sorted(folder.glob(f"visitapp_*_{language}.qm"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, name in [(qt_folder, f"qtbase_{language}")] + [
        (str(folder), f.stem) for f in files
    ]:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def current_language() -> str:
    """The language the interface was started in (set by install_translators)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"

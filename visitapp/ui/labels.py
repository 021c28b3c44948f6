"""Human words for the core's enums, translated; one place so every widget says the same thing.

Each table is translated once per language (a list of 500 visits asks for 1,000 labels).
"""

from __future__ import annotations

from enum import Enum
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from visitapp.core.decks import DeckLanguage
from visitapp.core.schools import Priority, SchoolKind, Sector
from visitapp.core.visits import ClassLevel, VisitKind

E = TypeVar("E", bound=Enum)


@cache
def _tables(language: QLocale.Language) -> dict[type[Enum], dict[Enum, str]]:
    # The strings are spelled out so that lupdate finds them.
    return {
        VisitKind: {
            VisitKind.CLASS_VISIT: QCoreApplication.translate("Labels", "Class visit"),
            VisitKind.FORUM: QCoreApplication.translate("Labels", "Forum or fair"),
            VisitKind.CAMPUS_VISIT: QCoreApplication.translate("Labels", "Campus visit"),
            VisitKind.COMPANY_VISIT: QCoreApplication.translate("Labels", "Company visit"),
            VisitKind.ONLINE: QCoreApplication.translate("Labels", "Online session"),
            VisitKind.OTHER: QCoreApplication.translate("Labels", "Other"),
        },
        ClassLevel: {
            ClassLevel.SIXIEME: QCoreApplication.translate("Labels", "6e"),
            ClassLevel.CINQUIEME: QCoreApplication.translate("Labels", "5e"),
            ClassLevel.QUATRIEME: QCoreApplication.translate("Labels", "4e"),
            ClassLevel.TROISIEME: QCoreApplication.translate("Labels", "3e"),
            ClassLevel.SECONDE: QCoreApplication.translate("Labels", "2nde"),
            ClassLevel.PREMIERE: QCoreApplication.translate("Labels", "1re"),
            ClassLevel.TERMINALE: QCoreApplication.translate("Labels", "Terminale"),
            ClassLevel.OTHER: QCoreApplication.translate("Labels", "Other level"),
        },
        SchoolKind: {
            SchoolKind.COLLEGE: QCoreApplication.translate("Labels", "Collège"),
            SchoolKind.LYCEE: QCoreApplication.translate("Labels", "Lycée"),
            SchoolKind.OTHER: QCoreApplication.translate("Labels", "Other"),
        },
        Priority: {
            Priority.NONE: QCoreApplication.translate("Labels", "Not priority education"),
            Priority.REP: QCoreApplication.translate("Labels", "REP"),
            Priority.REP_PLUS: QCoreApplication.translate("Labels", "REP+"),
        },
        Sector: {
            Sector.PUBLIC: QCoreApplication.translate("Labels", "Public"),
            Sector.PRIVATE: QCoreApplication.translate("Labels", "Private"),
        },
        DeckLanguage: {
            DeckLanguage.FRENCH: QCoreApplication.translate("Labels", "French"),
            DeckLanguage.ENGLISH: QCoreApplication.translate("Labels", "English"),
            DeckLanguage.OTHER: QCoreApplication.translate("Labels", "Other"),
        },
    }


def label(value: E) -> str:
    return _tables(QLocale().language())[type(value)][value]


def visit_kind(kind: VisitKind) -> str:
    return label(kind)


def class_level(level: ClassLevel) -> str:
    return label(level)


def school_kind(kind: SchoolKind) -> str:
    return label(kind)


def priority(value: Priority) -> str:
    return label(value)


def priority_short(value: Priority) -> str:
    return "" if value is Priority.NONE else label(value)


def sector(value: Sector) -> str:
    return label(value)

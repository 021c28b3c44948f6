"""Human words for the core's enums, translated; one place so every widget says the same thing.

Each table is translated once per language (a list of 500 visits asks for 1,000 labels).
"""

from __future__ import annotations

from enum import Enum
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from visitapp.core.schools import Priority, SchoolKind, Sector
from visitapp.core.visits import ClassLevel, VisitKind

E = TypeVar("E", bound=Enum)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


@cache
def _tables(language: QLocale.Language) -> dict[type[Enum], dict[Enum, str]]:
    # The strings are spelled out so that lupdate finds them.
    return {
        VisitKind: {
            VisitKind.CLASS_VISIT: _t("Class visit"),
            VisitKind.FORUM: _t("Forum or fair"),
            VisitKind.CAMPUS_VISIT: _t("Campus visit"),
            VisitKind.COMPANY_VISIT: _t("Company visit"),
            VisitKind.ONLINE: _t("Online session"),
            VisitKind.OTHER: _t("Other"),
        },
        ClassLevel: {
            ClassLevel.SIXIEME: _t("6e"),
            ClassLevel.CINQUIEME: _t("5e"),
            ClassLevel.QUATRIEME: _t("4e"),
            ClassLevel.TROISIEME: _t("3e"),
            ClassLevel.SECONDE: _t("2nde"),
            ClassLevel.PREMIERE: _t("1re"),
            ClassLevel.TERMINALE: _t("Terminale"),
            ClassLevel.OTHER: _t("Other level"),
        },
        SchoolKind: {
            SchoolKind.COLLEGE: _t("Collège"),
            SchoolKind.LYCEE: _t("Lycée"),
            SchoolKind.OTHER: _t("Other"),
        },
        Priority: {
            Priority.NONE: _t("Not priority education"),
            Priority.REP: _t("REP"),
            Priority.REP_PLUS: _t("REP+"),
        },
        Sector: {Sector.PUBLIC: _t("Public"), Sector.PRIVATE: _t("Private")},
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

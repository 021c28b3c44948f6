"""Human words for the core's enums, translated; one place so every widget says the same thing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from visitapp.core.schools import Priority, SchoolKind, Sector
from visitapp.core.visits import ClassLevel, VisitKind


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def visit_kind(kind: VisitKind) -> str:
    return {
        VisitKind.CLASS_VISIT: _t("Class visit"),
        VisitKind.FORUM: _t("Forum or fair"),
        VisitKind.CAMPUS_VISIT: _t("Campus visit"),
        VisitKind.COMPANY_VISIT: _t("Company visit"),
        VisitKind.ONLINE: _t("Online session"),
        VisitKind.OTHER: _t("Other"),
    }[kind]


def class_level(level: ClassLevel) -> str:
    return {
        ClassLevel.SIXIEME: _t("6e"),
        ClassLevel.CINQUIEME: _t("5e"),
        ClassLevel.QUATRIEME: _t("4e"),
        ClassLevel.TROISIEME: _t("3e"),
        ClassLevel.SECONDE: _t("2nde"),
        ClassLevel.PREMIERE: _t("1re"),
        ClassLevel.TERMINALE: _t("Terminale"),
        ClassLevel.OTHER: _t("Other level"),
    }[level]


def school_kind(kind: SchoolKind) -> str:
    return {
        SchoolKind.COLLEGE: _t("Collège"),
        SchoolKind.LYCEE: _t("Lycée"),
        SchoolKind.OTHER: _t("Other"),
    }[kind]


def priority(value: Priority) -> str:
    return {
        Priority.NONE: _t("Not priority education"),
        Priority.REP: _t("REP"),
        Priority.REP_PLUS: _t("REP+"),
    }[value]


def priority_short(value: Priority) -> str:
    return "" if value is Priority.NONE else priority(value)


def sector(value: Sector) -> str:
    return {Sector.PUBLIC: _t("Public"), Sector.PRIVATE: _t("Private")}[value]

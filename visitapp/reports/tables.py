"""An impact report as labelled tables: the one shape the CSV, XLSX and PDF renderers share.

Cells stay typed (counts, percentages, hidden figures, text) so each format writes them its own
way; only names entered by people are text, which is what formula neutralising looks at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from visitapp.core.indicators import GroupRow, Hidden, ImpactReport, Share
from visitapp.core.survey_indicators import SurveyReport
from visitapp.reports import labels


@dataclass(frozen=True, slots=True)
class Percent:
    """A share in [0, 1], written as a percentage."""

    value: float


@dataclass(frozen=True, slots=True)
class Number:
    """A mean or a change on an answer scale: two decimals, changes with their sign."""

    value: float
    signed: bool = False


Cell = str | int | float | Percent | Number | Hidden | date | None


@dataclass(frozen=True)
class Table:
    key: str  # snake_case, as in the JSON export
    title: str
    columns: list[str]  # labels, in the report's language
    rows: list[tuple[Cell, ...]]


def percent(value: Share) -> Cell:
    return Percent(value) if isinstance(value, float) else value


def period_text(report: ImpactReport, language: str) -> str:
    start, end = report.report_filter.date_from, report.report_filter.date_to
    fmt = "%d/%m/%Y"
    if start and end:
        return (
            f"du {start:{fmt}} au {end:{fmt}}"
            if language == "fr"
            else f"{start:{fmt}} – {end:{fmt}}"
        )
    if start:
        return f"depuis le {start:{fmt}}" if language == "fr" else f"since {start:{fmt}}"
    if end:
        return f"jusqu'au {end:{fmt}}" if language == "fr" else f"until {end:{fmt}}"
    return "toutes les dates" if language == "fr" else "all dates"


def context_rows(report: ImpactReport, language: str) -> list[tuple[str, str]]:
    """What the report covers, in words: period, filters, date, threshold."""
    french = language == "fr"
    chosen = report.report_filter
    rows = [("Période" if french else "Period", period_text(report, language))]
    if chosen.engineering_school:
        rows.append((labels.word("engineering_school", language), chosen.engineering_school))
    if chosen.ambassador_id:
        rows.append(
            ("Ambassadeur ou ambassadrice" if french else "Ambassador", report.ambassador_name)
        )
    if chosen.school_id:
        rows.append((labels.word("school", language), report.school_name))
    if chosen.class_level:
        rows.append(
            (labels.word("class_level", language), labels.level(chosen.class_level, language))
        )
    rows.append(
        (
            "Situation au" if french else "As of",
            report.as_of.strftime("%d/%m/%Y %H:%M"),
        )
    )
    rows.append(
        (
            "Petits groupes masqués" if french else "Small groups hidden",
            f"moins de {report.min_group_size} élèves"
            if french
            else f"fewer than {report.min_group_size} pupils",
        )
    )
    return rows


def _group_table(key: str, first: str, rows: list[GroupRow], name, language: str) -> Table:
    w = labels.word
    return Table(
        key,
        w(key, language),
        [w(first, language), w("visits", language), w("pupils", language), w("hours", language),
         w("girls_share", language)],
        [(name(r.key, language), r.visits, r.pupils, r.hours, percent(r.girls_share)) for r in rows],
    )  # fmt: skip


def impact_tables(report: ImpactReport, language: str) -> list[Table]:
    w = labels.word
    k = report.kpis
    summary = [
        (w("visits", language), k.visits),
        (w("planned_visits", language), k.planned_visits),
        (w("visits_without_headcount", language), k.visits_without_headcount),
        (w("pupils_reached", language), k.pupils_reached),
        (w("girls_share", language), percent(k.girls_share)),
        (w("priority_visits_share", language), percent(k.priority_visits_share)),
        (w("priority_pupils_share", language), percent(k.priority_pupils_share)),
        (w("rep_plus_visits_share", language), percent(k.rep_plus_visits_share)),
        (w("visit_hours", language), k.visit_hours),
        (w("schools", language), k.schools),
        (w("active_ambassadors", language), k.active_ambassadors),
    ]
    return [
        Table("summary", w("summary", language), [w("indicator", language), w("value", language)], summary),
        _group_table("by_month", "month", report.by_month, labels.month, language),
        _group_table("by_kind", "kind", report.by_kind, labels.kind, language),
        _group_table("by_level", "class_level", report.by_level, labels.level, language),
        _group_table("by_priority", "priority", report.by_priority, labels.priority, language),
        Table(
            "by_school",
            w("by_school", language),
            [w("school", language), w("city", language), w("priority", language),
             w("visits", language), w("pupils", language), w("girls_share", language)],
            [(s.name, s.city, labels.priority(s.priority, language), s.visits, s.pupils,
              percent(s.girls_share)) for s in report.by_school],
        ),
        Table(
            "ambassadors",
            w("ambassadors", language),
            [w("name", language), w("engineering_school", language), w("visits", language),
             w("hours", language), w("pupils", language)],
            [(a.name, a.engineering_school, a.visits, a.hours, a.pupils) for a in report.ambassadors],
        ),
        *(survey_tables(report.survey, language) if report.survey else []),
    ]  # fmt: skip


def survey_tables(survey: SurveyReport, language: str) -> list[Table]:
    from visitapp.reports.survey_tables import survey_tables as tables  # it builds on this module

    return tables(survey, language)


def report_title(language: str) -> str:
    return "Rapport d'impact" if language == "fr" else "Impact report"


def number_text(value: float, language: str, digits: int = 0) -> str:
    """1234.5 → '1 234,5' (French, narrow no-break spaces) or '1,234.5' (English)."""
    text = f"{value:,.{digits}f}"
    if language == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def percent_sign(language: str) -> str:
    """What follows a percentage: a no-break space and % in French (33 %), % in English."""
    return "\u00a0%" if language == "fr" else "%"


def display(cell: Cell, language: str) -> str:
    """A cell as people read it on screen and paper."""
    if cell is None:
        return "—"
    if isinstance(cell, Hidden):
        return labels.hidden(cell, language)
    if isinstance(cell, Percent):
        return number_text(cell.value * 100, language, 1) + percent_sign(language)
    if isinstance(cell, Number):
        text = number_text(cell.value, language, 2)
        return f"+{text}" if cell.signed and cell.value > 0 else text.replace("-", "−")
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, int):
        return number_text(cell, language)
    if isinstance(cell, float):
        return number_text(cell, language, 1)
    if isinstance(cell, date):
        return cell.strftime("%d/%m/%Y")
    return cell

"""The dashboard's charts with QtCharts: reach over time, share of girls by level, and the
before/after answers to one question. They draw what the report says, hidden figures included
as their "< 5" label, never as a bar."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont

from visitapp.core.indicators import Hidden, ImpactReport
from visitapp.core.survey_indicators import Distribution
from visitapp.reports import labels
from visitapp.reports.survey_tables import option_label
from visitapp.reports.tables import Percent, display, percent, percent_sign

BLUE, GREY, PURPLE = QColor("#1d4ed8"), QColor("#94a3b8"), QColor("#7c3aed")
INK = QColor("#0f172a")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSizeF(11)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setBackgroundRoundness(6)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setVisible(False)
    return chart


def reach_chart(report: ImpactReport, language: str) -> QChart:
    chart = _chart(QCoreApplication.translate("DashboardCharts", "Pupils reached per month"))
    bars = QBarSet(QCoreApplication.translate("DashboardCharts", "Pupils"))
    bars.setColor(BLUE)
    bars.setLabelColor(INK)
    months = report.by_month[-24:]  # two school years stay readable
    for row in months:
        bars.append(row.pupils)
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([labels.short_month(r.key, language) for r in months] or [""])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setRange(0, max((r.pupils for r in months), default=0) * 1.15 or 10)
    axis_y.setLabelFormat("%d")
    axis_y.applyNiceNumbers()
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    return chart


def girls_chart(report: ImpactReport, language: str) -> QChart:
    chart = _chart(QCoreApplication.translate("DashboardCharts", "Share of girls by class level"))
    bars = QBarSet(QCoreApplication.translate("DashboardCharts", "Girls"))
    bars.setColor(PURPLE)
    categories = []
    # Horizontal bars stack upwards: reversed, the list reads 6e … Terminale from the top.
    for row in reversed(report.by_level):
        cell = percent(row.girls_share)
        # A hidden share is no bar, and its label says why ("< 5").
        bars.append(round(cell.value * 100, 1) if isinstance(cell, Percent) else 0)
        categories.append(f"{labels.level(row.key, language)}  ({display(cell, language)})")
    series = QHorizontalBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append(categories or [""])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    axis_x.setRange(0, 100)
    axis_x.setLabelFormat(_axis_percent(language))
    axis_x.setTickCount(5)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    return chart


def before_after_chart(distribution: Distribution, language: str) -> QChart:
    chart = _chart(distribution.question.text.get(language))
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    series = QBarSeries()
    for name, counts, n, colour in (
        (
            QCoreApplication.translate("DashboardCharts", "Before"),
            distribution.before,
            distribution.answers_before,
            GREY,
        ),
        (
            QCoreApplication.translate("DashboardCharts", "After"),
            distribution.after,
            distribution.answers_after,
            BLUE,
        ),
    ):
        hidden = next((c for c in counts if isinstance(c, Hidden)), None)
        # A side answered by too few pupils draws no bar; its legend says why ("< 5").
        bars = QBarSet(f"{name} ({labels.hidden(hidden, language) if hidden else n})")
        bars.setColor(colour)
        bars.setLabelColor(INK)
        for count in counts:
            # Whole percents: QtCharts writes "@value" with a decimal point whatever the
            # language (its localised mode drops the axis labels), and the table below is exact.
            bars.append(round(100 * count / n) if isinstance(count, int) and n else 0)
        series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value" + percent_sign(language))
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([option_label(distribution.question, o, language) for o in distribution.options])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setRange(0, 100)
    axis_y.setLabelFormat(_axis_percent(language))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    return chart


def _axis_percent(language: str) -> str:
    """An axis tick's printf format: a whole percent, written as the report's tables write it."""
    return "%d" + percent_sign(language).replace("%", "%%")

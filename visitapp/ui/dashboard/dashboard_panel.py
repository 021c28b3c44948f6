"""The impact page: filters, key figures, charts and exports of the open database.

Every figure is computed by the report service in a background task; the page only shows the
result, so a central database of a million answers never freezes the window.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visitapp.core.errors import VisitappError
from visitapp.core.indicators import (
    MIN_GROUP_CEILING,
    MIN_GROUP_FLOOR,
    Hidden,
    ImpactReport,
    ReportFilter,
)
from visitapp.core.problems import ValidationError
from visitapp.core.statistics import Interval
from visitapp.core.visits import ClassLevel
from visitapp.reports.tables import Cell, Number, display, percent
from visitapp.services import Services
from visitapp.services.reports import FilterChoices
from visitapp.texts import describe, describe_error
from visitapp.ui import labels as ui_labels
from visitapp.ui.dashboard import dashboard_charts
from visitapp.ui.dashboard.exports import EXPORT_KINDS, export_certificate, export_report
from visitapp.ui.dashboard.kpi_tile import KpiTile
from visitapp.ui.i18n import current_language
from visitapp.ui.tasks import run_task
from visitapp.ui.visits_panel import school_year_start

THIS_YEAR, LAST_YEAR, ALL_DATES, CUSTOM = range(4)


def _compute(services: Services, report_filter: ReportFilter) -> tuple[FilterChoices, ImpactReport]:
    return services.reports.filter_choices(), services.reports.impact(report_filter)


class DashboardPanel(QWidget):
    report_ready = Signal(object)  # the ImpactReport now shown
    exported = Signal(str)  # the path of a finished export
    failed = Signal(str)  # what went wrong, in words

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Impact")
        self._services = services
        self._language = current_language()
        self._report: ImpactReport | None = None
        self._busy = False
        self._stale = False
        self._outdated = False  # data changed while the page was hidden: computed when shown
        self._build()
        self._connect_signals()
        self.refresh()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.title)
        heading.setObjectName("pageTitle")
        self.summary = QLabel(self.tr("Computing…"))
        self.summary.setObjectName("pageSummary")
        self.summary.setWordWrap(True)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setObjectName("primaryButton")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.export_actions: dict[str, QAction] = {}
        for kind, text in (
            ("csv", self.tr("CSV for Excel…")),
            ("xlsx", self.tr("Excel workbook (XLSX)…")),
            ("pdf", self.tr("PDF impact report…")),
            ("json", self.tr("JSON for other tools…")),
        ):
            self.export_actions[kind] = menu.addAction(text)
        self.export_button.setMenu(menu)
        self.certificate_button = QToolButton()
        self.certificate_button.setText(self.tr("Engagement certificate…"))
        self.certificate_button.setToolTip(self.tr("Choose an ambassador in the filters first"))

        self.period = QComboBox()
        self.period.addItem(self.tr("This school year"), THIS_YEAR)
        self.period.addItem(self.tr("Last school year"), LAST_YEAR)
        self.period.addItem(self.tr("All dates"), ALL_DATES)
        self.period.addItem(self.tr("Custom range"), CUSTOM)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-3))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.hide()
        self.engineering_school = QComboBox()
        self.ambassador = QComboBox()
        self.school = QComboBox()
        self.level = QComboBox()
        for combo in (self.engineering_school, self.ambassador, self.school):
            combo.setMinimumWidth(190)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level.addItem(self.tr("All levels"), None)
        for level in ClassLevel:
            self.level.addItem(ui_labels.class_level(level), level.value)
        self.min_group = QSpinBox()
        self.min_group.setRange(MIN_GROUP_FLOOR, MIN_GROUP_CEILING)
        self.min_group.setValue(self._services.reports.min_group_size())
        self.min_group.setSuffix(self.tr(" pupils"))
        self.min_group_label = QLabel(self.tr("Hide groups under"))
        self.min_group.setToolTip(
            self.tr("Figures about fewer pupils are shown as “< N” (never fewer than 3)")
        )
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for widget in (self.period, self.date_from, self.date_to, self.engineering_school,
                       self.ambassador, self.school, self.level):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(heading)
        titles.addWidget(self.summary)
        head.addLayout(titles, 1)  # the summary wraps rather than being cut
        head.addWidget(self.min_group_label)
        head.addWidget(self.min_group)
        head.addSpacing(12)
        head.addWidget(self.certificate_button)
        head.addWidget(self.export_button)

        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.tiles = {
            "visits": KpiTile(self.tr("Visits held")),
            "pupils": KpiTile(self.tr("Pupils reached")),
            "girls": KpiTile(self.tr("Share of girls")),
            "priority_visits": KpiTile(self.tr("Visits in REP / REP+ schools")),
            "priority_pupils": KpiTile(self.tr("Pupils in REP / REP+ schools")),
            "hours": KpiTile(self.tr("Hours in front of pupils")),
            "response_rate": KpiTile(self.tr("Response rate (after survey)")),
            "useful": KpiTile(self.tr("Found the talk useful (4–5 of 5)")),
        }
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 4, i % 4)

        self.reach_view = self._chart_view()
        self.girls_view = self._chart_view()
        self.empty = QLabel(
            self.tr(
                "No visit took place in this selection yet.\nVisits appear here once they have "
                "happened; enter the pupils present to count them."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        charts = QHBoxLayout()
        charts.addWidget(self.reach_view, 3)
        charts.addWidget(self.girls_view, 2)

        self.survey_title = QLabel(self.tr("Before and after the talk"))
        self.survey_title.setObjectName("sectionTitle")
        self.question = QComboBox()
        self.question.setMinimumWidth(320)
        self.survey_note = QLabel()
        self.survey_note.setObjectName("pageSummary")
        self.survey_note.setWordWrap(True)
        self.question_view = self._chart_view()
        self.changes = self._table(
            [self.tr("Question"), self.tr("Pairs"), self.tr("Mean change"), self.tr("95% CI"),
             self.tr("Moved up"), self.tr("Answers before / after"),
             self.tr("Mean before → after")]
        )  # fmt: skip
        question_row = QHBoxLayout()
        question_row.addWidget(self.survey_title)
        question_row.addSpacing(24)
        question_row.addWidget(self.question, 1)  # the question's words in full, not cut off

        self.people_title = QLabel(self.tr("Ambassadors"))
        self.people_title.setObjectName("sectionTitle")
        self.people = self._table(
            [self.tr("Name"), self.tr("Engineering school"), self.tr("Visits"), self.tr("Hours"),
             self.tr("Pupils met")]
        )  # fmt: skip

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(12)
        body.addLayout(grid)
        body.addWidget(self.empty)
        body.addLayout(charts)
        body.addLayout(question_row)
        body.addWidget(self.survey_note)
        body.addWidget(self.question_view)
        body.addWidget(self.changes)
        body.addWidget(self.people_title)
        body.addWidget(self.people)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    def _chart_view(self) -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(300)
        return view

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _connect_signals(self) -> None:
        for combo in (self.period, self.engineering_school, self.ambassador, self.school,
                      self.level):  # fmt: skip
            combo.currentIndexChanged.connect(self._on_filters_changed)
        self.date_from.dateChanged.connect(self._on_filters_changed)
        self.date_to.dateChanged.connect(self._on_filters_changed)
        self.min_group.valueChanged.connect(self._on_min_group_changed)
        self.question.currentIndexChanged.connect(self._on_question_changed)
        for kind, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self._on_export_triggered(k))
        self.certificate_button.clicked.connect(self._on_certificate_clicked)

    # -- computing -------------------------------------------------------------------------

    def current_filter(self) -> ReportFilter:
        today = self._services.reports.as_of().date()
        period = self.period.currentData()
        start = end = None
        if period in (THIS_YEAR, LAST_YEAR):
            start = school_year_start(today)
            if period == LAST_YEAR:
                start = date(start.year - 1, 9, 1)
            end = date(start.year + 1, 8, 31)
        elif period == CUSTOM:
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        return ReportFilter(
            date_from=start,
            date_to=end,
            engineering_school=self.engineering_school.currentData(),
            ambassador_id=self.ambassador.currentData(),
            school_id=self.school.currentData(),
            class_level=ClassLevel(level) if (level := self.level.currentData()) else None,
        )

    def refresh(self) -> None:
        """Recompute in the background; a change meanwhile is computed right after. A hidden
        page only notes it: every edit elsewhere asks, and a big programme takes a while."""
        if not self.isVisible():
            self._outdated = True
            return
        self._outdated = False
        if self._busy:
            self._stale = True
            return
        self._busy, self._stale = True, False
        self.export_button.setEnabled(False)  # an export now would write the figures shown before
        self.summary.setText(self.tr("Computing…"))
        run_task(
            _compute,
            self._services,
            self.current_filter(),
            on_done=self._on_computed,
            on_error=self._on_compute_failed,
            parent=self,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._outdated:
            self.refresh()

    def _on_computed(self, result: tuple[FilterChoices, ImpactReport]) -> None:
        self._busy = False
        self.export_button.setEnabled(True)
        if self._stale:
            self.refresh()
            return
        choices, report = result
        self._report = report
        self._fill_choices(choices)
        self._show(report)
        self.message.hide()
        self.report_ready.emit(report)

    def _on_compute_failed(self, error: Exception) -> None:
        self._busy = False
        self.export_button.setEnabled(self._report is not None)
        self._say_failure(error)
        if self._stale:
            self.refresh()

    def _say_failure(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            text = " ".join(describe(p, self._language) for p in error.problems)
        elif isinstance(error, VisitappError):
            text = describe_error(error, self._language)
        else:
            text = self.tr("Something went wrong: %1").replace("%1", str(error))
        self.message.setText(text)
        self.message.show()
        self.summary.setText("")
        self.failed.emit(text)

    def _fill_choices(self, choices: FilterChoices) -> None:
        def fill(combo: QComboBox, everyone: str, items: list[tuple[str, str]]) -> None:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.blockSignals(False)

        fill(self.engineering_school, self.tr("All engineering schools"),
             [(name, name) for name in choices.engineering_schools])  # fmt: skip
        fill(self.ambassador, self.tr("All ambassadors"),
             [(a.name, a.id) for a in choices.ambassadors])  # fmt: skip
        fill(self.school, self.tr("All schools"), [(s.name, s.id) for s in choices.schools])
        self.certificate_button.setEnabled(self.ambassador.currentData() is not None)

    # -- showing ---------------------------------------------------------------------------

    def _text(self, cell: Cell) -> str:
        return display(cell, self._language)

    def _number(self, value: float | Hidden | None, signed: bool = False) -> str:
        return self._text(Number(value, signed) if isinstance(value, float) else value)

    def _show(self, report: ImpactReport) -> None:
        k = report.kpis
        self.summary.setText(
            self.tr("As of %1 · %2 planned · figures about fewer than %3 pupils are hidden")
            .replace("%1", report.as_of.strftime("%d/%m/%Y %H:%M"))
            .replace("%2", self._text(k.planned_visits))
            .replace("%3", str(report.min_group_size))
        )
        survey = report.survey
        useful = survey.usefulness if survey else None
        values = {
            "visits": self._text(k.visits),
            "pupils": self._text(k.pupils_reached),
            "girls": self._text(percent(k.girls_share)),
            "priority_visits": self._text(percent(k.priority_visits_share)),
            "priority_pupils": self._text(percent(k.priority_pupils_share)),
            "hours": self._text(k.visit_hours),
            "response_rate": self._text(percent(survey.response_rate_after) if survey else None),
            "useful": self._text(percent(useful.share_useful) if useful else None),
        }
        for key, text in values.items():
            self.tiles[key].set_value(text)
        self.tiles["visits"].set_value(
            values["visits"],
            self.tr("%n visit(s) still without a headcount", "", k.visits_without_headcount),
        )
        nothing = k.visits == 0
        self.empty.setVisible(nothing)
        self.reach_view.setVisible(not nothing)
        self.girls_view.setVisible(not nothing)
        self._set_chart(self.reach_view, dashboard_charts.reach_chart(report, self._language))
        self._set_chart(self.girls_view, dashboard_charts.girls_chart(report, self._language))
        self._show_survey(report)
        self._show_people(report)

    @staticmethod
    def _set_chart(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _show_survey(self, report: ImpactReport) -> None:
        survey = report.survey
        shown = survey is not None and bool(survey.distributions)
        for widget in (self.survey_title, self.question, self.question_view, self.changes,
                       self.survey_note):  # fmt: skip
            widget.setVisible(shown)
        if not shown:
            return
        chosen = self.question.currentData()
        self.question.blockSignals(True)
        self.question.clear()
        for d in survey.distributions:
            self.question.addItem(d.question.text.get(self._language), d.question.id)
        self.question.setCurrentIndex(max(self.question.findData(chosen), 0))
        self.question.blockSignals(False)
        self._on_question_changed()
        note = (
            self.tr("%1 answers before, %2 after, %3 phones paired.")
            .replace("%1", self._text(survey.responses_before))
            .replace("%2", self._text(survey.responses_after))
            .replace("%3", self._text(survey.paired_phones))
        )
        if survey.tallied_sessions:  # said only when a show of hands was counted
            note += " " + self.tr(
                "Show-of-hands counts from %n survey(s) are included in the answers per option "
                "and the unpaired means.",
                "",
                survey.tallied_sessions,
            )
        self.survey_note.setText(note)
        rows = []
        for change in survey.changes:
            p, u = change.overall.paired, change.overall.unpaired
            if isinstance(p.interval, Interval):
                between = " ; " if self._language == "fr" else " to "
                bounds = between.join(
                    self._number(bound, True) for bound in (p.interval.low, p.interval.high)
                )
            else:
                bounds = self._text(p.interval)
            rows.append(
                [
                    change.question.text.get(self._language),
                    self._text(p.pairs),
                    self._number(p.mean_change, True),
                    bounds,
                    self._text(percent(p.share_up)),
                    f"{self._text(u.answers_before)} / {self._text(u.answers_after)}",
                    f"{self._number(u.mean_before)} → {self._number(u.mean_after)}",
                ]
            )
        self._fill_table(self.changes, rows)

    def _show_people(self, report: ImpactReport) -> None:
        rows = [
            [
                a.name,
                a.engineering_school,
                self._text(a.visits),
                self._text(a.hours),
                self._text(a.pupils),
            ]
            for a in report.ambassadors
        ]
        self._fill_table(self.people, rows, text_columns=2)
        self.people_title.setVisible(bool(rows))
        self.people.setVisible(bool(rows))

    @staticmethod
    def _fill_table(table: QTableWidget, rows: list[list[str]], text_columns: int = 1) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)  # plain text: names are never markup
                if c >= text_columns:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        height = table.horizontalHeader().height() + sum(
            table.rowHeight(r) for r in range(len(rows))
        )
        table.setFixedHeight(height + 4)

    # -- slots -----------------------------------------------------------------------------

    def _on_filters_changed(self, *_args) -> None:
        custom = self.period.currentData() == CUSTOM
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.certificate_button.setEnabled(self.ambassador.currentData() is not None)
        self.refresh()

    def _on_min_group_changed(self, value: int) -> None:
        try:
            self._services.reports.set_min_group_size(value)
        except ValidationError as error:
            self._say_failure(error)
            return
        self.refresh()

    def _on_question_changed(self, *_args) -> None:
        report = self._report
        if report is None or report.survey is None:
            return
        wanted = self.question.currentData()
        for distribution in report.survey.distributions:
            if distribution.question.id == wanted:
                self._set_chart(
                    self.question_view,
                    dashboard_charts.before_after_chart(distribution, self._language),
                )

    def ask_path(self, kind: str) -> Path | None:
        """The file to write, from a save dialog (tests replace this method)."""
        suffix, pattern = EXPORT_KINDS[kind]
        name = ("rapport-impact" if self._language == "fr" else "impact-report") + suffix
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / name), pattern
        )
        return Path(chosen) if chosen else None

    def _on_export_triggered(self, kind: str) -> None:
        path = self.ask_path(kind)
        if path is not None:
            self.export(kind, path)

    def export(self, kind: str, path: Path) -> None:
        """Write the report shown now, in the background."""
        if self._report is None:
            return
        self.summary.setText(self.tr("Writing %1…").replace("%1", path.name))
        run_task(
            export_report,
            self._report,
            kind,
            self._language,
            path,
            on_done=self._on_exported,
            on_error=self._say_failure,
            parent=self,
        )

    def _on_certificate_clicked(self) -> None:
        ambassador_id = self.ambassador.currentData()
        if ambassador_id is None:
            return
        path = self.ask_path("certificate")
        if path is not None:
            self.export_certificate(ambassador_id, path)

    def export_certificate(self, ambassador_id: str, path: Path) -> None:
        chosen = self.current_filter()
        run_task(
            export_certificate,
            self._services,
            ambassador_id,
            chosen.date_from,
            chosen.date_to,
            path,
            on_done=self._on_exported,
            on_error=self._say_failure,
            parent=self,
        )

    def _on_exported(self, path: Path) -> None:
        self.summary.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.exported.emit(str(path))

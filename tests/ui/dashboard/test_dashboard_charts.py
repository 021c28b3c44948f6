"""The before/after chart draws what the report says: a side answered by too few pupils is no bar,
and its legend says why instead of how many answered."""

from __future__ import annotations

from PySide6.QtCharts import QChartView

from visitapp.core.survey_indicators import AnswerCount, QuestionInfo, distribution
from visitapp.core.surveys import LocalText, QuestionKind
from visitapp.ui.dashboard.dashboard_charts import before_after_chart

QUESTION = QuestionInfo(
    "interest",
    QuestionKind.SCALE,
    LocalText("Intérêt ?", "Interest?"),
    tuple((p, LocalText(p, p)) for p in "12345"),
)


def test_a_small_side_is_hidden_in_the_legend_and_draws_no_bar(qtbot):
    answers = [
        AnswerCount("before", "3e", "", "interest", "2", 2, 3),  # 3 pupils: below 5
        AnswerCount("after", "3e", "", "interest", "4", 4, 20),
    ]
    chart = before_after_chart(distribution(QUESTION, answers, threshold=5), "en")
    view = QChartView(chart)  # owns the chart, its series and bars until qtbot closes it
    qtbot.addWidget(view)
    [series] = chart.series()
    before, after = series.barSets()
    assert before.label() == "Before (< 5)"
    assert [before.at(i) for i in range(5)] == [0] * 5
    assert after.label() == "After (20)"
    assert after.at(3) == 100


def test_percents_are_written_as_each_language_writes_them(qtbot):
    answers = [AnswerCount("after", "3e", "", "interest", "4", 4, 20)]
    french = ("fr", "@value\u00a0%", "%d\u00a0%%")  # a no-break space, as in the tables
    for language, label, axis in (french, ("en", "@value%", "%d%%")):
        chart = before_after_chart(distribution(QUESTION, answers, threshold=5), language)
        view = QChartView(chart)
        qtbot.addWidget(view)
        [series] = chart.series()
        assert series.labelsFormat() == label
        assert chart.axes()[1].labelFormat() == axis  # "33 %" in French, "33%" in English

"""Survey indicators checked against a hand computation: paired vs unpaired change, show-of-hands
tallies counted apart, breakdowns by gender, suppression, and free text kept out of every export."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import datetime

import pytest
from openpyxl import load_workbook

from visitapp.core.indicators import Hidden, HiddenReason
from visitapp.core.schools import School
from visitapp.core.surveys_answers import answers_json
from visitapp.core.surveys_sessions import Channel, Phase, SurveyResponse
from visitapp.core.visits import ClassLevel, Visit
from visitapp.reports.csv_export import impact_csv
from visitapp.reports.json_export import impact_json
from visitapp.reports.xlsx_export import impact_xlsx
from visitapp.storage.surveys import SurveyRepository

SECRET = "SECRET-TEXT-42"
# phone → (gender, interest before, interest after)
PHONES = {
    "p1": ("girl", 2, 4),
    "p2": ("girl", 3, 3),
    "p3": ("girl", 1, 3),
    "p4": ("boy", 4, 3),
    "p5": ("boy", 2, 5),
    "p6": ("boy", 3, 4),
}


@pytest.fixture
def surveyed(services):
    school = services.records.save_school(School("", "Collège Test", "Lille"))
    v1, v2 = (
        services.records.save_visit(
            Visit("", school.id, datetime(2026, 10, day, 10, 0), class_level=level,
                  pupils_present=pupils, girls_present=pupils // 2)
        )
        for day, level, pupils in ((5, ClassLevel.TROISIEME, 30), (6, ClassLevel.QUATRIEME, 20))
    )  # fmt: skip
    surveys = services.surveys
    before, after = (surveys.open_session(v1.id, phase) for phase in (Phase.BEFORE, Phase.AFTER))
    repo = SurveyRepository(services.storage.store())

    def answer(session, number, answers, pair_key=None, channel=Channel.WEB):
        definition = surveys.definition(session.definition_id)
        response = SurveyResponse(
            f"{session.phase}-{number}", session.id, "2026-10-05T08:10:00.000Z", channel,
            answers_json(definition, answers), pair_key,
        )  # fmt: skip
        assert repo.insert_response(response, definition)

    for n, (phone, (gender, first, second)) in enumerate(PHONES.items()):
        key = f"{phone}-pair-key-0123456789"
        answer(before, n, {"gender": gender, "interest": first}, key)
        extra = {"message": SECRET} if n == 0 else {}
        answer(after, n, {"gender": gender, "interest": second, **extra}, key)
    answer(before, 10, {"gender": "girl", "interest": 5}, channel=Channel.KIOSK)
    answer(after, 10, {"gender": "boy", "interest": 1}, "p7-pair-key-0123456789")
    hands_before = surveys.open_session(v2.id, Phase.BEFORE)
    hands_after = surveys.open_session(v2.id, Phase.AFTER)
    surveys.save_tallies(hands_before.id, {"interest": {"2": 4, "3": 6}})
    surveys.save_tallies(hands_after.id, {"interest": {"4": 7, "5": 3}})
    return services


def interest(report):
    return next(c for c in report.survey.changes if c.question.id == "interest")


def test_paired_and_unpaired_change_match_the_hand_computation(surveyed):
    report = surveyed.reports.impact(min_group_size=3)
    survey = report.survey
    assert (survey.responses_before, survey.responses_after) == (7, 7)
    assert survey.response_rate_before == pytest.approx(7 / 50)  # both surveyed visits' pupils
    assert (survey.paired_phones, survey.tallied_sessions) == (6, 2)
    change = interest(report)
    paired = change.overall.paired
    assert paired.pairs == 6
    assert paired.mean_change == pytest.approx(7 / 6)  # 2 + 0 + 2 − 1 + 3 + 1
    assert paired.share_up == pytest.approx(4 / 6) and paired.share_down == pytest.approx(1 / 6)
    assert paired.interval.low < 7 / 6 < paired.interval.high
    unpaired = change.overall.unpaired
    # 7 answers + 10 hands on each side: before Σ = 20 + 26, after Σ = 23 + 43
    assert (unpaired.answers_before, unpaired.answers_after) == (17, 17)
    assert (unpaired.tallied_before, unpaired.tallied_after) == (10, 10)
    assert unpaired.mean_before == pytest.approx(46 / 17)
    assert unpaired.mean_after == pytest.approx(66 / 17)
    assert unpaired.mean_change == pytest.approx(20 / 17)


def test_breakdown_by_gender_leaves_tallies_out(surveyed):
    change = interest(surveyed.reports.impact(min_group_size=3))
    rows = {row.group: row for row in change.by_gender}
    assert rows["girl"].paired.mean_change == pytest.approx(4 / 3)
    assert rows["boy"].paired.mean_change == pytest.approx(1.0)
    assert rows["girl"].unpaired.mean_before == pytest.approx(11 / 4)
    assert rows["boy"].unpaired.mean_after == pytest.approx(13 / 4)
    assert rows["girl"].unpaired.tallied_before == 0
    levels = {row.group: row for row in change.by_level}
    assert levels["4e"].unpaired.tallied_before == 10 and levels["4e"].paired.pairs == 0


def test_small_gender_groups_are_hidden(surveyed):
    change = interest(surveyed.reports.impact())  # threshold 5: 3 girls, 3 boys paired
    rows = {row.group: row for row in change.by_gender}
    assert rows["girl"].paired.mean_change == Hidden(HiddenReason.SMALL_GROUP, 5)
    assert rows["boy"].paired.share_up == Hidden(HiddenReason.SMALL_GROUP, 5)
    assert change.overall.paired.mean_change == pytest.approx(7 / 6)  # 6 pairs ≥ 5


def test_distribution_counts_tallies(surveyed):
    survey = surveyed.reports.impact(min_group_size=3).survey
    d = next(d for d in survey.distributions if d.question.id == "interest")
    assert d.options == ["1", "2", "3", "4", "5"]
    assert d.before == [1, 6, 8, 1, 1] and d.tallied_before == 10


def test_free_text_never_reaches_an_export(surveyed):
    report = surveyed.reports.impact(min_group_size=3)
    data = json.loads(impact_json(report))
    assert data["survey"]["paired_phones"] == 6
    for blob in (impact_json(report), impact_csv(report, "fr")):
        assert SECRET.encode() not in blob
    book = load_workbook(io.BytesIO(impact_xlsx(report, "en")))
    cells = [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row]
    assert cells and not [c for c in cells if SECRET in c]


def test_answers_on_a_duplicate_visit_count_with_the_visit_it_was_marked_as(surveyed):
    """Two laptops recorded the 3e visit; the second ran a kiosk survey. Once the coordinator
    marks them as one visit, its answers stay counted but its 30 pupils are not counted again."""
    services = surveyed
    [first] = [s.visit for s in services.records.list_visits() if s.visit.pupils_present == 30]
    twin = services.records.save_visit(replace(first, id=""))
    kiosk = services.surveys.open_session(twin.id, Phase.BEFORE)
    definition = services.surveys.definition(kiosk.definition_id)
    answers = answers_json(definition, {"gender": "girl", "interest": 5})
    response = SurveyResponse(
        "twin-1", kiosk.id, "2026-10-05T08:12:00.000Z", Channel.KIOSK, answers
    )
    SurveyRepository(services.storage.store()).insert_response(response, definition)
    before = services.reports.impact(min_group_size=3).survey
    assert before.responses_before == 8
    assert before.response_rate_before == pytest.approx(8 / 80)  # 30 pupils counted twice

    services.sync.mark_same_visit([first.id, twin.id])
    report = services.reports.impact(min_group_size=3)
    assert report.kpis.visits == 2
    assert report.survey.responses_before == 8
    assert report.survey.response_rate_before == pytest.approx(8 / 50)
    unpaired = interest(report).overall.unpaired
    assert (unpaired.answers_before, unpaired.tallied_before) == (18, 10)
    assert unpaired.mean_before == pytest.approx((46 + 5) / 18)

"""The presentation's state as plain data: moves, audience view, timing and pace."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from visitapp.core.presentation import (
    Blank,
    JumpBuffer,
    PaceStatus,
    PresentationState,
    SlideTimer,
    format_duration,
    pace,
)

MOVES = st.sampled_from(["next", "previous", "freeze", "black", "white", "goto"])


@given(st.integers(1, 80), st.lists(st.tuples(MOVES, st.integers(-5, 100)), max_size=60))
def test_any_key_sequence_keeps_both_views_on_a_real_page(pages, moves):
    state = PresentationState(pages)
    for move, number in moves:
        if move == "next":
            state.next()
        elif move == "previous":
            state.previous()
        elif move == "freeze":
            state.toggle_freeze()
        elif move == "black":
            state.toggle_blank(Blank.BLACK)
        elif move == "white":
            state.toggle_blank(Blank.WHITE)
        else:
            state.go_to(number)
        assert 0 <= state.current < pages
        assert 0 <= state.audience_page < pages


def test_freeze_keeps_the_audience_on_its_slide_while_the_presenter_moves():
    state = PresentationState(10, current=3)
    state.toggle_freeze()
    state.next()
    state.next()
    assert (state.current, state.audience_page) == (5, 3)
    state.toggle_freeze()
    assert state.audience_page == 5


def test_black_and_white_screens_toggle_and_replace_each_other():
    state = PresentationState(3)
    state.toggle_blank(Blank.BLACK)
    assert state.blank is Blank.BLACK
    state.toggle_blank(Blank.WHITE)
    assert state.blank is Blank.WHITE
    state.toggle_blank(Blank.WHITE)
    assert state.blank is Blank.NONE


def test_moves_report_whether_the_slide_changed():
    state = PresentationState(2)
    assert state.previous() is False
    assert state.next() is True
    assert state.next() is False
    assert state.is_last


def test_jump_buffer_reads_slide_numbers_as_shown():
    jump = JumpBuffer()
    assert jump.take() is None
    for digit in (1, 2):
        jump.type_digit(digit)
    assert jump.take() == 11
    assert jump.take() is None
    for digit in (9, 9, 9, 9, 9):
        jump.type_digit(digit)
    assert jump.text == "9999"


def test_slide_timer_adds_up_returns_to_a_slide():
    timer = SlideTimer()
    timer.show(0, 100.0)
    timer.show(1, 130.0)
    timer.show(0, 190.0)
    assert timer.totals(200.0) == {0: 40.0, 1: 60.0}
    timer.stop(205.0)
    assert timer.seconds == {0: 45.0, 1: 60.0}
    timer.stop(300.0)
    assert timer.seconds == {0: 45.0, 1: 60.0}


@pytest.mark.parametrize(
    ("elapsed_min", "page", "status", "minutes"),
    [
        (0, 0, PaceStatus.ON_TIME, 0),
        (27.5, 8, PaceStatus.ON_TIME, 0),  # half-way through 16 slides at half time
        (10, 8, PaceStatus.AHEAD, 18),  # slide 9 of 16 should start at 27.5 min
        (40, 4, PaceStatus.BEHIND, 26),  # slide 5 should have started at 13.75 min
        (60, 15, PaceStatus.OVERTIME, 5),
    ],
)
def test_pace_against_an_even_spread_of_slides(elapsed_min, page, status, minutes):
    result = pace(elapsed_min * 60, 55 * 60, page, 16)
    assert (result.status, result.minutes) == (status, minutes)
    assert result.remaining_seconds == pytest.approx((55 - elapsed_min) * 60)


def test_duration_format():
    assert format_duration(0) == "0:00"
    assert format_duration(65.9) == "1:05"
    assert format_duration(3725) == "1:02:05"
    assert format_duration(-90) == "-1:30"

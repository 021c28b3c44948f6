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
        (1, 1, PaceStatus.ON_TIME, 0),  # within the tolerance of its slot
        (27.5, 8, PaceStatus.ON_TIME, 0),  # slide 9 of 16 has the slot 27.5–30.9 min
        (10, 8, PaceStatus.AHEAD, 18),
        (40, 4, PaceStatus.BEHIND, 23),  # slide 5's slot ended at 17.2 min
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


@pytest.mark.parametrize(
    ("page", "box", "placed"),
    [
        ((720, 405), (1920, 1080), (0, 0, 1920, 1080)),  # 16:9 on 16:9
        ((720, 405), (1024, 768), (0, 96, 1024, 576)),  # 16:9 on 4:3: bars above and below
        ((720, 540), (1920, 1080), (240, 0, 1440, 1080)),  # 4:3 on 16:9: bars at the sides
        ((595, 842), (1280, 800), (357, 0, 565, 800)),  # a portrait A4 page
        ((720, 405), (0, 100), (0, 0, 0, 0)),
    ],
)
def test_letterbox_keeps_the_aspect_ratio(page, box, placed):
    from visitapp.core.presentation import letterbox

    assert letterbox(*page, *box) == placed


@given(st.integers(100, 5000), st.integers(100, 5000), st.integers(1, 4000), st.integers(1, 4000))
def test_letterbox_fits_and_centres(page_w, page_h, box_w, box_h):
    from visitapp.core.presentation import letterbox

    x, y, w, h = letterbox(page_w, page_h, box_w, box_h)
    assert x >= 0 and y >= 0 and x + w <= box_w and y + h <= box_h
    assert w == box_w or h == box_h
    assert abs(x - (box_w - w - x)) <= 1 and abs(y - (box_h - h - y)) <= 1

"""Screen choice as a pure function: where the slides and the console go, remembered per setup."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from visitapp.core.screens import ScreenInfo, choose_layout, setup_key, swapped

LAPTOP = ScreenInfo("eDP-1", 0, 0, 1920, 1080, primary=True, model="BOE 0x0a1c")
PROJECTOR = ScreenInfo("HDMI-1", 1920, 0, 1280, 800, model="EPSON EB-X41")
MONITOR = ScreenInfo("DP-2", -2560, 0, 2560, 1440, model="DELL U2720Q")


def test_one_screen_shows_the_slides_and_the_console_on_demand():
    layout = choose_layout([LAPTOP])
    assert (layout.audience, layout.console, layout.one_screen) == ("eDP-1", None, True)
    assert swapped(layout) == layout


def test_the_projector_gets_the_slides_and_the_laptop_the_console():
    layout = choose_layout([LAPTOP, PROJECTOR])
    assert (layout.audience, layout.console) == ("HDMI-1", "eDP-1")


def test_a_remembered_choice_wins_for_the_same_setup_only():
    key = setup_key([PROJECTOR, LAPTOP])
    assert key == setup_key([LAPTOP, PROJECTOR])  # order does not matter
    remembered = {key: "eDP-1"}
    layout = choose_layout([LAPTOP, PROJECTOR], remembered)
    assert (layout.audience, layout.console) == ("eDP-1", "HDMI-1")
    other_projector = ScreenInfo("HDMI-1", 1920, 0, 1024, 768, model="BENQ MS550")
    assert choose_layout([LAPTOP, other_projector], remembered).audience == "HDMI-1"


def test_swap_exchanges_the_screens():
    layout = swapped(choose_layout([LAPTOP, PROJECTOR]))
    assert (layout.audience, layout.console) == ("eDP-1", "HDMI-1")


def test_a_mirrored_projector_is_one_screen():
    mirror = ScreenInfo("HDMI-1", 0, 0, 1920, 1080, model="EPSON EB-X41")
    assert choose_layout([LAPTOP, mirror]).one_screen
    assert setup_key([LAPTOP, mirror]) == setup_key([LAPTOP])


def test_with_three_screens_the_largest_non_primary_shows_the_slides():
    layout = choose_layout([LAPTOP, PROJECTOR, MONITOR])
    assert (layout.audience, layout.console) == ("DP-2", "eDP-1")


def test_a_remembered_screen_that_left_is_ignored():
    remembered = {setup_key([LAPTOP, PROJECTOR]): "HDMI-9"}
    assert choose_layout([LAPTOP, PROJECTOR], remembered).audience == "HDMI-1"


SCREENS = st.lists(
    st.builds(
        ScreenInfo,
        name=st.text("ABCDEF-12", min_size=1, max_size=5),
        x=st.integers(-4000, 4000),
        y=st.integers(-2000, 2000),
        width=st.integers(640, 3840),
        height=st.integers(480, 2160),
        primary=st.booleans(),
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda s: s.name,
)


@given(SCREENS, st.dictionaries(st.text(max_size=30), st.text(max_size=8), max_size=3))
def test_layout_always_names_connected_distinct_screens(screens, remembered):
    layout = choose_layout(screens, remembered)
    names = {s.name for s in screens}
    assert layout.audience in names
    assert layout.console is None or (layout.console in names and layout.console != layout.audience)

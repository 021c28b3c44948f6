"""Which screen shows the slides and which the presenter console, as a pure function of the
connected displays and what the presenter chose last time with the same displays."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class ScreenInfo:
    name: str  # the system's name for the output, e.g. "eDP-1", "HDMI-1"
    x: int
    y: int
    width: int
    height: int
    primary: bool = False
    model: str = ""  # manufacturer and model from the display, when the system knows them

    @property
    def area(self) -> int:
        return self.width * self.height

    @property
    def geometry(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.width, self.height)


@dataclass(frozen=True, slots=True)
class ScreenLayout:
    audience: str  # name of the screen that shows the slides full screen
    console: str | None  # name of the presenter's screen; None in one-screen mode

    @property
    def one_screen(self) -> bool:
        return self.console is None


def distinct_screens(screens: Sequence[ScreenInfo]) -> list[ScreenInfo]:
    """Screens that show different pixels: a mirrored projector shares the laptop's geometry,
    so it is the same surface and cannot hold a separate console."""
    seen: dict[tuple[int, int, int, int], ScreenInfo] = {}
    for screen in screens:
        kept = seen.get(screen.geometry)
        if kept is None or (screen.primary and not kept.primary):
            seen[screen.geometry] = screen
    return sorted(seen.values(), key=lambda s: (s.x, s.y, s.name))


def setup_key(screens: Sequence[ScreenInfo]) -> str:
    """Names the display setup (laptop alone, laptop + the projector of room B12…), so a choice
    made with these displays is found again next time they are connected together."""
    parts = sorted(
        f"{s.name}:{s.model}:{s.width}x{s.height}".rstrip(":") for s in distinct_screens(screens)
    )
    return " + ".join(parts)


def _primary(screens: Sequence[ScreenInfo]) -> ScreenInfo:
    return next((s for s in screens if s.primary), screens[0])


def choose_layout(
    screens: Sequence[ScreenInfo], remembered: Mapping[str, str] | None = None
) -> ScreenLayout:
    """Where the slides and the console go.

    One distinct screen: slides full screen there, console on demand. Several: the screen the
    presenter picked last time with this setup, else the largest one that is not the primary
    (the laptop's own panel is usually primary, the projector is not); the console goes on the
    primary screen, or on the first other one when the slides are on the primary.
    """
    distinct = distinct_screens(screens)
    if not distinct:
        raise ValueError("no screen")
    primary = _primary(distinct)
    if len(distinct) == 1:
        return ScreenLayout(audience=distinct[0].name, console=None)
    names = {s.name for s in distinct}
    chosen = (remembered or {}).get(setup_key(distinct))
    if chosen not in names:
        others = [s for s in distinct if s is not primary]
        chosen = max(others, key=lambda s: (s.area, -distinct.index(s))).name
    if chosen == primary.name:
        console = next(s.name for s in distinct if s.name != chosen)
    else:
        console = primary.name
    return ScreenLayout(audience=chosen, console=console)


def swapped(layout: ScreenLayout) -> ScreenLayout:
    """The console's screen shows the slides and the other way round (one screen: unchanged)."""
    if layout.console is None:
        return layout
    return replace(layout, audience=layout.console, console=layout.audience)

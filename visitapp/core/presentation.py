"""What a running presentation knows, as plain data: the slide the presenter is on, what the
audience sees (frozen, black or white screen), the time spent per slide and the pace."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

DEFAULT_TARGET_MINUTES = 55  # one French class period


class Blank(StrEnum):
    NONE = "none"
    BLACK = "black"
    WHITE = "white"


@dataclass
class PresentationState:
    """The presenter's position and the audience view. Pages are 0-based; every move is clamped."""

    page_count: int
    current: int = 0
    frozen_page: int | None = None  # the page the audience keeps seeing while frozen
    blank: Blank = Blank.NONE

    def __post_init__(self) -> None:
        if self.page_count < 1:
            raise ValueError("a deck has at least one page")
        self.current = self._clamp(self.current)

    def _clamp(self, page: int) -> int:
        return max(0, min(self.page_count - 1, page))

    @property
    def audience_page(self) -> int:
        return self.current if self.frozen_page is None else self.frozen_page

    @property
    def frozen(self) -> bool:
        return self.frozen_page is not None

    @property
    def is_last(self) -> bool:
        return self.current == self.page_count - 1

    def go_to(self, page: int) -> bool:
        """Move to `page` (clamped). True when the presenter's slide changed."""
        page = self._clamp(page)
        changed = page != self.current
        self.current = page
        return changed

    def next(self) -> bool:
        return self.go_to(self.current + 1)

    def previous(self) -> bool:
        return self.go_to(self.current - 1)

    def toggle_blank(self, blank: Blank) -> None:
        self.blank = Blank.NONE if self.blank == blank else blank

    def toggle_freeze(self) -> None:
        self.frozen_page = None if self.frozen else self.current


class JumpBuffer:
    """Digits typed before Enter: "1", "2", Enter jumps to slide 12 (1-based, as shown)."""

    MAX_DIGITS = 4

    def __init__(self) -> None:
        self.text = ""

    def type_digit(self, digit: int) -> None:
        if len(self.text) < self.MAX_DIGITS:
            self.text += str(digit)

    def take(self) -> int | None:
        """The typed slide as a 0-based page, or None when nothing was typed. Empties the buffer."""
        text, self.text = self.text, ""
        return int(text) - 1 if text else None

    def backspace(self) -> None:
        self.text = self.text[:-1]

    def clear(self) -> None:
        self.text = ""


@dataclass
class SlideTimer:
    """Seconds spent on each page, from a monotonic time source the caller reads.

    `show(page, now)` closes the running interval and opens one for `page`; `stop(now)` closes it.
    """

    seconds: dict[int, float] = field(default_factory=dict)
    _page: int | None = None
    _since: float = 0.0

    def show(self, page: int, now: float) -> None:
        self.stop(now)
        self._page = page
        self._since = now

    def stop(self, now: float) -> None:
        if self._page is not None:
            spent = max(0.0, now - self._since)
            self.seconds[self._page] = self.seconds.get(self._page, 0.0) + spent
            self._page = None

    def totals(self, now: float) -> dict[int, float]:
        """What was spent so far, the running interval included, without stopping."""
        totals = dict(self.seconds)
        if self._page is not None:
            totals[self._page] = totals.get(self._page, 0.0) + max(0.0, now - self._since)
        return totals


class PaceStatus(StrEnum):
    ON_TIME = "on_time"
    AHEAD = "ahead"
    BEHIND = "behind"
    OVERTIME = "overtime"


@dataclass(frozen=True, slots=True)
class Pace:
    status: PaceStatus
    minutes: int  # how far ahead/behind/over, rounded to whole minutes (0 when on time)
    remaining_seconds: float  # target minus elapsed; negative once over time


# Within this share of the target either way, the presenter is on time (≈ 3 min of 55).
PACE_TOLERANCE = 0.05


def pace(elapsed_seconds: float, target_seconds: float, page: int, page_count: int) -> Pace:
    """Ahead or behind, against the slides spread evenly over the target duration: slide
    `page` (0-based) of N has the slot [page/N, (page+1)/N] of the target. Being on the slide
    whose slot it is now (give or take PACE_TOLERANCE) is on time."""
    remaining = target_seconds - elapsed_seconds
    if target_seconds <= 0 or page_count < 1:
        return Pace(PaceStatus.ON_TIME, 0, remaining)
    if remaining < 0:
        return Pace(PaceStatus.OVERTIME, _whole_minutes(-remaining), remaining)
    slot_start = target_seconds * page / page_count
    slot_end = target_seconds * (page + 1) / page_count
    tolerance = target_seconds * PACE_TOLERANCE
    if elapsed_seconds < slot_start - tolerance:
        return Pace(
            PaceStatus.AHEAD, max(1, _whole_minutes(slot_start - elapsed_seconds)), remaining
        )
    if elapsed_seconds > slot_end + tolerance:
        return Pace(
            PaceStatus.BEHIND, max(1, _whole_minutes(elapsed_seconds - slot_end)), remaining
        )
    return Pace(PaceStatus.ON_TIME, 0, remaining)


def _whole_minutes(seconds: float) -> int:
    return int(seconds // 60 + (1 if seconds % 60 >= 30 else 0))


def format_duration(seconds: float) -> str:
    """m:ss under an hour, h:mm:ss from then on; negative durations get a minus sign."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def letterbox(
    page_width: float, page_height: float, box_width: int, box_height: int
) -> tuple[int, int, int, int]:
    """Where a page goes in a box, aspect ratio kept: (x, y, width, height) in whole pixels,
    centred, with bars left and right or above and below."""
    if page_width <= 0 or page_height <= 0 or box_width <= 0 or box_height <= 0:
        return (0, 0, 0, 0)
    width = box_width
    height = round(box_width * page_height / page_width)
    if height > box_height:
        height = box_height
        width = min(box_width, round(box_height * page_width / page_height))
    return ((box_width - width) // 2, (box_height - height) // 2, width, height)

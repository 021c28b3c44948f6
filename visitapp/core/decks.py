"""Slide decks: the PDF a visit is presented with, its per-slide speaker notes, and the rules
that match notes taken from a .pptx to the pages of its PDF export."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from visitapp.core.errors import VisitappError
from visitapp.core.ids import stable_id
from visitapp.core.problems import Problem, problem

TITLE_MAX = 200
NOTE_MAX = 20_000


class DeckLanguage(StrEnum):
    FRENCH = "fr"
    ENGLISH = "en"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Deck:
    id: str
    title: str
    language: DeckLanguage
    page_count: int
    file_name: str  # inside the data directory's decks/ folder
    sha256: str
    size_bytes: int = 0


def deck_id_for(sha256: str) -> str:
    """The same PDF gets the same id on every laptop, so its notes merge instead of doubling."""
    return stable_id("deck", sha256)


def note_id(deck_id: str, page: int) -> str:
    return stable_id("deck_note", deck_id, str(page))


def slide_time_id(visit_id: str, deck_id: str, page: int) -> str:
    return stable_id("visit_slide_time", visit_id, deck_id, str(page))


def validate_deck(deck: Deck) -> list[Problem]:
    problems: list[Problem] = []
    if not deck.title.strip():
        problems.append(problem("title", "required"))
    elif len(deck.title) > TITLE_MAX:
        problems.append(problem("title", "too_long", max=TITLE_MAX))
    if deck.page_count < 1:
        problems.append(problem("page_count", "out_of_range", min=1, max=10_000))
    return problems


def validate_note(text: str) -> list[Problem]:
    if len(text) > NOTE_MAX:
        return [problem("notes", "too_long", max=NOTE_MAX)]
    return []


# Titles that exporters write when the author never named the file: worse than the file name.
_PLACEHOLDER_TITLES = re.compile(
    r"^(untitled|sans titre|présentation\d*|presentation\d*|powerpoint presentation|"
    r"présentation powerpoint|diapositive \d+|slide \d+|diaporama|document)$",
    re.IGNORECASE,
)
_EXPORTER_PREFIX = re.compile(r"^microsoft (office )?powerpoint\s*-\s*", re.IGNORECASE)
_OFFICE_SUFFIX = re.compile(r"\.(pptx?|odp|key|pdf)$", re.IGNORECASE)


def clean_title(metadata_title: str | None, file_stem: str) -> str:
    """A readable deck title: the PDF's own title unless it is an exporter's placeholder."""
    title = (metadata_title or "").strip()
    title = _OFFICE_SUFFIX.sub("", _EXPORTER_PREFIX.sub("", title)).strip()
    if title and not _PLACEHOLDER_TITLES.match(title):
        return title[:TITLE_MAX]
    stem = re.sub(r"[_]+", " ", file_stem).strip() or "Deck"
    return stem[:TITLE_MAX]


def language_from_tag(tag: str | None) -> DeckLanguage:
    """A PDF's /Lang (e.g. "fr-FR") as a deck language; unknown gives French, the app's audience."""
    code = (tag or "").strip().lower()[:2]
    if code == "en":
        return DeckLanguage.ENGLISH
    if code in ("", "fr"):
        return DeckLanguage.FRENCH
    return DeckLanguage.OTHER


@dataclass(frozen=True, slots=True)
class PptxSlide:
    """One slide of a .pptx, in presentation order."""

    notes: str
    hidden: bool = False


class NotesMismatch(ValueError):
    """The .pptx does not have as many slides as the PDF has pages."""

    def __init__(self, slides: int, shown: int, pages: int) -> None:
        super().__init__(f"{slides} slides ({shown} shown) for {pages} pages")
        self.slides = slides
        self.shown = shown
        self.pages = pages


def match_notes(slides: list[PptxSlide], page_count: int) -> list[str]:
    """The notes of each PDF page, taken from the .pptx slides.

    PowerPoint leaves hidden slides out of its PDF export by default, so the shown slides are
    tried first, then all of them. Raises NotesMismatch when neither count fits: pairing notes
    with the wrong slides would be worse than no notes.
    """
    shown = [slide for slide in slides if not slide.hidden]
    if len(shown) == page_count:
        return [slide.notes for slide in shown]
    if len(slides) == page_count:
        return [slide.notes for slide in slides]
    raise NotesMismatch(len(slides), len(shown), page_count)


# -- errors a user can be shown (worded in texts.py) -----------------------------------------


class DeckFileError(VisitappError):
    code = "deck.unreadable"


class NotPdf(DeckFileError):
    code = "deck.not_pdf"


class EncryptedPdf(DeckFileError):
    code = "deck.encrypted"


class DamagedPdf(DeckFileError):
    code = "deck.damaged"


class TruncatedPdf(DeckFileError):
    code = "deck.truncated"


class EmptyPdf(DeckFileError):
    code = "deck.empty"


class DeckFileMissing(DeckFileError):
    code = "deck.file_missing"


class NotPptx(DeckFileError):
    code = "pptx.not_pptx"


class OldPpt(DeckFileError):
    code = "pptx.old_format"


class PptxNotesMismatch(DeckFileError):
    code = "pptx.mismatch"

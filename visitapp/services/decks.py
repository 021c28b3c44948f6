"""The deck library: importing PDFs into the data directory, titles and languages, speaker notes
(typed in the app or read from the matching .pptx), and what a visit presented for how long."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from visitapp.core.decks import (
    Deck,
    DeckFileError,
    DeckFileMissing,
    DeckLanguage,
    NotesMismatch,
    PptxNotesMismatch,
    clean_title,
    deck_id_for,
    language_from_tag,
    match_notes,
    validate_deck,
    validate_note,
)
from visitapp.core.errors import RecordNotFound
from visitapp.core.problems import ValidationError
from visitapp.paths import resource_path
from visitapp.services.pdf_facts import read_pdf_facts
from visitapp.services.pptx_notes import read_pptx_slides
from visitapp.storage.database import Storage
from visitapp.storage.decks import DeckRepository

DECKS_FOLDER = "decks"
DEMO_DECK = "devenir-ingenieur.pdf"
DEMO_NOTES = "devenir-ingenieur.notes.json"
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class DeckImport:
    deck: Deck
    already_there: bool = False  # the same PDF was in the library: nothing was copied again
    restored: bool = False  # it had been deleted and is back, with its notes


@dataclass(frozen=True, slots=True)
class NotesImport:
    pages_with_notes: int
    changed: int


def _copy_hashing(source: Path, folder: Path) -> tuple[Path, str, int]:
    """Copy `source` into `folder` under a temporary name; its SHA-256 is computed on the way,
    so a deck on a USB stick is read exactly once."""
    digest = hashlib.sha256()
    size = 0
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".import-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary), digest.hexdigest(), size


class DeckService:
    """Decks live as files in `<data dir>/decks/` (named by their SHA-256) and as records."""

    def __init__(self, storage: Storage, folder: Path | None = None) -> None:
        self._storage = storage
        self.folder = folder or storage.path.parent / DECKS_FOLDER

    def _repo(self) -> DeckRepository:
        return DeckRepository(self._storage.store())

    # -- library ---------------------------------------------------------------------------

    def list_decks(self) -> list[Deck]:
        return self._repo().list_decks()

    def get_deck(self, deck_id: str) -> Deck | None:
        return self._repo().get_deck(deck_id)

    def pdf_path(self, deck: Deck) -> Path:
        """The deck's file in the data directory. Raises DeckFileMissing when it is gone (a
        deck merged from another laptop comes without its PDF)."""
        path = self.folder / deck.file_name
        if not path.is_file():
            raise DeckFileMissing(path=str(path), title=deck.title)
        return path

    def import_pdf(
        self, source: Path, *, title: str | None = None, language: DeckLanguage | None = None
    ) -> DeckImport:
        """Copy the PDF at `source` into the library. The same file imported twice is one deck.

        Raises a DeckFileError subclass (not a PDF, protected, damaged…) and copies nothing then.
        """
        source = Path(source)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary, sha256, size = _copy_hashing(source, self.folder)
        except OSError as error:  # the file is gone (a USB stick pulled out), or not ours to read
            raise DeckFileError(f"{error.strerror}: {error.filename}") from error
        try:
            repo = self._repo()
            deck_id = deck_id_for(sha256)
            existing = repo.get_deck(deck_id, include_deleted=True)
            # The same bytes were checked when first imported: a known deck is not read again
            # (a long deck takes a while), only its file put back, should it have gone.
            facts = read_pdf_facts(temporary) if existing is None else None
            final = self.folder / f"{sha256}.pdf"
            os.replace(temporary, final)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        if existing is not None:
            restored = repo.is_deleted(deck_id)
            if restored:
                repo.set_deck_deleted(deck_id, False)
            return DeckImport(existing, already_there=True, restored=restored)
        deck = Deck(
            id=deck_id,
            title=(title or "").strip() or clean_title(facts.title, source.stem),
            language=language or language_from_tag(facts.language_tag),
            page_count=facts.page_count,
            file_name=final.name,
            sha256=sha256,
            size_bytes=size,
        )
        repo.save_deck(deck)
        return DeckImport(deck)

    def update_deck(self, deck_id: str, *, title: str, language: DeckLanguage) -> Deck:
        repo = self._repo()
        deck = repo.get_deck(deck_id)
        if deck is None:
            raise RecordNotFound()
        changed = replace(deck, title=title.strip(), language=language)
        problems = validate_deck(changed)
        if problems:
            raise ValidationError(problems)
        if changed != deck:
            repo.save_deck(changed)
        return changed

    def delete_deck(self, deck_id: str) -> None:
        """A tombstone: the file stays, so undo and the visits that used the deck still work."""
        if not self._repo().set_deck_deleted(deck_id, True):
            raise RecordNotFound()

    def restore_deck(self, deck_id: str) -> None:
        if not self._repo().set_deck_deleted(deck_id, False):
            raise RecordNotFound()

    # -- speaker notes ---------------------------------------------------------------------

    def notes(self, deck_id: str) -> list[str]:
        """One note per page ("" where there is none)."""
        repo = self._repo()
        deck = repo.get_deck(deck_id)
        if deck is None:
            raise RecordNotFound()
        found = repo.notes(deck_id)
        return [found.get(page, "") for page in range(deck.page_count)]

    def notes_counts(self) -> dict[str, int]:
        """Deck id → number of slides with a note (for the library's list)."""
        return self._repo().count_notes()

    def save_notes(self, deck_id: str, notes: Mapping[int, str]) -> int:
        """Save the notes of these pages (0-based). Returns how many changed."""
        repo = self._repo()
        deck = repo.get_deck(deck_id)
        if deck is None:
            raise RecordNotFound()
        problems = [p for text in notes.values() for p in validate_note(text)]
        bad_pages = [page for page in notes if not 0 <= page < deck.page_count]
        if bad_pages:
            raise ValueError(f"pages {bad_pages} are not in a deck of {deck.page_count}")
        if problems:
            raise ValidationError(problems[:1])
        return repo.save_notes(deck_id, notes)

    def read_pptx_notes(self, deck_id: str, pptx: Path) -> list[str]:
        """The notes the .pptx at `pptx` has for each page of the deck, without saving them.

        Raises OldPpt / NotPptx for a file that is not a .pptx, PptxNotesMismatch when its
        slides do not line up with the PDF's pages.
        """
        deck = self._repo().get_deck(deck_id)
        if deck is None:
            raise RecordNotFound()
        slides = read_pptx_slides(Path(pptx))
        try:
            return match_notes(slides, deck.page_count)
        except NotesMismatch as mismatch:
            raise PptxNotesMismatch(
                slides=mismatch.slides, shown=mismatch.shown, pages=mismatch.pages
            ) from mismatch

    def import_pptx_notes(self, deck_id: str, pptx: Path) -> NotesImport:
        """Replace the deck's notes by those of the matching .pptx (slides without notes there
        keep the notes typed in the app)."""
        notes = self.read_pptx_notes(deck_id, pptx)
        found = {page: text for page, text in enumerate(notes) if text}
        changed = self.save_notes(deck_id, found) if found else 0
        return NotesImport(pages_with_notes=len(found), changed=changed)

    # -- visits ----------------------------------------------------------------------------

    def record_presentation(
        self, visit_id: str, deck_id: str, seconds: Mapping[int, float]
    ) -> None:
        """The visit was presented with this deck; add the time spent on each page (0-based)."""
        repo = self._repo()
        with repo.db.atomic():
            if not repo.set_visit_deck(visit_id, deck_id):
                raise RecordNotFound()
            repo.add_slide_times(visit_id, deck_id, seconds)

    def slide_times(self, visit_id: str) -> dict[str, dict[int, float]]:
        return self._repo().slide_times(visit_id)

    # -- demo ------------------------------------------------------------------------------

    def add_demo_deck(self) -> DeckImport:
        """The French demo deck and its speaker notes (notes typed since are kept)."""
        notes_file = json.loads(resource_path("decks", DEMO_NOTES).read_text(encoding="utf-8"))
        result = self.import_pdf(
            resource_path("decks", DEMO_DECK),
            title=notes_file["title"],
            language=DeckLanguage(notes_file["language"]),
        )
        deck_id = result.deck.id
        if not any(self.notes(deck_id)):
            self.save_notes(deck_id, dict(enumerate(notes_file["notes"])))
        return result

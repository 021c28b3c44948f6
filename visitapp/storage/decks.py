"""Reading and writing decks, their speaker notes, and the time a visit spent on each slide.

Slides are 1-based in the tables (`slide_number`) and 0-based pages everywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping

from visitapp.core.decks import Deck, DeckLanguage, note_id, slide_time_id
from visitapp.storage.database import Store
from visitapp.storage.records import set_deleted, upsert_record

_DECK_COLUMNS = "id, title, language, page_count, file_name, sha256, size_bytes"


def _deck(row: tuple) -> Deck:
    try:
        language = DeckLanguage(row[2])
    except ValueError:  # written by a newer visitapp
        language = DeckLanguage.OTHER
    return Deck(row[0], row[1], language, row[3], row[4], row[5], row[6])


class DeckRepository:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    # -- decks -------------------------------------------------------------------------------

    def list_decks(self) -> list[Deck]:
        rows = self.db.execute(
            f"SELECT {_DECK_COLUMNS} FROM deck WHERE deleted = 0 ORDER BY title COLLATE NOCASE"
        ).fetchall()
        return [_deck(row) for row in rows]

    def get_deck(self, deck_id: str, *, include_deleted: bool = False) -> Deck | None:
        row = self.db.execute(
            f"SELECT {_DECK_COLUMNS} FROM deck WHERE id = ?"
            + ("" if include_deleted else " AND deleted = 0"),
            [deck_id],
        ).fetchone()
        return _deck(row) if row else None

    def is_deleted(self, deck_id: str) -> bool:
        row = self.db.execute("SELECT deleted FROM deck WHERE id = ?", [deck_id]).fetchone()
        return bool(row and row[0])

    def save_deck(self, deck: Deck) -> bool:
        with self.db.atomic():
            return upsert_record(
                self.store,
                "deck",
                deck.id,
                {
                    "title": deck.title,
                    "language": deck.language.value,
                    "page_count": deck.page_count,
                    "file_name": deck.file_name,
                    "sha256": deck.sha256,
                    "size_bytes": deck.size_bytes,
                },
            )

    def set_deck_deleted(self, deck_id: str, deleted: bool) -> bool:
        with self.db.atomic():
            return set_deleted(self.store, "deck", deck_id, deleted)

    # -- notes -------------------------------------------------------------------------------

    def notes(self, deck_id: str) -> dict[int, str]:
        """Page (0-based) → note, for the pages that have one."""
        rows = self.db.execute(
            "SELECT slide_number, text FROM deck_note WHERE deck_id = ? AND deleted = 0",
            [deck_id],
        )
        return {number - 1: text for number, text in rows if text}

    def count_notes(self) -> dict[str, int]:
        """Deck id → how many of its slides have a note."""
        rows = self.db.execute(
            "SELECT deck_id, count(*) FROM deck_note WHERE deleted = 0 AND text <> ''"
            " GROUP BY deck_id"
        )
        return {deck_id: count for deck_id, count in rows}

    def save_notes(self, deck_id: str, notes: Mapping[int, str]) -> int:
        """Write the notes of these pages; an unchanged note is not rewritten (its timestamp and
        origin stay, so sync does not see an edit that did not happen). Returns how many changed."""
        changed = 0
        with self.db.atomic():
            current = {
                number - 1: (text, deleted)
                for number, text, deleted in self.db.execute(
                    "SELECT slide_number, text, deleted FROM deck_note WHERE deck_id = ?",
                    [deck_id],
                )
            }
            for page, text in notes.items():
                old = current.get(page)
                if old is None and not text:
                    continue
                if old is not None and old[0] == text and not old[1]:
                    continue
                upsert_record(
                    self.store,
                    "deck_note",
                    note_id(deck_id, page),
                    {"deck_id": deck_id, "slide_number": page + 1, "text": text},
                )
                changed += 1
        return changed

    # -- visits ------------------------------------------------------------------------------

    def set_visit_deck(self, visit_id: str, deck_id: str | None) -> bool:
        """Record which deck a visit used. False when the visit does not exist."""
        with self.db.atomic():
            row = self.db.execute(
                "SELECT deck_id FROM visit WHERE id = ? AND deleted = 0", [visit_id]
            ).fetchone()
            if row is None:
                return False
            if row[0] != deck_id:
                upsert_record(self.store, "visit", visit_id, {"deck_id": deck_id})
            return True

    def add_slide_times(self, visit_id: str, deck_id: str, seconds: Mapping[int, float]) -> None:
        """Add time spent on each page to what the visit already recorded (a presentation that
        was left and resumed adds up)."""
        with self.db.atomic():
            current = {
                number - 1: value
                for number, value in self.db.execute(
                    "SELECT slide_number, seconds FROM visit_slide_time"
                    " WHERE visit_id = ? AND deck_id = ? AND deleted = 0",
                    [visit_id, deck_id],
                )
            }
            for page, spent in seconds.items():
                if spent <= 0:
                    continue
                upsert_record(
                    self.store,
                    "visit_slide_time",
                    slide_time_id(visit_id, deck_id, page),
                    {
                        "visit_id": visit_id,
                        "deck_id": deck_id,
                        "slide_number": page + 1,
                        "seconds": round(current.get(page, 0.0) + spent, 3),
                    },
                )

    def slide_times(self, visit_id: str) -> dict[str, dict[int, float]]:
        """Deck id → page → seconds, for every deck this visit was presented with."""
        times: dict[str, dict[int, float]] = {}
        for deck_id, number, value in self.db.execute(
            "SELECT deck_id, slide_number, seconds FROM visit_slide_time"
            " WHERE visit_id = ? AND deleted = 0 ORDER BY deck_id, slide_number",
            [visit_id],
        ):
            times.setdefault(deck_id, {})[number - 1] = value
        return times

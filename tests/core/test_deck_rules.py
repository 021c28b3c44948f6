"""Deck rules: readable titles, languages from PDF tags, notes matched to the PDF's pages."""

from __future__ import annotations

import pytest

from visitapp.core.decks import (
    Deck,
    DeckLanguage,
    NotesMismatch,
    PptxSlide,
    clean_title,
    language_from_tag,
    match_notes,
    validate_deck,
    validate_note,
)


@pytest.mark.parametrize(
    ("metadata", "stem", "expected"),
    [
        ("Les métiers de l'ingénieur", "export", "Les métiers de l'ingénieur"),
        ("Microsoft PowerPoint - Visite 3e.pptx", "x", "Visite 3e"),
        ("Présentation PowerPoint", "visite_college_curie", "visite college curie"),
        ("PowerPoint Presentation", "Forum", "Forum"),
        ("Presentation1", "ma_presentation", "ma presentation"),
        ("", "deck", "deck"),
        (None, "", "Deck"),
        ("  Untitled ", "Atelier robots", "Atelier robots"),
    ],
)
def test_clean_title_prefers_a_real_title(metadata, stem, expected):
    assert clean_title(metadata, stem) == expected


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("fr-FR", DeckLanguage.FRENCH),
        ("FR", DeckLanguage.FRENCH),
        ("en-GB", DeckLanguage.ENGLISH),
        ("de-DE", DeckLanguage.OTHER),
        ("", DeckLanguage.FRENCH),
        (None, DeckLanguage.FRENCH),
    ],
)
def test_language_from_pdf_tag(tag, language):
    assert language_from_tag(tag) is language


def test_notes_skip_hidden_slides_as_powerpoint_export_does():
    slides = [PptxSlide("a"), PptxSlide("hidden", hidden=True), PptxSlide("c")]
    assert match_notes(slides, 2) == ["a", "c"]
    assert match_notes(slides, 3) == ["a", "hidden", "c"]


def test_notes_refused_when_no_count_matches():
    with pytest.raises(NotesMismatch) as caught:
        match_notes([PptxSlide("a"), PptxSlide("b", hidden=True)], 5)
    assert (caught.value.slides, caught.value.shown, caught.value.pages) == (2, 1, 5)


def test_deck_and_note_validation():
    deck = Deck("id", " ", DeckLanguage.FRENCH, 0, "f.pdf", "0" * 64)
    codes = {(p.field, p.code) for p in validate_deck(deck)}
    assert codes == {("title", "required"), ("page_count", "out_of_range")}
    assert validate_note("x" * 20_001)[0].code == "too_long"
    assert validate_note("ok") == []

"""The deck library: PDFs copied into the data folder, bad files refused with clear words,
speaker notes typed or read from the matching .pptx, and what a visit presented."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfWriter

from tests.services.pptx_fixture import write_pptx
from visitapp.core.decks import (
    DamagedPdf,
    DeckFileError,
    DeckFileMissing,
    DeckLanguage,
    EmptyPdf,
    EncryptedPdf,
    NotPdf,
    NotPptx,
    OldPpt,
    PptxNotesMismatch,
    TruncatedPdf,
)
from visitapp.core.errors import FileUnreadable
from visitapp.core.problems import ValidationError
from visitapp.paths import resource_path
from visitapp.texts import describe_error

DEMO = resource_path("decks", "devenir-ingenieur.pdf")


def blank_pdf(
    path: Path, pages: int = 3, *, title: str = "", algorithm: str = "RC4-128", **encrypt: str
) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(720, 405)
    if title:
        writer.add_metadata({"/Title": title})
    if encrypt:
        writer.encrypt(algorithm=algorithm, **encrypt)
    with path.open("wb") as out:
        writer.write(out)
    return path


def deck_files(services) -> list[str]:
    folder = services.decks.folder
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_import_copies_the_pdf_into_the_data_folder(services, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    source = shutil.copy(DEMO, usb / "Visite collège.pdf")
    result = services.decks.import_pdf(Path(source))
    deck = result.deck
    assert not result.already_there
    assert (deck.title, deck.page_count, deck.language) == (
        "Ingénieur·e : pourquoi pas toi ?",
        16,
        DeckLanguage.FRENCH,
    )
    shutil.rmtree(usb)  # the USB stick leaves
    path = services.decks.pdf_path(deck)
    assert path.parent == services.database_path.parent / "decks"
    assert path.read_bytes() == DEMO.read_bytes()
    assert services.decks.list_decks() == [deck]


def test_the_same_pdf_twice_is_one_deck_and_a_deleted_one_comes_back(services, tmp_path):
    first = services.decks.import_pdf(DEMO).deck
    services.decks.save_notes(first.id, {0: "Bonjour"})
    services.decks.delete_deck(first.id)
    assert services.decks.list_decks() == []
    again = services.decks.import_pdf(shutil.copy(DEMO, tmp_path / "copie.pdf"))
    assert (again.already_there, again.restored, again.deck.id) == (True, True, first.id)
    assert services.decks.notes(first.id)[0] == "Bonjour"
    assert deck_files(services) == [f"{first.sha256}.pdf"]


def test_a_known_deck_whose_file_went_missing_comes_back_without_being_read_again(
    services, tmp_path, monkeypatch
):
    deck = services.decks.import_pdf(DEMO).deck
    services.decks.pdf_path(deck).unlink()

    def read_again(path):
        raise AssertionError("a known deck's PDF was parsed again")

    monkeypatch.setattr("visitapp.services.decks.read_pdf_facts", read_again)
    again = services.decks.import_pdf(shutil.copy(DEMO, tmp_path / "copie.pdf"))
    assert again.already_there and again.deck == deck
    assert services.decks.pdf_path(deck).read_bytes() == DEMO.read_bytes()


def test_title_falls_back_to_the_file_name_and_can_be_edited(services, tmp_path):
    deck = services.decks.import_pdf(
        blank_pdf(tmp_path / "forum_des_metiers.pdf", title="Présentation PowerPoint")
    ).deck
    assert deck.title == "forum des metiers"
    edited = services.decks.update_deck(deck.id, title="Forum", language=DeckLanguage.ENGLISH)
    assert services.decks.get_deck(deck.id) == edited
    with pytest.raises(ValidationError):
        services.decks.update_deck(deck.id, title=" ", language=DeckLanguage.FRENCH)


def written(data: bytes):
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (written(b"Ceci est un texte."), NotPdf, "n'est pas un PDF"),
        (written(b""), NotPdf, "n'est pas un PDF"),
        (written(b"\x89PNG\r\n\x1a\n" + bytes(500)), NotPdf, "Exportez"),
        (written(DEMO.read_bytes()[: DEMO.stat().st_size // 2]), TruncatedPdf, "incomplet"),
        (
            written(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"),
            DamagedPdf,
            "endommagé",
        ),
        (
            lambda p: blank_pdf(p, user_password="secret", owner_password="x"),
            EncryptedPdf,
            "mot de passe",
        ),
        (
            lambda p: blank_pdf(p, user_password="secret", owner_password="x", algorithm="AES-256"),
            EncryptedPdf,
            "mot de passe",
        ),
        (lambda p: blank_pdf(p, pages=0), EmptyPdf, "aucune page"),
    ],
    ids=[
        "text",
        "empty-file",
        "png",
        "truncated",
        "damaged",
        "password",
        "aes-password",
        "no-pages",
    ],
)
def test_bad_files_are_refused_with_clear_words_and_nothing_is_kept(
    services, tmp_path, make, error, words
):
    path = make(tmp_path / "deck.pdf")
    with pytest.raises(error) as caught:
        services.decks.import_pdf(path)
    assert words in describe_error(caught.value, "fr")
    assert describe_error(caught.value, "en") != describe_error(caught.value, "fr")
    assert services.decks.list_decks() == []
    assert deck_files(services) == []


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_with_only_an_owner_password_is_accepted(services, tmp_path, algorithm):
    # "Restrict printing" PDFs open in every viewer with an empty user password; PowerPoint and
    # LibreOffice protect them with AES.
    deck = services.decks.import_pdf(
        blank_pdf(tmp_path / "d.pdf", user_password="", owner_password="o", algorithm=algorithm)
    ).deck
    assert deck.page_count == 3


def test_a_deck_whose_file_is_gone_says_so(services):
    deck = services.decks.import_pdf(DEMO).deck
    services.decks.pdf_path(deck).unlink()
    with pytest.raises(DeckFileMissing) as caught:
        services.decks.pdf_path(deck)
    assert "Importez à nouveau" in describe_error(caught.value, "fr")


def test_notes_round_trip_and_unchanged_notes_are_not_rewritten(services, clock):
    deck = services.decks.import_pdf(DEMO).deck
    assert services.decks.notes(deck.id) == [""] * 16
    assert services.decks.save_notes(deck.id, {0: "Accueil", 15: "Merci\n« Q » pour le QR"}) == 2
    notes = services.decks.notes(deck.id)
    assert (notes[0], notes[15], notes[1]) == ("Accueil", "Merci\n« Q » pour le QR", "")
    clock.advance(minutes=5)
    assert services.decks.save_notes(deck.id, {0: "Accueil", 15: "Merci\n« Q » pour le QR"}) == 0
    assert services.decks.notes_counts() == {deck.id: 2}
    assert services.decks.save_notes(deck.id, {0: ""}) == 1
    assert services.decks.notes(deck.id)[0] == ""
    with pytest.raises(ValueError):
        services.decks.save_notes(deck.id, {16: "no such page"})


def test_pptx_notes_follow_the_presentation_order_and_skip_hidden_slides(services, tmp_path):
    deck = services.decks.import_pdf(blank_pdf(tmp_path / "d.pdf", pages=3)).deck
    services.decks.save_notes(deck.id, {1: "typed in the app"})
    pptx = write_pptx(
        tmp_path / "d.pptx",
        [
            ("Bonjour & bienvenue\nDeux lignes", False),
            ("caché", True),
            (None, False),
            ("Fin", False),
        ],
    )
    report = services.decks.import_pptx_notes(deck.id, pptx)
    assert (report.pages_with_notes, report.changed) == (2, 1 + 1)
    assert services.decks.notes(deck.id) == [
        "Bonjour & bienvenue\nDeux lignes",
        "typed in the app",  # the .pptx slide has no notes page: the typed note stays
        "Fin",
    ]


def test_pptx_with_another_slide_count_is_refused(services, tmp_path):
    deck = services.decks.import_pdf(blank_pdf(tmp_path / "d.pdf", pages=3)).deck
    pptx = write_pptx(tmp_path / "other.pptx", [("a", False), ("b", False)])
    with pytest.raises(PptxNotesMismatch) as caught:
        services.decks.import_pptx_notes(deck.id, pptx)
    assert "2 diapositives (2 affichées) mais le PDF 3 pages" in describe_error(caught.value, "fr")
    assert services.decks.notes(deck.id) == ["", "", ""]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), OldPpt),
        (b"not a zip at all", NotPptx),
        ("zip-without-presentation", NotPptx),
    ],
)
def test_files_that_are_not_pptx_are_refused(services, tmp_path, content, error):
    deck = services.decks.import_pdf(blank_pdf(tmp_path / "d.pdf")).deck
    path = tmp_path / "notes.pptx"
    if content == "zip-without-presentation":
        import zipfile

        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
    else:
        path.write_bytes(content)
    with pytest.raises(error) as caught:
        services.decks.import_pptx_notes(deck.id, path)
    assert "pptx" in describe_error(caught.value, "fr")


def test_a_presentation_records_the_deck_and_adds_up_time_per_slide(services):
    services.demo.seed(date(2026, 11, 23))
    visit = services.records.list_visits()[0].visit
    deck = services.decks.list_decks()[0]
    services.decks.record_presentation(visit.id, deck.id, {0: 30.0, 1: 12.5})
    services.decks.record_presentation(visit.id, deck.id, {1: 7.5, 2: 0.0})
    assert services.records.get_visit(visit.id).deck_id == deck.id
    assert services.decks.slide_times(visit.id) == {deck.id: {0: 30.0, 1: 20.0}}
    # Editing the visit elsewhere keeps the deck it was presented with.
    services.records.save_visit(services.records.get_visit(visit.id))
    assert services.records.get_visit(visit.id).deck_id == deck.id


def test_demo_seeding_adds_the_demo_deck_with_its_notes_once(services):
    first = services.demo.seed(date(2026, 11, 23))
    again = services.demo.seed(date(2026, 11, 23))
    assert (first.decks, again.decks) == (1, 0)
    (deck,) = services.decks.list_decks()
    notes = services.decks.notes(deck.id)
    assert len(notes) == deck.page_count == 16
    assert all(notes) and "questionnaire" in notes[-1].lower()


def test_a_deck_or_notes_file_that_cannot_be_read_says_so(services, tmp_path):
    """A file gone since it was picked (a USB stick pulled out) is the file's fault, not the
    database's; a damaged .pptx is refused like any other that is not one."""
    with pytest.raises(DeckFileError) as caught:
        services.decks.import_pdf(tmp_path / "gone.pdf")
    assert "Cette présentation ne peut pas être lue" in describe_error(caught.value, "fr")
    deck = services.decks.import_pdf(blank_pdf(tmp_path / "d.pdf")).deck
    with pytest.raises(FileUnreadable) as caught:
        services.decks.import_pptx_notes(deck.id, tmp_path / "gone.pptx")
    assert "Le fichier ne peut pas être lu" in describe_error(caught.value, "fr")

    import zipfile

    damaged = tmp_path / "damaged.pptx"
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ppt/presentation.xml", "<p:presentation/>" * 200)
    data = bytearray(damaged.read_bytes())
    start = data.index(b"ppt/presentation.xml") + len("ppt/presentation.xml")
    data[start + 5 : start + 25] = bytes(20)  # corrupt the compressed part
    damaged.write_bytes(bytes(data))
    with pytest.raises(NotPptx):
        services.decks.import_pptx_notes(deck.id, damaged)

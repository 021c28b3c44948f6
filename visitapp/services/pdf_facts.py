"""Checking that a file is a PDF the presenter can show, without Qt: pages, title, language.

pypdf (pure Python) reads the structure, so the command line and the services layer can refuse
a bad deck with the same words as the GUI. It is imported on first use only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from visitapp.core.decks import DamagedPdf, EmptyPdf, EncryptedPdf, NotPdf, TruncatedPdf

PDF_MAGIC = b"%PDF-"
# The header may follow a little junk (some exporters and mail gateways add bytes before it),
# and the end marker a little padding: readers such as Acrobat look within 1 KiB of each end.
HEADER_WINDOW = 1024
TRAILER_WINDOW = 1024


@dataclass(frozen=True, slots=True)
class PdfFacts:
    page_count: int
    title: str
    language_tag: str


def _ends(path: Path) -> tuple[bytes, bytes]:
    with path.open("rb") as handle:
        head = handle.read(HEADER_WINDOW)
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - TRAILER_WINDOW))
        tail = handle.read(TRAILER_WINDOW)
    return head, tail


def read_pdf_facts(path: Path) -> PdfFacts:
    """Facts about the PDF at `path`. Raises NotPdf, TruncatedPdf, EncryptedPdf, DamagedPdf or
    EmptyPdf: each tells the user what to do."""
    head, tail = _ends(path)
    if PDF_MAGIC not in head:
        raise NotPdf(path=str(path))
    if b"%%EOF" not in tail:
        raise TruncatedPdf(path=str(path))

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    # pypdf logs every repair it makes; the user gets one sentence from us instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            # A PDF with only an owner password (printing or copying restricted) opens with an
            # empty user password, as in any viewer; one that needs a password cannot be shown.
            if not reader.decrypt(""):
                raise EncryptedPdf(path=str(path))
        pages = len(reader.pages)
        for page in reader.pages:
            # Touch what the renderer will need, so a broken page is found now, not in class.
            _ = page.mediabox
            page.get_contents()
        metadata = reader.metadata
        title = str(metadata.title or "") if metadata else ""
        language = reader.trailer["/Root"].get("/Lang", "")
    except EncryptedPdf:
        raise
    except (DependencyError, NotImplementedError) as error:
        # A protection pypdf cannot undo (an unknown security handler): the file cannot be read.
        raise EncryptedPdf(str(error), path=str(path)) from error
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # pypdf raises a handful of types on broken structure; all mean "damaged" to a user.
        raise DamagedPdf(f"{type(error).__name__}: {error}", path=str(path)) from error
    if pages == 0:
        raise EmptyPdf(path=str(path))
    return PdfFacts(page_count=pages, title=title, language_tag=str(language or ""))

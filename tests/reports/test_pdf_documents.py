"""The PDF impact report and the engagement certificate, opened back with QtPdf."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument

from visitapp.reports.certificate_pdf import certificate_pdf
from visitapp.reports.pdf_report import impact_pdf


def open_pdf(data: bytes, tmp_path: Path) -> QPdfDocument:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document


def ink_share(document: QPdfDocument, page: int) -> float:
    """The share of a page's pixels that are not white (sampled)."""
    image = document.render(page, QSize(420, 594))
    white = QColor("white").rgb()
    points = [(x, y) for x in range(0, 420, 3) for y in range(0, 594, 3)]
    return sum(image.pixel(x, y) != white for x, y in points) / len(points)


def page_text(document: QPdfDocument, page: int) -> str:
    return document.getAllText(page).text()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_impact_report_pages_are_drawn(qapp, report, tmp_path, language):
    document = open_pdf(impact_pdf(report, language), tmp_path)
    assert document.pageCount() >= 3
    for page in range(document.pageCount()):
        assert ink_share(document, page) > 0.01, f"page {page + 1} is blank"
    first = page_text(document, 0)
    assert ("Rapport d'impact" if language == "fr" else "Impact report") in first
    assert "181" in first  # pupils reached
    everything = " ".join(page_text(document, p) for p in range(document.pageCount()))
    assert "< 5" in everything
    # Shown as text, not swallowed as markup (table cells wrap: join the lines back).
    assert "<script>x</script>" in everything.replace("\r\n", "")
    assert f"page 1 / {document.pageCount()}" in first


def test_certificate_is_one_signed_ready_page(qapp, services, programme, tmp_path):
    certificate = services.reports.certificate(programme.alice.id)
    document = open_pdf(certificate_pdf(certificate), tmp_path)
    assert document.pageCount() == 1
    assert ink_share(document, 0) > 0.01
    text = page_text(document, 0)
    for expected in ("Attestation d'engagement", "Alice Martin", "Mines Alès", "15/09/2026",
                     "Collège Jean Moulin", "2 h 55", "31 élèves", "Signature"):  # fmt: skip
        assert expected in text.replace("\u00a0", " ")


def test_a_long_certificate_still_fits_one_page(qapp, services, programme, tmp_path):
    from dataclasses import replace

    certificate = services.reports.certificate(programme.alice.id)
    long = replace(certificate, visits=certificate.visits * 30)
    document = open_pdf(certificate_pdf(long), tmp_path)
    assert document.pageCount() == 1

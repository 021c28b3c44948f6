"""One way from a report to the bytes of a file, for the dashboard and the command line.

Renderers load on demand: JSON and CSV never load Qt; the PDFs do, through QtGui (no widgets).
This module is the command line's single, declared way to Qt (the `ignore_imports` line of the
Qt contract in pyproject.toml)."""

from __future__ import annotations

from visitapp.core.indicators import Certificate, ImpactReport

FORMATS = ("json", "csv", "xlsx", "pdf")


def default_delimiter(language: str) -> str:
    """What the reader's Excel expects: `;` (with decimal commas) in French, `,` in English."""
    return ";" if language == "fr" else ","


def render_report(
    report: ImpactReport, kind: str, language: str, delimiter: str | None = None
) -> bytes:
    if kind == "json":
        from visitapp.reports.json_export import impact_json

        return impact_json(report)
    if kind == "csv":
        from visitapp.reports.csv_export import impact_csv

        return impact_csv(report, language, delimiter or default_delimiter(language))
    if kind == "xlsx":
        from visitapp.reports.xlsx_export import impact_xlsx

        return impact_xlsx(report, language)
    if kind == "pdf":
        from visitapp.reports.pdf_report import impact_pdf

        return impact_pdf(report, language)
    raise ValueError(f"unknown report format {kind!r}")


def render_certificate(certificate: Certificate) -> bytes:
    """The one-page engagement certificate, as PDF."""
    from visitapp.reports.certificate_pdf import certificate_pdf

    return certificate_pdf(certificate)

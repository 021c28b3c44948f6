"""Export work run off the UI thread: render a report or a certificate and write it atomically.
Plain functions of plain data, so `ui/tasks.py` can run them in a worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from visitapp.core.indicators import ImpactReport
from visitapp.files import write_atomically
from visitapp.reports.csv_export import impact_csv
from visitapp.reports.json_export import impact_json
from visitapp.reports.pdf import certificate_pdf, impact_pdf
from visitapp.reports.xlsx_export import impact_xlsx
from visitapp.services import Services

# kind → (file suffix, save-dialog filter)
EXPORT_KINDS = {
    "csv": (".csv", "CSV (*.csv)"),
    "xlsx": (".xlsx", "Excel (*.xlsx)"),
    "pdf": (".pdf", "PDF (*.pdf)"),
    "json": (".json", "JSON (*.json)"),
    "certificate": (".pdf", "PDF (*.pdf)"),
}


def export_report(report: ImpactReport, kind: str, language: str, path: Path) -> Path:
    if kind == "csv":
        data = impact_csv(report, language, ";" if language == "fr" else ",")
    elif kind == "xlsx":
        data = impact_xlsx(report, language)
    elif kind == "pdf":
        data = impact_pdf(report, language)
    elif kind == "json":
        data = impact_json(report)
    else:
        raise ValueError(kind)
    write_atomically(path, data)
    return path


def export_certificate(
    services: Services,
    ambassador_id: str,
    date_from: date | None,
    date_to: date | None,
    path: Path,
) -> Path:
    certificate = services.reports.certificate(ambassador_id, date_from, date_to)
    write_atomically(path, certificate_pdf(certificate))
    return path

"""Export work run off the UI thread: render a report or a certificate and write it atomically.
Plain functions of plain data, so `ui/tasks.py` can run them in a worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from visitapp.core.indicators import ImpactReport
from visitapp.files import write_atomically
from visitapp.reports.render import render_certificate, render_report
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
    write_atomically(path, render_report(report, kind, language))
    return path


def export_certificate(
    services: Services,
    ambassador_id: str,
    date_from: date | None,
    date_to: date | None,
    path: Path,
) -> Path:
    certificate = services.reports.certificate(ambassador_id, date_from, date_to)
    write_atomically(path, render_certificate(certificate))
    return path

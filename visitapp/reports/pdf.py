"""The PDF renderers (QtGui, no widgets) behind one name: the command line's single, declared
way to Qt (the `ignore_imports` line of the Qt contract in pyproject.toml)."""

from __future__ import annotations

from visitapp.reports.certificate_pdf import certificate_pdf
from visitapp.reports.pdf_report import impact_pdf

__all__ = ["certificate_pdf", "impact_pdf"]

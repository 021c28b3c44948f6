"""XLSX export (openpyxl): a first sheet saying what the report covers and how it is computed,
then one sheet per table with labelled headers, real numbers and percentages, frozen headers."""

from __future__ import annotations

import io
import re
from datetime import date

from openpyxl import Workbook
from openpyxl.cell import Cell as SheetCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from visitapp.core.indicators import Hidden, ImpactReport
from visitapp.reports import labels
from visitapp.reports.tables import (
    Cell,
    Number,
    Percent,
    Table,
    context_rows,
    impact_tables,
    report_title,
)

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="0F2A4A")
_HIDDEN_FONT = Font(italic=True, color="64748B")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_BRACKETED = re.compile(r"\s*\([^)]*\)")


def sheet_name(title: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = _short(_SHEET_NAME_FORBIDDEN.sub("-", title).strip("'")) or "Sheet"
    name, number = base, 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(name.lower())
    return name


def _short(title: str, limit: int = 31) -> str:
    """A title within `limit` characters that still reads: a part in brackets goes first,
    then whole words (not "Éducation prioritaire (REP - RE")."""
    if len(title) <= limit:
        return title
    title = _BRACKETED.sub("", title).strip()
    if len(title) <= limit:
        return title
    cut = title[:limit]
    return cut.rsplit(" ", 1)[0].rstrip(" ,;:-–") if " " in cut else cut


def _text(sheet_cell: SheetCell, value: str) -> None:
    # openpyxl turns any string starting with "=" into a formula: force plain text.
    sheet_cell.value = value
    sheet_cell.data_type = "s"


def _write(sheet_cell: SheetCell, cell: Cell, language: str) -> None:
    if cell is None:
        return
    if isinstance(cell, Hidden):
        _text(sheet_cell, labels.hidden(cell, language))
        sheet_cell.font = _HIDDEN_FONT
        sheet_cell.alignment = Alignment(horizontal="right")
    elif isinstance(cell, Percent):
        sheet_cell.value = cell.value
        sheet_cell.number_format = "0.0%"
    elif isinstance(cell, Number):
        sheet_cell.value = cell.value
        sheet_cell.number_format = "+0.00;-0.00;0.00" if cell.signed else "0.00"
    elif isinstance(cell, float):
        sheet_cell.value = cell
        sheet_cell.number_format = "0.00"
    elif isinstance(cell, int | date):
        sheet_cell.value = cell
        if isinstance(cell, date):
            sheet_cell.number_format = "DD/MM/YYYY"
    else:
        _text(sheet_cell, cell)


def _fit_columns(sheet: Worksheet, widths: list[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 10), 60)


def _table_sheet(book: Workbook, table: Table, language: str, taken: set[str]) -> None:
    sheet = book.create_sheet(sheet_name(table.title, taken))
    widths = [len(c) for c in table.columns]
    for column, label in enumerate(table.columns, start=1):
        header = sheet.cell(1, column)
        _text(header, label)
        header.font, header.fill = _HEADER_FONT, _HEADER_FILL
        header.alignment = Alignment(wrap_text=True, vertical="center")
    for row_number, row in enumerate(table.rows, start=2):
        for column, cell in enumerate(row, start=1):
            _write(sheet.cell(row_number, column), cell, language)
            if isinstance(cell, str):
                widths[column - 1] = max(widths[column - 1], len(cell))
    sheet.freeze_panes = "A2"
    _fit_columns(sheet, widths)


def tables_xlsx(
    title: str,
    context: list[tuple[str, str]],
    notes: list[str],
    tables: list[Table],
    language: str,
) -> bytes:
    book = Workbook()
    about = book.active
    taken: set[str] = set()
    about.title = "À propos" if language == "fr" else "About"
    taken.add(about.title.lower())
    _text(about.cell(1, 1), title)
    about.cell(1, 1).font = Font(bold=True, size=14)
    for row, (name, value) in enumerate(context, start=3):
        _text(about.cell(row, 1), name)
        about.cell(row, 1).font = Font(bold=True)
        _text(about.cell(row, 2), value)
    first_note = len(context) + 4
    for row, note in enumerate(notes, start=first_note):
        _text(about.cell(row, 1), note)
    _fit_columns(about, [max((len(n) for n, _ in context), default=10), 50])
    for table in tables:
        _table_sheet(book, table, language, taken)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def impact_xlsx(report: ImpactReport, language: str) -> bytes:
    notes = labels.method_notes(language) + labels.suppression_notes(
        report.min_group_size, language
    )
    return tables_xlsx(
        report_title(language),
        context_rows(report, language),
        notes,
        impact_tables(report, language),
        language,
    )

"""CSV export that opens right in French Excel: UTF-8 with a BOM, `;` and decimal commas, and
text cells that cannot run as formulas. All tables go in one file, one block after another."""

from __future__ import annotations

import csv
import io
from datetime import date

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

# A cell starting with one of these is read as a formula by spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
DELIMITERS = (";", ",")


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character gets a quote before it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def format_cell(cell: Cell, language: str, decimal_comma: bool) -> str:
    def number(value: float, digits: int) -> str:
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if decimal_comma else text

    if cell is None:
        return ""
    if isinstance(cell, Hidden):
        return labels.hidden(cell, language)
    if isinstance(cell, Percent):
        return number(cell.value * 100, 1) + (" %" if decimal_comma else "%")
    if isinstance(cell, Number):
        return number(cell.value, 2)
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        return number(cell, 2)
    if isinstance(cell, date):
        return cell.strftime("%d/%m/%Y")
    return neutralise(cell)


def tables_csv(
    title: str, context: list[tuple[str, str]], tables: list[Table], language: str, delimiter: str
) -> bytes:
    if delimiter not in DELIMITERS:
        raise ValueError(f"delimiter must be one of {DELIMITERS}")
    # With `;` (continental Excel) decimals take a comma; with `,` they must not.
    decimal_comma = delimiter == ";"
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(title)])
    writer.writerows([neutralise(name), neutralise(value)] for name, value in context)
    for table in tables:
        writer.writerow([])
        writer.writerow([neutralise(table.title)])
        writer.writerow([neutralise(c) for c in table.columns])
        writer.writerows(
            [format_cell(cell, language, decimal_comma) for cell in row] for row in table.rows
        )
    return out.getvalue().encode("utf-8-sig")


def impact_csv(report: ImpactReport, language: str, delimiter: str = ";") -> bytes:
    return tables_csv(
        report_title(language),
        context_rows(report, language),
        impact_tables(report, language),
        language,
        delimiter,
    )

"""The XLSX reads back with openpyxl: one sheet per table, labelled headers, inert text."""

from __future__ import annotations

import io

from indicator_programme import PAYLOADS
from openpyxl import load_workbook

from visitapp.reports.xlsx_export import impact_xlsx, sheet_name


def test_one_sheet_per_table_with_labelled_headers(report):
    book = load_workbook(io.BytesIO(impact_xlsx(report, "fr")))
    assert book.sheetnames == [
        "À propos",
        "Chiffres clés",
        "Élèves rencontrés dans le temps",
        "Interventions par type",
        "Par niveau de classe",
        "Éducation prioritaire",
        "Par établissement",
        "Ambassadeurs et ambassadrices",
    ]
    levels = book["Par niveau de classe"]
    assert [c.value for c in levels[1]] == [
        "Niveau",
        "Interventions",
        "Élèves",
        "Heures",
        "Part de filles",
    ]
    rows = {row[0].value: row for row in levels.iter_rows(min_row=2)}
    assert rows["4e"][4].value == "< 5"
    assert rows["3e"][4].value == 0.4 and rows["3e"][4].number_format == "0.0%"
    assert rows["3e"][2].value == 30
    summary = {row[0].value: row[1].value for row in book["Chiffres clés"].iter_rows(min_row=2)}
    assert summary["Élèves rencontrés"] == 181


def test_formula_payloads_stay_text(report):
    book = load_workbook(io.BytesIO(impact_xlsx(report, "en")))
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    for payload in PAYLOADS:
        assert payload in texts
    assert all(c.data_type != "f" for c in cells)


def test_sheet_names_follow_excel_rules():
    taken: set[str] = set()
    assert sheet_name("a/b:c*d?e[f]g\\h", taken) == "a-b-c-d-e-f-g-h"
    long = "x" * 40
    assert sheet_name(long, taken) == "x" * 31
    assert sheet_name(long, taken) == "x" * 27 + " (2)"
    # Cut where it still reads: the bracketed part first, then whole words.
    assert sheet_name("Éducation prioritaire (REP / REP+)", taken) == "Éducation prioritaire"
    assert sheet_name("Avant → après, même téléphone (apparié)", taken) == (
        "Avant → après, même téléphone"
    )
    assert sheet_name("Answers before and after, show of hands included", taken) == (
        "Answers before and after, show"
    )

"""The CSV opens right in French Excel and cannot run formulas."""

from __future__ import annotations

import codecs
import csv
import io

from indicator_programme import PAYLOADS

from visitapp.reports.csv_export import FORMULA_STARTS, impact_csv, neutralise


def read_back(data: bytes, delimiter: str) -> list[list[str]]:
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def block(rows: list[list[str]], title: str) -> list[list[str]]:
    """The rows of one table: after its title line, up to the blank line."""
    start = rows.index([title]) + 1
    end = next((i for i in range(start, len(rows)) if not rows[i]), len(rows))
    return rows[start:end]


def test_french_csv_reads_back_with_bom_semicolons_and_decimal_commas(report):
    rows = read_back(impact_csv(report, "fr", ";"), ";")
    assert rows[0] == ["Rapport d'impact"]
    summary = dict(block(rows, "Chiffres clés")[1:])
    assert summary["Élèves rencontrés"] == "181"  # 155 + the 26 of the extra visit
    assert summary["Part de filles"] == "44,4 %"  # (23 + 13) / (55 + 26)
    assert summary["Heures devant les élèves"] == "6,67"
    levels = block(rows, "Par niveau de classe")
    assert levels[0] == ["Niveau", "Interventions", "Élèves", "Heures", "Part de filles"]
    shares = {row[0]: row[4] for row in levels[1:]}
    assert shares["4e"] == "< 5"
    assert list(shares.values()).count("masqué") == 1


def test_english_csv_with_commas_uses_decimal_points(report):
    rows = read_back(impact_csv(report, "en", ","), ",")
    summary = dict(block(rows, "Key figures")[1:])
    assert summary["Share of girls"] == "44.4%"
    assert summary["Hours in front of pupils"] == "6.67"


def test_formula_payloads_are_neutralised(report):
    rows = read_back(impact_csv(report, "fr", ";"), ";")
    cells = [cell for row in rows for cell in row]
    for payload in PAYLOADS:
        assert payload not in cells
        assert "'" + payload in cells
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]


def test_neutralise_leaves_ordinary_text_alone():
    assert neutralise("Lycée Sophie Germain") == "Lycée Sophie Germain"
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("") == ""


def test_the_dashboard_and_the_command_line_write_the_same_csv(report):
    """One rule for both: `;` and decimal commas in French, `,` and points in English."""
    from visitapp.reports.render import render_report

    assert render_report(report, "csv", "fr") == impact_csv(report, "fr", ";")
    assert render_report(report, "csv", "en") == impact_csv(report, "en", ",")
    assert render_report(report, "csv", "en", ";") == impact_csv(report, "en", ";")

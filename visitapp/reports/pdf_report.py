"""The impact report as a PDF for a board or a sponsor: a title page with the key figures, the
charts, every table, then how the figures are computed and which ones are hidden and why."""

from __future__ import annotations

from visitapp.core.indicators import Hidden, ImpactReport, Share
from visitapp.reports import labels
from visitapp.reports.charts import Bar, before_after_chart, column_chart, share_chart
from visitapp.reports.pdf_document import PdfPages, escape
from visitapp.reports.survey_tables import option_label
from visitapp.reports.tables import (
    Percent,
    Table,
    context_rows,
    display,
    impact_tables,
    percent,
    report_title,
)

_TABLE_STYLE = "border-collapse: collapse; width: 100%;"
_WIDE = 8  # columns: beyond, a table's type is smaller so that whole words fit the page


# Survey tables whose first column is the question: on paper, one small table per question.
_BY_QUESTION = {"paired_changes", "unpaired_changes", "distributions"}


def table_html(table: Table, language: str) -> str:
    if table.key in _BY_QUESTION and table.rows:
        parts = [f"<h2>{escape(table.title)}</h2>"]
        questions = list(dict.fromkeys(row[0] for row in table.rows))
        for question in questions:
            rows = [row[1:] for row in table.rows if row[0] == question]
            inner = Table(table.key, "", table.columns[1:], rows)
            parts.append(f"<h3>{escape(str(question))}</h3>{_table_body(inner, language)}")
        return "".join(parts)
    return f"<h2>{escape(table.title)}</h2>{_table_body(table, language)}"


def _table_body(table: Table, language: str) -> str:
    head = "".join(
        f"<th align='{'left' if i == 0 else 'right'}' style='padding: 4px 6px;'>{escape(c)}</th>"
        for i, c in enumerate(table.columns)
    )
    body = []
    for n, row in enumerate(table.rows):
        shade = " bgcolor='#f8fafc'" if n % 2 else ""
        cells = []
        for cell in row:
            align = "left" if isinstance(cell, str) else "right"
            text = escape(display(cell, language))
            if isinstance(cell, Hidden):
                text = f"<i><span class='muted'>{text}</span></i>"
            cells.append(f"<td align='{align}' style='padding: 3px 6px;'>{text}</td>")
        body.append(f"<tr{shade}>{''.join(cells)}</tr>")
    if not body:
        empty = "Aucune donnée" if language == "fr" else "No data"
        body.append(f"<tr><td colspan='{len(table.columns)}'><i>{empty}</i></td></tr>")
    size = "8pt" if len(table.columns) > _WIDE else "9pt"
    return (
        f"<table style='{_TABLE_STYLE} font-size: {size};' cellspacing='0' cellpadding='3'"
        " width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _tiles_html(report: ImpactReport, language: str) -> str:
    k, w = report.kpis, labels.word
    tiles = [
        (display(k.visits, language), w("visits", language)),
        (display(k.pupils_reached, language), w("pupils_reached", language)),
        (display(percent(k.girls_share), language), w("girls_share", language)),
        (display(percent(k.priority_visits_share), language), w("priority_visits_share", language)),
        (display(percent(k.priority_pupils_share), language), w("priority_pupils_share", language)),
        (display(k.visit_hours, language), w("visit_hours", language)),
        (display(k.schools, language), w("schools", language)),
        (display(k.active_ambassadors, language), w("active_ambassadors", language)),
        (display(k.planned_visits, language), w("planned_visits", language)),
    ]
    rows = []
    for start in range(0, len(tiles), 3):
        cells = "".join(
            "<td width='33%' bgcolor='#eff6ff' style='padding: 10px;'>"
            f"<span style='font-size: 20pt; font-weight: bold; color: #1d4ed8;'>{escape(v)}</span>"
            f"<br/><span class='muted'>{escape(t)}</span></td>"
            for v, t in tiles[start : start + 3]
        )
        rows.append(f"<tr>{cells}</tr>")
    return f"<table width='100%' cellspacing='8' cellpadding='0'>{''.join(rows)}</table>"


def _share_bar(label: str, value: Share, language: str) -> Bar:
    cell = percent(value)
    return Bar(label, cell.value if isinstance(cell, Percent) else None, display(cell, language))


def _charts_html(pages: PdfPages, document, report: ImpactReport, language: str) -> str:
    french = language == "fr"
    width = pages.css_width
    parts = []
    if report.by_month:
        reach = column_chart(
            "Élèves rencontrés par mois" if french else "Pupils reached per month",
            [
                Bar(labels.short_month(r.key, language), r.pupils, display(r.pupils, language))
                for r in report.by_month
            ],
        )
        url = pages.add_image(document, "reach", reach)
        height = int(width * reach.height() / reach.width())
        parts.append(f"<p><img src='{url}' width='{width}' height='{height}'/></p>")
    if report.by_level:
        girls = share_chart(
            "Part de filles par niveau" if french else "Share of girls by class level",
            [
                _share_bar(labels.level(r.key, language), r.girls_share, language)
                for r in report.by_level
            ],
            reference_text="parité" if french else "parity",
            language=language,
        )
        url = pages.add_image(document, "girls", girls)
        height = int(width * girls.height() / girls.width())
        parts.append(f"<p><img src='{url}' width='{width}' height='{height}'/></p>")
    parts.extend(_survey_charts(pages, document, report, language))
    return "".join(parts)


def _survey_charts(pages: PdfPages, document, report: ImpactReport, language: str) -> list[str]:
    if report.survey is None:
        return []
    french = language == "fr"
    parts = []
    for index, d in enumerate(report.survey.distributions):
        if not (d.answers_before or d.answers_after):
            continue

        def shares(counts: list, n: int) -> list[float | None]:
            return [c / n if isinstance(c, int) and n else None for c in counts]

        hidden = any(isinstance(c, Hidden) for c in (*d.before, *d.after))  # as the report says
        note = (
            f"{d.answers_before} / {d.answers_after} "
            + ("réponses avant / après" if french else "answers before / after")
            + (f" · < {report.min_group_size} : masqué" if hidden and french else "")
            + (f" · < {report.min_group_size}: hidden" if hidden and not french else "")
        )
        image = before_after_chart(
            d.question.text.get(language),
            [option_label(d.question, o, language) for o in d.options],
            shares(d.before, d.answers_before),
            shares(d.after, d.answers_after),
            (labels.word("before", language), labels.word("after", language)),
            note,
            language=language,
        )
        url = pages.add_image(document, f"question{index}", image)
        height = int(pages.css_width * image.height() / image.width())
        parts.append(f"<p><img src='{url}' width='{pages.css_width}' height='{height}'/></p>")
    return parts


def impact_pdf(report: ImpactReport, language: str) -> bytes:
    title = report_title(language)
    pages = PdfPages(title)
    document = pages.new_document()
    french = language == "fr"
    context = "".join(
        f"<tr><td style='padding: 2px 12px 2px 0;'><b>{escape(n)}</b></td>"
        f"<td style='padding: 2px 0;'>{escape(v)}</td></tr>"
        for n, v in context_rows(report, language)
    )
    notes = "".join(f"<li>{escape(n)}</li>" for n in labels.method_notes(language))
    hidden = "".join(
        f"<li>{escape(n)}</li>" for n in labels.suppression_notes(report.min_group_size, language)
    )
    # The key figures are the tiles; answers per option are the before/after charts.
    tables = [t for t in impact_tables(report, language)[1:] if t.key != "distributions"]
    subtitle = (
        "Interventions des ambassadeurs et ambassadrices dans les collèges et lycées"
        if french
        else "Ambassadors' visits to collèges and lycées"
    )
    document.setHtml(
        f"<p class='muted'>visitapp</p>"
        f"<h1 style='font-size: 26pt;'>{escape(title)}</h1>"
        f"<p style='font-size: 13pt;' class='muted'>{escape(subtitle)}</p>"
        f"<table cellspacing='0' style='margin-top: 12px;'>{context}</table>"
        f"<p>&nbsp;</p>{_tiles_html(report, language)}"
        f"<h2 style='page-break-before: always;'>"
        f"{'Graphiques' if french else 'Charts'}</h2>"
        f"{_charts_html(pages, document, report, language)}"
        + "".join(table_html(t, language) for t in tables)
        + f"<h2>{'Méthode' if french else 'Method'}</h2><ul>{notes}</ul>"
        f"<h2>{'Protection des petits groupes' if french else 'Small-group protection'}</h2>"
        f"<ul>{hidden}</ul>"
    )
    pages.render_html(document, footer=lambda n, total: f"{title} · visitapp · page {n} / {total}")
    return pages.finish()

"""The ambassador's engagement certificate: one A4 page in French, ready to sign, listing the
visits (date, school, kind, level, duration, pupils) with the totals."""

from __future__ import annotations

from visitapp.core.indicators import Certificate
from visitapp.reports import labels
from visitapp.reports.pdf_document import PdfPages, escape
from visitapp.reports.tables import number_text

LANGUAGE = "fr"  # the certificate goes to French schools and employers


def duration_text(minutes: int) -> str:
    """110 → '1 h 50', 55 → '55 min', 120 → '2 h' (no-break spaces: never split on two lines)."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}\u00a0min"
    return f"{hours}\u00a0h\u00a0{rest:02d}" if rest else f"{hours}\u00a0h"


def _period(certificate: Certificate) -> str:
    start = certificate.date_from or (
        certificate.visits[0].starts_at.date() if certificate.visits else None
    )
    end = certificate.date_to or (
        certificate.visits[-1].starts_at.date() if certificate.visits else None
    )
    if start and end:
        return f"du {start:%d/%m/%Y} au {end:%d/%m/%Y}"
    return ""


def _visits_table(certificate: Certificate) -> str:
    head = "".join(
        f"<th align='{align}' style='padding: 4px 6px;'>{name}</th>"
        for name, align in (
            ("Date", "left"),
            ("Établissement", "left"),
            ("Type", "left"),
            ("Niveau", "left"),
            ("Durée", "right"),
            ("Élèves", "right"),
        )
    )
    rows = []
    for n, visit in enumerate(certificate.visits):
        shade = " bgcolor='#f8fafc'" if n % 2 else ""
        school = escape(visit.school_name) + (
            f" <span class='muted'>({escape(visit.school_city)})</span>"
            if visit.school_city
            else ""
        )
        pupils = "—" if visit.pupils is None else number_text(visit.pupils, LANGUAGE)
        cells = (
            (visit.starts_at.strftime("%d/%m/%Y"), "left"),
            (school, "left"),
            (escape(labels.kind(visit.kind, LANGUAGE)), "left"),
            (escape(labels.level(visit.class_level, LANGUAGE)), "left"),
            (duration_text(visit.minutes), "right"),
            (pupils, "right"),
        )
        rows.append(
            f"<tr{shade}>"
            + "".join(f"<td align='{a}' style='padding: 3px 6px;'>{t}</td>" for t, a in cells)
            + "</tr>"
        )
    total = (
        "<tr><td colspan='4' align='right' style='padding: 4px 6px;'><b>Total</b></td>"
        f"<td align='right' style='padding: 4px 6px;'><b>{duration_text(certificate.total_minutes)}</b></td>"
        f"<td align='right' style='padding: 4px 6px;'><b>{number_text(certificate.pupils_reached, LANGUAGE)}</b></td></tr>"
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' style='border-collapse: collapse;'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}{total}</tbody></table>"
    )


def certificate_pdf(certificate: Certificate) -> bytes:
    title = "Attestation d'engagement"
    pages = PdfPages(f"{title} — {certificate.ambassador_name}")
    document = pages.new_document(10.5)
    count = len(certificate.visits)
    visits = f"{count} intervention{'s' if count > 1 else ''}"
    school = (
        f", élève de <b>{escape(certificate.engineering_school)}</b>,"
        if certificate.engineering_school
        else ""
    )
    period = _period(certificate)
    document.setHtml(
        "<p class='muted'>visitapp · programme d'ambassadeurs et d'ambassadrices des écoles "
        "d'ingénieurs</p>"
        f"<h1 align='center' style='font-size: 22pt; margin-top: 18px;'>{title}</h1>"
        "<p>&nbsp;</p>"
        "<p style='line-height: 150%;'>Je soussigné(e), ......................................"
        "......................, atteste que "
        f"<b>{escape(certificate.ambassador_name)}</b>{school} a participé bénévolement, en tant "
        "qu'ambassadeur ou ambassadrice, à des interventions auprès de collégiens et de lycéens "
        "pour leur faire découvrir les études et les métiers de l'ingénieur, en particulier "
        "auprès des filles et des élèves de l'éducation prioritaire.</p>"
        f"<p style='line-height: 150%;'>{('Sur la période ' + period + ', ') if period else ''}"
        f"il ou elle a réalisé <b>{visits}</b>, soit "
        f"<b>{duration_text(certificate.total_minutes)}</b> devant les élèves, et rencontré "
        f"<b>{number_text(certificate.pupils_reached, LANGUAGE)} élèves</b> :</p>"
        f"{_visits_table(certificate)}"
        "<p>&nbsp;</p>"
        "<p>Cette attestation est délivrée à l'intéressé(e) pour servir et valoir ce que de "
        "droit.</p>"
        "<p>&nbsp;</p>"
        "<table width='100%' cellspacing='0'><tr>"
        "<td width='50%' valign='top' style='line-height: 180%;'>"
        f"Fait à ..............................., le {certificate.issued_on:%d/%m/%Y}<br/>"
        "Nom et qualité du signataire :<br/>..............................................</td>"
        "<td width='50%' valign='top' align='center'>Signature et cachet<br/><br/>"
        "<table width='90%' cellpadding='8' style='border: 1px solid #94a3b8;"
        " border-collapse: collapse;'><tr><td>" + "<br/>" * 6 + "</td></tr></table></td>"
        "</tr></table>"
    )
    pages.render_fitted(document)
    return pages.finish()

"""Builds the French demo deck (resources/decks/devenir-ingenieur.pdf) and its speaker notes
(devenir-ingenieur.notes.json) from the slides written below, with Qt's PDF writer only.

    python tools/make_demo_deck.py [--output DIR]

The output is reproducible: fixed document id and dates, fonts from Debian's fonts-dejavu-core
(tools/system-deps.sh installs it). Facts come from shared/seeds (IMT's Ambassadress programme,
IP Paris' Centre égalité des chances); the rest is general guidance on French studies.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's hashes are seeded randomly per process, which reorders the embedded fonts between runs.
os.environ["QT_HASH_SEED"] = "0"

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUuid
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTextDocument,
)

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "decks"
PDF_NAME = "devenir-ingenieur.pdf"
NOTES_NAME = "devenir-ingenieur.notes.json"
TITLE = "Ingénieur·e : pourquoi pas toi ?"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FAMILY = "DejaVu Sans"
DOCUMENT_ID = QUuid("{6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f}")
FIXED_PDF_DATE = b"D:20260901000000"
FIXED_XMP_DATE = b"2026-09-01T00:00:00"

# A 16:9 page of 10 × 5.625 in (Google Slides' size); at 128 dpi the canvas is 1280 × 720.
PAGE_MM = QSizeF(254.0, 142.875)
DPI = 128
W, H = 1280, 720

NAVY = QColor("#0f2a4a")
BLUE = QColor("#1d4ed8")
SKY = QColor("#60a5fa")
TEAL = QColor("#0d9488")
ORANGE = QColor("#d97706")
PINK = QColor("#db2777")
PURPLE = QColor("#7c3aed")
INK = QColor("#0f172a")
MUTED = QColor("#475569")
LIGHT = QColor("#f1f5f9")
WHITE = QColor("#ffffff")


def tint(color: QColor, amount: float = 0.88) -> QColor:
    """`color` mixed with white: card backgrounds that keep the hue."""
    return QColor(
        round(color.red() + (255 - color.red()) * amount),
        round(color.green() + (255 - color.green()) * amount),
        round(color.blue() + (255 - color.blue()) * amount),
    )


def font(size: int, bold: bool = False) -> QFont:
    chosen = QFont(FAMILY)
    chosen.setPixelSize(size)
    chosen.setBold(bold)
    chosen.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return chosen


# -- drawing helpers -------------------------------------------------------------------------


def text(
    p: QPainter,
    rect: QRectF,
    content: str,
    size: int,
    color: QColor = INK,
    *,
    bold: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
) -> float:
    """Wrapped plain text in `rect`; returns the height it took."""
    p.setFont(font(size, bold))
    p.setPen(color)
    flags = int(align) | int(Qt.TextFlag.TextWordWrap)
    p.drawText(rect, flags, content)
    return p.boundingRect(rect, flags, content).height()


def rich(p: QPainter, x: float, y: float, width: float, html: str, size: int) -> float:
    """Rich text (bold, colours, lists) laid out by QTextDocument; returns its height."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font(size))
    document.setDefaultStyleSheet(
        f"body {{ color: {INK.name()}; }} b {{ color: {NAVY.name()}; }}"
        f" .muted {{ color: {MUTED.name()}; }}"
    )
    document.setHtml(f"<body>{html}</body>")
    # Lay out with the PDF's own metrics, or sizes come out scaled by screen/PDF resolution.
    document.documentLayout().setPaintDevice(p.device())
    document.setTextWidth(width)
    p.save()
    p.translate(x, y)
    document.drawContents(p)
    p.restore()
    return document.size().height()


def rounded(
    p: QPainter, rect: QRectF, fill: QColor, radius: float = 18, border: QColor | None = None
):
    p.setPen(QPen(border, 2) if border else Qt.PenStyle.NoPen)
    p.setBrush(QBrush(fill))
    p.drawRoundedRect(rect, radius, radius)


def bullets(
    p: QPainter, x: float, y: float, width: float, items: list[str], accent: QColor, size: int = 30
) -> float:
    """A list with round coloured bullets; items may use <b>…</b>. Returns the bottom y."""
    for item in items:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(accent)
        p.drawEllipse(QPointF(x + 9, y + size * 0.62), 8, 8)
        y += rich(p, x + 36, y, width - 36, item, size) + size * 0.55
    return y


def card(
    p: QPainter, rect: QRectF, color: QColor, symbol: str, heading: str, body: str, size: int = 22
) -> None:
    """A tinted card: a round icon and the heading on one line, the body below."""
    rounded(p, rect, tint(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawEllipse(QPointF(rect.x() + 46, rect.y() + 48), 26, 26)
    text(
        p,
        QRectF(rect.x() + 18, rect.y() + 20, 56, 56),
        symbol,
        34,
        WHITE,
        align=Qt.AlignmentFlag.AlignCenter,
    )
    narrow = rect.width() < 400
    if narrow:
        text(
            p,
            QRectF(rect.x() + 20, rect.y() + 92, rect.width() - 40, 40),
            heading,
            25,
            color,
            bold=True,
        )
        rich(p, rect.x() + 20, rect.y() + 136, rect.width() - 40, body, size)
    else:
        text(
            p,
            QRectF(rect.x() + 88, rect.y() + 30, rect.width() - 104, 40),
            heading,
            26,
            color,
            bold=True,
        )
        rich(p, rect.x() + 24, rect.y() + 96, rect.width() - 48, body, size)


def arrow(
    p: QPainter, start: QPointF, end: QPointF, color: QColor = MUTED, width: float = 4
) -> None:
    p.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(start, end)
    direction = end - start
    length = max(1.0, (direction.x() ** 2 + direction.y() ** 2) ** 0.5)
    ux, uy = direction.x() / length, direction.y() / length
    head = QPolygonF(
        [
            end + QPointF(ux * 6, uy * 6),
            end - QPointF(ux * 18, uy * 18) + QPointF(-uy * 11, ux * 11),
            end - QPointF(ux * 18, uy * 18) - QPointF(-uy * 11, ux * 11),
        ]
    )
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawPolygon(head)


def gear(p: QPainter, centre: QPointF, radius: float, color: QColor, teeth: int = 10) -> None:
    import math

    path = QPainterPath()
    points = []
    for i in range(teeth * 4):
        angle = 2 * math.pi * i / (teeth * 4)
        r = radius if (i % 4) in (1, 2) else radius * 0.8
        points.append(QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle)))
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    hole = QPainterPath()
    hole.addEllipse(centre, radius * 0.35, radius * 0.35)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawPath(path.subtracted(hole))


def person(p: QPainter, top: QPointF, color: QColor) -> None:
    """A head and shoulders: who is talking, without a photo."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawEllipse(top, 34, 34)
    shoulders = QPainterPath()
    shoulders.addRoundedRect(QRectF(top.x() - 62, top.y() + 44, 124, 70), 50, 50)
    p.drawPath(shoulders)


def heading(p: QPainter, title: str, accent: QColor) -> None:
    text(p, QRectF(80, 48, 1120, 64), title, 46, NAVY, bold=True)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(accent)
    p.drawRoundedRect(QRectF(82, 120, 96, 7), 3, 3)


def footer(p: QPainter, number: int, total: int) -> None:
    text(p, QRectF(80, 676, 800, 24), TITLE, 16, MUTED)
    text(
        p,
        QRectF(1000, 676, 200, 24),
        f"{number} / {total}",
        16,
        MUTED,
        align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
    )


# -- the slides ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slide:
    draw: Callable[[QPainter], None]
    notes: str
    plain: bool = False  # full-bleed slide: no footer


def cover(p: QPainter) -> None:
    p.fillRect(QRectF(0, 0, W, H), NAVY)
    gear(p, QPointF(1060, 210), 150, QColor("#1b3d66"), 12)
    gear(p, QPointF(1175, 430), 95, QColor("#1d4ed8"), 9)
    gear(p, QPointF(960, 520), 70, QColor("#db2777"), 8)
    text(p, QRectF(90, 190, 820, 200), "Ingénieur·e :\npourquoi pas toi ?", 72, WHITE, bold=True)
    text(
        p,
        QRectF(92, 420, 780, 80),
        "Des études d'ingénieur ouvertes à toutes et à tous",
        30,
        QColor("#bfdbfe"),
    )
    text(
        p,
        QRectF(92, 600, 900, 40),
        "Présenté par des élèves-ingénieur·es ambassadeur·rices",
        22,
        QColor("#9fb6d3"),
    )


def who_we_are(p: QPainter) -> None:
    heading(p, "Qui sommes-nous ?", BLUE)
    bullets(
        p,
        80,
        170,
        700,
        [
            "Des <b>étudiantes et étudiants</b> en école d'ingénieurs",
            "Il y a quelques années, nous étions <b>assis à votre place</b>",
            "Nous venons raconter <b>nos parcours</b> : les doutes, les choix, ce qui nous plaît",
            "Une seule règle aujourd'hui : <b>toutes les questions sont bonnes</b>",
        ],
        BLUE,
    )
    rounded(p, QRectF(840, 170, 360, 440), tint(BLUE, 0.9))
    person(p, QPointF(1020, 240), BLUE)
    text(
        p,
        QRectF(870, 390, 300, 200),
        "Prénom, école,\nannée d'études,\nce qui m'a donné envie…",
        26,
        NAVY,
        align=Qt.AlignmentFlag.AlignHCenter,
    )


def what_engineers_do(p: QPainter) -> None:
    heading(p, "Un·e ingénieur·e, ça fait quoi ?", TEAL)
    text(
        p,
        QRectF(80, 150, 1120, 80),
        "Imaginer, concevoir, fabriquer et améliorer des objets, des services et des "
        "systèmes qui servent à tout le monde.",
        28,
        INK,
    )
    cards = [
        (PINK, "⚕", "Santé", "Prothèses, imagerie médicale, médicaments"),
        (TEAL, "♻", "Environnement", "Énergie solaire, eau potable, recyclage"),
        (BLUE, "⌨", "Numérique", "Applications, cybersécurité, intelligence artificielle"),
        (ORANGE, "✈", "Transports", "Trains, vélos, avions, satellites"),
    ]
    for i, (color, symbol, title, body) in enumerate(cards):
        card(p, QRectF(80 + i * 285, 290, 265, 330), color, symbol, title, body, 24)


def skills(p: QPainter) -> None:
    heading(p, "Ce qu'il faut vraiment", ORANGE)
    items = [
        (ORANGE, "★", "Être curieux·se", "Se demander comment ça marche, et pourquoi."),
        (BLUE, "⚙", "Aimer résoudre", "Chercher, tester, se tromper, recommencer."),
        (TEAL, "♥", "Travailler en équipe", "Personne ne construit un pont tout seul."),
        (
            PURPLE,
            "✚",
            "Des sciences utiles",
            "Les maths et la physique servent à agir sur le réel.",
        ),
    ]
    for i, (color, symbol, title, body) in enumerate(items):
        x = 80 + (i % 2) * 570
        y = 165 + (i // 2) * 235
        rounded(p, QRectF(x, y, 550, 210), tint(color))
        text(p, QRectF(x + 28, y + 30, 80, 90), symbol, 64, color)
        text(p, QRectF(x + 130, y + 36, 400, 40), title, 30, color, bold=True)
        text(p, QRectF(x + 130, y + 92, 395, 100), body, 24, INK)


def girls(p: QPainter) -> None:
    heading(p, "Les sciences, c'est aussi pour les filles", PINK)
    size, gap = 30, 6
    for i in range(100):
        row, col = divmod(i, 10)
        color = PINK if i < 26 else QColor("#e2e8f0")
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(
            QRectF(90 + col * (size + gap), 175 + row * (size + gap), size, size), 5, 5
        )
    text(p, QRectF(520, 170, 680, 110), "26 %", 96, PINK, bold=True)
    rich(
        p,
        520,
        290,
        680,
        "des élèves ingénieurs des écoles de l'<b>IMT</b> sont des femmes "
        "(de <b>17 %</b> à <b>37 %</b> selon l'école).",
        28,
    )
    rich(
        p,
        520,
        420,
        680,
        "Elles sont plus nombreuses dans les formations liées à l'environnement ou à la "
        "santé, moins dans le numérique.",
        24,
    )
    text(
        p,
        QRectF(520, 550, 680, 80),
        "Les métiers d'ingénieur ont besoin de tous les talents.",
        28,
        NAVY,
        bold=True,
    )


def myths(p: QPainter) -> None:
    heading(p, "Vrai ou faux ?", PURPLE)
    rows = [
        (
            "Il faut être un génie en maths.",
            "Il faut surtout de la curiosité et du travail régulier.",
        ),
        ("C'est un métier d'hommes.", "Des ingénieures travaillent dans tous les domaines."),
        (
            "Ces études coûtent trop cher.",
            "Bourses, écoles publiques, apprentissage : il y a des solutions.",
        ),
        ("Tout se décide en 3e.", "Il existe plusieurs chemins, et des passerelles entre eux."),
    ]
    for i, (myth, answer) in enumerate(rows):
        y = 160 + i * 122
        rounded(p, QRectF(80, y, 1120, 106), LIGHT, 14)
        rounded(p, QRectF(100, y + 28, 110, 50), PINK, 10)
        text(
            p,
            QRectF(100, y + 36, 110, 40),
            "FAUX",
            24,
            WHITE,
            bold=True,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        text(p, QRectF(236, y + 16, 940, 40), f"« {myth} »", 26, NAVY, bold=True)
        text(p, QRectF(236, y + 58, 940, 40), answer, 22, MUTED)


def after_troisieme(p: QPainter) -> None:
    heading(p, "Après la 3e : plusieurs portes d'entrée", BLUE)
    boxes = [
        (BLUE, "Seconde générale\net technologique", 175),
        (TEAL, "Bac technologique\n(STI2D, STL…)", 335),
        (ORANGE, "Bac professionnel\npuis BTS", 495),
    ]
    for color, label, y in boxes:
        rounded(p, QRectF(80, y, 420, 120), tint(color), 16, color)
        text(p, QRectF(100, y + 22, 380, 90), label, 28, color, bold=True)
        arrow(p, QPointF(520, y + 60), QPointF(740, 395))
    rounded(p, QRectF(760, 290, 440, 210), NAVY, 20)
    text(
        p,
        QRectF(780, 320, 400, 160),
        "École\nd'ingénieurs",
        40,
        WHITE,
        bold=True,
        align=Qt.AlignmentFlag.AlignCenter,
    )
    text(
        p,
        QRectF(760, 530, 440, 90),
        "Toutes ces voies peuvent y mener.",
        24,
        MUTED,
        align=Qt.AlignmentFlag.AlignHCenter,
    )


def at_lycee(p: QPainter) -> None:
    heading(p, "Au lycée : choisir ses spécialités", TEAL)
    bullets(
        p,
        80,
        170,
        620,
        [
            "<b>Mathématiques</b> : la spécialité qui ouvre le plus de portes",
            "<b>Physique-chimie</b>, <b>SVT</b>, <b>NSI</b> (informatique) ou "
            "<b>sciences de l'ingénieur</b>",
            "En terminale, l'option <b>maths expertes</b> aide pour une prépa scientifique",
            "Pas de spécialité « parfaite » : choisis ce qui <b>te plaît</b>",
        ],
        TEAL,
        28,
    )
    pills = [
        ("Maths", BLUE),
        ("Physique-chimie", TEAL),
        ("SVT", PINK),
        ("NSI", PURPLE),
        ("SI", ORANGE),
    ]
    for i, (label, color) in enumerate(pills):
        y = 175 + i * 88
        rounded(p, QRectF(800, y, 400, 70), color, 35)
        text(
            p,
            QRectF(800, y + 18, 400, 40),
            label,
            28,
            WHITE,
            bold=True,
            align=Qt.AlignmentFlag.AlignHCenter,
        )


def after_bac(p: QPainter) -> None:
    heading(p, "Après le bac : trois grands chemins", ORANGE)
    rounded(p, QRectF(80, 300, 150, 120), NAVY, 18)
    text(
        p,
        QRectF(80, 338, 150, 50),
        "Bac",
        36,
        WHITE,
        bold=True,
        align=Qt.AlignmentFlag.AlignHCenter,
    )
    paths = [
        (BLUE, "Classe prépa (CPGE)", "2 ans, puis concours", 160),
        (TEAL, "École post-bac", "prépa intégrée, 5 ans", 320),
        (ORANGE, "BUT, BTS ou licence", "puis admission sur titre", 480),
    ]
    for color, title, detail, y in paths:
        arrow(p, QPointF(245, 360), QPointF(330, y + 55), color)
        rounded(p, QRectF(345, y, 420, 110), tint(color), 16, color)
        text(p, QRectF(370, y + 16, 380, 40), title, 28, color, bold=True)
        text(p, QRectF(370, y + 60, 380, 40), detail, 22, INK)
        arrow(p, QPointF(780, y + 55), QPointF(870, 360), color)
    rounded(p, QRectF(885, 270, 315, 180), NAVY, 20)
    text(
        p,
        QRectF(895, 295, 295, 130),
        "Diplôme\nd'ingénieur\nbac + 5",
        30,
        WHITE,
        bold=True,
        align=Qt.AlignmentFlag.AlignCenter,
    )


def parcoursup(p: QPainter) -> None:
    heading(p, "En terminale : Parcoursup", BLUE)
    steps = [
        ("Janvier → mars", "Tu t'inscris et tu formules tes vœux"),
        ("Avril", "Tu confirmes tes vœux et complètes ton dossier"),
        ("À partir de juin", "Tu reçois les réponses et tu choisis"),
    ]
    p.setPen(QPen(SKY, 6))
    p.drawLine(QPointF(160, 260), QPointF(1120, 260))
    for i, (when, what) in enumerate(steps):
        x = 160 + i * 480
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BLUE)
        p.drawEllipse(QPointF(x, 260), 22, 22)
        text(
            p,
            QRectF(x - 150, 300, 300, 40),
            when,
            28,
            BLUE,
            bold=True,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        text(p, QRectF(x - 150, 350, 300, 120), what, 24, INK, align=Qt.AlignmentFlag.AlignHCenter)
    rich(
        p,
        80,
        520,
        1120,
        "Les écoles d'ingénieurs post-bac et les classes prépa recrutent presque toutes "
        "<b>sur Parcoursup</b>. Les journées portes ouvertes ont lieu l'hiver : "
        "<b>vas-y avant de formuler tes vœux</b>.",
        26,
    )


def money(p: QPainter) -> None:
    heading(p, "Et l'argent ?", TEAL)
    cards = [
        (
            TEAL,
            "€",
            "Bourses",
            "Les bourses sur critères sociaux dispensent des frais d'inscription dans les écoles publiques.",
        ),
        (BLUE, "⌂", "Logement", "Résidences étudiantes du Crous, internats de nombreuses prépas."),
        (
            ORANGE,
            "⚙",
            "Apprentissage",
            "Un salaire, et l'entreprise paie l'école : c'est possible dès la 3e année.",
        ),
        (
            PINK,
            "★",
            "Bourses au mérite",
            "Des écoles et fondations aident les bons élèves en prépa ou en début d'études.",
        ),
    ]
    for i, (color, symbol, title, body) in enumerate(cards):
        x = 80 + (i % 2) * 570
        y = 160 + (i // 2) * 245
        card(p, QRectF(x, y, 550, 225), color, symbol, title, body, 23)


def equal_chances(p: QPainter) -> None:
    heading(p, "L'égalité des chances, pour de vrai", PURPLE)
    rich(
        p,
        80,
        150,
        1120,
        "L'<b>Institut Polytechnique de Paris</b> a créé un <b>Centre égalité des chances</b> : "
        "chaque jeune, quels que soient son genre et ses origines sociales ou géographiques, "
        "doit pouvoir accéder aux meilleures formations scientifiques.",
        26,
    )
    pillars = [
        (BLUE, "Informer,\ninspirer"),
        (TEAL, "Accompagner\n(tutorat, mentorat)"),
        (ORANGE, "Engager\nles étudiants"),
        (PINK, "Mesurer\nl'impact"),
        (PURPLE, "Diversifier\nles recrutements"),
    ]
    for i, (color, label) in enumerate(pillars):
        x = 80 + i * 228
        rounded(p, QRectF(x, 330, 208, 230), tint(color), 16, color)
        text(
            p,
            QRectF(x, 350, 208, 60),
            str(i + 1),
            48,
            color,
            bold=True,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        text(p, QRectF(x + 10, 430, 188, 120), label, 22, INK, align=Qt.AlignmentFlag.AlignHCenter)
    text(
        p,
        QRectF(80, 590, 1120, 40),
        "Tutorat, camps scientifiques, bourses au mérite : renseigne-toi !",
        24,
        MUTED,
    )


def ambassadors(p: QPainter) -> None:
    heading(p, "Des étudiantes viennent à votre rencontre", PINK)
    rich(
        p,
        80,
        150,
        640,
        "Le programme <b>Ambassadrices</b> de l'Institut Mines-Télécom et de la "
        "Fondation Mines-Télécom envoie des élèves-ingénieures dans les collèges et lycées "
        "pour parler des chemins vers les écoles d'ingénieurs.",
        26,
    )
    text(p, QRectF(80, 360, 300, 110), "31", 96, PINK, bold=True)
    text(p, QRectF(80, 470, 300, 80), "étudiantes", 28, INK)
    text(p, QRectF(330, 360, 300, 110), "4", 96, BLUE, bold=True)
    text(p, QRectF(330, 470, 300, 80), "étudiants", 28, INK)
    text(p, QRectF(80, 540, 640, 80), "cette année, venus de 7 écoles", 26, MUTED)
    schools = [
        "IMT Atlantique",
        "IMT Mines Albi",
        "IMT Mines Alès",
        "IMT Nord Europe",
        "Mines Saint-Étienne",
        "Télécom Paris",
        "Télécom SudParis",
    ]
    for i, school in enumerate(schools):
        y = 165 + i * 66
        rounded(p, QRectF(790, y, 410, 54), tint(PINK, 0.9), 12)
        text(p, QRectF(815, y + 13, 370, 34), school, 24, NAVY, bold=True)


def now(p: QPainter) -> None:
    heading(p, "Ce que tu peux faire dès maintenant", BLUE)
    bullets(
        p,
        80,
        170,
        1120,
        [
            "Rejoindre un <b>club</b> : robotique, code, astronomie, fablab…",
            "Chercher un <b>stage de 3e</b> ou de seconde chez un ingénieur ou une ingénieure",
            "Aller à la <b>Fête de la science</b> et aux <b>portes ouvertes</b> des écoles",
            "Explorer les métiers et les formations sur le site de l'<b>Onisep</b>",
            "Parler avec des <b>étudiant·es</b> : nous, par exemple !",
        ],
        BLUE,
        30,
    )


def questions(p: QPainter) -> None:
    p.fillRect(QRectF(0, 0, W, H), tint(BLUE, 0.92))
    text(p, QRectF(0, 170, W, 200), "?", 180, BLUE, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
    text(
        p,
        QRectF(0, 400, W, 80),
        "Vos questions",
        60,
        NAVY,
        bold=True,
        align=Qt.AlignmentFlag.AlignHCenter,
    )
    text(
        p,
        QRectF(0, 500, W, 60),
        "Sur les études, les métiers, la vie d'étudiant·e… tout !",
        28,
        MUTED,
        align=Qt.AlignmentFlag.AlignHCenter,
    )


def survey(p: QPainter) -> None:
    p.fillRect(QRectF(0, 0, W, H), NAVY)
    text(p, QRectF(90, 120, 1100, 100), "Ton avis compte !", 64, WHITE, bold=True)
    rich(
        p,
        92,
        250,
        640,
        "<span style='color:#dbeafe'>Réponds au petit questionnaire : "
        "<b style='color:#ffffff'>2 minutes</b>, <b style='color:#ffffff'>anonyme</b>, "
        "sans nom ni adresse e-mail.<br><br>Scanne le QR code affiché à l'écran, ou réponds "
        "sur l'ordinateur si les téléphones ne sont pas autorisés.</span>",
        30,
    )
    rounded(p, QRectF(900, 200, 220, 400), QColor("#1b3d66"), 32)
    rounded(p, QRectF(918, 240, 184, 310), QColor("#dbeafe"), 10)
    for i in range(3):
        rounded(p, QRectF(938, 270 + i * 62, 144, 40), WHITE, 8)
        p.setBrush(PINK if i == 1 else SKY)
        p.drawEllipse(QPointF(958, 290 + i * 62), 9, 9)
    rounded(p, QRectF(950, 470, 120, 50), PINK, 25)
    text(p, QRectF(950, 480, 120, 34), "✔", 26, WHITE, align=Qt.AlignmentFlag.AlignHCenter)
    text(p, QRectF(92, 620, 1000, 40), "Merci et à bientôt !", 28, QColor("#bfdbfe"), bold=True)


SLIDES = [
    Slide(
        cover,
        "Accueil (≈ 2 min). Se présenter en une phrase, dire combien de temps on reste et qu'à "
        "la fin il y aura un court questionnaire anonyme.\n"
        "Si c'est prévu, lancer le questionnaire « avant » maintenant (touche Q).",
        plain=True,
    ),
    Slide(
        who_we_are,
        "Chaque ambassadeur·rice se présente (≈ 1 min chacun) : prénom, école, année, "
        "d'où l'on vient (collège, lycée, bac suivi), et ce qui a donné envie.\n"
        "Insister : on n'était pas forcément « les meilleurs en maths ».",
    ),
    Slide(
        what_engineers_do,
        "Demander d'abord à la classe : « Pour vous, un ingénieur, ça fait quoi ? » "
        "Noter deux ou trois réponses.\n"
        "Puis montrer les quatre domaines avec un exemple concret tiré de son école ou de son "
        "stage.",
    ),
    Slide(
        skills,
        "Qualités plutôt que notes. Raconter un échec de projet qui a appris quelque chose.\n"
        "Le travail en équipe est central : projets, stages, associations.",
    ),
    Slide(
        girls,
        "Chiffre de l'Institut Mines-Télécom : 26 % de femmes parmi les élèves ingénieurs en "
        "moyenne, de 17 % à 37 % selon l'école et le programme.\n"
        "Demander : « À votre avis, pourquoi si peu ? » Écouter sans juger, puis dire que "
        "ces métiers ont besoin de tout le monde.",
    ),
    Slide(
        myths,
        "Faire voter à main levée « vrai ou faux » pour chaque phrase avant de révéler la "
        "réponse. Garder ce moment vivant (≈ 5 min).",
    ),
    Slide(
        after_troisieme,
        "Pour les collégiens surtout. La voie technologique (STI2D, STL) mène très bien aux "
        "écoles d'ingénieurs ; il existe aussi des prépas TSI pour les bacheliers STI2D.\n"
        "Bac pro puis BTS : admission possible en école, souvent en apprentissage.",
    ),
    Slide(
        at_lycee,
        "Pour les lycéens : les spécialités comptent mais aucune n'est obligatoire partout. "
        "Les maths sont les plus utiles. Conseiller d'en parler avec le professeur principal "
        "et les Psy-EN.",
    ),
    Slide(
        after_bac,
        "Trois chemins : prépa (MPSI, PCSI, PTSI, BCPST, TSI…) puis concours ; école post-bac "
        "avec prépa intégrée ; BUT, BTS ou licence puis admission sur titre.\n"
        "Dire lequel on a suivi, et que tous mènent au même diplôme.",
    ),
    Slide(
        parcoursup,
        "Rappeler le calendrier sans donner de dates précises de l'année : elles changent. "
        "Conseiller les portes ouvertes et les salons.",
    ),
    Slide(
        money,
        "Point souvent décisif pour les familles. Bourses du Crous : pas de frais "
        "d'inscription dans le public. Apprentissage : salaire et école payée.\n"
        "Citer les aides de sa propre école si on les connaît.",
    ),
    Slide(
        equal_chances,
        "Centre égalité des chances de l'Institut Polytechnique de Paris, cinq piliers : "
        "informer, inspirer et détecter ; accompagner (tutorat, camps scientifiques, bourses "
        "au mérite, mentorat) ; engager les étudiants ; évaluer l'impact ; diversifier les "
        "recrutements.",
    ),
    Slide(
        ambassadors,
        "Programme Ambassadrices de l'IMT et de la Fondation Mines-Télécom : 31 étudiantes et "
        "4 étudiants de 7 écoles cette année. Adapter à son propre programme si besoin.",
    ),
    Slide(
        now,
        "Terminer par des actions concrètes, possibles dès cette année. Donner le nom d'un "
        "club ou d'un événement proche si on le connaît.",
    ),
    Slide(
        questions,
        "Questions (≈ 10 min). Si personne n'ose : « Qui a déjà démonté un objet pour voir "
        "comment il marche ? »",
        plain=True,
    ),
    Slide(
        survey,
        "Questionnaire « après » : appuyer sur Q pour afficher le QR code et le nombre de "
        "réponses. Laisser 2 à 3 minutes. Si les téléphones sont interdits, passer en mode "
        "borne sur l'ordinateur.\nRemercier la classe et le professeur.",
        plain=True,
    ),
]


# -- output ----------------------------------------------------------------------------------


def _load_fonts() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = FONT_DIR / name
        if not path.exists() or QFontDatabase.addApplicationFont(str(path)) < 0:
            sys.exit(
                f"{path} is missing: install Debian's fonts-dejavu-core (tools/system-deps.sh)"
            )


def _fix_dates(pdf: bytes) -> bytes:
    """Qt stamps the current time in the info dictionary and the XMP packet, both near the
    start; same-length replacements keep every byte offset (and the xref table) valid."""
    head, rest = pdf[:8192], pdf[8192:]
    head = re.sub(rb"D:\d{14}", FIXED_PDF_DATE, head)
    head = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", FIXED_XMP_DATE, head)
    return head + rest


_APP: list[QGuiApplication] = []  # kept alive until the process ends


def build(output: Path) -> tuple[Path, Path]:
    if QGuiApplication.instance() is None:
        _APP.append(QGuiApplication([sys.argv[0]]))
    _load_fonts()
    output.mkdir(parents=True, exist_ok=True)
    pdf_path = output / PDF_NAME
    temporary = output / (PDF_NAME + ".tmp")
    writer = QPdfWriter(str(temporary))
    writer.setPageSize(QPageSize(PAGE_MM, QPageSize.Unit.Millimeter, "16:9"))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(DPI)
    writer.setTitle(TITLE)
    writer.setCreator("visitapp tools/make_demo_deck.py")
    writer.setDocumentId(DOCUMENT_ID)
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for number, slide in enumerate(SLIDES, start=1):
        if number > 1:
            writer.newPage()
        painter.fillRect(QRectF(0, 0, W, H), WHITE)
        slide.draw(painter)
        if not slide.plain:
            footer(painter, number, len(SLIDES))
    painter.end()
    del painter, writer  # the painter first: it refers to the writer
    pdf_path.write_bytes(_fix_dates(temporary.read_bytes()))
    temporary.unlink()
    notes_path = output / NOTES_NAME
    notes = {"title": TITLE, "language": "fr", "notes": [slide.notes for slide in SLIDES]}
    notes_path.write_text(json.dumps(notes, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return pdf_path, notes_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="folder to write into")
    args = parser.parse_args()
    for path in build(args.output):
        print(path)


if __name__ == "__main__":
    main()

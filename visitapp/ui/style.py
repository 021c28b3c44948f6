"""The application's look: Qt's Fusion style with a light palette, plus a few named accents.

Fusion draws combo boxes, spin boxes and date fields itself; the stylesheet only touches what
Fusion leaves plain (sidebar, titles, buttons, tables), so no widget loses its arrows.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1d4ed8"
# Fusion is chosen on QApplication's command line, not with app.setStyle("Fusion"): a QStyle
# handed to Python makes PySide build every one of QStyle's enums, ~4 ms of the start-up.
# A -style the user passes comes later and wins.
QT_ARGUMENTS = ("-style", "Fusion")

STYLESHEET = f"""
#sidebar {{ background: #0f2a4a; }}
#brand {{ color: white; font-size: 18pt; font-weight: 700; padding: 0 18px; }}
#tagline {{ color: #9fb6d3; padding: 0 18px; font-size: 9.5pt; }}
#sidebarFoot {{ color: #9fb6d3; padding: 8px 18px; font-size: 9pt; }}
#navigation {{ background: transparent; border: none; color: #dbe6f3; outline: 0; }}
#navigation::item {{ padding: 6px 14px; border-left: 3px solid transparent; }}
#navigation::item:selected {{ background: #1b3d66; color: white; border-left: 3px solid #60a5fa; }}
#navigation::item:hover:!selected {{ background: #15345a; }}
#pageTitle {{ font-size: 20pt; font-weight: 700; color: #0f172a; }}
#pageSummary {{ color: #475569; }}
#kpiTile {{ background: #eff6ff; border: 1px solid #dbeafe; border-radius: 8px; }}
#kpiValue {{ font-size: 20pt; font-weight: 700; color: {ACCENT}; }}
#kpiCaption {{ color: #475569; }}
#sectionTitle {{ font-size: 13pt; font-weight: 600; color: #0f172a; }}
#dialogTitle {{ font-size: 13pt; font-weight: 600; }}
#emptyState {{ color: #64748b; font-size: 12pt; }}
#fieldMessage {{ color: #b91c1c; }}
QToolButton {{ padding: 6px 12px; border: 1px solid #cbd5e1; border-radius: 6px; background: white; }}
QToolButton:hover {{ background: #f1f5f9; }}
QToolButton:disabled {{ color: #94a3b8; background: #f8fafc; }}
QToolButton#primaryButton {{ background: {ACCENT}; color: white; border-color: {ACCENT};
                             font-weight: 600; }}
QToolButton#primaryButton:hover {{ background: #1e40af; }}
QTableView {{ border: 1px solid #e2e8f0; border-radius: 6px; background: white; outline: 0;
             alternate-background-color: #f8fafc; selection-background-color: #dbeafe;
             selection-color: #0f172a; }}
QHeaderView::section {{ background: #f1f5f9; border: none; border-bottom: 1px solid #e2e8f0;
                       padding: 6px 8px; font-weight: 600; color: #334155; }}
"""


def apply_style(app: QApplication) -> None:
    """The palette and stylesheet (the application was made with QT_ARGUMENTS)."""
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f3f5f8"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f8fafc"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f8fafc"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)

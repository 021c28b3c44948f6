"""The application's look: one light stylesheet, readable on a classroom projector too."""

from __future__ import annotations

ACCENT = "#1d4ed8"

STYLESHEET = f"""
QWidget {{ font-size: 10.5pt; }}
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
#dialogTitle {{ font-size: 13pt; font-weight: 600; }}
#emptyState {{ color: #64748b; font-size: 12pt; }}
#fieldMessage {{ color: #b91c1c; font-size: 9.5pt; }}
QToolButton {{ padding: 6px 12px; border: 1px solid #cbd5e1; border-radius: 6px; background: white; }}
QToolButton:hover {{ background: #f1f5f9; }}
QToolButton:disabled {{ color: #94a3b8; background: #f8fafc; }}
QToolButton#primaryButton {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QToolButton#primaryButton:hover {{ background: #1e40af; }}
QTableView {{ border: 1px solid #e2e8f0; border-radius: 6px; background: white;
             alternate-background-color: #f8fafc; selection-background-color: #dbeafe;
             selection-color: #0f172a; }}
QHeaderView::section {{ background: #f1f5f9; border: none; border-bottom: 1px solid #e2e8f0;
                       padding: 6px 8px; font-weight: 600; color: #334155; }}
QLineEdit, QComboBox, QDateEdit, QDateTimeEdit, QSpinBox, QPlainTextEdit {{
    padding: 4px 6px; border: 1px solid #cbd5e1; border-radius: 5px; background: white; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QDateTimeEdit:focus, QSpinBox:focus,
QPlainTextEdit:focus {{ border-color: {ACCENT}; }}
#undoButton {{ padding: 2px 10px; }}
"""

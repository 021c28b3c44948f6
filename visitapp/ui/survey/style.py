"""The survey windows' look, on top of the app's stylesheet: big, calm, readable from afar."""

from __future__ import annotations

from visitapp.ui.style import ACCENT

SURVEY_STYLE = f"""
#surveyUrl {{ font-size: 15pt; font-weight: 600; color: #0f172a; }}
#surveyCount {{ font-size: 22pt; font-weight: 700; color: {ACCENT}; }}
#surveyStatus {{ color: #334155; }}
#networkHint, #capWarning {{ color: #92400e; background: #fef3c7; border: 1px solid #fcd34d;
                             border-radius: 6px; padding: 6px 10px; }}
#phaseButton {{ padding: 8px 18px; border: 1px solid #cbd5e1; background: white; font-weight: 600; }}
#phaseButton:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QPushButton {{ padding: 7px 14px; border: 1px solid #cbd5e1; border-radius: 6px; background: white; }}
QPushButton:hover {{ background: #f1f5f9; }}
QPushButton:disabled {{ color: #94a3b8; background: #f8fafc; }}
#primaryAction {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
#primaryAction:hover {{ background: #1e40af; }}
#resultCard {{ background: white; border: 1px solid #e2e8f0; border-radius: 8px; }}
#resultQuestion {{ font-weight: 600; }}
#resultCount {{ color: #64748b; font-size: 9.5pt; }}
#freeText {{ color: #0f172a; background: #f8fafc; border-left: 3px solid #93c5fd; padding: 4px 8px; }}
QProgressBar {{ border: none; background: #e2e8f0; border-radius: 4px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
#divider {{ color: #e2e8f0; }}
#projectorWindow {{ background: white; }}
#projectorTitle {{ font-size: 30pt; font-weight: 700; color: #0f2a4a; }}
#projectorUrl {{ font-weight: 600; color: #0f172a; }}
#projectorHint {{ font-size: 16pt; color: #475569; }}
#projectorCount {{ font-size: 30pt; font-weight: 700; color: {ACCENT}; }}
#kioskWindow {{ background: #f1f5f9; }}
#kioskTitle {{ font-size: 24pt; font-weight: 700; color: #0f2a4a; }}
#kioskNote {{ font-size: 13pt; color: #475569; }}
#kioskThanks {{ font-size: 40pt; font-weight: 700; color: {ACCENT}; }}
#kioskQuestion {{ background: white; border: 1px solid #e2e8f0; border-radius: 10px; }}
#kioskQuestionText {{ font-size: 15pt; font-weight: 600; }}
#kioskQuestion #fieldMessage {{ font-size: 13pt; font-weight: 600; }}
#kioskForm QRadioButton, #kioskForm QCheckBox {{ font-size: 14pt; padding: 6px; }}
#kioskForm QRadioButton::indicator, #kioskForm QCheckBox::indicator {{ width: 22px; height: 22px; }}
#kioskScale {{ font-size: 16pt; min-width: 56px; min-height: 48px; }}
#kioskScale:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
#kioskScaleEnd {{ color: #475569; font-size: 11pt; max-width: 160px; }}
#kioskSend {{ font-size: 16pt; font-weight: 700; padding: 12px 30px; background: {ACCENT};
              color: white; border-color: {ACCENT}; }}
#kioskLeave {{ font-size: 10pt; }}
"""

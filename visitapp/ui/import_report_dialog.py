"""What a school import did: counts, and each skipped line with the reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from visitapp.services.school_import import ImportReport
from visitapp.texts import describe
from visitapp.ui.i18n import current_language


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schools imported"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Import of %1").replace("%1", file_name))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        lines = [
            self.tr("%n school(s) added", "", report.created),
            self.tr("%n school(s) updated", "", report.updated),
            self.tr("%n school(s) already up to date", "", report.unchanged),
        ]
        if report.skipped_other_kinds:
            lines.append(
                self.tr(
                    "%n establishment(s) that are neither collège nor lycée skipped",
                    "",
                    report.skipped_other_kinds,
                )
            )
        if report.encoding != "utf-8":
            lines.append(self.tr("The file was not UTF-8: read as Windows-1252."))
        self.counts = QLabel("\n".join(lines))
        layout.addWidget(self.counts)
        if report.problems:
            layout.addWidget(QLabel(self.tr("%n line(s) skipped:", "", len(report.problems))))
            details = QPlainTextEdit()
            details.setReadOnly(True)
            language = current_language()
            line_word = self.tr("line")
            details.setPlainText(
                "\n".join(
                    f"{line_word} {p.line} — {describe(p.problem, language)}"
                    for p in report.problems
                )
            )
            layout.addWidget(details)
            self.details = details
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def show_report(
        cls, report: ImportReport, file_name: str, parent: QWidget | None = None
    ) -> None:
        cls(report, file_name, parent).exec()

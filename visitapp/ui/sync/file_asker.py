"""The file dialogs of the sync section, in one object the panel is given (tests script it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from visitapp.core.sync import EXPORT_SUFFIX


class FileAsker(QObject):
    def export_path(self, parent: QWidget, suggested: Path) -> Path | None:
        """Where to write an export (the suggested name in the last folder used)."""
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Export for the coordinator"),
            str(suggested),
            self.tr("visitapp exports (*%1)").replace("%1", EXPORT_SUFFIX),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(EXPORT_SUFFIX)

    def shared_folder(self, parent: QWidget, start: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            parent,
            self.tr("Choose the shared folder (network drive, synced folder, USB stick)"),
            start,
        )
        return Path(chosen) if chosen else None

    def central_database(self, parent: QWidget, start: str) -> Path | None:
        """An existing central database, or the name of a new one."""
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Open or create the central database"),
            start,
            self.tr("visitapp databases (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".db")

    def exports(self, parent: QWidget, start: str) -> list[Path]:
        chosen, _ = QFileDialog.getOpenFileNames(
            parent,
            self.tr("Exports to merge"),
            start,
            self.tr("visitapp exports (*%1);;All files (*)").replace("%1", EXPORT_SUFFIX),
        )
        return [Path(p) for p in chosen]

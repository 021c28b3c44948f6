"""The merge conflicts of the open database (one row each, newest first), and the fields of one
conflict with the value kept beside the one that came in; both read-only."""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Qt

from visitapp.core.ids import short_id
from visitapp.core.surveys import Question
from visitapp.core.sync import FieldDifference, MergeConflict
from visitapp.ui.i18n import current_language
from visitapp.ui.rows_model import Index, RowsTableModel
from visitapp.ui.sync.local_time import short_time, visit_day_and_time

EMPTY = "—"


class ConflictsTableModel(RowsTableModel):
    DETECTED, RECORD, WHERE, FIELDS, LAPTOP, FILE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MergeConflict] = []
        self._headers = (
            self.tr("Detected"),
            self.tr("Record"),
            self.tr("Visit"),
            self.tr("What differs"),
            self.tr("Laptop"),
            self.tr("File"),
        )

    def set_conflicts(self, conflicts: list[MergeConflict]) -> None:
        self._set_rows(conflicts)

    def conflict(self, row: int) -> MergeConflict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def kind_text(self, conflict: MergeConflict) -> str:
        """What the record is, in words (the table name for a kind the coordinator never sees)."""
        if conflict.table == "response":
            phase = conflict.response.phase if conflict.response else ""
            if phase == "before":
                return self.tr("Pupil's answers (before)")
            if phase == "after":
                return self.tr("Pupil's answers (after)")
            return self.tr("Pupil's answers")
        if conflict.table == "survey_definition":
            return self.tr("Survey definition")
        return conflict.table

    def where_text(self, conflict: MergeConflict) -> str:
        """The visit a pupil's answers belong to: school, day and time."""
        context = conflict.response
        if context is None or not (context.school_name or context.visit_starts_at):
            return EMPTY
        if not context.school_name:
            return visit_day_and_time(context.visit_starts_at)
        return (
            self.tr("%1, %2")
            .replace("%1", context.school_name)
            .replace("%2", visit_day_and_time(context.visit_starts_at))
        )

    @staticmethod
    def _question(conflict: MergeConflict, difference: FieldDifference) -> Question | None:
        context = conflict.response
        if difference.field != "answers" or not difference.key or context is None:
            return None
        return context.survey.question(difference.key) if context.survey else None

    def field_text(self, conflict: MergeConflict, difference: FieldDifference) -> str:
        names = {
            "answers": self.tr("Answers"),
            "submitted_at": self.tr("Sent at"),
            "session_id": self.tr("Survey session"),
            "channel": self.tr("Answered on"),
            "pair_key": self.tr("Before/after pairing"),
            "survey_id": self.tr("Survey"),
            "version": self.tr("Version"),
            "json": self.tr("Definition"),
            "sha256": self.tr("Fingerprint"),
        }
        name = names.get(difference.field, difference.field)
        if not difference.key:
            return name
        return f"{name} › {self._key_text(conflict, difference)}"

    def _key_text(self, conflict: MergeConflict, difference: FieldDifference) -> str:
        """The key inside a JSON field: for answers, the question as the pupil read it."""
        question = self._question(conflict, difference)
        return question.text.get(current_language()) if question else difference.key

    def value_text(
        self, conflict: MergeConflict, difference: FieldDifference, value: str | None
    ) -> str:
        """A value as the coordinator reads it: an answer's options in words when known."""
        if value is None:
            return EMPTY
        question = self._question(conflict, difference)
        if question is None or not question.is_closed:
            return value
        try:
            chosen = json.loads(value)
        except ValueError:
            chosen = value
        words = question.option_names(current_language())
        if isinstance(chosen, list):
            return ", ".join(words.get(str(c), str(c)) for c in chosen) or EMPTY
        return words.get(str(chosen), value)

    def fields_text(self, conflict: MergeConflict) -> str:
        """Short, for the list: the questions whose answers differ, or the fields."""
        names = (
            self._key_text(conflict, d)
            if d.field == "answers" and d.key
            else self.field_text(conflict, d)
            for d in conflict.differences
        )
        return "; ".join(dict.fromkeys(names)) or EMPTY

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        conflict = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DETECTED:
                return short_time(conflict.detected_at)
            if column == self.RECORD:
                return self.kind_text(conflict)
            if column == self.WHERE:
                return self.where_text(conflict)
            if column == self.FIELDS:
                return self.fields_text(conflict)
            if column == self.LAPTOP:
                return short_id(conflict.device_id)
            if column == self.FILE:
                return conflict.file_name or EMPTY
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.RECORD:
                return conflict.record_id
            if column == self.FIELDS:
                return self.fields_text(conflict)
            if column == self.LAPTOP:
                return conflict.device_id
            if column == self.FILE:
                return conflict.file_sha256
        return None


class DifferencesTableModel(RowsTableModel):
    FIELD, KEPT, INCOMING = range(3)

    def __init__(self, conflicts: ConflictsTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflicts = conflicts  # words for the fields
        self._conflict: MergeConflict | None = None
        self._rows: list[FieldDifference] = []
        self._headers = (
            self.tr("Field"),
            self.tr("Kept (in use)"),
            self.tr("Incoming (set aside)"),
        )

    @staticmethod
    def record_id(row: FieldDifference) -> str:
        return f"{row.field}/{row.key}"

    def set_conflict(self, conflict: MergeConflict | None) -> None:
        self._conflict = conflict
        self._set_rows(conflict.differences if conflict is not None else ())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        difference = self._rows[index.row()]
        conflict = self._conflict
        assert conflict is not None  # rows come from it
        column = index.column()
        value = difference.kept if column == self.KEPT else difference.incoming
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FIELD:
                return self._conflicts.field_text(conflict, difference)
            return self._conflicts.value_text(conflict, difference, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FIELD:
                return difference.key or difference.field  # the name the data uses
            return EMPTY if value is None else value
        return None

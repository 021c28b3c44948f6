"""The merge conflicts central keeps for the coordinator: each incoming version beside the record
central kept, compared field by field (read-only; merge.py records them)."""

from __future__ import annotations

import json

from visitapp.core.sync import MergeConflict, ResponseContext, record_differences
from visitapp.storage.database import Store
from visitapp.storage.surveys import SurveyRepository
from visitapp.storage.sync.tables import ENVELOPE, REGISTRY, Registry, quote, table_names

# Who wrote a record and when is not what it says: merge compares the rest.
_NOT_CONTENT = ("id", "created_at", *ENVELOPE)


def _plain(value: object) -> object:
    # BLOBs travel in the incoming JSON as hex (merge.py); compare them the same way.
    return value.hex() if isinstance(value, bytes) else value


def _kept(store: Store, table: str, record_id: str) -> dict[str, object]:
    cursor = store.db.execute(f"SELECT * FROM {quote(table)} WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is None:
        return {}
    return {c[0]: _plain(v) for c, v in zip(cursor.description, row, strict=True)}


_RESPONSE_CONTEXT = """
SELECT coalesce(s.name, ''), coalesce(v.starts_at, ''), ss.phase, ss.definition_id
FROM survey_session AS ss
LEFT JOIN visit AS v ON v.id = ss.visit_id
LEFT JOIN school AS s ON s.id = v.school_id
WHERE ss.id = ?
"""


def _response_context(
    store: Store, session_id: object, surveys: SurveyRepository
) -> ResponseContext | None:
    row = store.db.execute(_RESPONSE_CONTEXT, [session_id]).fetchone()
    if row is None:
        return None
    school_name, starts_at, phase, definition_id = row
    # (None for a definition from a newer visitapp: its answers then show as they are stored)
    return ResponseContext(school_name, starts_at, phase, surveys.get_definition(definition_id))


def merge_conflicts(store: Store, registry: Registry = REGISTRY) -> list[MergeConflict]:
    """Every conflict recorded in this (central) database, newest first."""
    rows = store.db.execute(
        "SELECT c.id, c.table_name, c.row_id, c.incoming, c.file_sha256, c.device_id,"
        " c.detected_at, coalesce(l.file_name, '')"
        " FROM merge_conflict AS c LEFT JOIN import_log AS l ON l.sha256 = c.file_sha256"
        " ORDER BY c.detected_at DESC, c.table_name, c.row_id, c.id"
    ).fetchall()
    # Only tables of records are read by name (merge_conflict is data: never trust its names).
    known = set(registry.records) & set(table_names(store.db.conn))
    surveys = SurveyRepository(store)  # reads each survey definition once per listing
    conflicts = []
    for conflict_id, table, row_id, text, sha256, device_id, detected_at, file_name in rows:
        try:
            incoming = json.loads(text)
        except ValueError:
            incoming = {}
        if not isinstance(incoming, dict):
            incoming = {}
        kept = _kept(store, table, row_id) if table in known else {}
        context = None
        if table == "response" and "survey_session" in known:
            session_id = kept.get("session_id", incoming.get("session_id"))
            context = _response_context(store, session_id, surveys)
        conflicts.append(
            MergeConflict(
                id=conflict_id,
                table=table,
                record_id=row_id,
                detected_at=detected_at,
                device_id=device_id,
                file_sha256=sha256,
                file_name=file_name,
                differences=record_differences(kept, incoming, _NOT_CONTENT),
                response=context,
            )
        )
    return conflicts

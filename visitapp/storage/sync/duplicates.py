"""Probable duplicate visits (one real visit recorded on two laptops) and the coordinator's marks.

A mark is a synced record of `visit_duplicate`: "this visit is the same as that one". Within a
group every mark points to the group's smallest visit id, so marks made in different central
databases never form a cycle and merge into the same answer. `visits_counted_once` (a view)
leaves marked visits out, so pupils are counted once.
"""

from __future__ import annotations

from visitapp.core.errors import RecordNotFound
from visitapp.core.ids import stable_id
from visitapp.core.sync import DuplicateGroup, DuplicateVisit
from visitapp.storage.database import Store
from visitapp.storage.records import set_deleted, upsert_record

_GROUPS = """
WITH marked AS (SELECT visit_id FROM visit_duplicate WHERE deleted = 0),
groups AS (
    SELECT school_id, substr(starts_at, 1, 10) AS day, class_level FROM visit
    WHERE deleted = 0
    GROUP BY school_id, substr(starts_at, 1, 10), class_level
    HAVING count(*) >= 2
       AND (count(DISTINCT origin) >= 2 OR sum(id IN (SELECT visit_id FROM marked)) > 0)
)
SELECT v.id, s.name, s.city, g.day, v.class_level, v.starts_at, v.pupils_present,
       v.girls_present, v.origin,
       coalesce((SELECT group_concat(name, ', ') FROM (
           SELECT a.name FROM visit_ambassador l JOIN ambassador a ON a.id = l.ambassador_id
           WHERE l.visit_id = v.id AND l.deleted = 0 AND a.deleted = 0
           ORDER BY a.name COLLATE NOCASE)), '') AS ambassadors,
       coalesce((SELECT d.same_as_visit_id FROM visit_duplicate d
                 WHERE d.visit_id = v.id AND d.deleted = 0), '') AS same_as,
       v.school_id
FROM visit v
JOIN groups g ON g.school_id = v.school_id AND g.day = substr(v.starts_at, 1, 10)
    AND g.class_level = v.class_level
JOIN school s ON s.id = v.school_id
WHERE v.deleted = 0
ORDER BY g.day DESC, s.name COLLATE NOCASE, v.school_id, v.class_level, v.starts_at, v.id
"""


def probable_duplicates(store: Store) -> list[DuplicateGroup]:
    """Visits of one school, day and class level recorded on different devices (or marked)."""
    groups: list[DuplicateGroup] = []
    key = None
    members: list[DuplicateVisit] = []
    head: tuple = ()
    for row in store.db.execute(_GROUPS).fetchall():
        row_key = (row[11], row[3], row[4])
        if row_key != key:
            if members:
                groups.append(DuplicateGroup(*head, visits=tuple(members)))
            key, members, head = row_key, [], (row[1], row[2], row[3], row[4])
        members.append(
            DuplicateVisit(
                visit_id=row[0],
                starts_at=row[5],
                pupils_present=row[6],
                girls_present=row[7],
                device_id=row[8],
                ambassadors=row[9],
                same_as=row[10],
            )
        )
    if members:
        groups.append(DuplicateGroup(*head, visits=tuple(members)))
    return groups


def _mark_id(visit_id: str) -> str:
    return stable_id("visit_duplicate", visit_id)


def _linked(store: Store, visit_ids: set[str]) -> set[str]:
    """The visits already marked together with any of these, transitively."""
    edges = store.db.execute(
        "SELECT visit_id, same_as_visit_id FROM visit_duplicate WHERE deleted = 0"
    ).fetchall()
    group = set(visit_ids)
    grew = True
    while grew:
        grew = False
        for a, b in edges:
            if (a in group) != (b in group):
                group.update((a, b))
                grew = True
    return group


def _live_marks(store: Store, visit_ids: set[str]) -> dict[str, str]:
    marks = store.db.execute(
        "SELECT visit_id, same_as_visit_id FROM visit_duplicate WHERE deleted = 0"
    ).fetchall()
    return {a: b for a, b in marks if a in visit_ids}


def mark_same_visit(store: Store, visit_ids: list[str]) -> str:
    """Mark these visits (two or more) as one real visit. Returns the id of the one counted."""
    wanted = set(visit_ids)
    if len(wanted) < 2:
        raise ValueError("at least two visits are needed")
    db = store.db
    with db.atomic():
        for visit_id in wanted:
            row = db.execute("SELECT deleted FROM visit WHERE id = ?", [visit_id]).fetchone()
            if row is None or row[0]:
                raise RecordNotFound()
        group = _linked(store, wanted)
        kept = min(group)
        current = _live_marks(store, group)
        for visit_id in sorted(group - {kept}):
            if current.get(visit_id) != kept:
                upsert_record(
                    store,
                    "visit_duplicate",
                    _mark_id(visit_id),
                    {"visit_id": visit_id, "same_as_visit_id": kept},
                )
        if kept in current:
            set_deleted(store, "visit_duplicate", _mark_id(kept), True)
    return kept


def unmark_same_visit(store: Store, visit_ids: list[str]) -> int:
    """Undo the marks of the groups these visits belong to. Returns how many marks were undone."""
    db = store.db
    with db.atomic():
        group = sorted(_linked(store, set(visit_ids)))
        marks = db.execute(
            "SELECT id FROM visit_duplicate WHERE deleted = 0"
            f" AND visit_id IN ({', '.join('?' * len(group))})",
            group,
        ).fetchall()
        for (mark_id,) in marks:
            set_deleted(store, "visit_duplicate", mark_id, True)
    return len(marks)

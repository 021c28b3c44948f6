"""A small programme whose every indicator was computed by hand (see the numbers in comments).

Held visits (the clock says 2026-11-23):
  V1 2026-09-15 Curie (REP+)   3e    60 min  30 pupils, 12 girls   Alice, Bruno
  V2 2026-10-02 Moulin (REP)   4e    55 min   1 pupil,   1 girl    Alice
  V3 2026-10-20 Germain        2nde 120 min 100 pupils, girls ?    Bruno        (forum)
  V4 2026-11-05 Germain        2nde  50 min  24 pupils, 10 girls   Chloé (deleted ambassador)
  V5 2026-11-10 Curie (REP+)   3e    60 min  no headcount          Alice
Planned: V6 2027-01-15 Moulin 3e (Bruno). Deleted: V7 2026-10-10 Curie 3e, 500 pupils.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from visitapp.core.ambassadors import Ambassador
from visitapp.core.schools import Priority, School, SchoolKind
from visitapp.core.visits import ClassLevel, Visit, VisitKind
from visitapp.services import Services

# Names that a spreadsheet would run as formulas, or markup: exports keep them as inert text.
PAYLOADS = ['=HYPERLINK("http://evil.example","clic")', "+33 6 12", "-2+3", "@SUM(A1)", "\t=1+1"]


@dataclass
class Programme:
    curie: School
    moulin: School
    germain: School
    alice: Ambassador
    bruno: Ambassador
    chloe: Ambassador
    visits: dict[str, Visit]


def build_programme(services: Services) -> Programme:
    records = services.records
    curie = records.save_school(
        School(
            "",
            "Collège Marie Curie",
            "Saint-Denis",
            kind=SchoolKind.COLLEGE,
            priority=Priority.REP_PLUS,
        )
    )
    moulin = records.save_school(
        School("", "Collège Jean Moulin", "Roubaix", kind=SchoolKind.COLLEGE, priority=Priority.REP)
    )
    germain = records.save_school(School("", "Lycée Sophie Germain", "Lyon", kind=SchoolKind.LYCEE))
    alice = records.save_ambassador(Ambassador("", "Alice Martin", "Mines Alès"))
    bruno = records.save_ambassador(Ambassador("", "Bruno Petit", "Télécom Paris"))
    chloe = records.save_ambassador(Ambassador("", "Chloé Durand", "Mines Alès"))

    def visit(key, school, when, level, minutes, pupils, girls, people, kind=VisitKind.CLASS_VISIT):
        return key, records.save_visit(
            Visit(
                id="",
                school_id=school.id,
                starts_at=datetime.fromisoformat(when),
                kind=kind,
                class_level=level,
                duration_minutes=minutes,
                pupils_present=pupils,
                girls_present=girls,
                ambassador_ids=tuple(p.id for p in people),
            )
        )

    visits = dict(
        [
            visit("v1", curie, "2026-09-15T10:00", ClassLevel.TROISIEME, 60, 30, 12, [alice, bruno]),
            visit("v2", moulin, "2026-10-02T14:00", ClassLevel.QUATRIEME, 55, 1, 1, [alice]),
            visit("v3", germain, "2026-10-20T09:00", ClassLevel.SECONDE, 120, 100, None, [bruno], VisitKind.FORUM),
            visit("v4", germain, "2026-11-05T10:00", ClassLevel.SECONDE, 50, 24, 10, [chloe]),
            visit("v5", curie, "2026-11-10T10:00", ClassLevel.TROISIEME, 60, None, None, [alice]),
            visit("v6", moulin, "2027-01-15T10:00", ClassLevel.TROISIEME, 55, None, None, [bruno]),
            visit("v7", curie, "2026-10-10T10:00", ClassLevel.TROISIEME, 55, 500, 250, [alice]),
        ]
    )  # fmt: skip
    records.delete_visit(visits["v7"].id)
    records.delete_ambassador(chloe.id)
    return Programme(curie, moulin, germain, alice, bruno, chloe, visits)

"""A realistic demo programme, so a fresh install has something to show.

Demo records have fixed ids (the same on every laptop), so demo data seeded on several laptops
merges as one programme. Seeding never overwrites or resurrects a record: idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from visitapp.core.ambassadors import Ambassador
from visitapp.core.ids import stable_id
from visitapp.core.schools import Priority, School, SchoolKind, Sector, uai_check_letter
from visitapp.core.visits import ClassLevel, Visit, VisitKind
from visitapp.storage.database import Storage
from visitapp.storage.repository import Repository

DEMO_SEEDED_KEY = "demo_seeded"


def _uai(digits: str) -> str:
    return digits + uai_check_letter(digits)


def _school(
    key: str,
    name: str,
    city: str,
    postcode: str,
    digits: str,
    kind: SchoolKind,
    priority: Priority,
    sector: Sector = Sector.PUBLIC,
) -> School:
    return School(
        stable_id("demo", "school", key), name, city, postcode, _uai(digits), kind, priority, sector
    )


SCHOOLS = (
    _school(
        "curie",
        "Collège Marie Curie",
        "Saint-Denis",
        "93200",
        "0931234",
        SchoolKind.COLLEGE,
        Priority.REP_PLUS,
    ),
    _school(
        "moulin",
        "Collège Jean Moulin",
        "Roubaix",
        "59100",
        "0594321",
        SchoolKind.COLLEGE,
        Priority.REP,
    ),
    _school(
        "michel",
        "Collège Louise Michel",
        "Marseille",
        "13015",
        "0135678",
        SchoolKind.COLLEGE,
        Priority.REP_PLUS,
    ),
    _school(
        "germain",
        "Lycée Sophie Germain",
        "Lyon",
        "69008",
        "0692468",
        SchoolKind.LYCEE,
        Priority.NONE,
    ),
    _school(
        "lovelace",
        "Lycée Ada Lovelace",
        "Alès",
        "30100",
        "0301357",
        SchoolKind.LYCEE,
        Priority.NONE,
    ),
    _school(
        "joseph",
        "Lycée Saint-Joseph",
        "Albi",
        "81000",
        "0811122",
        SchoolKind.LYCEE,
        Priority.NONE,
        Sector.PRIVATE,
    ),
)

AMBASSADORS = (
    Ambassador(stable_id("demo", "ambassador", "ines"), "Inès Benali", "IMT Mines Alès"),
    Ambassador(stable_id("demo", "ambassador", "camille"), "Camille Laurent", "Télécom Paris"),
    Ambassador(stable_id("demo", "ambassador", "yasmine"), "Yasmine Traoré", "IMT Nord Europe"),
    Ambassador(stable_id("demo", "ambassador", "hugo"), "Hugo Martin", "Mines Saint-Étienne"),
)


@dataclass(frozen=True)
class _DemoVisit:
    key: str
    school: int
    days: int  # from the Monday of the week the demo is seeded
    at: time
    kind: VisitKind
    level: ClassLevel
    pupils: int | None
    girls: int | None
    ambassadors: tuple[int, ...]
    notes: str = ""


_VISITS = (
    _DemoVisit(
        "v1",
        0,
        -52,
        time(9, 0),
        VisitKind.CLASS_VISIT,
        ClassLevel.TROISIEME,
        27,
        14,
        (0, 2),
        "Classe très curieuse, beaucoup de questions sur les stages.",
    ),
    _DemoVisit(
        "v2", 1, -38, time(14, 0), VisitKind.CLASS_VISIT, ClassLevel.QUATRIEME, 25, 11, (2,)
    ),
    _DemoVisit(
        "v3",
        3,
        -31,
        time(10, 0),
        VisitKind.CLASS_VISIT,
        ClassLevel.SECONDE,
        32,
        15,
        (1, 3),
        "Le professeur de physique souhaite une seconde intervention.",
    ),
    _DemoVisit(
        "v4", 2, -24, time(8, 30), VisitKind.CLASS_VISIT, ClassLevel.TROISIEME, 24, 13, (0,)
    ),
    _DemoVisit(
        "v5",
        4,
        -17,
        time(13, 30),
        VisitKind.FORUM,
        ClassLevel.PREMIERE,
        140,
        61,
        (0, 1, 3),
        "Forum des métiers : stand partagé avec IMT Mines Alès.",
    ),
    _DemoVisit(
        "v6", 5, -10, time(10, 0), VisitKind.CLASS_VISIT, ClassLevel.TERMINALE, 29, 12, (3,)
    ),
    _DemoVisit(
        "v7", 0, -3, time(15, 0), VisitKind.CLASS_VISIT, ClassLevel.QUATRIEME, 26, 12, (0, 2)
    ),
    _DemoVisit(
        "v8",
        1,
        4,
        time(9, 0),
        VisitKind.CLASS_VISIT,
        ClassLevel.TROISIEME,
        None,
        None,
        (2,),
        "Salle B12, vidéoprojecteur fourni.",
    ),
    _DemoVisit(
        "v9", 3, 11, time(10, 0), VisitKind.CAMPUS_VISIT, ClassLevel.SECONDE, None, None, (1,)
    ),
)


def demo_visits(today: date) -> list[Visit]:
    monday = today - timedelta(days=today.weekday())
    return [
        Visit(
            id=stable_id("demo", "visit", item.key),
            school_id=SCHOOLS[item.school].id,
            starts_at=datetime.combine(monday + timedelta(days=item.days), item.at),
            kind=item.kind,
            class_level=item.level,
            pupils_present=item.pupils,
            girls_present=item.girls,
            ambassador_ids=tuple(AMBASSADORS[i].id for i in item.ambassadors),
            notes=item.notes,
        )
        for item in _VISITS
    ]


@dataclass(frozen=True, slots=True)
class DemoReport:
    created: int
    already_there: int
    survey_sessions: int = 0  # demo survey sessions added (with their answers or tallies)


class DemoService:
    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    def seed(self, today: date) -> DemoReport:
        """Add whichever demo records are missing; never touch one that exists or was deleted."""
        repo = Repository(self._storage.store())
        created = already = 0
        with repo.db.atomic():
            for table, records, save in (
                ("school", SCHOOLS, repo.save_school),
                ("ambassador", AMBASSADORS, repo.save_ambassador),
                ("visit", demo_visits(today), repo.save_visit),
            ):
                for record in records:
                    if repo.exists(table, record.id):
                        already += 1
                    else:
                        save(record)
                        created += 1
            sessions = _seed_surveys(repo, today)
            repo.set_meta(DEMO_SEEDED_KEY, "1")
        return DemoReport(created, already, sessions)

    def was_seeded(self) -> bool:
        return Repository(self._storage.store()).get_meta(DEMO_SEEDED_KEY) == "1"


def _seed_surveys(repo: Repository, today: date) -> int:
    """Before/after survey sessions with answers for the past demo visits (still present)."""
    from visitapp.services.demo_surveys import seed_survey_demo
    from visitapp.services.surveys import shipped_definitions

    visits = {
        item.key: visit
        for item, planned in zip(_VISITS, demo_visits(today), strict=True)
        if (visit := repo.get_visit(planned.id)) is not None
    }
    by_phase = {d.phase: d for d in shipped_definitions()}
    return seed_survey_demo(repo.store, visits, by_phase["before"], by_phase["after"])

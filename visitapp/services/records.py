"""Use-cases on the foundation records: validate, then save through the repository."""

from __future__ import annotations

from dataclasses import replace

from visitapp.core.ambassadors import Ambassador, validate_ambassador
from visitapp.core.errors import RecordNotFound
from visitapp.core.ids import new_id
from visitapp.core.problems import Problem, ValidationError, problem
from visitapp.core.schools import School, school_id_for_uai, validate_school
from visitapp.core.visits import Visit, VisitSummary, validate_visit
from visitapp.storage.database import Storage
from visitapp.storage.repository import Repository

ME_KEY = "me_ambassador_id"


class RecordService:
    """Schools, ambassadors and visits. Each call uses the calling thread's own connection."""

    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    def _repo(self) -> Repository:
        return Repository(self._storage.store())

    # -- schools -------------------------------------------------------------------------

    def list_schools(self) -> list[School]:
        return self._repo().list_schools()

    def get_school(self, school_id: str) -> School | None:
        return self._repo().get_school(school_id)

    def school_problems(self, school: School) -> list[Problem]:
        problems = validate_school(school)
        if school.uai and not any(p.field == "uai" for p in problems):
            other = self._repo().find_school_by_uai(school.uai)
            if other and other.id != school.id and self._repo().get_school(other.id):
                problems.append(problem("uai", "uai.duplicate", name=other.name))
        return problems

    def save_school(self, school: School) -> School:
        """Save (creating when `school.id` is empty). Raises ValidationError, saving nothing."""
        problems = self.school_problems(school)
        if problems:
            raise ValidationError(problems)
        if not school.id:
            school_id = school_id_for_uai(school.uai) if school.uai else new_id()
            school = replace(school, id=school_id)
        self._repo().save_school(school)
        return school

    def count_visits_of_school(self, school_id: str) -> int:
        return self._repo().count_visits_of_school(school_id)

    def delete_school(self, school_id: str) -> None:
        repo = self._repo()
        count = repo.count_visits_of_school(school_id)
        if count:
            raise ValidationError([problem("school_id", "school.has_visits", count=count)])
        if not repo.set_school_deleted(school_id, True):
            raise RecordNotFound()

    def restore_school(self, school_id: str) -> None:
        if not self._repo().set_school_deleted(school_id, False):
            raise RecordNotFound()

    # -- ambassadors -----------------------------------------------------------------------

    def list_ambassadors(self) -> list[Ambassador]:
        return self._repo().list_ambassadors()

    def get_ambassador(self, ambassador_id: str) -> Ambassador | None:
        return self._repo().get_ambassador(ambassador_id)

    def save_ambassador(self, ambassador: Ambassador) -> Ambassador:
        problems = validate_ambassador(ambassador)
        if problems:
            raise ValidationError(problems)
        if not ambassador.id:
            ambassador = replace(ambassador, id=new_id())
        self._repo().save_ambassador(ambassador)
        return ambassador

    def delete_ambassador(self, ambassador_id: str) -> None:
        repo = self._repo()
        if not repo.set_ambassador_deleted(ambassador_id, True):
            raise RecordNotFound()
        if repo.get_meta(ME_KEY) == ambassador_id:
            repo.set_meta(ME_KEY, None)

    def restore_ambassador(self, ambassador_id: str) -> None:
        if not self._repo().set_ambassador_deleted(ambassador_id, False):
            raise RecordNotFound()

    def me(self) -> Ambassador | None:
        """The ambassador who uses this laptop, if they said who they are."""
        repo = self._repo()
        me_id = repo.get_meta(ME_KEY)
        return repo.get_ambassador(me_id) if me_id else None

    def set_me(self, ambassador_id: str | None) -> None:
        repo = self._repo()
        if ambassador_id is not None and repo.get_ambassador(ambassador_id) is None:
            raise RecordNotFound()
        repo.set_meta(ME_KEY, ambassador_id)

    # -- visits ----------------------------------------------------------------------------

    def list_visits(self) -> list[VisitSummary]:
        return self._repo().list_visit_summaries()

    def get_visit(self, visit_id: str) -> Visit | None:
        return self._repo().get_visit(visit_id)

    def visit_problems(self, visit: Visit) -> list[Problem]:
        problems = validate_visit(visit)
        repo = self._repo()
        if visit.school_id and repo.get_school(visit.school_id) is None:
            problems.append(problem("school_id", "school.unknown"))
        if any(repo.get_ambassador(a) is None for a in visit.ambassador_ids):
            problems.append(problem("ambassador_ids", "ambassador.unknown"))
        return problems

    def save_visit(self, visit: Visit) -> Visit:
        problems = self.visit_problems(visit)
        if problems:
            raise ValidationError(problems)
        if not visit.id:
            visit = replace(visit, id=new_id())
        self._repo().save_visit(visit)
        return visit

    def delete_visit(self, visit_id: str) -> None:
        if not self._repo().set_visit_deleted(visit_id, True):
            raise RecordNotFound()

    def restore_visit(self, visit_id: str) -> None:
        if not self._repo().set_visit_deleted(visit_id, False):
            raise RecordNotFound()

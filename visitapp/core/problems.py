"""Validation results as data: a field name and a stable code, turned into words by the layers above."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a record. `code` is stable (tests and translations key on it)."""

    field: str
    code: str
    params: tuple[tuple[str, object], ...] = ()

    def param(self, name: str) -> object:
        return dict(self.params)[name]


def problem(field: str, code: str, **params: object) -> Problem:
    return Problem(field, code, tuple(sorted(params.items())))


class ValidationError(ValueError):
    """Raised by services when asked to save a record that breaks a rule; carries the problems."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems

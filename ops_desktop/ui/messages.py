"""Domain errors and field problems turned into calm Polish sentences (through tr): the
sentences of field problems and rules are domain/messages.py's, translated here."""

from __future__ import annotations


from ops_desktop.domain.storage_errors import StorageError
from ops_desktop.domain import messages
from ops_desktop.domain.errors import (
    EditConflict, FieldProblem, OutsideProjects, PermissionDenied, RuleViolation,
)
from ops_desktop.ui.common.translation import translator


_t = translator("messages")


def field_problem_text(problem: FieldProblem) -> str:
    return messages.field_problem_text(problem, _t)


def problem_text(problem: FieldProblem) -> str:
    """A field problem's sentence with its numbers filled in (e.g. the minimum length)."""
    return messages.problem_text(problem, _t)


def no_assigned_projects_text() -> str:
    """For a coordinator whose account has no project assigned yet."""
    return _t("Żaden projekt nie jest przypisany do Twojego konta. Poproś administratora "
              "o przypisanie projektów, które koordynujesz.")


def permission_text(exc: PermissionDenied) -> str:
    if isinstance(exc, OutsideProjects):
        return _t("Ten projekt nie jest przypisany do Twojego konta: możesz go przeglądać, "
                  "ale nie prowadzić. Poproś administratora o przypisanie projektu.")
    return _t("Nie masz uprawnień do tej czynności ({permission}). "
              "Poproś koordynatora lub administratora.").format(permission=exc.permission)


def rule_text(exc: RuleViolation) -> str:
    return messages.rule_text(exc, _t)


def edit_conflict_text(exc: EditConflict) -> str:
    """Someone else saved the person or contract first: who, when, and what to do."""
    return messages.edit_conflict_text(exc, _t)


def storage_error_text(exc: StorageError) -> str:
    """The storage fault's sentence, the same as the command line's (domain/messages.py)."""
    return messages.storage_error_text(exc)

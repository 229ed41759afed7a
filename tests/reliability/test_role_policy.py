"""R9: roles. The policy table cell by cell; every public service function called as every role
and as a signed-in person with no role (denied by default); a caseworker's own caseload; the
special-category answers behind their own permission.

The sweep finds the service functions itself (every public function of `ops_desktop.services`
whose first parameter is `ctx`), so a new service is covered the day it is written. Each is
called with None for its required arguments: the permission check comes first, so a role
without the permission gets PermissionDenied before any argument is looked at, and a role
with it gets past the check (into whatever None then causes). A function that needs no
permission must be listed in NO_PERMISSION_NEEDED with the reason."""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import ops_desktop.services as services_package
from ops_desktop.domain.enums import Role, SensitiveFlag, TriState
from ops_desktop.domain.errors import NotFound, PermissionDenied
from ops_desktop.domain.participants import PersonDraft
from ops_desktop.domain.permissions import ROLE_PERMISSIONS, Permission
from ops_desktop.domain.participants import PeopleFilter
from ops_desktop.services import enrolment, participants
from ops_desktop.services.context import Actor
from tests import factories
from tests.security_support import add_account

P = Permission

# The policy as the README's "Roles" states it, one line per role: a change to
# domain/permissions.py has to be made here too, on purpose.
WRITTEN_POLICY: dict[Role, set[Permission]] = {
    Role.CASEWORKER: {  # their own caseload
        P.PARTICIPANT_READ, P.PARTICIPANT_WRITE, P.SENSITIVE_READ, P.SENSITIVE_WRITE,
        P.PROJECT_READ, P.CONTRACT_READ, P.CONTRACT_WRITE, P.ACTIVITY_READ, P.ATTENDANCE_WRITE,
        P.PRINT},
    Role.COORDINATOR: {  # everything in their projects (no PROJECT_ALL), reports and exports
        P.PARTICIPANT_READ, P.PARTICIPANT_WRITE, P.SENSITIVE_READ, P.SENSITIVE_WRITE,
        P.PROJECT_READ, P.CONTRACT_READ, P.CONTRACT_WRITE, P.ACTIVITY_READ, P.ATTENDANCE_WRITE,
        P.PRINT, P.PARTICIPANT_READ_ALL, P.PROJECT_WRITE, P.ACTIVITY_WRITE,
        P.CERTIFICATE_ISSUE, P.REPORT_READ, P.EXPORT_PERSONAL, P.EXPORT_STATISTICAL, P.IMPORT,
        P.CATALOGUE_WRITE},   # not ANONYMISE: irreversible, head or DPO only
    Role.HEAD: {  # everything, reads the audit trail, subject access
        P.PARTICIPANT_READ, P.PARTICIPANT_WRITE, P.SENSITIVE_READ, P.SENSITIVE_WRITE,
        P.PROJECT_READ, P.CONTRACT_READ, P.CONTRACT_WRITE, P.ACTIVITY_READ, P.ATTENDANCE_WRITE,
        P.PRINT, P.PARTICIPANT_READ_ALL, P.PROJECT_WRITE, P.ACTIVITY_WRITE,
        P.CERTIFICATE_ISSUE, P.REPORT_READ, P.EXPORT_PERSONAL, P.EXPORT_STATISTICAL, P.IMPORT,
        P.CATALOGUE_WRITE, P.ANONYMISE, P.AUDIT_READ, P.AUDIT_VERIFY, P.SETTINGS_WRITE,
        P.PROJECT_ALL, P.SUBJECT_ACCESS},
    Role.DPO: {  # read-only, audit, data-subject access reports, anonymisation
        P.PARTICIPANT_READ, P.PARTICIPANT_READ_ALL, P.SENSITIVE_READ, P.PROJECT_READ,
        P.CONTRACT_READ, P.ACTIVITY_READ, P.REPORT_READ, P.AUDIT_READ, P.AUDIT_VERIFY,
        P.SUBJECT_ACCESS, P.PRINT, P.PROJECT_ALL, P.ANONYMISE},
    Role.ADMIN: {  # accounts, backups, settings; no case content (break-glass is audited);
        # checks the audit chain (audit verify) but does not read its entries
        P.ACCOUNTS_MANAGE, P.BACKUP, P.RESTORE, P.SETTINGS_WRITE, P.PROJECT_READ,
        P.BREAK_GLASS, P.CATALOGUE_WRITE, P.PROJECT_ALL, P.AUDIT_VERIFY},
}

# Public service functions that need no permission, and why.
NO_PERMISSION_NEEDED = {
    "audit_anchor.recorded_head": "the audit head kept in the key file, read by the chain check",
    "audit_anchor.advance": "run by every transaction after the commit that appended an entry",
    "office.get_office": "the office's own name and address, on every screen and document",
    "office.get_setting": "office configuration, no personal data",
    "accounts.change_own_password": "one's own account",
    "accounts.confirm_password": "one's own password, re-confirmed",
    "backup.backups_dir": "where backups go: a path",
    "backup.copy_dir": "where the second copy goes: a path",
    "backup.backup_if_due": "the application's own daily/at-exit job, audited under the user",
    "server_backup.make_backup": "the work of backup.create_backup (which checks BACKUP) and "
                                 "of backup_if_due on the office server",
    "scope.all_projects": "a yes/no about permissions",
    "scope.sees_everyone": "a yes/no about permissions",
    "scope.people_clause": "a query helper that narrows to the actor's reach",
    "scope.limit_people": "a query helper that narrows to the actor's reach",
    "scope.people_filter": "a query helper that narrows to the actor's reach",
    "document_texts.require_any": "the permission check itself",
    "summary.can_open_people": "a yes/no about permissions",
}
SKIPPED_MODULES = {"demo", "context", "database", "audit", "sign_in", "backup_files",
                   "integrity"}


def _service_functions() -> list[tuple[str, object]]:
    found = []
    for info in pkgutil.iter_modules(services_package.__path__):
        if info.name in SKIPPED_MODULES:
            continue
        module = importlib.import_module(f"ops_desktop.services.{info.name}")
        for name, func in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or func.__module__ != module.__name__:
                continue
            params = list(inspect.signature(func).parameters.values())
            # (helpers that take the caller's `session` run inside a checked call)
            if params and params[0].name == "ctx" and "session" not in {p.name for p in params}:
                found.append((f"{info.name}.{name}", func))
    return sorted(found, key=lambda item: item[0])


@functools.cache
def _module_functions(path: str) -> dict[str, ast.FunctionDef]:
    """A module's top-level functions by name (looked up by name, not by line, so the
    sweep stays right while someone edits the file during a long run)."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}


def _required(func) -> set[Permission] | None:
    """Permissions of the unconditional `ctx.require(...)` calls at the top of the body, or
    None when the function checks in another way (a helper, `ctx.can` branches)."""
    node = _module_functions(inspect.getsourcefile(func)).get(func.__name__)
    if node is None:
        return None
    body = node.body
    required: set[Permission] = set()
    for statement in body:
        call = statement.value if isinstance(statement, ast.Expr) else None
        if isinstance(call, ast.Call) and ast.unparse(call.func) == "ctx.require":
            for arg in call.args:
                if not isinstance(arg, ast.Attribute):
                    return None
                required.add(Permission[arg.attr])
    return required or None


def _call(func, ctx) -> BaseException | None:
    kwargs, args = {}, []
    for param in list(inspect.signature(func).parameters.values())[1:]:
        if param.default is not inspect.Parameter.empty or param.kind in (
                param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if param.kind is param.KEYWORD_ONLY:
            kwargs[param.name] = None
        else:
            args.append(None)
    try:
        result = func(ctx, *args, **kwargs)
        if inspect.isgenerator(result):  # a generator checks when it is first read
            next(result, None)
    except Exception as exc:
        return exc
    return None


@pytest.fixture
def office(ctx):
    """A plain test database with one account per role and one without any role."""
    ids = {role: add_account(ctx, f"konto-{role.value}", role) for role in Role}
    ids[None] = add_account(ctx, "bez-rol")
    return ctx, ids


def _as(ctx, ids, role: Role | None):
    roles = frozenset({role}) if role else frozenset()
    return ctx.as_actor(Actor(user_id=ids[role], username=f"r-{role}", roles=roles))


def test_policy_table_matches_the_written_policy_cell_by_cell():
    cells = 0
    for role in Role:
        for permission in Permission:
            assert (permission in ROLE_PERMISSIONS[role]) == (permission in WRITTEN_POLICY[role]), \
                (role, permission)
            cells += 1
    print(f"\nR9 policy: {len(Role)} roles × {len(Permission)} permissions = {cells} cells")
    for role in Role:
        cells_row = " ".join("x" if p in ROLE_PERMISSIONS[role] else "." for p in Permission)
        print(f"  {role.value:12} {cells_row}")


def test_no_role_means_no_service(office):
    """Denied by default: a signed-in person without roles gets PermissionDenied from every
    public service function (except the listed ones, which hold no personal data)."""
    ctx, ids = office
    nobody = _as(ctx, ids, None)
    functions = _service_functions()
    not_denied = [name for name, func in functions if name not in NO_PERMISSION_NEEDED
                  and not isinstance(_call(func, nobody), PermissionDenied)]
    stale = set(NO_PERMISSION_NEEDED) - {name for name, _ in functions}
    print(f"\nR9 deny by default: {len(functions)} service functions, "
          f"{len(functions) - len(NO_PERMISSION_NEEDED)} denied to an actor without roles")
    assert not_denied == [], "give these a ctx.require(...) or list them with a reason"
    assert not stale, f"listed but gone: {sorted(stale)}"


def test_every_role_against_every_service_function(office):
    """Every role × every function whose permissions are stated at its top: denied exactly
    when the role lacks one of them, let through when it has them all."""
    ctx, ids = office
    wrong = []
    cells = 0
    for name, func in _service_functions():
        required = _required(func)
        if required is None:
            continue
        for role in Role:
            outcome = _call(func, _as(ctx, ids, role))
            expected_denied = not required <= ROLE_PERMISSIONS[role]
            denied = isinstance(outcome, PermissionDenied)
            if denied != expected_denied:
                wrong.append(f"{name} as {role.value}: {'denied' if denied else 'allowed'}"
                             f" ({type(outcome).__name__ if outcome else 'ok'})")
            cells += 1
    print(f"\nR9 role × function cells checked through the real services: {cells}")
    assert wrong == []


def test_caseworker_sees_and_changes_only_their_own_caseload(office):
    ctx, ids = office
    anna = _as(ctx, ids, Role.CASEWORKER)
    other_id = add_account(ctx, "inny-pracownik", Role.CASEWORKER)
    project = factories.project(ctx)
    own = factories.person(ctx, "Ewa", "Własna", caseworker_id=ids[Role.CASEWORKER])
    foreign = factories.person(ctx, "Jan", "Obcy", caseworker_id=other_id)
    factories.enrol(ctx, foreign.id, project)
    assert participants.search_ids(anna, flt=PeopleFilter()) == [own.id]
    assert [r.id for r in participants.rows(anna, ids=[own.id, foreign.id])] == [own.id]
    with pytest.raises(NotFound):
        participants.get_person(anna, person_id=foreign.id)
    with pytest.raises(NotFound):
        participants.update_person(anna, person_id=foreign.id, draft=foreign.draft)
    with pytest.raises(NotFound):
        enrolment.participations_of(anna, person_id=foreign.id)
    with pytest.raises(NotFound):
        factories.enrol(anna, foreign.id, project)
    new = factories.person(anna, "Nowa", "Osoba")  # taken in by her: in her caseload
    assert set(participants.search_ids(anna, flt=PeopleFilter())) == {own.id, new.id}
    head = _as(ctx, ids, Role.HEAD)
    assert len(participants.search_ids(head, flt=PeopleFilter())) == 3


def test_special_category_answers_need_their_own_permission(office):
    ctx, ids = office
    person = factories.person(
        ctx, "Ewa", "Wrażliwa", caseworker_id=ids[Role.CASEWORKER],
        sensitive={SensitiveFlag.DISABILITY: TriState.YES,
                   SensitiveFlag.DOMESTIC_VIOLENCE: TriState.YES})
    reader = ctx.as_actor(Actor(ids[None], "czytelnik", frozenset(),
                                extra=frozenset({P.PARTICIPANT_READ, P.PARTICIPANT_READ_ALL,
                                                 P.PROJECT_ALL, P.PARTICIPANT_WRITE})))
    view = participants.get_person(reader, person_id=person.id)
    assert view.draft.sensitive == {} and view.draft.disability_degree is None
    # Saving the person without the right leaves the answers as they were.
    draft = view.draft
    draft.phone = "600100200"
    participants.update_person(reader, person_id=person.id, draft=draft)
    caseworker = _as(ctx, ids, Role.CASEWORKER)
    seen = participants.get_person(caseworker, person_id=person.id).draft.sensitive
    assert seen == {SensitiveFlag.DISABILITY: TriState.YES,
                    SensitiveFlag.DOMESTIC_VIOLENCE: TriState.YES}
    created = participants.create_person(reader, draft=PersonDraft(
        first_name="Bez", last_name="Prawa", no_pesel=True, other_id="AB123",
        sensitive={SensitiveFlag.ADDICTION: TriState.YES}))
    assert participants.get_person(_as(ctx, ids, Role.HEAD), person_id=created.id
                                   ).draft.sensitive == {}

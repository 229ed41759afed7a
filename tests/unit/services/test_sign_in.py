"""First start, signing in, the lock, recovery and account management through the real
services on real encrypted files (services/sign_in.py, services/accounts.py)."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from sqlalchemy import select

from ops_desktop.db.encryption import file_kind
from ops_desktop.db.keystore import keys_path_for
from ops_desktop.db.models import AuditEntry, Office
from ops_desktop.domain.accounts import (
    AccountDraft, BadCredentials, KeyFileMissing, OfficeNotSetUp, OfficeSetUp, SignInPaused,
    StartState,
)
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import PermissionDenied, RuleViolation, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import accounts, audit, sign_in
from tests.security_support import PASSWORD, add_account, secured_office


def _actions(ctx) -> list[str]:
    with ctx.reading() as session:
        return list(session.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


@pytest.fixture
def office(tmp_path):
    office = secured_office(tmp_path / "ops.db", roles={"koordynator": Role.COORDINATOR})
    yield office
    office.close()


def test_first_start_creates_an_encrypted_office(tmp_path):
    path = tmp_path / "nowa.db"
    assert sign_in.start_state(path) is StartState.FIRST_START
    started = time.perf_counter()
    result = sign_in.set_up_office(path, setup=OfficeSetUp(
        "MOPR Włocławek", AccountDraft("Admin", "Adam Nowak"), PASSWORD, PASSWORD))
    print(f"\nfirst start (key file + new encrypted database + admin): "
          f"{time.perf_counter() - started:.2f} s")
    ctx = result.session.context
    assert file_kind(path) == "encrypted" and keys_path_for(path).exists()
    assert ctx.actor.username == "admin" and ctx.actor.roles == {Role.ADMIN}
    assert len(result.recovery_code) == 29
    with ctx.reading() as session:
        assert session.execute(select(Office.name)).scalar() == "MOPR Włocławek"
    assert _actions(ctx) == ["office_set_up", "sign_in"]
    result.session.close()
    assert sign_in.start_state(path) is StartState.SIGN_IN


def test_first_start_refuses_a_short_password_and_an_office_set_up_twice(tmp_path, office):
    with pytest.raises(ValidationFailed) as info:
        sign_in.set_up_office(tmp_path / "x.db", setup=OfficeSetUp(
            "", AccountDraft("Ąnna"), "krotkie", "inne"))
    codes = {(p.field, p.code) for p in info.value.problems}
    assert codes == {("username", "format"), ("password", "too_short"),
                     ("password_repeat", "mismatch"), ("office_name", "required")}
    assert not (tmp_path / "x.db").exists() and not keys_path_for(tmp_path / "x.db").exists()
    with pytest.raises(ValidationFailed):
        sign_in.set_up_office(office.db_path, setup=OfficeSetUp(
            "X", AccountDraft("drugi"), PASSWORD))


def test_sign_in_gives_the_user_their_roles_and_is_audited(office):
    started = time.perf_counter()
    session = office.session("koordynator")
    print(f"\nsign-in (unlock slot + open encrypted database + audit): "
          f"{time.perf_counter() - started:.2f} s")
    assert session.actor.roles == {Role.COORDINATOR}
    assert session.actor.user_id == office.user_ids["koordynator"]
    assert session.encrypted
    assert _actions(session.context)[-1] == "sign_in"


def test_failed_sign_ins_reach_the_audit_trail_at_the_next_sign_in(office):
    for name in ("koordynator", "ktos-obcy"):
        with pytest.raises(BadCredentials):
            sign_in.sign_in(office.db_path, username=name, password="zle-haslo-123")
    session = office.session("koordynator")
    with session.context.reading() as db:
        rows = db.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars().all()
        failed = [(r.username, json.loads(r.details)["reason"]) for r in rows
                  if r.action == "sign_in_failed"]
        assert failed == [("koordynator", "wrong_password"), ("", "unknown_user")]
        assert audit.first_broken_link(db) is None
    assert "ktos-obcy" not in keys_path_for(office.db_path).read_text()


def test_five_wrong_passwords_pause_sign_in_for_a_minute(office):
    now = [time.time()]
    clock = lambda: now[0]  # noqa: E731
    for attempt in range(5):
        expected = SignInPaused if attempt == 4 else BadCredentials
        with pytest.raises(expected):
            sign_in.sign_in(office.db_path, username="koordynator", password="zle-haslo-123",
                            clock=clock)
    with pytest.raises(SignInPaused) as info:
        sign_in.sign_in(office.db_path, username="koordynator", password=PASSWORD, clock=clock)
    assert info.value.until > dt.datetime.fromtimestamp(now[0])
    now[0] += 61
    session = sign_in.sign_in(office.db_path, username="koordynator", password=PASSWORD,
                              clock=clock)
    assert session.actor.username == "koordynator"
    session.close()


def test_lock_wipes_the_key_and_only_the_same_password_unlocks(office):
    session = office.session("koordynator")
    ring = session.context.keyring
    session.lock()
    assert session.locked and ring.wiped
    # a connection cannot open the file with a wiped key (the driver's own error type)
    with pytest.raises(Exception):  # noqa: B017
        accounts.confirm_password(session.context, password=PASSWORD)
    with pytest.raises(BadCredentials):
        session.unlock("zle-haslo-123")
    session.unlock(PASSWORD)
    assert not session.locked and not ring.wiped
    assert accounts.confirm_password(session.context, password=PASSWORD)
    assert _actions(session.context)[-2:] == ["sign_in_failed", "sign_in"]


def test_account_management_rewraps_slots_and_keeps_an_administrator(office):
    admin = office._sessions[0].context
    coordinator_id = office.user_ids["koordynator"]
    slots_before = json.loads(keys_path_for(office.db_path).read_text())["slots"]
    accounts.reset_password(admin, user_id=coordinator_id, password="nowe-haslo-koordynatora")
    slots_after = json.loads(keys_path_for(office.db_path).read_text())["slots"]
    assert slots_after["admin"] == slots_before["admin"]
    assert slots_after["koordynator"] != slots_before["koordynator"]
    with pytest.raises(BadCredentials):
        office.session("koordynator")
    office.session("koordynator", "nowe-haslo-koordynatora")
    view = accounts.update_account(admin, user_id=coordinator_id, full_name="Ewa Koordynator",
                                   roles={Role.COORDINATOR, Role.CASEWORKER})
    assert view.roles == {Role.COORDINATOR, Role.CASEWORKER}
    with pytest.raises(RuleViolation):
        accounts.update_account(admin, user_id=office.user_ids["admin"], full_name="",
                                roles={Role.HEAD})
    with pytest.raises(RuleViolation):
        accounts.deactivate_account(admin, user_id=office.user_ids["admin"])
    accounts.deactivate_account(admin, user_id=coordinator_id)
    assert not accounts.list_accounts(admin)[1].has_key_slot
    with pytest.raises(BadCredentials):
        office.session("koordynator", "nowe-haslo-koordynatora")
    with pytest.raises(ValidationFailed):
        accounts.create_account(admin, draft=AccountDraft("koordynator"), password=PASSWORD)


def test_own_password_change_needs_the_old_password(office):
    session = office.session("koordynator")
    with pytest.raises(ValidationFailed):
        accounts.change_own_password(session.context, old_password="zle-haslo-123",
                                     new_password="zupelnie-nowe-haslo")
    accounts.change_own_password(session.context, old_password=PASSWORD,
                                 new_password="zupelnie-nowe-haslo")
    office.session("koordynator", "zupelnie-nowe-haslo")


def test_only_an_administrator_manages_accounts(office):
    coordinator = office.session("koordynator").context
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(coordinator)
    with pytest.raises(PermissionDenied):
        accounts.create_account(coordinator, draft=AccountDraft("nowy", "", {Role.ADMIN}),
                                password=PASSWORD)


def test_recovery_code_gives_the_administrator_a_new_password(office):
    with pytest.raises(BadCredentials):
        sign_in.recover_access(office.db_path, code=office.recovery_code,
                               username="koordynator", new_password="haslo-po-odzyskaniu")
    session = sign_in.recover_access(office.db_path, code=office.recovery_code,
                                     username="admin", new_password="haslo-po-odzyskaniu")
    assert session.actor.roles == {Role.ADMIN}
    assert "recovery_used" in _actions(session.context)
    session.close()
    office.session("admin", "haslo-po-odzyskaniu").close()


def test_break_glass_needs_a_reason_and_the_password_and_expires(office):
    admin = office._sessions[0].context
    assert not admin.can(Permission.PARTICIPANT_READ)
    with pytest.raises(ValidationFailed):
        accounts.break_glass(admin, reason="bo tak", password=PASSWORD)
    with pytest.raises(BadCredentials):
        accounts.break_glass(admin, reason="wniosek IOD nr 4/2024", password="zle-haslo-123")
    glass = accounts.break_glass(admin, reason="wniosek IOD nr 4/2024", password=PASSWORD)
    assert glass.can(Permission.PARTICIPANT_READ_ALL) and not glass.can(Permission.SENSITIVE_READ)
    assert not glass.can(Permission.PARTICIPANT_WRITE)
    with glass.reading() as db:
        entry = db.execute(select(AuditEntry).where(AuditEntry.action == "break_glass")).scalar()
        assert json.loads(entry.details)["reason"] == "wniosek IOD nr 4/2024"
    expired = accounts.break_glass(admin, reason="wniosek IOD nr 5/2024", password=PASSWORD,
                                   minutes=0)
    assert not expired.can(Permission.PARTICIPANT_READ)
    with pytest.raises(PermissionDenied):
        accounts.break_glass(office.session("koordynator").context,
                             reason="wniosek IOD nr 4/2024", password=PASSWORD)


def test_missing_key_file_and_an_office_not_set_up_are_told_apart(office, tmp_path):
    keys = keys_path_for(office.db_path)
    keys.rename(tmp_path / "elsewhere.keys")
    with pytest.raises(KeyFileMissing):
        sign_in.start_state(office.db_path)
    with pytest.raises(KeyFileMissing):
        sign_in.sign_in(office.db_path, username="admin", password=PASSWORD)
    with pytest.raises(OfficeNotSetUp):
        sign_in.sign_in(tmp_path / "brak.db", username="admin", password=PASSWORD)


def test_plain_database_with_accounts_signs_in_with_the_password_hash(ctx, db_path):
    """Test databases and databases not yet encrypted: the `users` hash and throttle."""
    with pytest.raises(OfficeNotSetUp):
        sign_in.sign_in(db_path, username="anna", password=PASSWORD)
    add_account(ctx, "anna", Role.CASEWORKER)
    now = [time.time()]
    for attempt in range(5):
        with pytest.raises(SignInPaused if attempt == 4 else BadCredentials):
            sign_in.sign_in(db_path, username="anna", password="zle-haslo-123",
                            clock=lambda: now[0])
    now[0] += 61
    session = sign_in.sign_in(db_path, username="anna", password=PASSWORD, clock=lambda: now[0])
    assert session.actor.roles == {Role.CASEWORKER} and not session.encrypted
    assert _actions(ctx).count("sign_in_failed") == 5
    session.close()

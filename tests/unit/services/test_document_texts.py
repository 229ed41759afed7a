"""Document texts: defaults stored as version 1 on first use, every change a new version,
old versions kept unchanged and readable, placeholders filled, only settings may edit."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from ops_desktop.db.models import AuditEntry, DocumentText
from ops_desktop.domain.document_texts import DEFAULT_TEXTS, TextKey, fill_placeholders
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import NotFound, PermissionDenied, ValidationFailed
from ops_desktop.services import document_texts
from ops_desktop.services.context import Actor

pytestmark = pytest.mark.both_backends  # a SQLite file and the test PostgreSQL server


def test_defaults_are_stored_as_version_one_on_first_use(ctx):
    with ctx.reading() as session:
        assert session.execute(select(func.count(DocumentText.id))).scalar() == 0
    texts = document_texts.list_current(ctx)
    assert [t.key for t in texts] == list(TextKey)
    assert all(t.version == 1 and t.text == DEFAULT_TEXTS[t.key] for t in texts)
    assert "art. 13" in document_texts.current_text(ctx, key=TextKey.INFORMATION_NOTICE).text


def test_each_change_is_a_new_version_and_old_ones_stay(ctx):
    first = document_texts.current_text(ctx, key=TextKey.CONTRACT_CLAUSES)
    second = document_texts.save_text(ctx, key=TextKey.CONTRACT_CLAUSES, text="Nowe zdanie ąę.")
    assert second.version == 2
    unchanged = document_texts.save_text(ctx, key=TextKey.CONTRACT_CLAUSES,
                                         text="  Nowe zdanie ąę.  ")
    assert unchanged.version == 2
    assert document_texts.text_version(ctx, key=TextKey.CONTRACT_CLAUSES,
                                       version=1).text == first.text
    assert [h.version for h in document_texts.history(ctx, key=TextKey.CONTRACT_CLAUSES)] == [2, 1]
    with pytest.raises(NotFound):
        document_texts.text_version(ctx, key=TextKey.CONTRACT_CLAUSES, version=7)
    with ctx.reading() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.entity == "document_text")
                                ).scalar_one()
    assert '"version": 2' in entry.details and "Nowe" not in entry.details


def test_empty_or_too_long_texts_are_refused(ctx):
    with pytest.raises(ValidationFailed):
        document_texts.save_text(ctx, key=TextKey.DECLARATION, text="   ")
    with pytest.raises(ValidationFailed) as info:
        document_texts.save_text(ctx, key=TextKey.DECLARATION, text="x" * 20_001)
    assert info.value.problems[0].code == "too_long"


def test_only_settings_permission_edits(ctx):
    caseworker = ctx.as_actor(Actor(3, "anna", frozenset({Role.CASEWORKER})))
    assert document_texts.current_text(caseworker, key=TextKey.DECLARATION).version == 1
    with pytest.raises(PermissionDenied):
        document_texts.save_text(caseworker, key=TextKey.DECLARATION, text="x")


def test_placeholders_are_filled_and_other_braces_left_alone():
    text = "{ośrodek}, {adres_ośrodka}: projekt „{projekt}” {inne}"
    assert fill_placeholders(text, office="MOPR", office_address="ul. Żabia 1",
                             project="Aktywna Integracja") == (
        "MOPR, ul. Żabia 1: projekt „Aktywna Integracja” {inne}")

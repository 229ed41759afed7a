"""`ops-desktop print contract` on a real database, signed in through the environment."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ops_desktop.cli.main import main
from ops_desktop.db.models import AuditEntry
from ops_desktop.domain.contracts import AmendmentDraft
from ops_desktop.domain.enums import Role
from ops_desktop.services import contracts
from tests.factories import contracts as cf
from tests.security_support import add_account, cli_sign_in


@pytest.fixture
def signed_contract(ctx, db_path, monkeypatch):
    project, person = cf.setup(ctx)
    view = cf.signed(ctx, project, person)
    contracts.amend_contract(ctx, contract_id=view.id, draft=view.draft, amendment=AmendmentDraft(
        dt.date(2011, 6, 1), "Zmiana terminów działań."))
    add_account(ctx, "koordynator", Role.COORDINATOR, projects=(project,))
    cli_sign_in(monkeypatch, "koordynator")
    return db_path, view, person


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_print_contract_and_an_amendment(signed_contract, ctx, tmp_path, capsys):
    db_path, view, person = signed_contract
    out = tmp_path / "KS-1-2011.pdf"
    assert main(["print", "contract", "--db", str(db_path), "--number", "KS/1/2011",
                 "--out", str(out)]) == 0
    text = _text(out)
    assert "KONTRAKT SOCJALNY nr KS/1/2011" in text and "ANEKS nr 1" in text
    aneks = tmp_path / "aneks.pdf"
    assert main(["print", "contract", "--db", str(db_path), "--number", "KS/1/2011",
                 "--out", str(aneks), "--amendment", "1"]) == 0
    assert "tekst jednolity" in _text(aneks) and "CZĘŚĆ II" not in _text(aneks)
    printed = capsys.readouterr().out
    assert "Zapisano" in printed and person.draft.pesel not in printed
    with ctx.reading() as session:
        actions = session.execute(select(AuditEntry.action, AuditEntry.details).where(
            AuditEntry.entity == "contract", AuditEntry.action == "export")).all()
    assert len(actions) == 2 and '"amendment": 1' in actions[1][1]


def test_refusals_are_one_line_without_personal_data(signed_contract, tmp_path, capsys):
    db_path, _, person = signed_contract
    out = tmp_path / "x.pdf"
    assert main(["print", "contract", "--db", str(db_path), "--number", "KS/9/2011",
                 "--out", str(out)]) == 1
    assert main(["print", "contract", "--db", str(db_path), "--number", "KS/1/2011",
                 "--out", str(out), "--amendment", "4"]) == 1
    err = capsys.readouterr().err
    assert "nie ma kontraktu KS/9/2011" in err and "nie ma aneksu nr 4" in err
    assert person.draft.last_name not in err and not out.exists()

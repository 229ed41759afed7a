"""`ops-desktop print attendance-list|certificates|certificate-register` on a real database,
signed in through the environment: files written, prints audited, reprints marked."""

from __future__ import annotations


import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ops_desktop.cli.main import main
from ops_desktop.db.models import AuditEntry
from ops_desktop.domain.enums import Role, Sex
from tests.security_support import add_account, cli_sign_in
from tests.gui.test_certificates_dialog import _course, _people
from tests import factories


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.fixture
def course(ctx, db_path, monkeypatch):
    project = factories.project(ctx, "Aktywna Integracja")
    people = _people(ctx, project, [("Halina", "Zięba", Sex.FEMALE), ("Olgierd", "Łoś", Sex.MALE)])
    activity = _course(ctx, project, "Grupa wsparcia „Razem”", people, [10, 5])
    add_account(ctx, "koordynator", Role.COORDINATOR, projects=(project,))
    cli_sign_in(monkeypatch, "koordynator")
    return db_path, activity


def test_print_lists_certificates_and_register(course, ctx, tmp_path, capsys):
    db_path, activity = course
    lists = tmp_path / "listy.pdf"
    assert main(["print", "attendance-list", "--db", str(db_path), "--activity", str(activity.id),
                 "--out", str(lists)]) == 0
    assert len(PdfReader(lists).pages) == 10 and "Zięba Halina" in _text(lists)
    two = tmp_path / "dwie.pdf"
    assert main(["print", "attendance-list", "--db", str(db_path), "--activity", str(activity.id),
                 "--session", "2", "--session", "4", "--out", str(two)]) == 0
    assert len(PdfReader(two).pages) == 2 and "spotkanie nr 4" in _text(two)

    batch = tmp_path / "zaswiadczenia.pdf"
    args = ["print", "certificates", "--db", str(db_path), "--activity", str(activity.id),
            "--out", str(batch)]
    assert main(args) == 1                                   # none issued yet
    assert main([*args, "--issue", "--participation", "--date", "2011-04-01"]) == 0
    text = _text(batch)
    assert "nr 1/2011" in text and "nr 2/2011" in text and "DUPLIKAT" not in text
    assert "o ukończeniu" in text and "o uczestnictwie" in text
    assert main(args) == 0
    assert _text(batch).count("DUPLIKAT") == 2 and "nr 1/2011" in _text(batch)

    register = tmp_path / "rejestr.pdf"
    assert main(["print", "certificate-register", "--db", str(db_path), "--year", "2011",
                 "--out", str(register)]) == 0
    assert "Podpis odbierającego" in _text(register) and "Łoś Olgierd" in _text(register)
    out = capsys.readouterr()
    assert "Zapisano" in out.out and "Zięba" not in out.out + out.err
    with ctx.reading() as session:
        actions = session.execute(select(AuditEntry.action, AuditEntry.entity).where(
            AuditEntry.username == "koordynator")).all()
    assert ("export", "activity") in actions and ("print", "certificate") in actions


def test_refusals_are_one_line(course, tmp_path, capsys):
    db_path, activity = course
    out = tmp_path / "x.pdf"
    assert main(["print", "attendance-list", "--db", str(db_path), "--activity", "999",
                 "--out", str(out)]) == 1
    assert main(["print", "attendance-list", "--db", str(db_path), "--activity", str(activity.id),
                 "--session", "77", "--out", str(out)]) == 1
    assert main(["print", "certificate-register", "--db", str(db_path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "nie ma zajęć 999" in err and "nr 77" in err and not out.exists()

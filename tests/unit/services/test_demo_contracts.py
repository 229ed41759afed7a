"""The demo database's contracts: "Otwarci Na Jutro" 2009 has its 60 signed contracts
KS/1/2009 … KS/60/2009 in the four groups of the seed, each with at least 3 instruments, some
amended, some closed; the other projects have contracts in proportion; Włocławek's benefits
are 160,00 zł / 117,50 zł as own contribution. Read through the services."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from ops_desktop.db.models.contracts import ContractBenefit
from ops_desktop.domain.contract_views import ContractFilter
from ops_desktop.domain.contracts import ContractStatus
from ops_desktop.services import contract_lists, contracts, projects
from ops_desktop.services.demo.seed_projects import OTWARCI, WLOCLAWEK


@pytest.fixture
def otwarci_2009(demo_ctx):
    project_id = projects.find_project_id(demo_ctx, title=OTWARCI.title)
    rows = contract_lists.list_contracts(demo_ctx, flt=ContractFilter(project_id=project_id,
                                                                      year=2009))
    return demo_ctx, rows


def test_otwarci_na_jutro_2009_has_its_60_contracts_in_four_groups(otwarci_2009):
    ctx, rows = otwarci_2009
    assert sorted(r.number for r in rows) == sorted(f"KS/{n}/2009" for n in range(1, 61))
    assert Counter(r.group_name for r in rows) == {
        "2009 — osoby bezrobotne": 15, "2009 — osoby współuzależnione": 20,
        "2009 — rodziny wieloproblemowe": 10, "2009 — młodzież 15–25 lat": 15}
    assert all(r.status is not ContractStatus.DRAFT for r in rows)
    assert any(r.amendments for r in rows)
    assert any(r.status is ContractStatus.CLOSED for r in rows)
    views = [contracts.get_contract(ctx, contract_id=r.id) for r in rows]
    assert min(len(v.draft.instruments) for v in views) >= 3
    for view in views:
        assert view.draft.period_from.year == 2009 and view.original is not None
        assert view.signed_on <= view.draft.period_from
    numbered = sorted(views, key=lambda v: int(v.number.split("/")[1]))
    signed = [v.signed_on for v in numbered]
    assert signed == sorted(signed)  # the register follows the signing dates


def test_other_projects_have_contracts_in_proportion(demo_ctx):
    counts = Counter(r.project_title for r in contract_lists.list_contracts(demo_ctx))
    assert counts[OTWARCI.title] == 35 + 60 + 64
    assert counts["Skorzystaj z szansy"] >= 495
    assert counts["Twoja Szansa"] == 77
    assert counts["Postaw na siebie"] == 180
    assert counts[WLOCLAWEK.title] == 118 + 256 + 60 + 12
    statuses = Counter(r.status for r in contract_lists.list_contracts(demo_ctx))
    assert statuses[ContractStatus.CLOSED] > statuses[ContractStatus.TERMINATED] > 0
    assert statuses[ContractStatus.SIGNED] > 0 and statuses[ContractStatus.AMENDED] > 0


def test_wloclawek_benefits_are_own_contribution_at_the_seed_rates(demo_ctx):
    with demo_ctx.reading() as session:
        amounts = dict(session.execute(
            select(ContractBenefit.amount, func.count()).where(ContractBenefit.own_contribution)
            .group_by(ContractBenefit.amount)).all())
    assert amounts == {16_000: 118, 11_750: 256 + 60 + 12}


def test_demo_contracts_print(demo_ctx):
    import io

    from pypdf import PdfReader

    from ops_desktop.reporting.contract_pdf import render_contract

    number = contracts.find_by_number(demo_ctx, number="KS/1/2009")
    buffer = io.BytesIO()
    render_contract(contracts.print_view(demo_ctx, contract_id=number), buffer)
    text = " ".join(p.extract_text() for p in PdfReader(buffer).pages)
    assert "KONTRAKT SOCJALNY nr KS/1/2009" in text and "Otwarci Na Jutro" in text

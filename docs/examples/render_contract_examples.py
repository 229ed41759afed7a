"""Renders one page of each contract and intake document into docs/examples/ (PNG, 70 dpi,
reduced palette) from a throw-away database with synthetic data, through the real services
and renderers:

    python docs/examples/render_contract_examples.py

contract-part1.png, contract-part2.png, contract-aneks.png, declaration.png,
consent-form.png (the consents page), participant-card.png. Needs `pdftoppm` (poppler)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

D = dt.date


def main() -> None:
    from PIL import Image

    from ops_desktop.domain.contracts import (
        AmendmentDraft, ContractOutcome, ContractVariant, EndingDraft,
    )
    from ops_desktop.domain.enums import ConsentType, Education, LabourStatus, Sex
    from ops_desktop.domain.participants import Address
    from ops_desktop.domain.projects import OfficeDraft
    from ops_desktop.reporting.consent_form_pdf import render_consent_form
    from ops_desktop.reporting.contract_pdf import render_contract
    from ops_desktop.reporting.declaration_pdf import render_declaration
    from ops_desktop.reporting.participant_card_pdf import render_participant_card
    from ops_desktop.services import consents, contracts, intake_documents as docs, office
    from ops_desktop.services.database import open_database
    from tests import factories
    from tests.factories import contracts as cf

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        ctx = open_database(work / "examples.db").context
        office.save_office(ctx, draft=OfficeDraft(
            name="Miejski Ośrodek Pomocy Rodzinie we Włocławku", street="ul. Przykładowa 1",
            postal_code="87-800", city="Włocławek", head_name="Zofia Źrebięcka",
            head_title="Dyrektor"))
        project = factories.project(
            ctx, "Aktywna Integracja", funding_line=(
                "Projekt „Aktywna Integracja” współfinansowany przez Unię Europejską w ramach "
                "Europejskiego Funduszu Społecznego (Program Operacyjny Kapitał Ludzki, "
                "Poddziałanie 7.1.1)."))
        person = factories.person(
            ctx, "Żaneta", "Łącka-Źdźbło", born=D(1979, 3, 14), sex=Sex.FEMALE,
            address=Address(street="ul. Długa", building="5", flat="3", postal_code="87-800",
                            city="Włocławek"),
            phone="600 100 200", education=Education.UPPER_SECONDARY,
            labour_status=LabourStatus.UNEMPLOYED_REGISTERED)
        participation, _ = factories.enrol(ctx, person.id, project, start=D(2011, 2, 1))
        view = cf.signed(ctx, project, person, variant=ContractVariant.B)
        draft = view.draft
        draft.period_to = D(2011, 11, 30)
        draft.specific_goals.append("Udział w grupie wsparcia.")
        contracts.amend_contract(ctx, contract_id=view.id, draft=draft, amendment=AmendmentDraft(
            D(2011, 6, 1), "Przedłużenie okresu obowiązywania kontraktu do 30.11.2011 r. i "
                           "dodanie celu szczegółowego."))
        held = contracts.get_contract(ctx, contract_id=view.id).draft.evaluations
        held[0].done_on, held[0].findings = D(2011, 5, 31), (
            "Uczestniczy w warsztatach regularnie; ukończyła 32 z 40 godzin.")
        contracts.save_evaluations(ctx, contract_id=view.id, evaluations=held)
        contracts.close_contract(ctx, contract_id=view.id, ending=EndingDraft(
            D(2011, 11, 30), outcome=ContractOutcome.PARTLY,
            justification="Kurs ukończony z wynikiem pozytywnym; zatrudnienia nie podjęto."))
        consents.record_consents(ctx, person_id=person.id, given_on=D(2011, 2, 1),
                                 types={ConsentType.DATA_PROCESSING, ConsentType.IMAGE})
        documents = {
            "contract": (render_contract, contracts.print_view(ctx, contract_id=view.id)),
            "declaration": (render_declaration,
                            docs.declaration_view(ctx, participation_id=participation.id)),
            "consent": (render_consent_form,
                        docs.consent_form_view(ctx, participation_id=participation.id)),
            "card": (render_participant_card,
                     docs.participant_card_view(ctx, participation_id=participation.id)),
        }
        for name, (render, document) in documents.items():
            with open(work / f"{name}.pdf", "wb") as out:
                render(document, out)
        pages = [("contract", 1, "contract-part1"), ("contract", 3, "contract-part2"),
                 ("contract", 4, "contract-aneks"), ("declaration", 1, "declaration"),
                 ("consent", 2, "consent-form"), ("card", 1, "participant-card")]
        for pdf, page, target in pages:
            stem = work / target
            subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page),
                            "-l", str(page), str(work / f"{pdf}.pdf"), str(stem)], check=True)
            image = Image.open(f"{stem}.png").convert("RGB").quantize(colors=32)
            image.save(HERE / f"{target}.png", optimize=True)
            print(HERE / f"{target}.png")


if __name__ == "__main__":
    main()

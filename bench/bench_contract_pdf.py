"""One social contract PDF, beside the floor of bare reportlab producing the same text in the
same run. Not part of the test run; figures go to docs/PERFORMANCE.md.

    python bench/bench_contract_pdf.py [--runs 50]

The contract is a typical full one built in memory (no database: this measures rendering):
variant B, an assessment of ~1 700 characters, 4 specific goals, 5 agreed actions, 5
instruments, a benefit, 3 evaluations, one aneks, closed — Part I, Part II and the aneks,
4 pages.

1. `render_contract(view, buffer)`: the application's renderer (story, header and footer on
   every page, "strona X z Y", signature grids).
2. The floor: bare reportlab — `SimpleDocTemplate` with the same registered DejaVu fonts and
   one Paragraph per piece of text of the same story (every paragraph and table cell of
   the application's document, in order), with no tables, header, footer or page numbers.

Medians of --runs runs, interleaved, wall-clock and CPU time (the machine is shared: CPU
time says more when other work runs); goals: ≤ 1.3 × the floor and ≤ 60 ms."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import statistics
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OPS_DESKTOP_HOME", str(ROOT / "bench" / "out" / "home"))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from ops_desktop.domain.contract_views import (  # noqa: E402
    AmendmentView, ContractPrintView, ContractView, EndingView, PartOne, PartyView,
)
from ops_desktop.domain.contracts import (  # noqa: E402
    ActionBy, AgreedAction, Assessment, Benefit, BenefitKind, ChosenInstrument, ContractDraft,
    ContractOutcome, ContractStatus, ContractVariant, Evaluation, FamilyMember,
)
from ops_desktop.domain.document_texts import DEFAULT_TEXTS, TextKey  # noqa: E402
from ops_desktop.domain.enums import InstrumentCategory  # noqa: E402
from ops_desktop.reporting import contract_pdf  # noqa: E402
from ops_desktop.reporting.document import styles  # noqa: E402

D = dt.date


def typical_contract() -> ContractPrintView:
    sentence = ("Osoba od kilku lat pozostaje bez pracy, utrzymuje się z zasiłków i dorywczych "
                "prac; sytuacja rodziny się pogarsza. ")
    draft = ContractDraft(
        person_id=1, project_id=1, group_id=1, variant=ContractVariant.B,
        referral_number="PUP.DA.123.2011", referral_date=D(2011, 2, 20), place="Włocławek",
        period_from=D(2011, 3, 1), period_to=D(2011, 8, 31),
        caseworker_name="Barbara Wiśniewska",
        family=[FamilyMember("Kacper", "Łącki", "05260100714", "syn")],
        assessment=Assessment(sentence * 5, "Gotowość do zmiany, wsparcie siostry. " * 4,
                              "Brak kwalifikacji, opieka nad dzieckiem. " * 4,
                              "zasadnicze zawodowe", "sprzedawca",
                              "Praca w handlu 2001–2006, potem prace dorywcze.",
                              "Staż w 2008 r. przerwany z powodu choroby dziecka."),
        main_goal="Podjęcie zatrudnienia i usamodzielnienie się.",
        specific_goals=["Ukończenie kursu zawodowego.", "Uregulowanie zadłużenia.",
                        "Przygotowanie dokumentów aplikacyjnych.", "Udział w grupie wsparcia."],
        actions=[AgreedAction(f"Działanie nr {i}: udział w warsztatach i spotkaniach", by,
                              "PUP" if by is ActionBy.OTHER_INSTITUTION else "",
                              D(2011, 3 + i, 15), "lista obecności")
                 for i, by in enumerate([ActionBy.PARTICIPANT, ActionBy.CASEWORKER,
                                         ActionBy.OTHER_INSTITUTION, ActionBy.PARTICIPANT,
                                         ActionBy.FAMILY], start=1)],
        instruments=[ChosenInstrument(i, "40 godz." if i == 1 else "", category, name)
                     for i, (category, name) in enumerate([
                         (InstrumentCategory.EDUCATIONAL, "Kurs lub szkolenie zawodowe"),
                         (InstrumentCategory.HEALTH, "Terapia psychologiczna lub psychospołeczna"),
                         (InstrumentCategory.VOCATIONAL, "Doradztwo zawodowe"),
                         (InstrumentCategory.VOCATIONAL, "Warsztaty aktywizacji zawodowej"),
                         (InstrumentCategory.SOCIAL, "Grupa wsparcia lub samopomocowa")],
                         start=1)],
        benefits=[Benefit(BenefitKind.TARGETED_ALLOWANCE, "na dojazdy", 16000, "ZC/12/2011",
                          D(2011, 3, 10), True)],
        evaluations=[Evaluation(D(2011, 4, 30), D(2011, 4, 30), "Realizuje działania."),
                     Evaluation(D(2011, 6, 30), D(2011, 7, 1), "Ukończyła warsztaty."),
                     Evaluation(D(2011, 8, 31), D(2011, 8, 31), "Cele osiągnięte częściowo.")],
    )
    person = PartyView("Żaneta", "Łącka-Źdźbło", "79031400105", "ul. Długa 5/3, 87-800 Włocławek")
    original = PartOne(draft, person, "Aktywna Integracja", "Moduł zawodowy")
    amended = PartOne(ContractDraft(**{**draft.__dict__, "period_to": D(2011, 11, 30)}), person,
                      "Aktywna Integracja", "Moduł zawodowy")
    now = dt.datetime(2011, 12, 1)
    view = ContractView(
        id=1, number="KS/1/2011", status=ContractStatus.CLOSED, signed_on=D(2011, 3, 1),
        part_one=amended, original=original,
        amendments=(AmendmentView(1, 1, D(2011, 6, 1), "Przedłużenie okresu do 30.11.2011 r.",
                                  amended),),
        ending=EndingView(ContractStatus.CLOSED, D(2011, 11, 30), ContractOutcome.PARTLY, None,
                          "Kurs ukończony, zatrudnienia brak."),
        min_instruments=3, clauses_version=1, created_at=now, updated_at=now)
    return ContractPrintView(
        contract=view, office_name="Miejski Ośrodek Pomocy Rodzinie we Włocławku",
        office_address="ul. Żabia 12, 87-800 Włocławek", head_name="Zofia Źrebięcka",
        head_title="Dyrektor",
        funding_line="Projekt współfinansowany przez Unię Europejską w ramach EFS.",
        clauses=DEFAULT_TEXTS[TextKey.CONTRACT_CLAUSES],
        amendment_clauses=DEFAULT_TEXTS[TextKey.AMENDMENT_CLAUSES],
        text_versions={"contract_clauses": 1, "amendment_clauses": 1})


def story_texts(view: ContractPrintView) -> list[tuple[str, str]]:
    """(paragraph markup, style name) of every paragraph and table cell of the application's
    story, in order: the same text the floor lays out."""
    captured: list = []
    original = contract_pdf.build_pdf
    contract_pdf.build_pdf = lambda out, header, story: captured.extend(story)
    try:
        contract_pdf.render_contract(view, io.BytesIO())
    finally:
        contract_pdf.build_pdf = original
    texts: list[tuple[str, str]] = []

    def walk(item) -> None:
        if isinstance(item, str):  # a plain table cell (dates, numbers)
            texts.append((escape(item), "cell"))
        elif isinstance(item, Paragraph):
            texts.append((item.text, item.style.name if item.style.name in styles() else "body"))
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    for part in (cell if isinstance(cell, list) else [cell]):
                        walk(part)
        elif hasattr(item, "_content"):
            for part in item._content:
                walk(part)

    for flowable in captured:
        walk(flowable)
    return texts


def floor(texts: list[tuple[str, str]]) -> bytes:
    style = styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([Paragraph(text, style[name]) for text, name in texts])
    return buffer.getvalue()


def application(view: ContractPrintView) -> bytes:
    buffer = io.BytesIO()
    contract_pdf.render_contract(view, buffer)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    view = typical_contract()
    texts = story_texts(view)
    application(view), floor(texts)  # warm up: fonts registered, caches filled
    ours, bare, ours_cpu, bare_cpu = [], [], [], []
    for _ in range(args.runs):
        started, cpu = time.perf_counter(), time.process_time()
        data = application(view)
        ours.append(time.perf_counter() - started)
        ours_cpu.append(time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        floor_data = floor(texts)
        bare.append(time.perf_counter() - started)
        bare_cpu.append(time.process_time() - cpu)
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(data)).pages)
    floor_pages = len(PdfReader(io.BytesIO(floor_data)).pages)
    m_ours, m_bare = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"contract PDF: {pages} pages, {len(data) / 1024:.0f} KiB, {len(texts)} text pieces")
    print(f"application render_contract: median {m_ours:.1f} ms (min {min(ours) * 1000:.1f})")
    print(f"floor, bare reportlab ({floor_pages} pages): median {m_bare:.1f} ms "
          f"(min {min(bare) * 1000:.1f})")
    print(f"ratio {m_ours / m_bare:.2f} (goal ≤ 1.3), {'OK' if m_ours <= 60 else 'OVER'} "
          f"against 60 ms")
    c_ours, c_bare = statistics.median(ours_cpu) * 1000, statistics.median(bare_cpu) * 1000
    print(f"CPU time (less sensitive to other load): application {c_ours:.1f} ms, floor "
          f"{c_bare:.1f} ms, ratio {c_ours / c_bare:.2f}")


if __name__ == "__main__":
    main()

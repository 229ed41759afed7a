"""The sentences of field problems and rules (domain/messages.py) that both front ends use:
the command line prints them as they are, with their numbers filled in, and needs no Qt."""

from __future__ import annotations

import subprocess
import sys

from ops_desktop.domain import messages
from ops_desktop.domain.errors import FieldProblem, RuleViolation
from tests import ROOT


def test_a_field_problem_reads_as_its_sentence_with_its_numbers():
    problem = FieldProblem("password", "too_short", {"min": 12})
    assert messages.problem_text(problem) == "Hasło musi mieć co najmniej 12 znaków."
    assert messages.field_problem_text(FieldProblem("nip", "required")) == \
        "To pole jest wymagane."                       # the code's sentence, any field
    assert messages.field_problem_text(FieldProblem("nip", "odd")) == \
        "Niepoprawna wartość (odd)."


def test_a_rule_reads_as_its_sentence_and_an_unknown_one_names_its_code():
    refused = RuleViolation("status_transition", current="aktywny", new="planowany")
    assert messages.rule_text(refused) == \
        "Nie można zmienić statusu z „aktywny” na „planowany”."
    assert messages.rule_text(RuleViolation("odd_rule")) == "Operacja niedozwolona (odd_rule)."


def test_a_front_end_translates_each_sentence_before_filling_it_in():
    seen: list[str] = []

    def translate(text: str) -> str:
        seen.append(text)
        return "EN: " + text

    text = messages.problem_text(FieldProblem("password", "too_long", {"max": 64}), translate)
    assert seen == ["Hasło może mieć najwyżej {max} znaków."]
    assert text == "EN: Hasło może mieć najwyżej 64 znaków."


def test_the_sentences_need_no_qt():
    code = ("import sys; from ops_desktop.domain import messages; "
            "from ops_desktop.domain.errors import FieldProblem; "
            "messages.problem_text(FieldProblem('pesel', 'length')); "
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "False"

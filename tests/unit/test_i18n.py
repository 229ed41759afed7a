"""ops_desktop/i18n.py: the .qm read without Qt gives every translation of the .ts, Polish
stays the source, and the language comes from --lang, else OPS_DESKTOP_LANG, else Polish."""

from __future__ import annotations

from ops_desktop import i18n
from tests.i18n_support import TS, translation_tools


def test_every_translation_of_the_ts_is_read_back_from_the_qm(compiled_english):
    catalogue = i18n.QmCatalogue((compiled_english / "i18n" / "ops_desktop_en.qm").read_bytes())
    entries = translation_tools().entries(TS)
    assert len(entries) > 1000
    wrong = [(e.context, e.source) for e in entries
             if catalogue.lookup(e.context, e.source) != e.translation]
    assert not wrong
    assert catalogue.lookup("MainWindow", "Nie ma takiego tekstu") is None


def test_language_follows_set_language(compiled_english):
    assert i18n.translate("MainWindow", "Uczestnicy") == "Uczestnicy"
    assert i18n.set_language("en", compiled_english) == "en"
    assert i18n.translate("MainWindow", "Uczestnicy") == "Participants"
    assert i18n.translate("MainWindow", "nieznane zdanie") == "nieznane zdanie"
    assert i18n.set_language(None) == "pl"
    assert i18n.translate("MainWindow", "Uczestnicy") == "Uczestnicy"


def test_missing_file_leaves_the_texts_polish(tmp_path):
    assert i18n.set_language("en", tmp_path) == "en"
    assert i18n.translate("MainWindow", "Uczestnicy") == "Uczestnicy"


def test_language_is_chosen_from_the_arguments_then_the_environment():
    assert i18n.chosen_language([], {}) == "pl"
    assert i18n.chosen_language(["summary", "--help"], {"OPS_DESKTOP_LANG": "en"}) == "en"
    assert i18n.chosen_language(["--lang", "en", "summary"], {}) == "en"
    assert i18n.chosen_language(["--lang=en"], {}) == "en"
    assert i18n.chosen_language(["--lang", "pl"], {"OPS_DESKTOP_LANG": "en"}) == "pl"
    assert i18n.chosen_language(["--lang", "de"], {"OPS_DESKTOP_LANG": "xx"}) == "pl"

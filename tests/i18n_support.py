"""The English translation compiled from the committed .ts into a temporary resources folder
(never a stale .qm of the checkout), for tests of the layers that translate without Qt."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from ops_desktop import paths
from tests import ROOT

I18N = ROOT / "resources" / "i18n"
TS = I18N / "ops_desktop_en.ts"


def translation_tools():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  I18N / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def compiled_english(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("resources-en")
    (root / "i18n").mkdir()
    translation_tools().compile_qm(TS, root / "i18n" / "ops_desktop_en.qm")
    return root


@pytest.fixture
def english_available(compiled_english, monkeypatch) -> Path:
    """`--lang en` finds the freshly compiled English file."""
    monkeypatch.setattr(paths, "resources_dir", lambda: compiled_english)
    return compiled_english

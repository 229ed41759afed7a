"""The translation helper of Qt code outside a QObject's `self.tr`: a module names its
context once and marks each text with a literal,

    _t = translator("ContractsModel")
    _t("Numer")                          # QCoreApplication.translate("ContractsModel", "Numer")

`resources/i18n/update_translations.py` reads this form (as it reads `i18n.translator` of the
layers without Qt), so every `_t("…")` lands in the .ts under that context. The texts go
through the QTranslator the application installed (ui/app.install_translations)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    return functools.partial(QCoreApplication.translate, context)

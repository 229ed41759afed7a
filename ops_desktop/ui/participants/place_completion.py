"""The intake form's postal code and municipality completing each other from the places
already in the database (`services/places.known_places`).

A known postal code fills the town, municipality, county, voivodeship and area type that are
still empty; a municipality (offered as one types) with a single known postal code fills
that code, and through it the rest. Nothing typed by the user is overwritten."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from ops_desktop.domain.participants import Address
from ops_desktop.domain.text import fold
from ops_desktop.ui.labels import select_data

_TEXT = ("city", "municipality", "county", "voivodeship")


class PlaceCompletion(QObject):
    def __init__(self, places: list[Address], edits: dict[str, QLineEdit], *,
                 degurba: QComboBox, area_type: QComboBox, parent: QObject | None = None):
        super().__init__(parent)
        self._by_code = {place.postal_code: place for place in places}
        self._codes_of: dict[str, set[str]] = {}
        for place in places:
            self._codes_of.setdefault(fold(place.municipality), set()).add(place.postal_code)
        self._edits, self._degurba, self._area = edits, degurba, area_type
        for name in ("city", "municipality"):
            names = sorted({getattr(p, name) for p in places if getattr(p, name)})
            completer = QCompleter(names, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
            edits[name].setCompleter(completer)
        edits["postal_code"].textChanged.connect(self._code_changed)
        edits["municipality"].editingFinished.connect(self._municipality_chosen)

    def _code_changed(self, text: str) -> None:
        place = self._by_code.get(text.strip())
        if place is None:
            return
        for name in _TEXT:
            edit = self._edits[name]
            if not edit.text().strip():
                edit.setText(getattr(place, name))
        for combo, value in ((self._degurba, place.degurba), (self._area, place.area_type)):
            if combo.currentData() is None and value is not None:
                select_data(combo, value)

    def _municipality_chosen(self) -> None:
        code = self._edits["postal_code"]
        codes = self._codes_of.get(fold(self._edits["municipality"].text().strip()), set())
        if not code.text().strip() and len(codes) == 1:
            code.setText(next(iter(codes)))

"""Ustawienia: the office's own data (printed on every document header and signed by the head
of office) and the office configuration kept in the database (services/office.py).

NIP and REGON are checked with python-stdnum as they are typed (domain.validate_office), the
postal code as NN-NNN; "required" waits for a save attempt. The logo is an image file chosen
with a file dialog and shown beside its path. Configuration keys other modules add to
SETTING_DEFAULTS appear here too, with their key as the label until they get a Polish one.
Without the right to change settings the page is read-only and says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea,
    QSpinBox, QVBoxLayout, QWidget,
)

from ops_desktop.domain.errors import FieldProblem, PermissionDenied, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.projects import OfficeDraft, validate_office
from ops_desktop.services import office
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.messages import field_problem_text, permission_text
from ops_desktop.ui.common.empty_state import look_read_only, read_only_banner
from ops_desktop.ui.common.fit import fit_placeholder
from ops_desktop.ui.common.forms import error_label, line_with_error, show_error, with_error

_OFFICE_FIELDS = ("name", "short_name", "street", "postal_code", "city", "nip", "regon",
                  "head_name", "head_title")
_NUMBER_FORMATS = ("contract_number_format", "certificate_number_format")
LOGO_HEIGHT = 56


class SettingsPage(QWidget):
    settings_saved = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._tried_save = False
        self._writable = ctx.can(Permission.SETTINGS_WRITE)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.settings: dict[str, QWidget] = {}
        self._stored_settings: dict[str, str] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._office_box())
        column.addWidget(self._config_box())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.save_button = QPushButton(self.tr("Zapisz ustawienia"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setEnabled(self._writable)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        if not self._writable:  # said at the top, fields drawn read-only, no dead Save button
            layout.addWidget(read_only_banner(self.tr(
                "Tylko do odczytu: ustawienia ośrodka może zmieniać kierownik ośrodka lub "
                "administrator.")))
            look_read_only(content)
            self.save_button.hide()
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.load()
        for edit in self.edits.values():
            edit.textChanged.connect(self.revalidate)
            edit.setReadOnly(not self._writable)
        self.save_button.clicked.connect(self.save)

    # --- building -------------------------------------------------------------------------
    def _line(self, name: str, placeholder: str = "") -> QWidget:
        return line_with_error(name, self.edits, self.errors, placeholder)

    def _office_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dane ośrodka (nagłówek dokumentów)"))
        form = QFormLayout(box)
        rows = (("name", self.tr("Pełna nazwa ośrodka *"),
                 self.tr("np. Miejski Ośrodek Pomocy Rodzinie we Włocławku")),
                ("short_name", self.tr("Nazwa skrócona"), self.tr("np. MOPR Włocławek")),
                ("street", self.tr("Ulica i numer"), self.tr("np. ul. Żużlowa 25")),
                ("postal_code", self.tr("Kod pocztowy"), "87-800"),
                ("city", self.tr("Miejscowość"), ""),
                ("nip", self.tr("NIP"), self.tr("10 cyfr")),
                ("regon", self.tr("REGON"), self.tr("9 lub 14 cyfr")),
                ("head_name", self.tr("Kierownik / dyrektor (podpisuje dokumenty)"), ""),
                ("head_title", self.tr("Stanowisko podpisującego"), self.tr("np. Dyrektor")))
        for name, text, placeholder in rows:
            form.addRow(text, self._line(name, placeholder))
        for name in ("postal_code", "nip", "regon"):
            self.edits[name].setMaximumWidth(200)
        self.logo_path = QLineEdit()
        self.logo_path.setObjectName("logo_path")
        self.logo_path.setReadOnly(True)
        self.logo_path.setPlaceholderText(self.tr("bez logo"))
        fit_placeholder(self.logo_path)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedHeight(LOGO_HEIGHT)
        self.choose_logo_button = QPushButton(self.tr("Wybierz plik…"))
        self.choose_logo_button.setObjectName("chooseLogo")
        self.clear_logo_button = QPushButton(self.tr("Bez logo"))
        for button in (self.choose_logo_button, self.clear_logo_button):
            button.setEnabled(self._writable)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.clear_logo_button.clicked.connect(lambda: self.set_logo(""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.clear_logo_button)
        self.errors["logo_path"] = error_label("logo_path")
        logo = QVBoxLayout()
        logo.addLayout(logo_row)
        logo.addWidget(self.errors["logo_path"])
        logo.addWidget(self.logo_preview)
        form.addRow(self.tr("Logo (opcjonalnie)"), logo)
        return box

    def _config_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Konfiguracja ośrodka"))
        form = QFormLayout(box)
        labels = {
            "contract_number_format": self.tr("Numer kontraktu socjalnego"),
            "certificate_number_format": self.tr("Numer zaświadczenia"),
            "idle_lock_minutes": self.tr("Blokada po bezczynności"),
        }
        hint = QLabel(self.tr("W formatach numerów: {n} — kolejny numer, {yyyy} — rok."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        for key in office.SETTING_DEFAULTS:
            if key == "idle_lock_minutes":
                widget: QWidget = QSpinBox()
                widget.setRange(1, 240)
                widget.setSuffix(self.tr(" min"))
                widget.setMaximumWidth(120)
                widget.setEnabled(self._writable)
            else:
                widget = QLineEdit()
                widget.setMaximumWidth(260)
                widget.setReadOnly(not self._writable)
                widget.textChanged.connect(self.revalidate)
            widget.setObjectName(f"setting_{key}")
            self.settings[key] = widget
            self.errors[key] = error_label(key)
            form.addRow(labels.get(key, key), with_error(widget, self.errors[key]))
        return box

    # --- data in and out ------------------------------------------------------------------
    def load(self) -> None:
        data = office.get_office(self._ctx)
        for name in _OFFICE_FIELDS:
            self.edits[name].setText(getattr(data, name))
        self.set_logo(data.logo_path)
        for key, widget in self.settings.items():
            value = office.get_setting(self._ctx, key)
            self._stored_settings[key] = value
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value) if value.isdigit() else 5)
            else:
                widget.setText(value)

    def draft(self) -> OfficeDraft:
        values = {name: self.edits[name].text().strip() for name in _OFFICE_FIELDS}
        return OfficeDraft(**values, logo_path=self.logo_path.text().strip())

    def setting_values(self) -> dict[str, str]:
        return {key: str(w.value()) if isinstance(w, QSpinBox) else w.text().strip()
                for key, w in self.settings.items()}

    def choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo ośrodka"), str(Path(self.logo_path.text()).parent)
            if self.logo_path.text() else "", self.tr("Obrazy (*.png *.jpg *.jpeg *.bmp)"))
        if chosen:
            self.set_logo(chosen)

    def set_logo(self, path: str) -> None:
        self.logo_path.setText(path)
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.clear()
        else:
            self.logo_preview.setPixmap(pixmap.scaledToHeight(
                LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        self.revalidate()

    # --- validation and saving ------------------------------------------------------------
    def problems(self) -> list[FieldProblem]:
        problems = validate_office(self.draft())
        logo = self.logo_path.text().strip()
        if logo and not Path(logo).is_file():
            problems.append(FieldProblem("logo_path", "missing"))
        for key in _NUMBER_FORMATS:
            value = self.setting_values().get(key)
            if value is not None and "{n}" not in value:
                problems.append(FieldProblem(key, "no_counter"))
        return problems

    def revalidate(self) -> list[FieldProblem]:
        problems = self.problems()
        self._show(problems)
        return problems

    def _show(self, problems: list[FieldProblem]) -> None:
        by_field: dict[str, str] = {}
        for problem in problems:
            if problem.code == "required" and not self._tried_save:
                continue
            by_field.setdefault(problem.field, field_problem_text(problem))
        for name, label in self.errors.items():
            show_error(label, by_field.get(name))

    def save(self) -> bool:
        self._tried_save = True
        self.status.clear()
        if self.revalidate():
            self.status.setText(self.tr("Popraw zaznaczone pola."))
            return False
        try:
            office.save_office(self._ctx, draft=self.draft())
            for key, value in self.setting_values().items():
                if value != self._stored_settings.get(key):
                    office.set_setting(self._ctx, key=key, value=value)
                    self._stored_settings[key] = value
        except ValidationFailed as exc:
            self._show(exc.problems)
            self.status.setText(self.tr("Popraw zaznaczone pola."))
            return False
        except PermissionDenied as exc:
            self.status.setText(permission_text(exc))
            return False
        self.status.setText(self.tr("Zapisano ustawienia ośrodka."))
        self.settings_saved.emit()
        return True

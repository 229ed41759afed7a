"""One social contract from draft to closure: edit the draft, sign it (every missing field
listed), amend it (aneks), record evaluations, close or terminate it, and preview, print or
save it as PDF.

    ContractDialog(ctx, contract_id=7)                       # an existing contract
    ContractDialog(ctx, draft=contracts.prefill(ctx, …))     # a new one

What can be edited follows the status: a draft freely; a signed contract's Part I only as an
aneks ("Zapisz jako aneks…"), its evaluations at any time; an ended contract not at all. A
save or aneks after another caseworker saved the contract (since it was loaded here) is
refused with their name; the form keeps what was typed until "Wczytaj aktualny kontrakt"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from ops_desktop.domain.contract_views import ContractView
from ops_desktop.domain.contracts import OPEN_STATUSES, ContractDraft, ContractStatus
from ops_desktop.domain.errors import (
    EditConflict, FieldProblem, NotFound, PermissionDenied, RuleViolation, ValidationFailed,
)
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import contracts, instruments, participants, projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.contracts.contract_labels import contract_label
from ops_desktop.ui.contracts.contract_messages import (
    contract_rule_text, problems_text, warning_text,
)
from ops_desktop.ui.escape_guard import mark_saved
from ops_desktop.ui.messages import edit_conflict_text, permission_text
from ops_desktop.ui.contracts.contract_form import TAB_OF, ContractForm


class ContractDialog(QDialog):
    contract_saved = Signal(int)

    def __init__(self, ctx: ServiceContext, *, contract_id: int | None = None,
                 draft: ContractDraft | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if (contract_id is None) == (draft is None):
            raise ValueError("give contract_id or draft")
        self._ctx = ctx
        self.contract_id = contract_id
        self.view: ContractView | None = None
        self.preview = None
        self.confirm: Callable[[str], bool] = self._ask
        self.resize(980, 760)
        self.status = QLabel()
        self.status.setObjectName("contractStatus")
        self.form = ContractForm()
        self.message = QLabel()
        self.message.setObjectName("problems")
        self.message.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
                ("save", self.tr("Zapisz projekt"), self.save),
                ("sign", self.tr("Podpisz kontrakt…"), self.sign),
                ("amend", self.tr("Zapisz jako aneks…"), self.amend),
                ("evaluations", self.tr("Zapisz oceny"), self.save_evaluations),
                ("close", self.tr("Zakończ…"), lambda: self.end(terminate=False)),
                ("terminate", self.tr("Rozwiąż…"), lambda: self.end(terminate=True)),
                ("print", self.tr("Podgląd i druk…"), lambda: self.print_preview()),
                ("delete", self.tr("Usuń projekt"), self.delete_draft)):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        save_keys = QAction(self)
        save_keys.setShortcut(QKeySequence.StandardKey.Save)
        save_keys.triggered.connect(self._save_shortcut)
        self.addAction(save_keys)
        done = QPushButton(self.tr("Zamknij"))
        done.clicked.connect(self.accept)
        row.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.form, 1)
        self.reload_button = QPushButton(self.tr("Wczytaj aktualny kontrakt"))
        self.reload_button.setObjectName("reloadContract")
        self.reload_button.clicked.connect(self._reload_after_conflict)
        self.reload_button.hide()
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.reload_button)
        layout.addLayout(message_row)
        layout.addLayout(row)
        if contract_id is not None:
            self._reload()
        else:
            self._load(draft, None)

    # --- loading ----------------------------------------------------------------------------
    def _reload(self) -> None:
        self.view = contracts.get_contract(self._ctx, contract_id=self.contract_id)
        self._load(self.view.draft, self.view)

    def _reload_after_conflict(self) -> None:
        """Another caseworker saved the contract first: show it as saved now."""
        self.reload_button.hide()
        self.message.setText("")
        self._reload()

    def _load(self, draft: ContractDraft, view: ContractView | None) -> None:
        project = projects.get_project(self._ctx, project_id=draft.project_id)
        person = participants.rows(self._ctx, ids=[draft.person_id])
        person_text = self.tr("{first} {last}, PESEL {pesel}").format(
            first=person[0].first_name, last=person[0].last_name,
            pesel=person[0].pesel) if person else ""
        self.form.load(
            draft, person=person_text, project=project.draft.title,
            groups=list(project.groups),
            catalogue=instruments.list_instruments(self._ctx, include_retired=True),
            minimum=project.draft.min_instruments,
            signed_on=(view.signed_on if view is not None and view.signed_on
                       else self.form.signing_date() or dt.date.today()))
        self.form.show_part_two(view)
        self._update_mode()

    def _update_mode(self) -> None:
        status = self.view.status if self.view else ContractStatus.DRAFT
        writable = self._ctx.can(Permission.CONTRACT_WRITE)
        is_open = status in OPEN_STATUSES
        draft = status is ContractStatus.DRAFT
        self.form.set_editable(part_one=writable and (draft or is_open),
                               evaluations=writable and (draft or is_open))
        self.form.signed_on.setEnabled(writable and draft)
        visible = {"save": draft, "sign": draft, "amend": is_open, "evaluations": is_open,
                   "close": is_open, "terminate": is_open,
                   "print": self.contract_id is not None and self._ctx.can(Permission.PRINT),
                   "delete": draft and self.contract_id is not None}
        for key, button in self.buttons.items():
            button.setVisible(visible[key] and (writable or key == "print"))
        if self.view is None:
            self.status.setText(self.tr("Nowy kontrakt socjalny (projekt)"))
            self.setWindowTitle(self.tr("Nowy kontrakt socjalny"))
        else:
            number = self.view.number or self.tr("projekt")
            self.status.setText(self.tr("Kontrakt {number}: {status}").format(
                number=number, status=contract_label(status)))
            self.setWindowTitle(self.tr("Kontrakt socjalny {number}").format(number=number))

    # --- actions ----------------------------------------------------------------------------
    def _save_shortcut(self) -> None:
        """Ctrl+S: what "save" means in the contract's state (the draft, or its evaluations)."""
        for key in ("save", "evaluations"):
            if self.buttons[key].isVisibleTo(self):
                self.buttons[key].click()
                return

    def save(self) -> bool:
        """Create or update the draft; True when stored."""
        draft = self.form.draft()
        if self.contract_id is None:
            result = self._call(lambda: contracts.create_contract(self._ctx, draft=draft))
        else:
            result = self._call(lambda: contracts.update_contract(
                self._ctx, contract_id=self.contract_id, draft=draft,
                version=self.view.row_version if self.view else None))
        if result is None:
            return False
        self.view, warnings = result
        self.contract_id = self.view.id
        self._after_change(self.tr("Zapisano projekt kontraktu."), warnings)
        return True

    def sign(self) -> bool:
        if not self.save():
            return False
        signed_on = self.form.signing_date()
        checked = self._call(lambda: contracts.check_signing(
            self._ctx, contract_id=self.contract_id, signed_on=signed_on))
        if checked is None:
            return False
        problems, warnings = checked
        if problems:
            self._show_problems(problems, self.tr("Nie można podpisać kontraktu:"))
            return False
        if warnings and not self.confirm("\n".join(
                [warning_text(w) for w in warnings] + [self.tr("Podpisać mimo to?")])):
            return False
        result = self._call(lambda: contracts.sign_contract(
            self._ctx, contract_id=self.contract_id, signed_on=signed_on))
        if result is None:
            return False
        self.view, warnings = result
        self._after_change(self.tr("Kontrakt podpisano: numer {number}.").format(
            number=self.view.number), warnings)
        return True

    def delete_draft(self) -> bool:
        """Discard an unsigned draft (a signed contract is never deleted)."""
        if not self.confirm(self.tr("Usunąć ten projekt kontraktu? Nie był podpisany.")):
            return False
        if self._call(lambda: contracts.delete_draft(
                self._ctx, contract_id=self.contract_id) or True) is None:
            return False
        self.contract_saved.emit(self.contract_id)
        self.reject()
        return True

    def amend(self) -> bool:
        from ops_desktop.ui.contracts.contract_amendment_dialog import ContractAmendmentDialog

        dialog = ContractAmendmentDialog(number=len(self.view.amendments) + 1,
                                         contract_number=self.view.number, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        amendment, draft = dialog.amendment(), self.form.draft()
        result = self._call(lambda: contracts.amend_contract(
            self._ctx, contract_id=self.contract_id, amendment=amendment, draft=draft,
            version=self.view.row_version))
        if result is None:
            return False
        self.view, warnings = result
        self._after_change(self.tr("Zapisano aneks nr {n}.").format(
            n=self.view.amendments[-1].number), warnings)
        return True

    def save_evaluations(self) -> bool:
        items = self.form.evaluations.model.rows()
        view = self._call(lambda: contracts.save_evaluations(
            self._ctx, contract_id=self.contract_id, evaluations=items))
        if view is None:
            return False
        self.view = view
        self._after_change(self.tr("Zapisano oceny realizacji kontraktu."), [])
        return True

    def end(self, *, terminate: bool) -> bool:
        from ops_desktop.ui.contracts.contract_ending_dialog import ContractEndingDialog

        dialog = ContractEndingDialog(terminate=terminate, contract_number=self.view.number,
                                      parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        ending = dialog.ending()
        action = contracts.terminate_contract if terminate else contracts.close_contract
        view = self._call(lambda: action(self._ctx, contract_id=self.contract_id, ending=ending))
        if view is None:
            return False
        self.view = view
        self._after_change(self.tr("Kontrakt rozwiązano.") if terminate
                           else self.tr("Kontrakt zakończono."), [])
        return True

    def print_preview(self, amendment: int | None = None) -> None:
        """Preview, print or save the contract (`amendment`: one aneks, 0 the original)."""
        from ops_desktop.ui.contracts.contract_printing import preview_contract

        self.preview = self._call(lambda: preview_contract(
            self._ctx, self, contract_id=self.contract_id, amendment=amendment))

    # --- helpers ----------------------------------------------------------------------------
    def _after_change(self, text: str, warnings: list) -> None:
        self._load(self.view.draft, self.view)
        mark_saved(self)   # Esc now closes without asking, until the next change
        lines = [text, *[self.tr("Uwaga: {w}").format(w=warning_text(w)) for w in warnings]]
        self.message.setStyleSheet("")
        self.message.setText("\n".join(lines))
        self.contract_saved.emit(self.view.id)

    def _show_problems(self, problems: list[FieldProblem], lead: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(f"{lead}\n{problems_text(problems)}")
        tabs = [TAB_OF[p.field] for p in problems if p.field in TAB_OF]
        if tabs:
            self.form.setCurrentIndex(min(tabs))

    def _call(self, work):
        try:
            return work()
        except ValidationFailed as exc:
            self._show_problems(exc.problems, self.tr("Popraw:"))
        except RuleViolation as exc:
            self._error(contract_rule_text(exc))
        except PermissionDenied as exc:
            self._error(permission_text(exc))
        except EditConflict as exc:  # the typed form stays; "Wczytaj…" replaces it
            self._error(edit_conflict_text(exc))
            self.reload_button.show()
        except NotFound:
            self._error(self.tr("Kontrakt lub osoba nie są dostępne (usunięte albo poza Twoim "
                                "obszarem pracy)."))
        return None

    def _error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

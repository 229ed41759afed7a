"""The person's participations, and enrolment in a project and group.

Warnings (group full, outside the project's target age) are shown beside the form; the
enrolment stands. A new person is saved first (the dialog does it through
`save_person_first`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget,
)

from ops_desktop.domain.enums import ParticipationRole, RecruitmentStatus
from ops_desktop.domain.errors import PermissionDenied, ValidationFailed
from ops_desktop.domain.participants import ParticipationDraft
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import enrolment, projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.labels import current_enum, fill_combo, label
from ops_desktop.ui.messages import field_problem_text, permission_text
from ops_desktop.ui.widgets.forms import get_date, optional_date_edit
from ops_desktop.ui.participants.participation_status_box import ParticipationStatusBox


class EnrolmentPanel(QWidget):
    save_person_first = Signal()
    enrolled = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.person_id: int | None = None
        self.views: list = []
        self.list = QListWidget()
        self.list.setObjectName("participations")
        self.project = QComboBox()
        self.project.setObjectName("enrolProject")
        self.group = QComboBox()
        self.group.setObjectName("enrolGroup")
        self.role = QComboBox()
        fill_combo(self.role, list(ParticipationRole), empty=None)
        self.status = QComboBox()
        fill_combo(self.status, [RecruitmentStatus.APPLIED, RecruitmentStatus.QUALIFIED,
                                 RecruitmentStatus.RESERVE, RecruitmentStatus.PARTICIPANT],
                   empty=None)
        self.start = optional_date_edit("enrolStart")
        self.enrol_button = QPushButton(self.tr("Zapisz do projektu"))
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.setEnabled(ctx.can(Permission.PARTICIPANT_WRITE))
        self.message = QLabel()
        self.message.setObjectName("enrolMessage")
        self.message.setWordWrap(True)
        box = QGroupBox(self.tr("Nowy udział"))
        form = QFormLayout(box)
        form.addRow(self.tr("Projekt"), self.project)
        form.addRow(self.tr("Grupa / moduł"), self.group)
        form.addRow(self.tr("Rola"), self.role)
        form.addRow(self.tr("Status rekrutacji"), self.status)
        form.addRow(self.tr("Data rozpoczęcia (pierwsze wsparcie)"), self.start)
        form.addRow("", self.enrol_button)
        form.addRow("", self.message)
        self.documents_button = QPushButton(self.tr("Dokumenty uczestnika (deklaracja, RODO, "
                                                    "karta)…"))
        self.documents_button.setObjectName("documentsButton")
        self.documents_button.setEnabled(False)
        self.documents_button.clicked.connect(self._open_documents)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Udział w projektach:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.documents_button)
        self.status_box = ParticipationStatusBox(ctx)
        self.status_box.changed.connect(lambda _id: self._reload_keeping_selection())
        layout.addWidget(self.status_box)
        layout.addWidget(box)
        self.list.currentRowChanged.connect(self._participation_chosen)
        self.project.currentIndexChanged.connect(self._load_groups)
        self._chosen = False   # a project or group chosen here, not yet enrolled
        for combo in (self.project, self.group):
            combo.activated.connect(self._choice_made)
        self.enrol_button.clicked.connect(self._enrol_clicked)
        self._load_projects()

    def _load_projects(self) -> None:
        self.project.clear()
        today, running = dt.date.today(), None
        for row in projects.list_projects(self._ctx):
            self.project.addItem(row.title, row.id)
            if running is None and row.start_date <= today <= row.end_date:
                running = self.project.count() - 1
        if running is not None:   # the default: the first project running today
            self.project.setCurrentIndex(running)
        self._load_groups()

    def _choice_made(self, _index: int) -> None:
        self._chosen = True

    def pending(self) -> bool:
        """A project (and group) chosen here that saving the person should enrol in."""
        return self._chosen and self.project.currentData() is not None

    def _load_groups(self) -> None:
        self.group.clear()
        self.group.addItem(self.tr("— bez grupy —"), None)
        project_id = self.project.currentData()
        if project_id is None:
            return
        for group in projects.list_groups(self._ctx, project_id=project_id):
            size = f" ({group.enrolled}/{group.planned_size})" if group.planned_size else ""
            self.group.addItem(f"{group.name}{size}", group.id)

    def set_person(self, person_id: int) -> None:
        self.person_id = person_id
        self.documents_button.setEnabled(self._ctx.can(Permission.PRINT))
        self.list.clear()
        self.views = enrolment.participations_of(self._ctx, person_id=person_id)
        self.status_box.set_participation(None)
        for view in self.views:
            dates = ""
            if view.start_date:
                dates = view.start_date.strftime("%d.%m.%Y") + " – " + (
                    view.end_date.strftime("%d.%m.%Y") if view.end_date else "…")
            group = f" / {view.group_name}" if view.group_name else ""
            self.list.addItem(f"{view.project_title}{group}: {label(view.role)}, "
                              f"{label(view.status)} {dates}".strip())

    def _participation_chosen(self, row: int) -> None:
        views = self.views
        self.status_box.set_participation(views[row] if 0 <= row < len(views) else None)

    def _reload_keeping_selection(self) -> None:
        row = self.list.currentRow()
        if self.person_id is not None:
            self.set_person(self.person_id)
            self.list.setCurrentRow(row)

    def _open_documents(self) -> None:
        from ops_desktop.ui.participants.intake_documents_dialog import IntakeDocumentsDialog

        if self.person_id is not None:
            IntakeDocumentsDialog(self._ctx, person_id=self.person_id, parent=self).exec()

    def _enrol_clicked(self) -> None:
        if self.person_id is None:
            self.save_person_first.emit()
        else:
            self.enrol_now()

    def enrol_now(self) -> bool:
        """Enrol in the chosen project and group; True when enrolled with nothing to say."""
        if self.person_id is None or self.project.currentData() is None:
            return False
        draft = ParticipationDraft(
            person_id=self.person_id, project_id=self.project.currentData(),
            group_id=self.group.currentData(), role=current_enum(self.role, ParticipationRole),
            status=current_enum(self.status, RecruitmentStatus), applied_on=dt.date.today(),
            start_date=get_date(self.start),
        )
        try:
            view, warnings = enrolment.enrol(self._ctx, draft=draft)
        except ValidationFailed as exc:
            self.message.setText("\n".join(field_problem_text(p) for p in exc.problems))
            return False
        except PermissionDenied as exc:
            self.message.setText(permission_text(exc))
            return False
        self._chosen = False
        texts = [self.tr("Zapisano do projektu.")]
        for warning in warnings:
            if warning.code == "group_full":
                texts.append(self.tr("Uwaga: grupa jest pełna ({enrolled} z {planned} miejsc).")
                             .format(**warning.params))
            elif warning.code == "outside_target_age":
                texts.append(self.tr("Uwaga: wiek {age} lat poza grupą docelową projektu.")
                             .format(**warning.params))
        self.message.setText("\n".join(texts))
        self.set_person(self.person_id)
        self._load_groups()
        self.enrolled.emit(view.id)
        return not warnings

"""Putting people on an activity's list: a whole group in one action, or single people
(participants and their surroundings) ticked in the project's list. People already on the
list are shown ticked and greyed; those who may not be put on it say why afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import Candidate, EnrolResult
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.text import fold
from ops_desktop.services import activities, projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activities.activity_labels import error_text, refusal_text
from ops_desktop.ui.labels import label
from ops_desktop.domain.enums import RecruitmentStatus
from ops_desktop.ui.common.roles import ID_ROLE


class EnrolPeopleDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.activity_id = activity_id
        self.added = 0
        view = activities.get_activity(ctx, activity_id=activity_id)
        self.setWindowTitle(self.tr("Lista osób: {name}").format(name=view.name))
        self.resize(560, 620)
        self.group = QComboBox()
        self.group.setObjectName("enrolGroup")
        for group in projects.list_groups(ctx, project_id=view.draft.project_id):
            self.group.addItem(f"{group.name} ({group.enrolled} os.)", group.id)
        if view.draft.group_id is not None:
            self.group.setCurrentIndex(max(self.group.findData(view.draft.group_id), 0))
        self.group_button = QPushButton(self.tr("Dopisz całą grupę"))
        self.group_button.setObjectName("enrolWholeGroup")
        self.filter = QLineEdit()
        self.filter.setObjectName("enrolFilter")
        self.filter.setPlaceholderText(self.tr("Szukaj po nazwisku"))
        self.list = QListWidget()
        self.list.setObjectName("enrolCandidates")
        self.selected_button = QPushButton(self.tr("Dopisz zaznaczone osoby"))
        self.selected_button.setObjectName("enrolSelected")
        self.result = QLabel()
        self.result.setObjectName("enrolResult")
        self.result.setWordWrap(True)
        group_row = QHBoxLayout()
        group_row.addWidget(QLabel(self.tr("Grupa:")))
        group_row.addWidget(self.group, 1)
        group_row.addWidget(self.group_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Zamknij"))
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(group_row)
        layout.addWidget(QLabel(self.tr("albo pojedyncze osoby (uczestnicy i otoczenie):")))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.selected_button)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.group_button.clicked.connect(self.enrol_group)
        self.selected_button.clicked.connect(self.enrol_selected)
        self.filter.textChanged.connect(self._apply_filter)
        self.group_button.setEnabled(self.group.count() > 0)
        self._candidates: list[Candidate] = []
        self.reload()

    def reload(self) -> None:
        self._candidates = activities.candidates(self._ctx, activity_id=self.activity_id)
        self.list.clear()
        for c in self._candidates:
            role = self.tr(" — otoczenie") if c.surroundings else ""
            text = f"{c.last_name} {c.first_name}{role}"
            if c.group_name:
                text += f" ({c.group_name})"
            if c.status != RecruitmentStatus.PARTICIPANT.value:
                text += f" [{label(RecruitmentStatus(c.status))}]"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, c.participation_id)
            item.setCheckState(Qt.CheckState.Checked if c.enrolled else Qt.CheckState.Unchecked)
            if c.enrolled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self._apply_filter()

    def check(self, participation_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == participation_id:
                item.setCheckState(Qt.CheckState.Checked)

    def _apply_filter(self) -> None:
        key = fold(self.filter.text())
        for row, c in enumerate(self._candidates):
            self.list.item(row).setHidden(
                bool(key) and not fold(f"{c.last_name} {c.first_name}").startswith(key))

    def enrol_group(self) -> None:
        group_id = self.group.currentData()
        if group_id is None:
            return
        self._run(lambda: activities.enrol_group(self._ctx, activity_id=self.activity_id,
                                                 group_id=group_id))

    def enrol_selected(self) -> None:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled and item.checkState(
                ) == Qt.CheckState.Checked:
                ids.append(item.data(ID_ROLE))
        if ids:
            self._run(lambda: activities.enrol(self._ctx, activity_id=self.activity_id,
                                               participation_ids=ids))

    def _run(self, action) -> None:
        try:
            result: EnrolResult = action()
        except DomainError as exc:
            self.result.setText(error_text(exc))
            return
        self.added += result.added
        names = {c.participation_id: f"{c.last_name} {c.first_name}" for c in self._candidates}
        lines = [self.tr("Dopisano: {n}. Już na liście: {m}.").format(n=result.added,
                                                                      m=result.already)]
        for participation_id, code in result.refused:
            lines.append(self.tr("{name}: {reason}.").format(
                name=names.get(participation_id, participation_id), reason=refusal_text(code)))
        self.result.setText("\n".join(lines))
        self.reload()

"""A new or edited activity: name, form, group, instrument of active integration, trainer or
specialist, place, planned hours, attendance threshold (the project's by default) and the
programme (one topic per line). Problems show under their fields; nothing is saved while
any remain."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import ActivityDraft, ActivityForm, format_hours, parse_hours
from ops_desktop.domain.enums import InstrumentCategory
from ops_desktop.domain.errors import DomainError, FieldProblem, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import activities, instruments, projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activities.activity_labels import error_text, fill_activity_combo, problem_text
from ops_desktop.ui.common.forms import error_label, save_cancel_buttons, show_error, with_error

_CATEGORY = {
    InstrumentCategory.EDUCATIONAL: QT_TRANSLATE_NOOP("ActivityDialog", "edukacyjny"),
    InstrumentCategory.HEALTH: QT_TRANSLATE_NOOP("ActivityDialog", "zdrowotny"),
    InstrumentCategory.VOCATIONAL: QT_TRANSLATE_NOOP("ActivityDialog", "zawodowy"),
    InstrumentCategory.SOCIAL: QT_TRANSLATE_NOOP("ActivityDialog", "społeczny"),
}


class ActivityDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, project_id: int, activity_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.project_id = project_id
        self.activity_id = activity_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Nowe zajęcia") if activity_id is None else self.tr("Edycja zajęć"))
        self.resize(620, 600)
        project = projects.get_project(ctx, project_id=project_id)
        self.errors: dict[str, QLabel] = {}
        self.name = QLineEdit()
        self.name.setObjectName("activityName")
        self.form = QComboBox()
        self.form.setObjectName("activityForm")
        fill_activity_combo(self.form, list(ActivityForm))
        self.group = QComboBox()
        self.group.setObjectName("activityGroup")
        self.group.addItem(self.tr("— cały projekt —"), None)
        for group in project.groups:
            self.group.addItem(group.name, group.id)
        self.instrument = QComboBox()
        self.instrument.setObjectName("activityInstrument")
        self.instrument.addItem(self.tr("— bez instrumentu —"), None)
        for instrument in instruments.list_instruments(ctx, include_retired=True):
            text = f"{instrument.name} ({self.tr(_CATEGORY[instrument.category])})"
            if not instrument.active:   # kept for activities that used it before it was retired
                text += self.tr(" — wycofany")
            self.instrument.addItem(text, instrument.id)
        self.trainer = QLineEdit()
        self.trainer.setObjectName("activityTrainer")
        self.place = QLineEdit()
        self.place.setObjectName("activityPlace")
        self.planned = QLineEdit()
        self.planned.setObjectName("activityPlannedHours")
        self.planned.setPlaceholderText(self.tr("np. 40"))
        unit = self.tr("godz. dydaktyczne (45 min)") if project.draft.teaching_hour_minutes == 45 \
            else self.tr("godz. zegarowe")
        self.threshold = QSpinBox()
        self.threshold.setObjectName("activityThreshold")
        self.threshold.setRange(1, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(project.draft.completion_threshold_pct)
        self.topics = QPlainTextEdit()
        self.topics.setObjectName("activityTopics")
        self.topics.setPlaceholderText(
            self.tr("Jeden temat w wierszu — drukowane na zaświadczeniu"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Nazwa:"), self._with_error("name", self.name))
        form.addRow(self.tr("Forma:"), self.form)
        form.addRow(self.tr("Grupa:"), self._with_error("group_id", self.group))
        form.addRow(self.tr("Instrument:"), self._with_error("instrument_id", self.instrument))
        form.addRow(self.tr("Prowadzący / specjalista:"), self.trainer)
        form.addRow(self.tr("Miejsce:"), self.place)
        form.addRow(self.tr("Godziny planowane ({unit}):").format(unit=unit),
                    self._with_error("planned_hours", self.planned))
        form.addRow(self.tr("Próg obecności do ukończenia:"),
                    self._with_error("threshold_pct", self.threshold))
        form.addRow(self.tr("Program (tematy):"), self.topics)
        form.addRow(self.tr("Uwagi:"), self.notes)
        self.general_error = error_label("general")
        self.buttons = save_cancel_buttons(self, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            ctx.can(Permission.ACTIVITY_WRITE))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if activity_id is not None:
            self._load(activity_id)

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        self.errors[name] = error_label(name)
        return with_error(widget, self.errors[name])

    def _load(self, activity_id: int) -> None:
        view = activities.get_activity(self._ctx, activity_id=activity_id)
        d = view.draft
        self.name.setText(d.name)
        self.form.setCurrentIndex(max(self.form.findData(d.form.value), 0))
        self.group.setCurrentIndex(max(self.group.findData(d.group_id), 0))
        self.instrument.setCurrentIndex(max(self.instrument.findData(d.instrument_id), 0))
        self.trainer.setText(d.trainer)
        self.place.setText(d.place)
        self.planned.setText(format_hours(d.planned_hours) if d.planned_hours else "")
        self.threshold.setValue(view.threshold_pct)
        self.topics.setPlainText(d.topics)
        self.notes.setPlainText(d.notes)

    def draft(self) -> ActivityDraft:
        """The form as a draft; raises ValidationFailed when hours are not a number."""
        text = self.planned.text().strip()
        try:
            planned = parse_hours(text) if text else 0
        except ValueError:
            raise ValidationFailed([FieldProblem("planned_hours", "format")]) from None
        return ActivityDraft(
            project_id=self.project_id, name=self.name.text(),
            form=ActivityForm(self.form.currentData()), instrument_id=self.instrument.currentData(),
            group_id=self.group.currentData(), trainer=self.trainer.text(), place=self.place.text(),
            planned_hours=planned, topics=self.topics.toPlainText(),
            threshold_pct=self.threshold.value(), notes=self.notes.toPlainText())

    def save(self) -> None:
        for label in self.errors.values():
            show_error(label, None)
        show_error(self.general_error, None)
        try:
            draft = self.draft()
            if self.activity_id is None:
                view = activities.create_activity(self._ctx, draft=draft)
            else:
                view = activities.update_activity(self._ctx, activity_id=self.activity_id,
                                                  draft=draft)
        except ValidationFailed as exc:
            self._show(exc.problems)
            return
        except DomainError as exc:
            show_error(self.general_error, error_text(exc))
            return
        self.saved_id = view.id
        self.accept()

    def _show(self, problems: list[FieldProblem]) -> None:
        for problem in problems:
            label = self.errors.get(problem.field, self.general_error)
            show_error(label, problem_text(problem))

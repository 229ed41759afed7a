"""One session of an activity, new or edited: date, time from–to, hours, topic."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ops_desktop.domain.activities import SessionDraft, SessionView
from ops_desktop.domain.errors import DomainError
from ops_desktop.services import activities
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activities.activity_labels import error_text
from ops_desktop.ui.common.forms import error_label, save_cancel_buttons, show_error
from ops_desktop.ui.activities.session_fields import SessionFields


class SessionDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, activity_id: int, session: SessionView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.activity_id = activity_id
        self.session = session
        activity = activities.get_activity(ctx, activity_id=activity_id)
        self.setWindowTitle(self.tr("Spotkanie") if session is None
                            else self.tr("Spotkanie nr {n}").format(n=session.number))
        form = QFormLayout()
        self.fields = SessionFields(
            form, prefix="session",
            day=session.day if session else max(activity.project_start,
                                                min(dt.date.today(), activity.project_end)),
            time_from=session.time_from if session and session.time_from else dt.time(9),
            time_to=session.time_to if session and session.time_to else dt.time(13),
            hours=session.hours if session else None, hour_minutes=activity.hour_minutes)
        self.topic = QLineEdit(session.topic if session else "")
        self.topic.setObjectName("sessionTopic")
        form.addRow(self.tr("Temat:"), self.topic)
        self.error = error_label("session")
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            day, time_from, time_to, hours = self.fields.values()
            draft = SessionDraft(day, time_from, time_to, hours, self.topic.text())
            if self.session is None:
                activities.add_sessions(self._ctx, activity_id=self.activity_id, drafts=[draft])
            else:
                activities.update_session(self._ctx, session_id=self.session.id, draft=draft)
        except DomainError as exc:
            show_error(self.error, error_text(exc))
            return
        self.accept()

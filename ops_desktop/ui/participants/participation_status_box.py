"""Moving a participation along: qualified, reserve, rejected, taking part, and the end —
completed or dropped out, on which day, why (the kind of ending the monitoring lists turn
into "zakończenie udziału zgodnie ze ścieżką": path completed → Tak, anything else → Nie) and
the situation at exit. Through `services/enrolment.change_status`, which checks the transition
and the reach."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QGroupBox, QLabel, QPushButton

from ops_desktop.domain.enums import (
    RECRUITMENT_TRANSITIONS, EndReason, ExitSituation, RecruitmentStatus,
)
from ops_desktop.domain.errors import DomainError, PermissionDenied, ValidationFailed
from ops_desktop.domain.participants import ParticipationView
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import enrolment
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.labels import label
from ops_desktop.ui.messages import field_problem_text, permission_text
from ops_desktop.ui.common.translation import translator

_ENDING = (RecruitmentStatus.COMPLETED, RecruitmentStatus.DROPPED_OUT)


_t = translator("ParticipationStatusBox")


def end_reason_texts() -> dict[EndReason, str]:
    return {
        EndReason.COMPLETED_PATH: _t("Ukończył zaplanowaną ścieżkę"),
        EndReason.DROPPED_OUT: _t("Przerwał udział (rezygnacja, nieobecności)"),
        EndReason.FOUND_JOB: _t("Podjął pracę przed końcem ścieżki"),
        EndReason.OTHER: _t("Inny powód"),
    }


def exit_situation_texts() -> dict[ExitSituation, str]:
    return {
        ExitSituation.EMPLOYED: _t("Podjął pracę"),
        ExitSituation.SEEKING_WORK: _t("Poszukuje pracy"),
        ExitSituation.IN_EDUCATION: _t("Podjął kształcenie lub szkolenie"),
        ExitSituation.INACTIVE: _t("Bierny zawodowo"),
        ExitSituation.OTHER: _t("Inna"),
    }


class ParticipationStatusBox(QGroupBox):
    changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(_t("Zmiana statusu wybranego udziału"), parent)
        self._ctx = ctx
        self.view: ParticipationView | None = None
        self.status = QComboBox()
        self.status.setObjectName("nextStatus")
        self.day = QDateEdit()
        self.day.setObjectName("statusDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setDate(QDate.currentDate())
        self.end_reason = QComboBox()
        self.end_reason.setObjectName("endReason")
        for reason, text in end_reason_texts().items():
            self.end_reason.addItem(text, reason.value)
        self.exit_situation = QComboBox()
        self.exit_situation.setObjectName("exitSituation")
        self.exit_situation.addItem("—", None)
        for situation, text in exit_situation_texts().items():
            self.exit_situation.addItem(text, situation.value)
        self.apply = QPushButton(_t("Zmień status"))
        self.apply.setObjectName("applyStatus")
        self.message = QLabel()
        self.message.setObjectName("statusMessage")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(_t("Nowy status"), self.status)
        form.addRow(_t("Dnia"), self.day)
        form.addRow(_t("Rodzaj zakończenia"), self.end_reason)
        form.addRow(_t("Sytuacja po zakończeniu"), self.exit_situation)
        form.addRow("", self.apply)
        form.addRow("", self.message)
        self.status.currentIndexChanged.connect(lambda _i: self._update())
        self.apply.clicked.connect(self.apply_change)
        self.set_participation(None)

    def set_participation(self, view: ParticipationView | None) -> None:
        self.view = view
        self.status.clear()
        if view is not None:
            for status in sorted(RECRUITMENT_TRANSITIONS[view.status], key=list(
                    RecruitmentStatus).index):
                self.status.addItem(label(status), status.value)
        self._update()

    def _update(self) -> None:
        target = self.status.currentData()
        ending = target in {s.value for s in _ENDING}
        if target == RecruitmentStatus.COMPLETED.value:
            self.end_reason.setCurrentIndex(self.end_reason.findData(
                EndReason.COMPLETED_PATH.value))
        elif target == RecruitmentStatus.DROPPED_OUT.value:
            self.end_reason.setCurrentIndex(self.end_reason.findData(EndReason.DROPPED_OUT.value))
        self.end_reason.setEnabled(ending)
        self.exit_situation.setEnabled(ending)
        self.apply.setEnabled(target is not None and self._ctx.can(Permission.PARTICIPANT_WRITE))

    def apply_change(self) -> None:
        if self.view is None or self.status.currentData() is None:
            return
        status = RecruitmentStatus(self.status.currentData())
        ending = status in _ENDING
        situation = self.exit_situation.currentData()
        day = self.day.date()
        try:
            view = enrolment.change_status(
                self._ctx, participation_id=self.view.id, status=status,
                on=dt.date(day.year(), day.month(), day.day()),
                end_reason=EndReason(self.end_reason.currentData()) if ending else None,
                exit_situation=ExitSituation(situation) if ending and situation else None)
        except ValidationFailed as exc:
            self.message.setText("\n".join(field_problem_text(p) for p in exc.problems))
            return
        except PermissionDenied as exc:
            self.message.setText(permission_text(exc))
            return
        except DomainError:
            self.message.setText(_t("Tej zmiany statusu nie można wykonać (odśwież dane "
                                    "osoby i spróbuj ponownie)."))
            return
        self.message.setText(_t("Status zmieniony: {status}.").format(status=label(view.status)))
        self.changed.emit(view.id)

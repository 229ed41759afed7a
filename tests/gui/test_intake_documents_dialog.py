"""The participant's documents dialog: print previews of the declaration, the RODO notice
with consents and the participant card; consents recorded with the text version signed,
the special-category one only when ticked; withdrawing one."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt

from ops_desktop.domain.enums import ConsentType
from ops_desktop.services import consents
from ops_desktop.ui.participants.intake_documents_dialog import IntakeDocumentsDialog
from tests.factories import contracts as cf


def test_print_each_document_and_record_consents(qtbot, ctx, tmp_path):
    project, person = cf.setup(ctx)
    dialog = IntakeDocumentsDialog(ctx, person_id=person.id, project_id=project.id)
    qtbot.addWidget(dialog)
    for name, heading in (("declarationButton", "DEKLARACJA UCZESTNICTWA"),
                          ("consentFormButton", "INFORMACJA O PRZETWARZANIU"),
                          ("cardButton", "KARTA UCZESTNIKA")):
        qtbot.mouseClick(dialog.findChild(type(dialog.record_button), name),
                         Qt.MouseButton.LeftButton)
        qtbot.addWidget(dialog.preview)
        target = tmp_path / f"{name}.pdf"
        dialog.preview.save_to(target)
        assert heading in PdfReader(target).pages[0].extract_text()
        dialog.preview.close()
    dialog.ticks[ConsentType.DATA_PROCESSING].setChecked(True)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    given = consents.consents_of(ctx, person_id=person.id)
    assert [(c.type, c.text_version) for c in given] == [
        (ConsentType.DATA_PROCESSING, "consent_data_processing:v1")]  # no special-category
    assert dialog.consents.rowCount() == 1
    dialog.consent_table.selectRow(0)
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert consents.consents_of(ctx, person_id=person.id)[0].withdrawn_on == dt.date.today()


def test_the_person_dialog_opens_the_documents(qtbot, ctx):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ops_desktop.ui.participants.intake_dialog import IntakeDialog

    project, person = cf.setup(ctx)
    dialog = IntakeDialog(ctx, person_id=person.id)
    qtbot.addWidget(dialog)
    button = dialog.enrolment.documents_button
    assert button.isEnabled()
    seen = []

    def close() -> None:
        opened = QApplication.activeModalWidget()
        seen.append((type(opened).__name__, opened.participation.count()))
        opened.accept()

    QTimer.singleShot(0, close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == [("IntakeDocumentsDialog", 1)]

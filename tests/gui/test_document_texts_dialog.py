"""The document texts editor: a change is saved as a new version, earlier versions are shown
read-only, and without the settings permission nothing can be edited."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ops_desktop.domain.document_texts import TextKey
from ops_desktop.domain.enums import Role
from ops_desktop.services import document_texts
from ops_desktop.ui.contracts.document_texts_dialog import DocumentTextsDialog
from tests.factories import contracts as cf


def test_save_a_new_version_and_read_the_old_one(qtbot, typer, ctx):
    dialog = DocumentTextsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.select_key(TextKey.DECLARATION)
    assert "deklaruję wolę udziału" in dialog.editor.toPlainText()
    dialog.editor.clear()
    typer(dialog.editor, "Deklaruję udział w projekcie „{projekt}” — żółć.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.info.text() == "Zapisano wersję 2."
    assert document_texts.current_text(ctx, key=TextKey.DECLARATION).text.endswith("żółć.")
    assert dialog.versions.count() == 2 and "(obowiązująca)" in dialog.versions.itemText(0)
    dialog.versions.setCurrentIndex(1)
    assert dialog.editor.isReadOnly() and not dialog.save_button.isEnabled()
    assert "deklaruję wolę udziału" in dialog.editor.toPlainText()


def test_empty_text_is_refused_and_caseworkers_only_read(qtbot, ctx):
    dialog = DocumentTextsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("   ")
    dialog.save()
    assert "Uzupełnij: treść" in dialog.info.text()
    anna = cf.user(ctx, 5, "anna", Role.CASEWORKER)
    read_only = DocumentTextsDialog(anna)
    qtbot.addWidget(read_only)
    assert read_only.editor.isReadOnly() and not read_only.save_button.isEnabled()

"""The export-to-USB dialog against a folder standing in for a drive: the drive listed, an
export written in the background and shown as done only once verified, the monitoring list
reviewed first and encrypted with a passphrase shown once, a pulled stick told plainly, and
"Sprawdź eksport" on a whole and a damaged folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ops_desktop.exports.encrypted_archive import open_archive
from ops_desktop.domain.usb_export import RemovableDrive
from ops_desktop.exports.safe_write import MANIFEST_NAME, find_exports, verify_export
from ops_desktop.domain.usb_export import UsbExportKind
from ops_desktop.ui.exports.usb_export_dialog import UsbExportDialog
from tests.export_support import monitoring_project, participant


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "PENDRIVE"
    folder.mkdir()
    return folder


@pytest.fixture
def dialog(qtbot, ctx, stick):
    project = monitoring_project(ctx)
    participant(ctx, project, start=dt.date(2015, 3, 2))
    drive = RemovableDrive(stick, "PENDRIVE", "/dev/sdz1", False, 3_000_000_000, 4_000_000_000)
    widget = UsbExportDialog(ctx, project_id=project.id, drives=lambda: [drive])
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _export(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.runner.finished, timeout=60_000):
        pass


def test_the_drive_is_listed_and_a_statistical_export_is_verified(qtbot, dialog, stick):
    assert dialog.targets.count() == 1
    assert dialog.targets.item(0).text().startswith("PENDRIVE (")
    assert "wolne 2,8 GB z 3,7 GB" in dialog.targets.item(0).text()
    assert dialog.target() == stick
    dialog.choose_kind(UsbExportKind.STATISTICAL)
    assert "bez szyfrowania" in dialog.privacy.text()
    _export(qtbot, dialog)
    assert "zapisany i sprawdzony" in dialog.status.text()
    [folder] = find_exports(stick)
    assert verify_export(folder).ok and dialog.result.folder == folder
    assert dialog.passphrase_dialog is None


def test_a_years_summary_goes_to_the_stick(qtbot, dialog, stick):
    dialog.choose_kind(UsbExportKind.SUMMARY)
    dialog.choose_year(2015)
    _export(qtbot, dialog)
    assert "zapisany i sprawdzony" in dialog.status.text(), dialog.status.text()
    assert [Path(n).suffix for n in dialog.result.files] == [".pdf", ".xlsx", ".csv", ".json"]


def test_monitoring_is_reviewed_first_then_encrypted_with_a_passphrase_shown_once(
        qtbot, dialog, stick, ctx):
    dialog.choose_kind(UsbExportKind.MONITORING)
    assert "zaszyfrowanego" in dialog.privacy.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    review = dialog.review_dialog
    assert review is not None and review.isVisible() and dialog.runner is None
    assert find_exports(stick) == []                 # nothing written before the review
    assert review.proceed.isEnabled()                # no problems: nothing to tick
    qtbot.mouseClick(review.proceed, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.runner.finished, timeout=60_000):
        pass
    assert "zapisany i sprawdzony" in dialog.status.text()
    shown = dialog.passphrase_dialog
    assert shown is not None and shown.isVisible()
    passphrase = shown.field.text()
    [folder] = find_exports(stick)
    [archive] = [p for p in folder.iterdir() if p.suffix == ".7z"]
    assert len(open_archive(archive.read_bytes(), passphrase)) == 1
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == passphrase
    assert not shown.close_button.isEnabled()        # not before it is written down
    shown.written_down.setChecked(True)
    qtbot.mouseClick(shown.close_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == ""
    assert shown.field.text() == ""


def test_a_pulled_stick_is_told_plainly_and_the_earlier_export_stays(qtbot, dialog, stick):
    dialog.choose_kind(UsbExportKind.STATISTICAL)
    _export(qtbot, dialog)
    [earlier] = find_exports(stick)
    # The stick is pulled: its mount point is empty when the next export starts.
    hidden = stick.parent / "odlaczony"
    stick.rename(hidden)
    _export(qtbot, dialog)
    text = dialog.status.text()
    assert "NIE został zapisany" in text and "wyjęty" in text and "nienaruszone" in text
    hidden.rename(stick)
    assert find_exports(stick) == [earlier] and verify_export(earlier).ok


def test_verify_an_export_whole_and_damaged(qtbot, dialog, stick):
    dialog.choose_kind(UsbExportKind.STATISTICAL)
    _export(qtbot, dialog)
    [folder] = find_exports(stick)
    assert dialog.verify_folder(folder).ok
    assert "kompletny i nienaruszony" in dialog.status.text()
    (folder / MANIFEST_NAME).unlink()
    assert not dialog.verify_folder(folder).ok
    assert "NIEKOMPLETNY" in dialog.status.text() and "MANIFEST.sha256" in dialog.status.text()


def test_any_folder_can_be_the_target(qtbot, dialog, tmp_path):
    other = tmp_path / "udzial"
    other.mkdir()
    dialog.add_folder(other)
    assert dialog.target() == other
    dialog.refresh_drives()                          # a chosen folder survives a refresh
    assert dialog.target() == other and dialog.targets.count() == 2
    dialog.choose_kind(UsbExportKind.REPORT)
    assert not dialog.year.isEnabled()
    _export(qtbot, dialog)
    assert len(find_exports(other)) == 1


def test_the_main_window_has_the_export_menu(qtbot, ctx):
    from PySide6.QtGui import QAction

    from ops_desktop.domain.enums import Role
    from ops_desktop.services.context import Actor
    from ops_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    names = ("monitoringExportAction", "usbExportAction", "verifyExportAction")
    assert all(window.findChild(QAction, name).isEnabled() for name in names)
    menu_titles = [action.text() for action in window.menuBar().actions()]
    assert "&Eksport" in menu_titles
    caseworker = MainWindow(ctx.as_actor(Actor(None, "anna", frozenset({Role.CASEWORKER}))))
    qtbot.addWidget(caseworker)
    assert [caseworker.findChild(QAction, name).isEnabled() for name in names] == \
        [False, False, True]

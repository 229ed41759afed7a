"""The real Settings page: office data with NIP/REGON checked as typed, a logo file chosen
through the file dialog, the office configuration keys; bad values save nothing; a role
without the right to change settings sees a read-only page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from ops_desktop.domain.enums import Role
from ops_desktop.domain.projects import OfficeDraft
from ops_desktop.services import office
from ops_desktop.services.context import Actor
from ops_desktop.ui.settings.settings_page import SettingsPage


def _page(qtbot, ctx) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    return page


def _retype(typer, edit, text: str) -> None:
    edit.clear()
    typer(edit, text)


def test_office_data_and_configuration_are_saved(qtbot, ctx, typer, tmp_path, monkeypatch):
    office.save_office(ctx, draft=OfficeDraft(name="OPS"))
    logo = tmp_path / "herb.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5c9e"))
    assert image.save(str(logo))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(logo), "")))
    page = _page(qtbot, ctx)
    assert page.edits["name"].text() == "OPS"
    _retype(typer, page.edits["name"], "Miejski Ośrodek Pomocy Rodzinie we Włocławku")
    typer(page.edits["short_name"], "MOPR Włocławek")
    typer(page.edits["postal_code"], "87-800")
    typer(page.edits["city"], "Włocławek")
    typer(page.edits["nip"], "1234563218")
    typer(page.edits["regon"], "123456785")
    typer(page.edits["head_name"], "Barbara Nowicka")
    _retype(typer, page.edits["head_title"], "Dyrektor")
    qtbot.mouseClick(page.choose_logo_button, Qt.MouseButton.LeftButton)
    assert page.logo_path.text() == str(logo)
    assert not page.logo_preview.pixmap().isNull()
    _retype(typer, page.settings["contract_number_format"], "KS/{yyyy}/{n}")
    page.settings["idle_lock_minutes"].setValue(10)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert "Zapisano" in page.status.text()
    saved = office.get_office(ctx)
    assert (saved.name, saved.short_name, saved.postal_code, saved.nip, saved.regon,
            saved.head_name, saved.logo_path) == (
        "Miejski Ośrodek Pomocy Rodzinie we Włocławku", "MOPR Włocławek", "87-800",
        "1234563218", "123456785", "Barbara Nowicka", str(logo))
    assert office.get_setting(ctx, "contract_number_format") == "KS/{yyyy}/{n}"
    assert office.get_setting(ctx, "idle_lock_minutes") == "10"
    reopened = _page(qtbot, ctx)
    assert reopened.settings["idle_lock_minutes"].value() == 10


def test_bad_nip_postal_code_and_number_format_save_nothing(qtbot, ctx, typer):
    office.save_office(ctx, draft=OfficeDraft(name="MOPS Bartoszyce"))
    page = _page(qtbot, ctx)
    typer(page.edits["nip"], "1234563219")
    assert "NIP" in page.errors["nip"].text() and not page.errors["nip"].isHidden()
    typer(page.edits["postal_code"], "11200")
    assert "NN-NNN" in page.errors["postal_code"].text()
    _retype(typer, page.settings["certificate_number_format"], "ZAS/2009")
    assert "{n}" in page.errors["certificate_number_format"].text()
    page.edits["name"].clear()
    assert page.errors["name"].isHidden()  # "required" waits for a save attempt
    assert page.save() is False
    assert not page.errors["name"].isHidden()
    assert office.get_office(ctx).name == "MOPS Bartoszyce"
    assert office.get_office(ctx).nip == ""
    assert office.get_setting(ctx, "certificate_number_format") == "{n}/{yyyy}"


def test_caseworker_sees_a_read_only_page(qtbot, ctx):
    office.save_office(ctx, draft=OfficeDraft(name="OPS Rybnik"))
    caseworker = ctx.as_actor(Actor(user_id=None, username="pracownik1",
                                    roles=frozenset({Role.CASEWORKER})))
    page = _page(qtbot, caseworker)
    assert page.edits["name"].text() == "OPS Rybnik"
    assert page.edits["name"].isReadOnly()
    assert not page.save_button.isEnabled() and not page.choose_logo_button.isEnabled()

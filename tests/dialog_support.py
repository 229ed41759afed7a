"""Every dialog of the program, built on the demo database, for the keyboard tests (Esc,
Tab walk, accelerators): the layout tests' list (`tests/layout_support.dialogs`) and the
dialogs it leaves out. `dialog_classes()` finds every QDialog of `ui/**/*_dialog.py`, so a
new dialog that is missing here fails `test_every_dialog_is_listed`."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from ops_desktop.db.models import Participation
from tests import ROOT
from tests.layout_support import _ids, _dialog_list


def _pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "OPS Desktop")
    page.save()
    return out.getvalue()


def all_dialogs(ctx, tmp_path: Path) -> list[tuple[str, Callable[[], QDialog]]]:
    from ops_desktop.domain.storage_errors import DatabaseDamaged
    from ops_desktop.services.context import SYSTEM_ACTOR
    from ops_desktop.ui.accounts import (
        account_dialog, break_glass_dialog, password_dialog, recover_access_dialog,
        recovery_code_dialog,
    )
    from ops_desktop.ui.contracts import (
        contract_amendment_dialog, contract_ending_dialog, instrument_dialog,
    )
    from ops_desktop.ui.dialogs import (
        first_start_dialog, import_dialog, pdf_preview_dialog, people_behind_dialog,
        recovery_dialog,
    )
    from ops_desktop.ui.exports import passphrase_dialog
    from ops_desktop.ui.participants import support_card_dialog, support_entry_dialog

    ids = _ids(ctx)
    with ctx.reading() as session:
        participation, project = session.execute(select(
            Participation.id, Participation.project_id).order_by(Participation.id)).first()
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database")
    return _dialog_list(ctx, ids) + [
        ("passphrase", lambda: passphrase_dialog.PassphraseDialog(
            "korek-dzwon-lipa-kret", folder_name="OPS")),
        ("support card", lambda: support_card_dialog.SupportCardDialog(
            ctx, participation_id=participation, project_id=project, person_name="Osoba")),
        ("support entry", lambda: support_entry_dialog.SupportEntryDialog(
            ctx, participation_id=participation, project_id=project)),
        ("recovery", lambda: recovery_dialog.RecoveryDialog(
            damaged, DatabaseDamaged(damaged, ["page 1"]), actor=SYSTEM_ACTOR)),
        ("PDF preview", lambda: pdf_preview_dialog.PdfPreviewDialog(
            _pdf(), title="Podgląd", suggested_name="podglad.pdf")),
        ("import", lambda: import_dialog.ImportDialog(ctx, project_id=ids["project"])),
        ("first start", lambda: first_start_dialog.FirstStartDialog(lambda _setup: None)),
        ("people behind", lambda: people_behind_dialog.PeopleBehindDialog(
            [], title="Uczestnicy", cut=False)),
        ("amendment", lambda: contract_amendment_dialog.ContractAmendmentDialog(
            number=1, contract_number="1/2011")),
        ("instrument", lambda: instrument_dialog.InstrumentDialog()),
        ("contract ending", lambda: contract_ending_dialog.ContractEndingDialog(
            terminate=True, contract_number="1/2011")),
        ("break glass", lambda: break_glass_dialog.BreakGlassDialog(ctx)),
        ("password", lambda: password_dialog.PasswordDialog(
            lambda *_: None, ask_old_password=True, title="Zmiana hasła")),
        ("recovery code", lambda: recovery_code_dialog.RecoveryCodeDialog(
            "ABCD-EFGH-IJKL", office_name="OPS", database_name="ops.db")),
        ("account", lambda: account_dialog.AccountDialog(ctx)),
        ("recover access", lambda: recover_access_dialog.RecoverAccessDialog(lambda *_: None)),
    ]


def dialog_classes() -> set[type]:
    """Every QDialog subclass defined in ops_desktop/ui/**/*_dialog.py."""
    found: set[type] = set()
    for path in sorted((ROOT / "ops_desktop" / "ui").rglob("*_dialog.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == name:
                found.add(cls)
    return found

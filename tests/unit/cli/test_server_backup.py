"""`ops-desktop backup` and `restore` on the office server through the real entry point, on
the test PostgreSQL cluster: a backup with its restore drill, the list, a restore."""

from __future__ import annotations

import pytest

from ops_desktop import paths
from ops_desktop.cli.main import main
from ops_desktop.domain.enums import Role
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database
from tests import factories
from tests.security_support import add_account, cli_sign_in


@pytest.fixture
def server_url(pg_cluster, pg_template, monkeypatch):
    settings = paths.office_settings_file()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[server]\npg_bin = {pg_cluster.bin_dir}\n", encoding="utf-8")
    name = pg_cluster.create_database(template=pg_template)
    opened = open_database(pg_cluster.address(name), actor=SYSTEM_ACTOR)
    add_account(opened.context, "admin", Role.ADMIN)
    factories.person(opened.context, "Żaneta", "Łącka")
    opened.engine.dispose()
    cli_sign_in(monkeypatch, "admin")
    return pg_cluster.url(name)


def test_backup_with_its_drill_then_restore(server_url, pg_cluster, capsys):
    scratch = pg_cluster.url(pg_cluster.create_database())
    assert main(["backup", "--db", server_url, "--drill", scratch]) == 0
    out = capsys.readouterr().out
    assert "Sprawdzenie: pg_restore --list ok" in out and "Próbne przywrócenie" in out
    archive = next(line.split()[2] for line in out.splitlines()
                   if line.startswith("Kopia zapasowa:"))
    assert archive.endswith(".dump")

    assert main(["backup", "--db", server_url, "--list"]) == 0
    assert archive in capsys.readouterr().out

    assert main(["restore", "--db", server_url, "--from", archive, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Przywrócono" in out and "wierszy:" in out

    # The drill refuses a database that is not empty (the scratch one now holds the copy).
    assert main(["backup", "--db", server_url, "--drill", scratch]) == 1
    assert "nie jest pusta" in capsys.readouterr().err


def test_file_only_options_are_refused_on_a_server(server_url, tmp_path, capsys):
    assert main(["backup", "--db", server_url, "--copy-to", str(tmp_path)]) == 2
    assert "--copy-to dotyczy pliku" in capsys.readouterr().err
    assert main(["backup", "--db", str(tmp_path / "ops.db"), "--drill", server_url]) == 2
    assert "--drill dotyczy bazy serwera" in capsys.readouterr().err

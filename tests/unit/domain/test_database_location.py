"""`--db` and the office settings file: a file path or `postgresql://USER@HOST[:PORT]/DBNAME`
(domain/database_location.py, paths.chosen_database). A password in the URL is refused with
the password cut out of every message; only `sslmode` may follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from ops_desktop import paths
from ops_desktop.cli.main import main
from ops_desktop.domain.database_location import (
    InvalidServerUrl, ServerAddress, database_location, is_server_url, problem_text,
)


def test_a_server_url_and_a_file_are_told_apart():
    address = database_location("postgresql://a.nowak@serwer-ops:5433/ops")
    assert address == ServerAddress(user="a.nowak", host="serwer-ops", port=5433, dbname="ops")
    assert address.sslmode == "prefer"
    assert str(address) == "postgresql://a.nowak@serwer-ops:5433/ops"
    assert database_location("postgres://ops@10.0.0.5/mops") == ServerAddress(
        user="ops", host="10.0.0.5", dbname="mops")
    assert database_location("ops.db") == Path("ops.db")
    assert database_location("C:\\Users\\ops\\ops.db") == Path("C:\\Users\\ops\\ops.db")
    assert database_location(Path("/srv/ops.db")) == Path("/srv/ops.db")
    assert not is_server_url("postgresql.db") and not is_server_url(Path("postgresql://x"))


def test_sslmode_require_is_kept_and_shown():
    address = database_location("postgresql://ops@serwer/ops?sslmode=require")
    assert address.sslmode == "require"
    assert str(address) == "postgresql://ops@serwer/ops?sslmode=require"


@pytest.mark.parametrize(("url", "problem"), [
    ("postgresql://ops:tajne-haslo@serwer/ops", "password"),
    ("postgresql://serwer/ops", "user"),
    ("postgresql://ops@/ops", "host"),
    ("postgresql://ops@serwer/", "database"),
    ("postgresql://ops@serwer:99999/ops", "port"),
    ("postgresql://ops@serwer/ops?sslmode=maybe", "sslmode"),
    ("postgresql://ops@serwer/ops?password=x", "parameter"),
])
def test_a_wrong_url_is_refused_with_its_reason(url, problem):
    with pytest.raises(InvalidServerUrl) as caught:
        database_location(url)
    assert caught.value.problem == problem
    assert "tajne-haslo" not in str(caught.value) and "tajne-haslo" not in caught.value.url
    assert "tajne-haslo" not in problem_text(caught.value)


def test_the_command_line_refuses_a_password_in_the_url_and_never_prints_it(capsys):
    code = main(["project", "list", "--db", "postgresql://ops:tajne-haslo@127.0.0.1/ops"])
    err = capsys.readouterr().err
    assert code == 2
    assert "PGPASSWORD" in err and "postgresql://ops:***@127.0.0.1/ops" in err
    assert "tajne-haslo" not in err


def test_the_office_settings_file_names_the_server(tmp_path, monkeypatch):
    monkeypatch.setenv("OPS_DESKTOP_HOME", str(tmp_path))
    assert paths.office_settings_file() == tmp_path / "office.ini"
    assert paths.chosen_database(None) == paths.default_database()
    paths.office_settings_file().write_text(
        "[server]\nurl = postgresql://a.nowak@serwer-ops/ops\n", encoding="utf-8")
    assert paths.chosen_database(None) == "postgresql://a.nowak@serwer-ops/ops"
    assert paths.chosen_database("inna.db") == "inna.db"  # --db wins
    paths.office_settings_file().write_text("[server\nurl=", encoding="utf-8")
    assert paths.chosen_database(None) == paths.default_database()  # unreadable: the file


def test_the_per_user_config_folder_without_the_override(tmp_path, monkeypatch):
    monkeypatch.delenv("OPS_DESKTOP_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "roaming"))
    folder = paths.office_settings_file().parent
    assert folder in (tmp_path / "config" / "ops-desktop", tmp_path / "roaming" / "OPS Desktop")

"""The PostgreSQL client programs behind the office server's backups (services/server_backup.py):
finding `pg_dump` / `pg_restore`, and running them with the connection in libpq's own
environment variables. The password is never on a command line (where `ps` shows it) nor in
a URL: libpq finds it itself in PGPASSWORD or the user's pgpass file, as the program's own
connection does (db/engine.py).

Where the programs come from: the folder `[server] pg_bin` of office.ini (paths.py), else
PATH, else the newest of the Debian packages (/usr/lib/postgresql/*/bin) or of the Windows
installer (C:\\Program Files\\PostgreSQL\\*\\bin). pg_dump must be at least the server's
version; the newest one found is taken."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ops_desktop.domain.database_location import ServerAddress
from ops_desktop.db.engine import APPLICATION_NAME, CONNECT_TIMEOUT_S

TOOL_TIMEOUT_S = 6 * 3600  # a dump of a large office over a slow line still ends
_DATA_ENTRY = re.compile(r"^\d+; \d+ \d+ TABLE DATA (?P<schema>\S+) (?P<table>\S+) ")


class ToolFailed(Exception):
    """pg_dump / pg_restore ended with an error (its own last lines, no data in them)."""

    def __init__(self, tool: str, detail: str):
        super().__init__(f"{tool}: {detail}")
        self.tool, self.detail = tool, detail


def find_tool(name: str, folder: Path | None = None) -> Path | None:
    exe = name + (".exe" if sys.platform == "win32" else "")
    if folder is not None:
        candidate = Path(folder) / exe
        return candidate if candidate.is_file() else None
    found = shutil.which(exe)
    if found:
        return Path(found)
    patterns = ([Path(os.environ.get("ProgramFiles", r"C:\Program Files")) / "PostgreSQL"]
                if sys.platform == "win32" else [Path("/usr/lib/postgresql")])
    versions = [p for base in patterns if base.is_dir() for p in base.glob(f"*/bin/{exe}")]
    versions.sort(key=lambda p: _version(p.parent.parent.name), reverse=True)
    return versions[0] if versions else None


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text))


def tool_environment(address: ServerAddress) -> dict[str, str]:
    """The process environment with the server's address in libpq's variables; the
    password variables the person set (PGPASSWORD, PGPASSFILE) pass through unchanged."""
    env = dict(os.environ)
    env.update({"PGHOST": address.host, "PGPORT": str(address.port or 5432),
                "PGUSER": address.user, "PGDATABASE": address.dbname,
                "PGSSLMODE": address.sslmode, "PGAPPNAME": APPLICATION_NAME,
                "PGCONNECT_TIMEOUT": str(CONNECT_TIMEOUT_S)})
    return env


def dump(tool: Path, address: ServerAddress, target: Path, *, snapshot: str | None) -> None:
    """`pg_dump --format=custom` of the whole database into `target`; with `snapshot` (of
    `pg_export_snapshot()`) exactly the state the caller counted in that transaction."""
    args = [str(tool), "--format=custom", "--no-owner", "--no-privileges",
            f"--file={target}"]
    if snapshot:
        args.append(f"--snapshot={snapshot}")
    _run(args, address)


def archive_tables(tool: Path, archive: Path) -> set[str]:
    """The tables whose data the archive holds (`pg_restore --list`: reads the whole table of
    contents, so a truncated or foreign file fails here)."""
    listing = _run([str(tool), "--list", str(archive)], None)
    return {match["table"] for line in listing.splitlines()
            if (match := _DATA_ENTRY.match(line))}


def restore(tool: Path, address: ServerAddress, archive: Path, *, clean: bool) -> None:
    """The archive into the database of `address`, in one transaction (all or nothing);
    `clean`: its objects are dropped first (restoring over the live database)."""
    args = [str(tool), "--no-owner", "--no-privileges", "--single-transaction",
            "--exit-on-error", f"--dbname={address.dbname}"]
    if clean:
        args += ["--clean", "--if-exists"]
    _run([*args, str(archive)], address)


def _run(args: list[str], address: ServerAddress | None) -> str:
    env = tool_environment(address) if address is not None else dict(os.environ)
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True,
                              timeout=TOOL_TIMEOUT_S, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError) as exc:
        raise ToolFailed(Path(args[0]).name, str(exc)) from exc
    if done.returncode:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        raise ToolFailed(Path(args[0]).name, " ".join(lines[-2:]) or f"exit {done.returncode}")
    return done.stdout

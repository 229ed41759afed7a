"""A throw-away PostgreSQL cluster for the tests: `initdb` + `pg_ctl` from
/usr/lib/postgresql/*/bin (Debian) or PATH, in a fresh temporary folder, on a free local port
of 127.0.0.1 with its unix socket in that folder, stopped and deleted at the end of the
session. Nothing mocked: the tests speak to a real server.

Two roles, as an office's server has them (README, "Office server"):
- `ops_super`, the cluster's superuser, for the set-up only (creating and dropping databases,
  extensions);
- `ops_app`, the role the application connects as: LOGIN, no superuser, no CREATEDB, no
  CREATEROLE; it owns the databases made for it, as the office IT sets it up.
Authentication is `trust` (only this machine's loopback and the folder's socket reach it).

initdb refuses to run as root: under root (CI, this machine) every server program runs as the
`postgres` system user (created with `useradd --system` when missing), the folder given to it.

A killed test run (SIGKILL, a closed terminal) never reaches the fixture's end, and its server,
running as another user, outlives it. So each cluster folder holds `owner.pid`, the pid of
the test process that made it, and every session first stops (`pg_ctl stop -m immediate`)
and deletes the `ops-pg-*` folders whose owner is dead (`remove_abandoned_clusters`); folders
without the file (another run's, as it starts) are left alone.

`OPS_PG_BIN=/usr/lib/postgresql/16/bin` picks another version. Without the binaries the
fixture skips with the reason (listed again at the end of the run); with `OPS_REQUIRE_POSTGRES=1`
(.ci/run) it fails instead, so CI never skips the server tests silently.

Used by `tests/conftest.py` (the `both_backends` marker, `db_location`) and free for any test:
`pg_cluster.create_database(name, template=…)`, `pg_cluster.address(name)` (a
`ServerAddress` of the app role), `pg_cluster.superuser_conninfo(name)`, `pg_cluster.bin_dir`
(pg_dump, pg_restore of the same version). The benches (bench/bench_multi_pc.py,
bench/bench_server.py) start the same cluster outside pytest with `throwaway_cluster()`."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ops_desktop.domain.database_location import ServerAddress

ENV_REQUIRE = "OPS_REQUIRE_POSTGRES"
ENV_BIN = "OPS_PG_BIN"
SUPERUSER = "ops_super"
APP_ROLE = "ops_app"
SYSTEM_USER = "postgres"  # runs the server when the tests run as root
HOST = "127.0.0.1"
START_ATTEMPTS = 3  # a free port can be taken between asking for it and the server binding
FOLDER_PREFIX = "ops-pg-"
OWNER_FILE = "owner.pid"


def find_bin_dir() -> Path | None:
    """The folder of `initdb` and `pg_ctl`: `OPS_PG_BIN` when set (another version; a folder
    without them means none), else the newest Debian version, else PATH."""
    chosen = os.environ.get(ENV_BIN)
    if chosen:
        folder = Path(chosen)
        return folder if (folder / "initdb").exists() and (folder / "pg_ctl").exists() else None
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                    key=lambda p: _version_key(p.parent.parent.name), reverse=True)
    if debian:
        return debian[0].parent
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl", path=str(Path(initdb).resolve().parent)):
        return Path(initdb).resolve().parent
    return None


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _server_user() -> tuple[int, int] | None:
    """(uid, gid) to run the server programs as: None when not root."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    import pwd

    try:
        entry = pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/bin/false",
                        SYSTEM_USER], check=True, capture_output=True)
        entry = pwd.getpwnam(SYSTEM_USER)
    return entry.pw_uid, entry.pw_gid


@dataclass
class PgCluster:
    bin_dir: Path
    folder: Path
    port: int
    run_as: tuple[int, int] | None
    _names: itertools.count

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder

    @property
    def host(self) -> str:
        return HOST

    def address(self, dbname: str, *, user: str = APP_ROLE,
                sslmode: str = "prefer") -> ServerAddress:
        """The application's address of database `dbname` (what `--db` is given)."""
        return ServerAddress(user=user, host=HOST, port=self.port, dbname=dbname,
                             sslmode=sslmode)

    def url(self, dbname: str, *, user: str = APP_ROLE) -> str:
        return str(self.address(dbname, user=user))

    def superuser_conninfo(self, dbname: str = "postgres") -> str:
        return f"host={HOST} port={self.port} user={SUPERUSER} dbname={dbname}"

    def superuser(self, dbname: str = "postgres"):
        """An autocommit psycopg connection as the superuser (close it, or use `with`)."""
        import psycopg

        return psycopg.connect(self.superuser_conninfo(dbname), autocommit=True)

    def new_name(self, prefix: str = "ops") -> str:
        return f"{prefix}_{os.getpid()}_{next(self._names)}"

    def create_database(self, name: str | None = None, *, template: str | None = None,
                        owner: str = APP_ROLE, icu_locale: str | None = None) -> str:
        """A new database owned by `owner` (empty, or a copy of `template`); its name.
        `icu_locale` ("pl-PL"): the database's collation from ICU in that language, as an
        office's IT may create it (the cluster's own is C.UTF-8)."""
        from psycopg import sql

        name = name or self.new_name()
        statement = sql.SQL("CREATE DATABASE {} OWNER {}").format(
            sql.Identifier(name), sql.Identifier(owner))
        if icu_locale:
            template = template or "template0"  # another collation needs the pristine one
            statement += sql.SQL(" LOCALE_PROVIDER icu ICU_LOCALE {} LOCALE 'C.UTF-8'").format(
                sql.Literal(icu_locale))
        if template:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self.superuser() as conn:
            conn.execute(statement)
        return name

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self.superuser() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))

    def run(self, program: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
        """One of the server's programs (initdb, pg_ctl, …) as the server's user."""
        return _run(self.bin_dir / program, args, self.run_as, **kwargs)

    def stop(self) -> None:
        self.run("pg_ctl", "stop", "-D", str(self.data_dir), "-m", "fast", "-w",
                 check=False, capture_output=True)


def _run(program: Path, args, run_as, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    preexec = None
    if run_as is not None:
        uid, gid = run_as

        def preexec():
            os.setgid(gid)
            os.setgroups([])
            os.setuid(uid)

        env["HOME"] = "/tmp"
    return subprocess.run([str(program), *args], env=env, preexec_fn=preexec, **kwargs)


def start_cluster(bin_dir: Path) -> PgCluster:
    """initdb into a new temporary folder, start the server and make the app role."""
    run_as = _server_user()
    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
    (folder / OWNER_FILE).write_text(f"{os.getpid()}\n", encoding="ascii")
    if run_as is not None:
        os.chown(folder, *run_as)
    data = folder / "data"
    init = _run(bin_dir / "initdb", ["-D", str(data), "-U", SUPERUSER, "--auth=trust",
                                     "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
                run_as, capture_output=True, text=True)
    if init.returncode:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {init.stderr.strip()}")
    failure = ""
    for _attempt in range(START_ATTEMPTS):
        port = _free_port()
        options = (f"-c listen_addresses={HOST} -c port={port} "
                   f"-c unix_socket_directories={folder} -c fsync=off "
                   "-c max_connections=60")
        started = _run(bin_dir / "pg_ctl", ["start", "-D", str(data), "-w", "-t", "60",
                                            "-l", str(folder / "server.log"), "-o", options],
                       run_as, capture_output=True, text=True)
        if started.returncode == 0:
            break
        failure = (folder / "server.log").read_text(errors="replace")[-2000:]
    else:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {failure}")
    cluster = PgCluster(bin_dir=bin_dir, folder=folder, port=port, run_as=run_as,
                        _names=itertools.count(1))
    with cluster.superuser() as conn:
        conn.execute(f"CREATE ROLE {APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE")
    return cluster


def stop_cluster(cluster: PgCluster) -> None:
    cluster.stop()
    deadline = time.monotonic() + 30
    while (cluster.data_dir / "postmaster.pid").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    shutil.rmtree(cluster.folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _owner(folder: Path) -> int | None:
    try:
        return int((folder / OWNER_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def remove_abandoned_clusters(bin_dir: Path, parent: Path | None = None) -> list[Path]:
    """Stop and delete the test clusters in `parent` (the temporary folder) whose owner
    process is dead; the folders removed."""
    parent = Path(parent or tempfile.gettempdir())
    removed = []
    for folder in sorted(parent.glob(f"{FOLDER_PREFIX}*")):
        owner = _owner(folder)
        if owner is None or _alive(owner):
            continue
        if (folder / "data" / "postmaster.pid").exists():
            _run(bin_dir / "pg_ctl", ["stop", "-D", str(folder / "data"), "-m", "immediate",
                                      "-w", "-t", "30"], _server_user(), check=False,
                 capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[PgCluster]:
    """A cluster for a script outside pytest (the benches): started, yielded, stopped and
    deleted; SystemExit with the reason when the server programs are missing."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("no PostgreSQL programs (initdb, pg_ctl) found "
                         "(Debian: apt-get install postgresql)")
    cluster = start_cluster(bin_dir)
    try:
        yield cluster
    finally:
        stop_cluster(cluster)


SKIP_PREFIX = "no PostgreSQL server for the tests"


def report_skipped(terminalreporter) -> None:
    """At the end of the run: which tests were skipped for lack of a server, and how to get
    one (the README's test command and CI print it; CI sets OPS_REQUIRE_POSTGRES=1)."""
    skipped = [report for report in terminalreporter.stats.get("skipped", [])
               if SKIP_PREFIX in str(getattr(report, "longrepr", ""))]
    if not skipped:
        return
    terminalreporter.section("tests skipped without a PostgreSQL server", sep="-", yellow=True)
    reason = str(skipped[0].longrepr[-1]).removeprefix("Skipped: ")
    terminalreporter.line(f"{len(skipped)} tests did not run on PostgreSQL ({reason}):")
    for report in skipped[:20]:
        terminalreporter.line(f"  {report.nodeid}")
    if len(skipped) > 20:
        terminalreporter.line(f"  … and {len(skipped) - 20} more")
    terminalreporter.line("Install the server programs (Debian: apt-get install postgresql) "
                          "and run again; nothing else is needed.")


def unavailable(reason: str):
    """Skip, or fail under OPS_REQUIRE_POSTGRES=1 (CI)."""
    if os.environ.get(ENV_REQUIRE) == "1":
        pytest.fail(f"PostgreSQL required ({ENV_REQUIRE}=1) but {reason}", pytrace=False)
    pytest.skip(f"{SKIP_PREFIX}: {reason}")


@pytest.fixture(scope="session")
def pg_cluster():
    bin_dir = find_bin_dir()
    if bin_dir is None:
        unavailable("initdb/pg_ctl not found in /usr/lib/postgresql/*/bin or PATH "
                    "(Debian: apt-get install postgresql)")
    remove_abandoned_clusters(bin_dir)
    try:
        cluster = start_cluster(bin_dir)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        unavailable(f"the test cluster did not start ({exc})")
    try:
        yield cluster
    finally:
        stop_cluster(cluster)


@pytest.fixture
def pg_database(pg_cluster):
    """An empty database owned by the app role (what the office IT creates), dropped after
    the test; its name."""
    name = pg_cluster.create_database()
    yield name
    with contextlib.suppress(Exception):
        pg_cluster.drop_database(name)

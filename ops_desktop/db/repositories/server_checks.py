"""The integrity check of the office server's database: PostgreSQL's twin of SQLite's
`integrity_check` + `foreign_key_check` (services/integrity.full_check calls it).

- every table read to its end (a page the server cannot read, or whose checksum fails when
  the cluster has data checksums, raises);
- the server's own count of checksum failures in this database (`pg_stat_database`);
- every B-tree index against its table with `amcheck` when the office IT installed that
  extension and granted its check (`CREATE EXTENSION amcheck; GRANT EXECUTE ON FUNCTION
  bt_index_check(regclass) TO ops`, once, as a superuser), else only whether each index is
  valid;
- foreign keys and checks that were added NOT VALID, or never validated;
- triggers of the program (append-only audit trail, maintained summary data) that are
  disabled (`ALTER TABLE … DISABLE TRIGGER`): on a file a dropped trigger is the same hole.
The problems are plain sentences naming tables, indexes and triggers (no data)."""

from __future__ import annotations

from sqlalchemy import Connection, text

_TABLES = ("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
           "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname")
_INDEXES = ("SELECT i.indexrelid::regclass::text, i.indisvalid, am.amname "
            "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = c.relam "
            "WHERE n.nspname = current_schema() ORDER BY 1")
_UNVALIDATED = ("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                "WHERE connamespace = current_schema()::regnamespace AND NOT convalidated "
                "ORDER BY 1, 2")
_DISABLED = ("SELECT t.tgrelid::regclass::text, t.tgname FROM pg_trigger t "
             "JOIN pg_class c ON c.oid = t.tgrelid "
             "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal "
             "AND t.tgenabled = 'D' ORDER BY 1, 2")


def server_problems(conn: Connection) -> list[str]:
    problems: list[str] = []
    for (table,) in conn.execute(text(_TABLES)).all():
        try:
            with conn.begin_nested():
                conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
        except Exception as exc:  # the driver's error: the table could not be read
            problems.append(f"table {table}: {type(exc).__name__}")
    failures = conn.execute(text(
        "SELECT checksum_failures FROM pg_stat_database "
        "WHERE datname = current_database()")).scalar()
    if failures:
        problems.append(f"checksum failures: {failures}")
    amcheck = amcheck_installed(conn)
    for index, valid, method in conn.execute(text(_INDEXES)).all():
        if not valid:
            problems.append(f"index {index}: not valid")
        elif amcheck and method == "btree":
            try:
                with conn.begin_nested():
                    conn.execute(text("SELECT bt_index_check(CAST(:index AS regclass))"),
                                 {"index": index})
            except Exception as exc:
                problems.append(f"index {index}: {str(exc).splitlines()[0]}")
    problems += [f"constraint {name} of {table}: not validated"
                 for table, name in conn.execute(text(_UNVALIDATED)).all()]
    problems += [f"trigger {name} of {table}: disabled"
                 for table, name in conn.execute(text(_DISABLED)).all()]
    return problems


def amcheck_installed(conn: Connection) -> bool:
    """amcheck there and its check granted to the program's role (README, "Office server")."""
    if conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")).first() is None:
        return False
    return bool(conn.execute(text(
        "SELECT has_function_privilege('bt_index_check(regclass)', 'EXECUTE')")).scalar())

"""The test cluster's own housekeeping (tests/pg_support.py): a cluster left running by a
killed test run — its folder's recorded owner is a dead process — is stopped and deleted by
the next session's start; a live owner's cluster (this session's) is left alone. With a real
cluster, started for this test and then orphaned."""

from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest

from tests.pg_support import OWNER_FILE, remove_abandoned_clusters, start_cluster, stop_cluster


def test_a_cluster_whose_owner_died_is_stopped_and_removed(pg_cluster):
    orphan = start_cluster(pg_cluster.bin_dir)
    try:
        assert (orphan.folder / OWNER_FILE).read_text().strip().isdigit()
        gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
        (orphan.folder / OWNER_FILE).write_text(gone.stdout)  # as if its pytest was killed
        with orphan.superuser() as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)

        removed = remove_abandoned_clusters(pg_cluster.bin_dir)

        assert orphan.folder in removed and not orphan.folder.exists()
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(orphan.superuser_conninfo(), connect_timeout=5).close()
        assert pg_cluster.folder not in removed and pg_cluster.data_dir.exists()
        with pg_cluster.superuser() as conn:  # this session's server goes on
            assert conn.execute("SELECT 1").fetchone() == (1,)
    finally:
        if orphan.folder.exists():
            stop_cluster(orphan)

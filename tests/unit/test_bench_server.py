"""bench/bench_server.py runs, on a small office, on the tests' PostgreSQL cluster: the office
generated on a file and moved to the server, every summary figure equal to the hand-written
SQL on both engines (bench/bench_summary.py's SQL in its two spellings), the summary's JSON
identical, the table complete. No timing is checked: the figures belong to
docs/PERFORMANCE.md."""

from __future__ import annotations

from tests import ROOT


def test_the_server_bench_runs_on_a_small_office(pg_cluster, tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    import bench_server

    rows, problems, times = bench_server.run(pg_cluster, tmp_path, people=300, marks=3000,
                                             runs=1, search_runs=1, typists=10)
    assert problems == []
    assert times["people"] == 300 and times["marks"] == 3000
    labels = [row[0] for row in rows]
    for backend in ("SQLite", "PostgreSQL"):
        assert f"search keystroke p95 ({backend})" in labels
        assert f"whole-project summary ({backend})" in labels
        assert sum(f"({backend})" in label and "found" in label for label in labels) == len(
            bench_server.TYPICAL)

"""Four caseworkers' PCs on one database at once: four processes, each with its own
engine and connections, sign 200 contracts in all, save the same people from copies read
before their other work (so other PCs' saves land in between) and mark the same sessions.

Afterwards: 200 distinct numbers KS/1…200/2011, every accepted save still in the people's
data and every refused one reported (EditConflict naming who saved first), every mark
stored with its totals matching a recount, the audit chain intact, and no error of any other
kind in any PC (no "database is locked": SQLite's writers take turns, db/writer_turns.py;
on the server the rows and the audit append are locked). On a file and on PostgreSQL."""

from __future__ import annotations

import pytest

from tests import multi_pc_support as multi_pc


@pytest.mark.both_backends
def test_four_pcs_sign_edit_and_mark_at_the_same_time(ctx, db_location):
    plan = multi_pc.prepare(ctx, pcs=4, contracts_per_pc=50)
    reports = multi_pc.run_pcs(db_location, plan)
    assert [r.errors for r in reports] == [[]] * 4
    assert multi_pc.check(ctx, plan, reports) == []
    assert sum(len(r.numbers) for r in reports) == 200
    assert all(r.marks for r in reports)
    # Each PC saved some of its copies and had some refused: both paths really ran.
    assert sum(len(r.saved_tokens) for r in reports) > 0

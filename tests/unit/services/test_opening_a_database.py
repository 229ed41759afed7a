"""Who acts is never implied: every way of opening a database names its actor, and nothing
defaults to the system actor (which holds every permission)."""

from __future__ import annotations

import inspect

import pytest

from ops_desktop.services import restore
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.services.database import open_database
from ops_desktop.ui.backups.recovery_dialog import RecoveryDialog, open_with_recovery


@pytest.mark.parametrize("opener", [open_database, restore.recover_database,
                                    open_with_recovery, RecoveryDialog.__init__])
def test_the_actor_is_a_required_keyword(opener):
    actor = inspect.signature(opener).parameters["actor"]
    assert actor.kind is inspect.Parameter.KEYWORD_ONLY
    assert actor.default is inspect.Parameter.empty


def test_opening_without_an_actor_is_refused_before_the_file_is_touched(tmp_path):
    path = tmp_path / "ops.db"
    with pytest.raises(TypeError, match="actor"):
        open_database(path)  # type: ignore[call-arg]
    assert not path.exists()


def test_the_context_acts_as_the_actor_named(tmp_path):
    opened = open_database(tmp_path / "ops.db", actor=SYSTEM_ACTOR)
    try:
        assert opened.context.actor is SYSTEM_ACTOR
    finally:
        opened.engine.dispose()

"""ui/words/conflicts.py: every kind of record the inbox may hold has a name for people."""

from __future__ import annotations

from app.kinds import Kind
from ui.words.conflicts import kind_label


def test_every_synced_kind_has_a_label_not_its_protocol_string() -> None:
    for kind in Kind:
        assert kind_label(kind) != str(kind), kind

"""The square's directory as this PC last fetched it, and the square's key it pinned.

The directory (members' cards: name, role, affiliation, fields, published signing keys) is
fetched whole on every sync (sync.engine) and kept here, so "Request review…" and "Share
job…" pick people from it offline. The square's public key is pinned at the first sync: a
square that later answers with another key is not the square this workspace knew
(SquareKeyChangedError), and the receipts of verdicts are checked against the pinned one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from app.changes import Changes, Result
from app.errors import MakerSquareError
from app.models import DirectoryMember, SyncState
from app.workspace import Workspace

SQUARE_KEY = "square_public_key"


class SquareKeyChangedError(MakerSquareError):
    """The square answered with another key than the one this workspace pinned."""

    code = "square_key_changed"


@dataclass(frozen=True)
class MemberCard:
    name: str
    role: str
    affiliation: str
    fields: tuple[str, ...]
    intro: str
    keys: tuple[str, ...]


def _strings(value: Any, limit: int = 50) -> list[str]:
    if not isinstance(value, list):
        return []
    return [str(v)[:200] for v in value if isinstance(v, str)][:limit]


def store_directory(ws: Workspace, members: Iterable[Mapping[str, Any]]) -> Result[int]:
    """Replace the cached directory with `members` (the square's answer; odd entries are
    skipped, never trusted blindly). Returns how many cards are kept."""
    cards: dict[str, DirectoryMember] = {}
    for m in members:
        name, role = m.get("name"), m.get("role")
        if not isinstance(name, str) or not name or len(name) > 100 or not isinstance(role, str):
            continue
        cards[name] = DirectoryMember(
            name=name,
            role=role[:20],
            affiliation=str(m.get("affiliation") or "")[:200],
            fields_json=json.dumps(_strings(m.get("fields")), ensure_ascii=False),
            intro=str(m.get("intro") or "")[:2000],
            keys_json=json.dumps(_strings(m.get("keys"), 20)),
        )
    with ws.session() as s:
        before = {
            (d.name, d.role, d.affiliation, d.fields_json, d.intro, d.keys_json)
            for d in s.scalars(select(DirectoryMember))
        }
        after = {
            (d.name, d.role, d.affiliation, d.fields_json, d.intro, d.keys_json)
            for d in cards.values()
        }
        if before == after:
            return Result(len(cards))
        s.execute(delete(DirectoryMember))
        s.add_all(cards.values())
    return Result(len(cards), Changes(directory=True))


def list_directory(ws: Workspace, *, role: str | None = None) -> list[MemberCard]:
    with ws.read_session() as s:
        query = select(DirectoryMember).order_by(DirectoryMember.name)
        if role is not None:
            query = query.where(DirectoryMember.role == role)
        return [
            MemberCard(
                d.name,
                d.role,
                d.affiliation,
                tuple(_strings(json.loads(d.fields_json))),
                d.intro,
                tuple(_strings(json.loads(d.keys_json))),
            )
            for d in s.scalars(query)
        ]


def square_key(ws: Workspace) -> str | None:
    with ws.read_session() as s:
        row = s.get(SyncState, SQUARE_KEY)
        value = json.loads(row.value_json) if row is not None else None
        return value if isinstance(value, str) else None


def pin_square_key(ws: Workspace, key_hex: str) -> None:
    """Keep the square's key at the first sync; raise SquareKeyChangedError when a later
    sync meets another."""
    with ws.session() as s:
        row = s.get(SyncState, SQUARE_KEY)
        if row is None:
            s.add(SyncState(key=SQUARE_KEY, value_json=json.dumps(key_hex)))
            return
        if json.loads(row.value_json) != key_hex:
            raise SquareKeyChangedError("the square's signing key changed", key=key_hex)

"""The square's directory: each enabled user's card and the signing keys they published.

A maker picks a reviewer from it ("Request review…", offline from the client's cache,
app.review.directory), and a verdict is accepted only when signed with a key its pusher
published here (sync.server.review_rules). A card is the user's name and role, and what
the administrator or the user wrote: affiliation, fields, a short introduction.

`tag` names the directory's content in a few characters. Every pull answer carries it, so
a client fetches the directory only when it changed: a sync with nothing to do stays one
round trip.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from sync.server.schema import profiles, user_keys, users, utcnow

MAX_KEYS = 20  # a user's published keys: one per PC they sign on
MAX_AFFILIATION = 200
MAX_FIELDS = 20
MAX_FIELD = 100
MAX_INTRO = 2000


class TooManyKeysError(Exception):
    pass


class BadProfileError(Exception):
    pass


@dataclass(frozen=True)
class Profile:
    affiliation: str = ""
    fields: tuple[str, ...] = ()
    intro: str = ""


def _clean(text: str, limit: int, what: str, *, lines: bool = False) -> str:
    text = text.strip()
    if len(text) > limit:
        raise BadProfileError(f"{what}: at most {limit} characters")
    allowed = "\n" if lines else ""
    if any((c < " " and c not in allowed) or c == "\x7f" for c in text):
        raise BadProfileError(f"{what}: no control characters")
    return text


def checked_profile(affiliation: str, fields: list[str], intro: str) -> Profile:
    """The card's words as the square keeps them; BadProfileError says what is wrong."""
    if len(fields) > MAX_FIELDS:
        raise BadProfileError(f"fields: at most {MAX_FIELDS}")
    kept = tuple(f for f in (_clean(f, MAX_FIELD, "fields") for f in fields) if f)
    return Profile(
        _clean(affiliation, MAX_AFFILIATION, "affiliation"),
        kept,
        _clean(intro, MAX_INTRO, "intro", lines=True),
    )


def set_profile(conn: Connection, user_id: str, profile: Profile) -> None:
    values = {
        "affiliation": profile.affiliation,
        "fields": list(profile.fields),
        "intro": profile.intro,
    }
    done = conn.execute(update(profiles).where(profiles.c.user_id == user_id).values(**values))
    if not done.rowcount:
        conn.execute(insert(profiles).values(user_id=user_id, **values))


def keys_of(conn: Connection, user_id: str) -> list[str]:
    rows = conn.execute(
        select(user_keys.c.public_key)
        .where(user_keys.c.user_id == user_id)
        .order_by(user_keys.c.created_at, user_keys.c.public_key)
    )
    return [r[0] for r in rows]


def publish_key(conn: Connection, user_id: str, public_key: str) -> list[str]:
    """Add `public_key` (64 lowercase hex digits, checked by the caller) to the user's keys;
    publishing one again changes nothing. Returns the user's keys."""
    have = keys_of(conn, user_id)
    if public_key in have:
        return have
    if len(have) >= MAX_KEYS:
        raise TooManyKeysError(f"at most {MAX_KEYS} signing keys per user")
    conn.execute(
        insert(user_keys).values(user_id=user_id, public_key=public_key, created_at=utcnow())
    )
    return [*have, public_key]


_CARD = (profiles.c.affiliation, profiles.c.fields, profiles.c.intro)


def members(conn: Connection) -> list[dict[str, Any]]:
    """Every enabled user's card, by name."""
    keys: dict[str, list[str]] = {}
    for user_id, key in conn.execute(
        select(user_keys.c.user_id, user_keys.c.public_key).order_by(
            user_keys.c.user_id, user_keys.c.created_at, user_keys.c.public_key
        )
    ):
        keys.setdefault(user_id, []).append(key)
    rows = conn.execute(
        select(users.c.id, users.c.name, users.c.role, *_CARD)
        .outerjoin(profiles, profiles.c.user_id == users.c.id)
        .where(users.c.disabled.is_(False))
        .order_by(users.c.name)
    )
    return [
        {
            "name": r.name,
            "role": r.role,
            "affiliation": r.affiliation or "",
            "fields": [str(f) for f in (r.fields or [])],
            "intro": r.intro or "",
            "keys": keys.get(r.id, []),
        }
        for r in rows
    ]


def tag_of(cards: list[dict[str, Any]]) -> str:
    """A short name of the directory's content: it changes whenever a card or key does."""
    text = json.dumps(cards, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def tag(conn: Connection) -> str:
    return tag_of(members(conn))

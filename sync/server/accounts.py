"""The administrator's work on users (`makersquare square user …`): disable and enable,
a new password, another role, revoked sign-ins, the list, a user's card in the directory.

Disabling a user, giving them a new password or revoking their tokens ends every sign-in
they have: their access and refresh tokens are revoked, so the next request needs a login.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from sync.protocol import ROLES
from sync.server import directory
from sync.server.auth import BadRoleError, hash_password
from sync.server.schema import profiles, tokens, users


class NoSuchUserError(Exception):
    pass


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    disabled: bool

    def as_json(self) -> dict[str, str | bool]:
        return {"name": self.name, "role": self.role, "enabled": not self.disabled}


def _user_id(conn: Connection, name: str) -> str:
    found = conn.execute(select(users.c.id).where(users.c.name == name)).scalar()
    if found is None:
        raise NoSuchUserError(f"no user {name!r}")
    return str(found)


def revoke_tokens(conn: Connection, name: str) -> int:
    """Revoke every token of the user; returns how many were still live."""
    user_id = _user_id(conn, name)
    done = conn.execute(
        update(tokens)
        .where(tokens.c.user_id == user_id, tokens.c.revoked.is_(False))
        .values(revoked=True)
    )
    return int(done.rowcount or 0)


def set_disabled(conn: Connection, name: str, disabled: bool) -> None:
    user_id = _user_id(conn, name)
    conn.execute(update(users).where(users.c.id == user_id).values(disabled=disabled))
    if disabled:
        revoke_tokens(conn, name)


def reset_password(conn: Connection, name: str, password: str) -> None:
    user_id = _user_id(conn, name)
    conn.execute(
        update(users).where(users.c.id == user_id).values(password_hash=hash_password(password))
    )
    revoke_tokens(conn, name)


def set_role(conn: Connection, name: str, role: str) -> None:
    if role not in ROLES:
        raise BadRoleError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    user_id = _user_id(conn, name)
    conn.execute(update(users).where(users.c.id == user_id).values(role=role))


def list_accounts(conn: Connection) -> list[Account]:
    rows = conn.execute(select(users.c.name, users.c.role, users.c.disabled).order_by(users.c.name))
    return [Account(r.name, r.role, bool(r.disabled)) for r in rows]


def set_profile(
    conn: Connection,
    name: str,
    *,
    affiliation: str | None = None,
    fields: list[str] | None = None,
    intro: str | None = None,
) -> directory.Profile:
    """Set the parts of a user's directory card that are given (None keeps a part as it is);
    raises directory.BadProfileError for words the card cannot hold. Returns the card."""
    user_id = _user_id(conn, name)
    row = conn.execute(select(profiles).where(profiles.c.user_id == user_id)).first()
    old = directory.Profile(row.affiliation, tuple(row.fields or ()), row.intro) if row else None
    old = old or directory.Profile()
    profile = directory.checked_profile(
        old.affiliation if affiliation is None else affiliation,
        list(old.fields) if fields is None else fields,
        old.intro if intro is None else intro,
    )
    directory.set_profile(conn, user_id, profile)
    return profile

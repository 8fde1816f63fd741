"""Users, passwords (argon2id) and tokens (stored as SHA-256 hashes).

A refresh hands out a new pair whose `parent_hash` names the refresh token it came from.
That old refresh token keeps working until either token of a new pair is first used; then
it is revoked. So a lost refresh response costs nothing.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, Header
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from sync.server.context import Context, get_context
from sync.server.errors import ApiError
from sync.server.schema import tokens, users

USER_ROLES = ("maker", "advisor", "trainer", "admin")
_hasher = PasswordHasher()  # argon2id with the library's (RFC 9106 low-memory) defaults


class UserExistsError(Exception):
    pass


class BadRoleError(Exception):
    pass


@dataclass(frozen=True)
class User:
    id: str
    name: str
    role: str

    def as_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "role": self.role}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_user(conn: Connection, name: str, role: str, password: str) -> User:
    if role not in USER_ROLES:
        raise BadRoleError(f"role must be one of {', '.join(USER_ROLES)}, not {role!r}")
    if not name.strip() or ":" in name:
        raise BadRoleError(f"bad user name {name!r}")
    if conn.execute(select(users.c.id).where(users.c.name == name)).first() is not None:
        raise UserExistsError(f"user {name!r} exists")
    user = User(str(uuid.uuid4()), name, role)
    conn.execute(
        insert(users).values(
            id=user.id,
            name=name,
            role=role,
            password_hash=_hasher.hash(password),
            created_at=utcnow(),
        )
    )
    return user


def find_user(conn: Connection, name: str) -> User | None:
    row = conn.execute(select(users.c.id, users.c.name, users.c.role).where(users.c.name == name))
    found = row.first()
    return User(*found) if found else None


def check_password(conn: Connection, name: str, password: str) -> User:
    row = conn.execute(select(users).where(users.c.name == name)).first()
    stored = row.password_hash if row else _hasher.hash("timing")  # same work either way
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        raise ApiError(401, "bad_credentials", "wrong user name or password") from None
    if row is None:
        raise ApiError(401, "bad_credentials", "wrong user name or password")
    return User(row.id, row.name, row.role)


def issue_pair(ctx: Context, conn: Connection, user: User, parent: str | None) -> dict[str, Any]:
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = utcnow()
    for token, kind, ttl in (
        (access, "access", ctx.config.access_ttl),
        (refresh, "refresh", ctx.config.refresh_ttl),
    ):
        conn.execute(
            insert(tokens).values(
                hash=_digest(token),
                user_id=user.id,
                kind=kind,
                expires_at=now + ttl,
                parent_hash=parent,
                revoked=False,
            )
        )
    return {
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": int(ctx.config.access_ttl.total_seconds()),
        "user": user.as_json(),
    }


def _first_use(conn: Connection, parent: str) -> None:
    """A token of a refreshed pair is used: the refresh token it came from is done."""
    conn.execute(update(tokens).where(tokens.c.hash == parent).values(revoked=True))
    conn.execute(update(tokens).where(tokens.c.parent_hash == parent).values(parent_hash=None))


def _valid_token(conn: Connection, token: str, kind: str) -> Any:
    return conn.execute(
        select(tokens, users.c.name, users.c.role)
        .join(users, users.c.id == tokens.c.user_id)
        .where(
            tokens.c.hash == _digest(token),
            tokens.c.kind == kind,
            tokens.c.revoked.is_(False),
            tokens.c.expires_at > utcnow(),
        )
    ).first()


def refresh(ctx: Context, refresh_token: str) -> dict[str, Any]:
    with ctx.engine.begin() as conn:
        row = _valid_token(conn, refresh_token, "refresh")
        if row is None:
            raise ApiError(401, "bad_credentials", "the refresh token is not valid; log in")
        if row.parent_hash is not None:
            _first_use(conn, row.parent_hash)
        user = User(row.user_id, row.name, row.role)
        return issue_pair(ctx, conn, user, parent=row.hash)


def login(ctx: Context, name: str, password: str) -> dict[str, Any]:
    with ctx.engine.begin() as conn:
        user = check_password(conn, name, password)
        return issue_pair(ctx, conn, user, parent=None)


def current_user(
    ctx: Annotated[Context, Depends(get_context)],
    authorization: Annotated[str | None, Header()] = None,
) -> User:
    """The user of a request's bearer access token (401 `token_expired` otherwise)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, "token_expired", "log in first")
    with ctx.engine.connect() as conn:
        row = _valid_token(conn, token.strip(), "access")
    if row is None:
        raise ApiError(401, "token_expired", "the access token expired; refresh it")
    if row.parent_hash is not None:
        with ctx.engine.begin() as write:
            _first_use(write, row.parent_hash)
    return User(row.user_id, row.name, row.role)


CurrentUser = Annotated[User, Depends(current_user)]

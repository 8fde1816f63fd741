"""Users, passwords (argon2id) and tokens (stored as SHA-256 hashes).

A refresh hands out a new pair whose `parent_hash` names the refresh token it came from.
That old refresh token keeps working until either token of a new pair is first used; then
it is revoked. So a lost refresh response costs nothing. Every token descended from one
login shares its `family`: a refresh token presented again after it was revoked means two
parties hold it (one stole it), so the whole family is revoked and both must log in again.

A user name the square does not know is checked against a dummy argon2 hash, so a wrong
name takes as long as a wrong password; failed logins are throttled per user name and per
client address (sync.server.throttle). A disabled user cannot log in or refresh, and their
access tokens stop working (403 `disabled`).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import uuid
from dataclasses import dataclass
from typing import Annotated, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, Header
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from sync.protocol import ROLES
from sync.server import throttle
from sync.server.context import Context, get_context
from sync.server.errors import ApiError
from sync.server.schema import tokens, users, utcnow

log = logging.getLogger(__name__)
_hasher = PasswordHasher()  # argon2id with the library's (RFC 9106 low-memory) defaults
_dummy: list[str] = []  # the hash an unknown user name is checked against, made once


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


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_user(conn: Connection, name: str, role: str, password: str) -> User:
    if role not in ROLES:
        raise BadRoleError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
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
            password_hash=hash_password(password),
            created_at=utcnow(),
        )
    )
    return user


def find_user(conn: Connection, name: str) -> User | None:
    row = conn.execute(select(users.c.id, users.c.name, users.c.role).where(users.c.name == name))
    found = row.first()
    return User(*found) if found else None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _dummy_hash() -> str:
    if not _dummy:
        _dummy.append(_hasher.hash(secrets.token_urlsafe(16)))
    return _dummy[0]


def password_matches(stored: str | None, password: str) -> bool:
    """Whether `password` is the one `stored` was made from; the same argon2 work is done
    when there is no stored hash (an unknown user name), so timing tells nothing."""
    try:
        _hasher.verify(stored or _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return False
    return stored is not None


def disabled_error() -> ApiError:
    return ApiError(403, "disabled", "this account is disabled; ask the square's administrator")


def issue_pair(
    ctx: Context, conn: Connection, user: User, parent: str | None, family: str | None = None
) -> dict[str, Any]:
    """A new access and refresh token; `family` is the login they descend from."""
    family = family or str(uuid.uuid4())
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
                family=family,
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


def _token_row(conn: Connection, token: str, kind: str) -> Any:
    """The token's row with its user's name, role and state (revoked or expired too)."""
    return conn.execute(
        select(tokens, users.c.name, users.c.role, users.c.disabled)
        .join(users, users.c.id == tokens.c.user_id)
        .where(tokens.c.hash == _digest(token), tokens.c.kind == kind)
    ).first()


def revoke_family(conn: Connection, row: Any) -> None:
    """Revoke every token of the login `row` descends from (all of the user's tokens for a
    token made before families were kept)."""
    mine = tokens.c.family == row.family if row.family else tokens.c.user_id == row.user_id
    conn.execute(update(tokens).where(mine).values(revoked=True))


def refresh(ctx: Context, refresh_token: str) -> dict[str, Any]:
    with ctx.engine.begin() as conn:
        row = _token_row(conn, refresh_token, "refresh")
        if row is None or row.expires_at <= utcnow():
            raise ApiError(401, "bad_credentials", "the refresh token is not valid; log in")
        if row.disabled:
            raise disabled_error()
        if row.revoked:  # rotated and used already: someone else holds it too
            revoke_family(conn, row)
        else:
            if row.parent_hash is not None:
                _first_use(conn, row.parent_hash)
            user = User(row.user_id, row.name, row.role)
            return issue_pair(ctx, conn, user, parent=row.hash, family=row.family)
    log.warning("a used refresh token of %s came back: its sign-ins are revoked", row.name)
    raise ApiError(401, "bad_credentials", "this sign-in was used elsewhere; log in again")


def login(ctx: Context, name: str, password: str, address: str) -> dict[str, Any]:
    """A new token pair for a user name and password, unless its failures are throttled."""
    keys = throttle.login_keys(ctx.config, name, address)
    with ctx.engine.connect() as conn:
        throttle.check(conn, keys, ctx.config.login_window)
        row = conn.execute(select(users).where(users.c.name == name)).first()
    good = password_matches(row.password_hash if row else None, password)
    with ctx.engine.begin() as conn:
        if good and row is not None:
            if row.disabled:
                raise disabled_error()
            throttle.forget(conn, keys[0])
            return issue_pair(ctx, conn, User(row.id, row.name, row.role), parent=None)
        throttle.failed(conn, keys, ctx.config.login_window)
    raise ApiError(401, "bad_credentials", "wrong user name or password")


def current_user(
    ctx: Annotated[Context, Depends(get_context)],
    authorization: Annotated[str | None, Header()] = None,
) -> User:
    """The user of a request's bearer access token (401 `token_expired` otherwise)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, "token_expired", "log in first")
    with ctx.engine.connect() as conn:
        row = _token_row(conn, token.strip(), "access")
    if row is None or row.expires_at <= utcnow():
        raise ApiError(401, "token_expired", "the access token expired; refresh it")
    if row.disabled:  # before `revoked`: disabling revokes, and the user should know why
        raise disabled_error()
    if row.revoked:
        raise ApiError(401, "token_expired", "the access token was revoked; log in again")
    if row.parent_hash is not None:
        with ctx.engine.begin() as write:
            _first_use(write, row.parent_hash)
    return User(row.user_id, row.name, row.role)


CurrentUser = Annotated[User, Depends(current_user)]

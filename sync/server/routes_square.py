"""The square's key, the directory, and what a user publishes about themselves.

`GET /v1/square` needs no sign-in: a public key is public, and a client may check it before
it sends anything. The directory is for signed-in users only.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from app.review import canonical
from sync.server import directory
from sync.server.api import (
    ERROR_RESPONSES,
    DirectoryOut,
    KeyIn,
    KeysOut,
    MemberOut,
    ProfileIn,
    SquareOut,
)
from sync.server.auth import CurrentUser
from sync.server.context import Context, get_context
from sync.server.errors import ApiError
from sync.server.schema import lock_writes
from sync.server.square_key import public_hex

Ctx = Annotated[Context, Depends(get_context)]
router = APIRouter(prefix="/v1", responses=ERROR_RESPONSES)


@router.get("/square", response_model=SquareOut)
def square(ctx: Ctx) -> SquareOut:
    key = public_hex(ctx.key)
    return SquareOut(public_key=key, fingerprint=canonical.fingerprint(key))


@router.get("/directory", response_model=DirectoryOut)
def listing(ctx: Ctx, user: CurrentUser) -> DirectoryOut:
    with ctx.engine.connect() as conn:
        members = directory.members(conn)
    return DirectoryOut(members=[MemberOut(**m) for m in members], tag=directory.tag_of(members))


@router.put("/me/keys", response_model=KeysOut)
def publish_key(ctx: Ctx, user: CurrentUser, body: KeyIn) -> KeysOut:
    """Publish the caller's signing key (one per PC); publishing it again changes nothing."""
    with ctx.engine.begin() as conn:
        lock_writes(conn)  # one at a time: the cap on keys holds under concurrent calls
        try:
            keys = directory.publish_key(conn, user.id, body.public_key)
        except directory.TooManyKeysError as e:
            raise ApiError(409, "invalid", str(e)) from None
    return KeysOut(keys=keys)


@router.put("/me/profile", response_model=MemberOut)
def set_profile(ctx: Ctx, user: CurrentUser, body: ProfileIn) -> MemberOut:
    """The caller's own card (an administrator may set anyone's from the command line)."""
    try:
        profile = directory.checked_profile(body.affiliation, body.fields, body.intro)
    except directory.BadProfileError as e:
        raise ApiError(422, "invalid", str(e)) from None
    with ctx.engine.begin() as conn:
        lock_writes(conn)  # one at a time: a first card is inserted once
        directory.set_profile(conn, user.id, profile)
        card = next(m for m in directory.members(conn) if m["name"] == user.name)
    return MemberOut(**card)

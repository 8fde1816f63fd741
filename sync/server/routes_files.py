"""Files: which hashes are missing, resumable chunked upload, checked completion, ranges.

Each user uploads into their own partial and proves they hold a file by sending all of it;
`missing` and the upload status answer only about files the caller may know about
(sync.server.uploads), as if the square lacked any other.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from sync.server import uploads
from sync.server.api import ERROR_RESPONSES, CompleteIn, HashesIn, MissingOut, ReceivedOut
from sync.server.auth import CurrentUser, User
from sync.server.context import Context, get_context
from sync.server.errors import ApiError
from sync.server.filestore import HASH_PATTERN, HashMismatchError, OffsetMismatchError
from sync.server.records import can_read_file

Ctx = Annotated[Context, Depends(get_context)]
Digest = Annotated[str, Path(pattern=HASH_PATTERN, description="SHA-256, lowercase hex")]
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_FILE_BODY = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
_CHUNK_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": _FILE_BODY}}

router = APIRouter(prefix="/v1/files", responses=ERROR_RESPONSES)


@router.post("/missing", response_model=MissingOut)
def missing(ctx: Ctx, user: CurrentUser, body: HashesIn) -> MissingOut:
    hashes = list(dict.fromkeys(body.hashes))
    with ctx.engine.connect() as conn:
        known = uploads.known_hashes(conn, hashes, user.id)
    return MissingOut(missing=[h for h in hashes if h not in known or not ctx.files.has(h)])


@router.get("/{digest}/upload", response_model=ReceivedOut)
def received(ctx: Ctx, user: CurrentUser, digest: Digest) -> ReceivedOut:
    """Where the caller's upload resumes: the whole size of a finished file they may know."""
    if ctx.files.has(digest) and _may_know(ctx, digest, user):
        return ReceivedOut(received=ctx.files.size(digest))
    return ReceivedOut(received=ctx.files.received(digest, user.id))


@router.put("/{digest}/upload", response_model=ReceivedOut, openapi_extra=_CHUNK_BODY)
async def upload(
    request: Request,
    user: CurrentUser,
    digest: Digest,
    offset: Annotated[int, Query(ge=0)],
) -> ReceivedOut:
    ctx = get_context(request)
    chunk = await request.body()  # at most max_chunk bytes (sync.server.limits)
    if offset + len(chunk) > ctx.config.max_file:
        raise ApiError(413, "too_large", f"a file is at most {ctx.config.max_file} bytes")
    return await run_in_threadpool(_append, ctx, user, digest, offset, chunk)


def _append(ctx: Context, user: User, digest: str, offset: int, chunk: bytes) -> ReceivedOut:
    if ctx.files.has(digest) and _may_know(ctx, digest, user):
        size = ctx.files.size(digest)  # nothing left to send
        raise ApiError(409, "invalid", f"the file is complete at {size}", received=size)
    if ctx.files.received(digest, user.id) == 0:  # a new upload: within the user's cap?
        with ctx.engine.connect() as conn:
            busy = uploads.unfinished(conn, user.id, other_than=digest)
        if busy >= ctx.config.max_partials:
            raise ApiError(
                429,
                "too_many_uploads",
                f"{busy} unfinished uploads; finish one or wait until they expire",
            )
    uploads.started(ctx.engine, digest, user.id)
    try:
        position = ctx.files.append(
            digest, user.id, offset, chunk, known=lambda: _may_know(ctx, digest, user)
        )
    except OffsetMismatchError as e:
        raise ApiError(409, "invalid", f"resume at {e.received}", received=e.received) from None
    return ReceivedOut(received=position)


@router.post("/{digest}/complete", response_model=ReceivedOut)
def complete(ctx: Ctx, user: CurrentUser, digest: Digest, body: CompleteIn) -> ReceivedOut:
    def done() -> None:
        with ctx.engine.begin() as conn:
            uploads.completed(conn, digest, user.id)

    try:
        ctx.files.complete(digest, user.id, body.size, done)
    except FileNotFoundError:
        if ctx.files.has(digest) and _may_know(ctx, digest, user):  # completed before
            return ReceivedOut(received=ctx.files.size(digest))
        raise ApiError(404, "not_found", "nothing was uploaded for this hash") from None
    except HashMismatchError as e:
        with ctx.engine.begin() as conn:
            uploads.dropped(conn, digest, user.id)
        raise ApiError(422, "hash_mismatch", str(e)) from None
    return ReceivedOut(received=body.size)


@router.get(
    "/{digest}",
    response_class=StreamingResponse,
    responses={200: {"content": _FILE_BODY}, 206: {"content": _FILE_BODY}},
)
def download(ctx: Ctx, user: CurrentUser, digest: Digest, request: Request) -> StreamingResponse:
    with ctx.engine.connect() as conn:
        allowed = can_read_file(conn, digest, user.id)
    if not allowed:
        raise ApiError(403, "forbidden", "no record you can read names this file")
    try:
        size = ctx.files.size(digest)
    except FileNotFoundError:
        raise ApiError(404, "not_found", "the square does not have this file yet") from None
    start, end = _range(request.headers.get("range"), size)
    headers = {"Accept-Ranges": "bytes", "Content-Length": str(end - start + 1)}
    status = 200
    if request.headers.get("range"):
        status = 206
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    body = ctx.files.read(digest, start, end) if size else iter(())
    if not size:
        headers["Content-Length"] = "0"
    return StreamingResponse(
        body, status_code=status, headers=headers, media_type="application/octet-stream"
    )


def _may_know(ctx: Context, digest: str, user: User) -> bool:
    with ctx.engine.connect() as conn:
        return uploads.may_know(conn, digest, user.id)


def _range(header: str | None, size: int) -> tuple[int, int]:
    """(first, last) byte of `Range: bytes=N-[M]` (the whole file without one)."""
    if not header:
        return 0, size - 1
    m = _RANGE.match(header.strip())
    if m is None or not m.group(1) or int(m.group(1)) >= max(size, 1):
        raise ApiError(416, "invalid", f"range {header!r} is not in 0-{size - 1}")
    start = int(m.group(1))
    end = min(int(m.group(2)), size - 1) if m.group(2) else size - 1
    if end < start:
        raise ApiError(416, "invalid", f"range {header!r} is empty")
    return start, end

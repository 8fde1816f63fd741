"""Files: which hashes are missing, resumable chunked upload, checked completion, ranges."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from sync.server.api import CompleteIn, HashesIn, MissingOut, ReceivedOut
from sync.server.auth import CurrentUser
from sync.server.context import Context, get_context
from sync.server.errors import ApiError
from sync.server.filestore import HashMismatchError, OffsetMismatchError, is_hash
from sync.server.records import can_read_file

router = APIRouter(prefix="/v1/files")
Ctx = Annotated[Context, Depends(get_context)]
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _checked(digest: str) -> str:
    if not is_hash(digest):
        raise ApiError(422, "invalid", "a file is named by its SHA-256 in lowercase hex")
    return digest


@router.post("/missing", response_model=MissingOut)
def missing(ctx: Ctx, _user: CurrentUser, body: HashesIn) -> MissingOut:
    hashes = [_checked(h) for h in body.hashes]
    return MissingOut(missing=[h for h in dict.fromkeys(hashes) if not ctx.files.has(h)])


@router.get("/{digest}/upload", response_model=ReceivedOut)
def received(ctx: Ctx, _user: CurrentUser, digest: str) -> ReceivedOut:
    return ReceivedOut(received=ctx.files.received(_checked(digest)))


@router.put("/{digest}/upload", response_model=ReceivedOut)
async def upload(
    request: Request,
    _user: CurrentUser,
    digest: str,
    offset: Annotated[int, Query(ge=0)],
) -> ReceivedOut:
    ctx = get_context(request)
    _checked(digest)
    declared = int(request.headers.get("content-length") or 0)
    if declared > ctx.config.max_chunk:
        raise ApiError(413, "too_large", f"a chunk is at most {ctx.config.max_chunk} bytes")
    chunk = await request.body()
    if len(chunk) > ctx.config.max_chunk or offset + len(chunk) > ctx.config.max_file:
        raise ApiError(413, "too_large", "chunk or file too large")
    try:
        position = await run_in_threadpool(ctx.files.append, digest, offset, chunk)
    except OffsetMismatchError as e:
        raise ApiError(409, "invalid", f"resume at {e.received}", received=e.received) from None
    return ReceivedOut(received=position)


@router.post("/{digest}/complete", response_model=ReceivedOut)
def complete(ctx: Ctx, _user: CurrentUser, digest: str, body: CompleteIn) -> ReceivedOut:
    try:
        ctx.files.complete(_checked(digest), body.size)
    except FileNotFoundError:
        raise ApiError(404, "not_found", "nothing was uploaded for this hash") from None
    except HashMismatchError as e:
        raise ApiError(422, "hash_mismatch", str(e)) from None
    return ReceivedOut(received=body.size)


@router.get("/{digest}")
def download(ctx: Ctx, user: CurrentUser, digest: str, request: Request) -> StreamingResponse:
    _checked(digest)
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

"""The ASGI app: protocol header check, auth, push, pull, snapshots, health, test hooks;
files (sync.server.routes_files); the square's key and the directory (routes_square).

Request bodies are bounded as they stream (sync.server.limits). Unfinished uploads past
their time are swept on start and every `sweep_every`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated

from fastapi import Depends, FastAPI, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from sync.protocol import PROTOCOL, PROTOCOL_HEADER
from sync.server import auth, feed, square_key, uploads
from sync.server.api import (
    ERROR_RESPONSES,
    PRINTABLE,
    HealthOut,
    HooksIn,
    LoginIn,
    PullOut,
    PushIn,
    PushOut,
    RefreshIn,
    SnapshotOut,
    TokensOut,
)
from sync.server.auth import CurrentUser
from sync.server.changes import Change
from sync.server.config import ServerConfig
from sync.server.context import Context, get_context
from sync.server.errors import ApiError, install_handlers
from sync.server.filestore import DiskFileStore
from sync.server.limits import BodyLimitMiddleware
from sync.server.push import push
from sync.server.responses import RecordsResponse
from sync.server.routes_files import router as files_router
from sync.server.routes_square import router as square_router
from sync.server.schema import create_schema, make_engine

log = logging.getLogger(__name__)

# Reachable without the protocol header: the health probe and the API's own documents.
_UNVERSIONED = frozenset({"/v1/health", "/openapi.json", "/docs", "/redoc"})
Ctx = Annotated[Context, Depends(get_context)]
JobId = Annotated[str, Path(min_length=1, max_length=36, pattern=PRINTABLE)]


def create_app(config: ServerConfig) -> FastAPI:
    """The app for `config`; creates the schema (Alembic for the server is future work) and,
    on the first start, the square's signing key (sync.server.square_key)."""
    engine = make_engine(config.db_url)
    create_schema(engine)
    app = FastAPI(
        title="Maker Square — the square",
        version=str(PROTOCOL),
        responses=ERROR_RESPONSES,
        lifespan=_sweeping,
    )
    key = square_key.load_or_make(config.data_dir)
    app.state.ctx = Context(config, engine, DiskFileStore(config.data_dir), key)
    install_handlers(app)
    # Inside the protocol check: its 413 reaches the route's error handler unwrapped.
    app.add_middleware(BodyLimitMiddleware, config=config)
    app.middleware("http")(_check_protocol)
    _add_routes(app, config)
    app.include_router(files_router)
    app.include_router(square_router)
    if config.test_hooks:
        _add_test_hooks(app)
    return app


@contextlib.asynccontextmanager
async def _sweeping(app: FastAPI) -> AsyncIterator[None]:
    """Sweep expired uploads now and then every `sweep_every` while the app runs."""
    ctx = app.state.ctx
    assert isinstance(ctx, Context)

    async def sweep_now_and_then() -> None:
        while True:
            try:
                await run_in_threadpool(uploads.sweep, ctx)
            except Exception:  # a full disk or a lost database must not end the sweeping
                log.exception("sweeping unfinished uploads failed")
            await asyncio.sleep(ctx.config.sweep_every.total_seconds())

    task = asyncio.create_task(sweep_now_and_then())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _check_protocol(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    if request.url.path not in _UNVERSIONED:
        value = request.headers.get(PROTOCOL_HEADER, "")
        if not value.isdigit() or int(value) < PROTOCOL:
            return ApiError(
                426, "client_too_old", "please update Maker Square", minimum=PROTOCOL
            ).response()
    return await call_next(request)


def _add_routes(app: FastAPI, config: ServerConfig) -> None:
    @app.get("/v1/health", response_model=HealthOut)
    def health() -> HealthOut:
        return HealthOut(ok=True, protocol=PROTOCOL)

    @app.post("/v1/auth/login", response_model=TokensOut)
    def login(ctx: Ctx, body: LoginIn, request: Request) -> JSONResponse:
        address = request.client.host if request.client else "unknown"
        return JSONResponse(auth.login(ctx, body.user, body.password, address))

    @app.post("/v1/auth/refresh", response_model=TokensOut)
    def refresh(ctx: Ctx, body: RefreshIn) -> JSONResponse:
        return JSONResponse(auth.refresh(ctx, body.refresh_token))

    @app.post("/v1/push", response_model=PushOut)
    def push_changes(ctx: Ctx, user: CurrentUser, body: PushIn) -> JSONResponse:
        if len(body.changes) > ctx.config.max_batch:
            raise ApiError(413, "too_large", f"at most {ctx.config.max_batch} changes a push")
        changes = [Change(**c.model_dump()) for c in body.changes]
        return RecordsResponse({"results": push(ctx, user, changes)})

    @app.get("/v1/pull", response_model=PullOut)
    def pull(
        ctx: Ctx,
        user: CurrentUser,
        cursor: Annotated[int, Query(ge=0, lt=2**63)] = 0,
        limit: Annotated[int, Query(ge=1, lt=2**63)] = 1000,
    ) -> JSONResponse:
        return RecordsResponse(feed.pull(ctx, user, cursor, limit))

    @app.get("/v1/jobs/{job_id}/snapshot", response_model=SnapshotOut)
    def snapshot(ctx: Ctx, user: CurrentUser, job_id: JobId) -> JSONResponse:
        return RecordsResponse(feed.snapshot(ctx, user, job_id))


def _add_test_hooks(app: FastAPI) -> None:
    @app.post("/v1/test/hooks")
    def hooks(ctx: Ctx, body: HooksIn) -> dict[str, bool]:
        ctx.hooks.arm(after=body.crash_after_commit, before=body.crash_before_commit)
        return {"ok": True}

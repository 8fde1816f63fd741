"""The ASGI app: protocol header check, auth, push, pull, snapshots, health, test hooks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi.responses import JSONResponse

from sync.server import auth, feed
from sync.server.api import (
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
from sync.server.config import PROTOCOL, ServerConfig
from sync.server.context import Context, get_context
from sync.server.errors import ApiError, install_handlers
from sync.server.filestore import DiskFileStore
from sync.server.push import push
from sync.server.routes_files import router as files_router
from sync.server.rules import Change
from sync.server.schema import create_schema, make_engine

PROTOCOL_HEADER = "x-makersquare-protocol"
# Reachable without the protocol header: the health probe and the API's own documents.
_UNVERSIONED = frozenset({"/v1/health", "/openapi.json", "/docs", "/redoc"})
Ctx = Annotated[Context, Depends(get_context)]


def create_app(config: ServerConfig) -> FastAPI:
    """The app for `config`; creates the schema (Alembic for the server is future work)."""
    engine = make_engine(config.db_url)
    create_schema(engine)
    app = FastAPI(title="Maker Square — the square", version=str(PROTOCOL))
    app.state.ctx = Context(config, engine, DiskFileStore(config.data_dir))
    install_handlers(app)
    app.middleware("http")(_check_protocol)
    _add_routes(app)
    app.include_router(files_router)
    if config.test_hooks:
        _add_test_hooks(app)
    return app


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


def _add_routes(app: FastAPI) -> None:
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
        return JSONResponse({"results": push(ctx, user, changes)})

    @app.get("/v1/pull", response_model=PullOut)
    def pull(
        ctx: Ctx,
        user: CurrentUser,
        cursor: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1)] = 1000,
    ) -> JSONResponse:
        return JSONResponse(feed.pull(ctx, user, cursor, limit))

    @app.get("/v1/jobs/{job_id}/snapshot", response_model=SnapshotOut)
    def snapshot(ctx: Ctx, user: CurrentUser, job_id: str) -> JSONResponse:
        return JSONResponse(feed.snapshot(ctx, user, job_id))


def _add_test_hooks(app: FastAPI) -> None:
    @app.post("/v1/test/hooks")
    def hooks(ctx: Ctx, body: HooksIn) -> dict[str, bool]:
        ctx.hooks.arm(after=body.crash_after_commit, before=body.crash_before_commit)
        return {"ok": True}

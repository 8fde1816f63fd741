"""Errors as the protocol spells them: `{"code": ..., "message": ...}` with a stable code
(one of sync.protocol `ErrorCode`: mypy checks each one the square answers)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import ErrorCode

_STATUS_CODES: dict[int, ErrorCode] = {
    400: "invalid",
    401: "bad_credentials",
    403: "forbidden",
    404: "not_found",
    405: "invalid",
    409: "invalid",
    410: "resync_required",
    413: "too_large",
    422: "invalid",
    426: "client_too_old",
    429: "too_many_attempts",
}


class ApiError(Exception):
    """An answer other than 2xx; `extra` fields join code and message in the body."""

    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
        self.extra = extra

    def response(self) -> JSONResponse:
        body = {"code": self.code, "message": self.message, **self.extra}
        return JSONResponse(body, status_code=self.status, headers=self.headers)


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in exc.errors()
        )
        return ApiError(422, "invalid", message or "invalid request").response()

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "invalid")
        return ApiError(exc.status_code, code, str(exc.detail)).response()

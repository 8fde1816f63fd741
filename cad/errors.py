"""Typed errors raised by the CAD layer.

A `CadError` is the file's (or the user's) fault, never a bug: the UI turns its `code`
into a translated message with a way forward. `detail` is short English for the log; it
is never parsed and never shown as the message.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

#: Every code a `CadError` may carry. The UI keeps one translated message per code.
CAD_ERROR_CODES: Final = frozenset(
    {
        "empty",  # missing or zero-byte file
        "unreadable",  # not a valid file of its format (garbage, truncated, lying header)
        "unsupported_format",  # a suffix we do not read
        "too_large",  # bigger than the allowed size, or ran out of memory reading it
        "non_finite",  # NaN or infinite coordinates
        "no_geometry",  # parses, but holds no triangles
        "invalid_parameter",  # a parametric part's parameter is missing or out of its range
        "geometry_failed",  # the CAD kernel could not build the shape (a fillet too big, ...)
        "cad_kernel_unavailable",  # STEP/IGES/BREP need OpenCASCADE (OCP), which is missing
        "timeout",  # the file took longer than its time budget to read
    }
)


class CadError(Exception):
    """A mesh file could not be used; `code` says why (one of `CAD_ERROR_CODES`)."""

    code: str
    detail: str
    params: dict[str, Any]  # structured facts for the UI, e.g. {"parameter": "wall", ...}

    def __init__(
        self, code: str, detail: str = "", *, params: Mapping[str, Any] | None = None
    ) -> None:
        if code not in CAD_ERROR_CODES:
            raise ValueError(f"unknown CadError code {code!r}")
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.params = dict(params or {})

    def __reduce__(
        self,
    ) -> tuple[Callable[..., CadError], tuple[type[CadError], str, str, dict[str, Any]]]:
        # Keep the error intact across process pools (the default would pass the message
        # back in as `code`, and lose `params`).
        return (_rebuild, (type(self), self.code, self.detail, self.params))


def _rebuild(cls: type[CadError], code: str, detail: str, params: dict[str, Any]) -> CadError:
    return cls(code, detail, params=params)

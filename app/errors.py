"""Typed errors of the workspace layer.

Every error a user can cause or meet carries a stable `code` and plain parameters; `ui`
turns the code into words in the user's language. Nothing matches on message strings.
"""

from __future__ import annotations

from collections.abc import Mapping


class MakerSquareError(Exception):
    """Base of the errors that are the user's or the environment's, not a bug."""

    code: str = "error"

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params: Mapping[str, object] = params


class WorkspaceError(MakerSquareError):
    code = "workspace_error"


class WorkspaceNotFoundError(WorkspaceError):
    code = "workspace_not_found"


class NotAWorkspaceError(WorkspaceError):
    """The file is not a SQLite database, or not one of ours."""

    code = "not_a_workspace"


class SchemaTooNewError(WorkspaceError):
    """The workspace was written by a newer Maker Square; it is left untouched."""

    code = "schema_too_new"


class WorkspaceLockedError(WorkspaceError):
    code = "workspace_locked"


class DiskFullError(WorkspaceError):
    code = "disk_full"


class NotFoundError(MakerSquareError):
    code = "not_found"


class InvalidTransitionError(MakerSquareError):
    """A job cannot move from its status to the one asked for."""

    code = "invalid_transition"

    def __init__(self, current: str, requested: str, allowed: tuple[str, ...]) -> None:
        super().__init__(
            f"cannot move from {current} to {requested}; allowed: {', '.join(allowed) or 'none'}",
            current=current,
            requested=requested,
            allowed=allowed,
        )
        self.current = current
        self.requested = requested
        self.allowed = allowed


class QuoteFrozenError(MakerSquareError):
    """A sent quote revision cannot change; make a new revision instead."""

    code = "quote_frozen"


class InvalidValueError(MakerSquareError):
    """A value a user typed is out of range or malformed (`field` names it)."""

    code = "invalid_value"


class DesignImportError(MakerSquareError):
    """The design file could not be imported; `cad_code` says why (see cad.errors)."""

    code = "design_import_failed"


class PartBuildError(MakerSquareError):
    """A part could not be made from its template.

    `cad_code` is "invalid_parameter" or "geometry_failed" (see cad.errors); `template`
    names the template and, where one is to blame, `parameter` the parameter to change.
    """

    code = "part_build_failed"

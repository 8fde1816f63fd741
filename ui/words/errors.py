"""Errors in words: the one place an error (a code, an exception) becomes a translated sentence.

`app`, `cad` and `sync` raise typed errors with stable codes; this module says them in the
user's language, with the way forward where there is one. `error_text` answers only for an
error that is the user's or the environment's (a MakerSquareError, which includes the square's
SyncError; a CadError; an OSError; a Refusal); for anything else it answers None: that is a
bug, and ui.errors.present gives it the crash dialog and the log instead of words. Nothing
here matches on message strings.

The translation contexts stay those the sentences were first written under ("Labels", "cli",
"WorkspaceSwitch", "Undo", "JobsBoard"), so resources/translations/makersquare_ko.ts keeps
matching them.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import overload

from PySide6.QtCore import QCoreApplication

from app.errors import (
    BackupDamagedError,
    DesignImportError,
    DiskFullError,
    InvalidTransitionError,
    InvalidValueError,
    MakerSquareError,
    NotAWorkspaceError,
    NotFoundError,
    PartBuildError,
    QuoteFrozenError,
    SchemaTooNewError,
    StorageError,
    WorkspaceDamagedError,
    WorkspaceEmptyError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceNotFoundError,
    WorkspaceReadOnlyError,
)
from app.review.directory import SquareKeyChangedError
from cad.errors import CadError
from sync.errors import SyncError
from ui.style.formats import format_datetime
from ui.words.labels import status_label
from ui.words.templates import parameter_label, template_label, unit_suffix

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Refusal(Exception):
    """An action the UI itself turns down because the work changed meanwhile (an undo that
    would not be right any more: ui.operations.undo.UndoRefused). The user's situation, not
    a bug; `code` says why (`refusal_text`)."""

    code: str


KnownError = MakerSquareError | CadError | Refusal | OSError


@overload
def error_text(exc: KnownError) -> str: ...
@overload
def error_text(exc: BaseException) -> str | None: ...
def error_text(exc: BaseException) -> str | None:
    """One clear sentence in the user's language, with the way forward where there is one,
    for an error that is the user's or the environment's; None for anything else (a bug)."""
    if isinstance(exc, SyncError):
        return sync_error_text(exc.code, str(exc.body.get("user") or ""))
    if isinstance(exc, MakerSquareError | OSError):
        return _workspace_side_text(exc)
    if isinstance(exc, CadError):
        return cad_error_text(exc.code)
    if isinstance(exc, Refusal):
        return refusal_text(exc)
    return None


def _workspace_side_text(exc: MakerSquareError | OSError) -> str:
    """The words for an error of the workspace layer, or of the disk under it."""
    p = exc.params if isinstance(exc, MakerSquareError) else {}
    if isinstance(exc, InvalidTransitionError):
        allowed = ", ".join(status_label(s) for s in exc.allowed) or translate("Labels", "none")
        return (
            translate("Labels", "A job that is '%1' cannot become '%2'. Possible next steps: %3.")
            .replace("%1", status_label(exc.current))
            .replace("%2", status_label(exc.requested))
            .replace("%3", allowed)
        )
    if isinstance(exc, SchemaTooNewError):
        return translate(
            "Labels",
            "This workspace was saved by a newer version of Maker Square. "
            "Update Maker Square to open it; the workspace was not changed.",
        )
    if isinstance(exc, NotAWorkspaceError):
        return translate("Labels", "This file is not a Maker Square workspace; it was not changed.")
    if isinstance(exc, WorkspaceNotFoundError):
        return translate(
            "Labels",
            "No workspace was found at %1. Check the folder's name, or make a new workspace "
            "there (in the window: File ▸ New workspace…).",
        ).replace("%1", str(p.get("path", "")))
    if isinstance(exc, WorkspaceLockedError):
        return translate(
            "Labels",
            "This workspace is open in another Maker Square window or command. Close that "
            "window, or let the command finish, then try again.",
        )
    if isinstance(exc, DiskFullError) or (
        isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", 0))
    ):
        return translate(
            "Labels", "The disk is full. Free some space and try again; nothing was lost."
        )
    if isinstance(exc, WorkspaceError) and not isinstance(exc, NotAWorkspaceError):
        text = workspace_error_text(exc)
        if text:
            return text
    if isinstance(exc, QuoteFrozenError):
        return translate(
            "Labels",
            "This quote revision was sent and cannot change. Make a new revision to edit it.",
        )
    if isinstance(exc, DesignImportError):
        return (
            translate("Labels", "Could not import %1: %2")
            .replace("%1", str(p.get("file", "")))
            .replace("%2", cad_error_text(str(p.get("cad_code", ""))))
        )
    if isinstance(exc, PartBuildError):
        return part_build_error_text(exc)
    if isinstance(exc, InvalidValueError):
        if p.get("reason") == "demo_exists":
            return translate("Labels", "This workspace already holds the demo.")
        if p.get("reason") == "not_empty":
            return translate(
                "Labels", "The demo goes into a new, empty workspace; this one already has work."
            )
        review = _review_refusal_text(str(p.get("reason", "")))
        if review:
            return review
        if p.get("reason") == "too_long":
            return too_long_text(str(p.get("field", "")), p.get("maximum"), p.get("length"))
        return field_error_text(str(p.get("field", "")))
    if isinstance(exc, NotFoundError):
        return translate("Labels", "It no longer exists; it may have been deleted.")
    if isinstance(exc, SquareKeyChangedError):
        return square_key_changed_text()
    if isinstance(exc, PermissionError):
        return translate("Labels", "Permission denied: %1").replace("%1", str(exc.filename or ""))
    if isinstance(exc, OSError):
        return translate("Labels", "The file system reported an error: %1").replace(
            "%1", exc.strerror or str(exc)
        )
    log.warning("no words for the error code %r (%r)", getattr(exc, "code", ""), exc)
    return translate("Labels", "Something went wrong.")


def _review_refusal_text(reason: str) -> str | None:
    return {
        "own_request": translate("Labels", "You cannot review your own request: pick an advisor."),
        "already_requested": translate(
            "Labels", "This revision is already under review by this advisor."
        ),
        "review_closed": translate(
            "Labels", "This review is closed (withdrawn or superseded by a newer revision)."
        ),
        "not_reviewer": translate(
            "Labels", "Only the advisor the review was requested from can give a verdict."
        ),
    }.get(reason)


def workspace_error_text(exc: WorkspaceError) -> str:
    """A workspace in a bad place: read-only, empty, damaged, a failing disk, a bad backup.
    An empty or damaged one names its newest backup and both ways to restore it."""
    p = exc.params
    where = str(p.get("path", ""))
    if isinstance(exc, WorkspaceReadOnlyError):
        return translate(
            "Labels",
            "Maker Square cannot write to the workspace in %1 (the disk is read-only, or you "
            "may not change that folder). Copy the folder to a place you can write to and open "
            "the copy, or ask for write access; nothing was changed.",
        ).replace("%1", where)
    if isinstance(exc, WorkspaceEmptyError | WorkspaceDamagedError):
        backup = str(p.get("backup") or "")
        empty = isinstance(exc, WorkspaceEmptyError)
        if not backup:
            return (
                translate(
                    "Labels",
                    "The workspace file in %1 is empty (0 bytes) and there is no backup of "
                    "it; it was not changed. To start a new workspace there, move "
                    "workspace.sqlite out of the folder first.",
                )
                if empty
                else translate(
                    "Labels",
                    "The workspace file in %1 is damaged and there is no backup of it; it was "
                    "not changed. Keep a copy of the whole folder before trying anything else.",
                )
            ).replace("%1", where)
        taken = p.get("backup_taken_at")
        when = format_datetime(taken) if isinstance(taken, datetime) else ""
        return (
            (
                translate(
                    "Labels",
                    "The workspace file in %1 is empty (0 bytes); it was not changed. Restore "
                    "its newest backup, from %2: File ▸ Restore from backup… in the window, or "
                    "makersquare workspace restore “%3”.",
                )
                if empty
                else translate(
                    "Labels",
                    "The workspace file in %1 is damaged; it was not changed. Restore its "
                    "newest backup, from %2: File ▸ Restore from backup… in the window, or "
                    "makersquare workspace restore “%3”.",
                )
            )
            .replace("%1", where)
            .replace("%2", when)
            .replace("%3", backup)
        )
    if isinstance(exc, StorageError):
        return translate(
            "Labels",
            "The disk reported an error while reading or writing the workspace in %1. Check "
            "that the disk or USB stick is still connected, then try again.",
        ).replace("%1", where)
    if isinstance(exc, BackupDamagedError):
        return translate(
            "Labels",
            "The backup %1 is damaged or is not a Maker Square workspace; nothing was "
            "changed. Choose another backup.",
        ).replace("%1", str(p.get("backup", "")))
    return ""


def part_build_error_text(exc: PartBuildError) -> str:
    """Why a part could not be made from its template, naming the size to change."""
    p = exc.params
    part = template_label(str(p.get("template", "")))
    cad_code = str(p.get("cad_code", ""))
    name = str(p.get("parameter") or "")
    if not name or name == "template":
        return (
            translate("Labels", "Could not make %1: %2")
            .replace("%1", part)
            .replace("%2", cad_error_text(cad_code))
        )
    size = parameter_label(name)
    if cad_code == "geometry_failed":
        text = translate(
            "Labels",
            "Could not make %1 with these sizes: “%2” does not fit with the others. "
            "Change it and try again.",
        )
    elif p.get("reason") == "out_of_range" and all(
        isinstance(p.get(k), int | float) for k in ("minimum", "maximum")
    ):
        unit = unit_suffix(str(p.get("unit", "")))
        return (
            translate("Labels", "Could not make %1: “%2” must be from %3 to %4.")
            .replace("%1", part)
            .replace("%2", size)
            .replace("%3", f"{p['minimum']:g}{unit}")
            .replace("%4", f"{p['maximum']:g}{unit}")
        )
    else:
        text = translate("Labels", "Could not make %1: “%2” is missing or not valid.")
    return text.replace("%1", part).replace("%2", size)


def too_long_text(field: str, maximum: object, length: object = None) -> str:
    """A text longer than its field takes, with the limit (and how long it is)."""
    text = {
        "title": translate(
            "Labels", "A job title can be at most %1 characters; this one has %2. Shorten it."
        ),
        "customer": translate(
            "Labels",
            "A customer's name can be at most %1 characters; this one has %2. Shorten it.",
        ),
    }.get(field, translate("Labels", "This text can be at most %1 characters; it has %2."))
    return text.replace("%1", str(maximum)).replace("%2", str(length or ""))


def field_error_text(field: str) -> str:
    return {
        "title": translate("Labels", "Enter a title for the job."),
        "customer": translate("Labels", "Enter the customer's name."),
        "registration_no": translate("Labels", "The business registration number is not valid."),
        "item": translate("Labels", "Enter an item name for the line."),
        "quantity": translate("Labels", "The quantity must be a whole number, 0 or more."),
        "unit_price": translate(
            "Labels", "The unit price must be a whole number of won, 0 or more."
        ),
        "valid_until": translate("Labels", "The validity date cannot be before the issue date."),
        "lines": translate("Labels", "Add at least one line to the quote first."),
        "reviewer": translate("Labels", "Pick the advisor who is to review the design."),
        "revision": translate("Labels", "Pick a design revision of this job to review."),
        "text": translate("Labels", "Write what the comment says (at most 10,000 characters)."),
        "point": translate("Labels", "The pin needs a point on the part."),
        "snapshot": translate("Labels", "The pin's picture is too large."),
        "verdict": translate("Labels", "A verdict is either approve or request changes."),
        "note": translate("Labels", "The note is too long (at most 10,000 characters)."),
        "assignee": translate("Labels", "The name of the person assigned is too long."),
    }.get(field, translate("Labels", "A value is not valid."))


def cad_error_text(code: str) -> str:
    return {
        "empty": translate("Labels", "The file is empty."),
        "unreadable": translate(
            "Labels", "The file is damaged or not in the format its name says."
        ),
        "unsupported_format": translate(
            "Labels",
            "This file type is not supported. Use STL, OBJ, PLY, OFF, 3MF, glTF, STEP, IGES or BREP.",  # noqa: E501
        ),
        "too_large": translate("Labels", "The file is too large to open."),
        "non_finite": translate("Labels", "The file contains invalid coordinates (not numbers)."),
        "no_geometry": translate("Labels", "The file contains no surfaces."),
        "invalid_parameter": translate("Labels", "A size of the part is missing or out of range."),
        "geometry_failed": translate(
            "Labels", "The part cannot be built with these sizes (a rounding or wall is too big)."
        ),
        "cad_kernel_unavailable": translate(
            "Labels", "STEP, IGES and BREP need OpenCASCADE, which is not installed."
        ),
        "timeout": translate("Labels", "The file took too long to read."),
    }.get(code, translate("Labels", "The file could not be read."))


def sync_error_text(code: str, user: str | None = None) -> str:
    """One sentence for a sync error code, with the way forward where there is one
    (`user`: the account the workspace belongs to, for `other_account`)."""
    return {
        "offline": translate(
            "cli",
            "The square cannot be reached. Check the network and the address; nothing was lost.",
        ),
        "no_keyring": translate(
            "cli",
            "This computer has no keyring to keep the sign-in, so the password is needed "
            "each time: give it with --password-stdin.",
        ),
        "needs_password": translate(
            "cli", "No saved sign-in for this user: give the password with --password-stdin."
        ),
        "bad_credentials": translate("cli", "The user name or password is wrong."),
        "token_expired": translate("cli", "The sign-in has expired: sign in again."),
        "client_too_old": translate(
            "cli", "The square needs a newer Maker Square. Please update Maker Square."
        ),
        "forbidden": translate("cli", "This user may not do that on the square."),
        "not_found": translate("cli", "The square does not know it (it may have been removed)."),
        "invalid": translate("cli", "The square refused a request as invalid."),
        "resync_required": translate(
            "cli", "The square needs a fresh copy of the jobs; sync again."
        ),
        "hash_mismatch": translate(
            "cli", "A design file arrived damaged and was dropped; sync again to retry."
        ),
        "too_large": translate("cli", "A file or a change is too large for the square."),
        "too_many_attempts": translate(
            "cli", "Too many failed sign-ins: wait a minute, then try again."
        ),
        "too_many_uploads": translate(
            "cli",
            "Too many unfinished uploads wait on the square; sync again later to finish them.",
        ),
        "disabled": translate(
            "cli", "This account is disabled on the square. Ask the square's administrator."
        ),
        "server_error": translate(
            "cli", "The square had a problem; try again later. Nothing was lost."
        ),
        "cancelled": translate("cli", "The sync was cancelled; nothing was lost."),
        "not_a_square": translate(
            "cli", "The address does not answer like a square. Check the server address."
        ),
        "square_key_changed": square_key_changed_text(),
        "other_account": translate(
            "cli",
            "This workspace holds changes made as %1 that the square has not taken yet. "
            "Sync as %1 first: a workspace belongs to one square account. Nothing was lost.",
        ).replace("%1", str(user or "?")),
    }.get(code, translate("cli", "The sync failed."))


def square_key_changed_text() -> str:
    return translate(
        "cli",
        "The square answered with another signing key than the one this workspace knows: it "
        "may not be your square. Nothing was sent; ask the square's administrator.",
    )


def is_restorable(exc: BaseException) -> bool:
    """An open failed in a way a backup mends: the workspace file is empty or damaged, and
    there is a backup of it."""
    return isinstance(exc, WorkspaceDamagedError | WorkspaceEmptyError) and bool(
        exc.params.get("backup")
    )


def open_error_text(exc: BaseException, root: Path) -> str | None:
    """Why `root` could not be opened and what to do, in one or two sentences; None when
    the open failed on a bug (ui.errors.present says that)."""
    where = str(root)
    if isinstance(exc, WorkspaceNotFoundError):
        text = translate(
            "WorkspaceSwitch",
            "“%1” is not a Maker Square workspace (there is no workspace.sqlite in it). "
            "Choose the workspace folder itself, or use File ▸ New workspace… to make one.",
        ).replace("%1", where)
    elif isinstance(exc, NotAWorkspaceError):
        text = translate(
            "WorkspaceSwitch",
            "The workspace file in “%1” is damaged or is not a Maker Square workspace; it was "
            "not changed. Restore a copy from its “backups” folder, or choose another folder.",
        ).replace("%1", where)
    elif is_restorable(exc):  # (the window offers Restore from backup… beside it)
        taken = exc.params.get("backup_taken_at") if isinstance(exc, MakerSquareError) else None
        text = (
            translate(
                "WorkspaceSwitch",
                "The workspace file in “%1” is empty (0 bytes); it was not changed. Its newest "
                "backup is from %2: choose Restore from backup… to put it back.",
            )
            if isinstance(exc, WorkspaceEmptyError)
            else translate(
                "WorkspaceSwitch",
                "The workspace file in “%1” is damaged; it was not changed. Its newest backup "
                "is from %2: choose Restore from backup… to put it back (the damaged file is "
                "kept).",
            )
        )
        text = text.replace("%1", where).replace(
            "%2", format_datetime(taken) if isinstance(taken, datetime) else ""
        )
    elif isinstance(exc, PermissionError):
        text = translate(
            "WorkspaceSwitch",
            "Maker Square may not read or write “%1”. Choose a folder you can write to, "
            "or ask the computer's administrator for access.",
        ).replace("%1", where)
    else:
        return error_text(exc)
    return text


def refusal_text(exc: Refusal) -> str:
    """Why an undo or redo was turned down (ui.operations.undo.UndoRefused)."""
    return {
        "job_in_use": translate(
            "Undo",
            "The job has designs, quotes or status changes now, so it is not removed. "
            "Cancel the job instead if it is not needed.",
        ),
        "status_changed": translate(
            "Undo",
            "The job's status has changed since (perhaps on another computer); "
            "move it from the job's page instead.",
        ),
        "quote_sent": translate(
            "Undo",
            "This quote revision has been sent since, so it stays as it was. "
            "Make a new revision to change it.",
        ),
    }.get(exc.code, translate("Undo", "It cannot be undone any more."))


def join_or(words: Sequence[str]) -> str:
    """'A, B or C' in the current language."""
    if len(words) <= 1:
        return "".join(words)
    text = QCoreApplication.translate("JobsBoard", "%1 or %2")
    return text.replace("%1", ", ".join(words[:-1])).replace("%2", words[-1])


def move_refusal_text(number: str, current: str, to: str, allowed: Sequence[str]) -> str:
    """Why the job `number` cannot move from `current` to `to` (the board says it before
    trying), and where it can go instead."""
    now = status_label(current)
    head = (
        translate("JobsBoard", "%1 cannot move from %2 to %3.")
        .replace("%1", number)
        .replace("%2", now)
        .replace("%3", status_label(to))
    )
    if not allowed:
        tail = translate("JobsBoard", "A job in %1 cannot move any more.").replace("%1", now)
    else:
        tail = (
            translate("JobsBoard", "A job in %1 can move to %2.")
            .replace("%1", now)
            .replace("%2", join_or([status_label(s) for s in allowed]))
        )
    return f"{head} {tail}"

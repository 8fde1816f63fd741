"""Words for codes: job statuses, priorities, error codes — translated at the point of use.

`app` and `cad` return codes; this module is the one place they become words.
"""

from __future__ import annotations

import errno
from datetime import datetime

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
from ui.style.formats import format_datetime
from ui.words.templates import parameter_label, template_label, unit_suffix

translate = QCoreApplication.translate


def status_label(status: str) -> str:
    return {
        "inquiry": translate("Labels", "Inquiry"),
        "quoting": translate("Labels", "Quoting"),
        "quoted": translate("Labels", "Quoted"),
        "accepted": translate("Labels", "Accepted"),
        "in_production": translate("Labels", "In production"),
        "quality_check": translate("Labels", "Quality check"),
        "delivered": translate("Labels", "Delivered"),
        "closed": translate("Labels", "Closed"),
        "on_hold": translate("Labels", "On hold"),
        "cancelled": translate("Labels", "Cancelled"),
    }.get(status, status)


def move_label(status: str, current: str = "") -> str:
    """The verb on a button that moves a job from `current` to `status`."""
    if (current, status) == ("quoted", "quoting"):
        return translate("Labels", "Revise quote")
    if (current, status) == ("quality_check", "in_production"):
        return translate("Labels", "Back to production")
    if current == "on_hold" and status != "cancelled":
        return translate("Labels", "Resume")
    return {
        "quoting": translate("Labels", "Start quoting"),
        "quoted": translate("Labels", "Mark quoted"),
        "accepted": translate("Labels", "Customer accepted"),
        "in_production": translate("Labels", "Start production"),
        "quality_check": translate("Labels", "Start quality check"),
        "delivered": translate("Labels", "Mark delivered"),
        "closed": translate("Labels", "Close job"),
        "on_hold": translate("Labels", "Put on hold"),
        "cancelled": translate("Labels", "Cancel job"),
    }.get(status, status_label(status))


def priority_label(priority: int) -> str:
    return {
        0: translate("Labels", "Low"),
        1: translate("Labels", "Normal"),
        2: translate("Labels", "High"),
        3: translate("Labels", "Urgent"),
    }.get(priority, "?")


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


def error_text(exc: BaseException) -> str:
    """One clear sentence in the user's language, with the way forward where there is one."""
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
        if p.get("reason") == "too_long":
            return too_long_text(str(p.get("field", "")), p.get("maximum"), p.get("length"))
        return field_error_text(str(p.get("field", "")))
    if isinstance(exc, NotFoundError):
        return translate("Labels", "It no longer exists; it may have been deleted.")
    if isinstance(exc, PermissionError):
        return translate("Labels", "Permission denied: %1").replace("%1", str(exc.filename or ""))
    if isinstance(exc, OSError):
        return translate("Labels", "The file system reported an error: %1").replace(
            "%1", exc.strerror or str(exc)
        )
    return translate("Labels", "Something went wrong.")


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


def backup_reason_label(reason: str) -> str:
    """Why a backup was made (its file name carries the reason as a code, app/backup.py)."""
    if reason.startswith("pre-migration"):
        return translate("Labels", "Before an update")
    return {
        "manual": translate("Labels", "Made by hand"),
        "scheduled": translate("Labels", "Daily"),
    }.get(reason, reason)


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
    }.get(field, translate("Labels", "A value is not valid."))

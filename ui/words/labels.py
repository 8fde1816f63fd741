"""Words for codes: job statuses, priorities, backup reasons — translated at the point of use.

`app` and `cad` return codes; this module and its siblings turn them into words (errors:
ui/words/errors.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def backup_reason_label(reason: str) -> str:
    """Why a backup was made (its file name carries the reason as a code, app/backup.py)."""
    if reason.startswith("pre-migration"):
        return translate("Labels", "Before an update")
    return {
        "manual": translate("Labels", "Made by hand"),
        "scheduled": translate("Labels", "Daily"),
    }.get(reason, reason)

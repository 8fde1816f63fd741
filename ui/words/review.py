"""Design review in words: statuses, verdicts, pins and what a verification found.

Shared by the command line (ui/cli/review.py), the Reviews page and the review panel
(ui/review/) and the review packet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.review.verify import Problem

translate = QCoreApplication.translate


def review_status_label(status: str) -> str:
    return {
        "open": translate("Review", "Open"),
        "changes_requested": translate("Review", "Changes requested"),
        "approved": translate("Review", "Approved"),
        "withdrawn": translate("Review", "Withdrawn"),
        "superseded": translate("Review", "Superseded"),
    }.get(status, status)


def verdict_label(verdict: str) -> str:
    return {
        "approved": translate("Review", "Approved"),
        "changes_requested": translate("Review", "Changes requested"),
    }.get(verdict, verdict)


def pin_status_label(status: str) -> str:
    return {
        "open": translate("Review", "Open"),
        "resolved": translate("Review", "Resolved"),
    }.get(status, status)


def problem_text(problem: Problem, pin_number: int | None = None) -> str:
    """One sentence for what a verification found (app.review.verify.PROBLEMS)."""
    pin = str(pin_number) if pin_number is not None else (problem.pin_id or "")[:8]
    words = {
        "signature": translate(
            "Review", "The reviewer's signature does not hold: the verdict was changed after it "
            "was signed."
        ),
        "no_receipt": translate(
            "Review", "The square has not accepted this verdict yet: sync to get its receipt."
        ),
        "no_square_key": translate(
            "Review", "This workspace has not met the square yet, so the receipt cannot be "
            "checked: sync once."
        ),
        "receipt": translate(
            "Review", "The square's receipt does not hold: the verdict or its receipt was changed."
        ),
        "chain": translate(
            "Review", "The verdict does not follow the one before it: a verdict was removed, "
            "added or changed."
        ),
        "not_this_review": translate("Review", "The verdict names another review or revision."),
        "file_hash": translate(
            "Review", "The verdict or the review names another design file than the revision's."
        ),
        "file_changed": translate(
            "Review", "The design file was changed after it was reviewed: its SHA-256 differs."
        ),
        "file_missing": translate(
            "Review", "The design file is not in this workspace: sync to download it."
        ),
        "pin_changed": translate(
            "Review", "Pin %1 says something else than the verdict signed, or was removed."
        ).replace("%1", pin),
        "pins_unreadable": translate("Review", "The verdict's signed pins cannot be read."),
    }  # fmt: skip
    return words.get(problem.code, problem.code)

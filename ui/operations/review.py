"""The design-review actions: request, withdraw, look at, pin, reply, resolve, assign, sign.

Each returns an `Op` (ui/operations/op.py) not yet run, as Anki's operations do: the caller
adds its own success (and, where it words the failure itself, failure) and runs it. None is
undoable: a review, a pin and a verdict sync to the square and others act on them, and a
verdict is never edited (a changed mind is a new verdict).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from app.changes import Result
from ui.operations.op import Op
from ui.words.errors import Refusal

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.app_context import AppContext

translate = QCoreApplication.translate


class NotSignedIn(Refusal):
    """A verdict is signed as the workspace's square account, and there is none yet."""

    code = "not_signed_in"


@dataclass(frozen=True)
class Account:
    """The square account this workspace syncs as (both empty when never signed in)."""

    server_url: str
    user: str

    @property
    def signed_in(self) -> bool:
        return bool(self.server_url and self.user)


def square_account(ws: Workspace) -> Account:
    """The account the sync settings name (app.replica.state: `server_url`, `user`)."""
    from app.replica.state import get_sync_setting

    return Account(
        str(get_sync_setting(ws, "server_url") or ""), str(get_sync_setting(ws, "user") or "")
    )


def request_review(
    ctx: AppContext,
    job_id: str,
    reviewer: str,
    revision_id: str,
    *,
    due: date | None,
    note: str,
    parent: QObject | None = None,
) -> Op[str]:
    """Ask `reviewer` to review the revision (shares the job with them); the new review's id."""
    from app.review import reviews

    by = ctx.user_name
    return Op(
        ctx,
        lambda ws: reviews.request_review(
            ws, job_id, reviewer, revision_id, due=due, note=note, by=by
        ),
        parent=parent,
        label=translate("ReviewOps", "Requesting review"),
    )


def withdraw_review(ctx: AppContext, review_id: str, *, parent: QObject | None = None) -> Op[None]:
    from app.review import reviews

    return Op(
        ctx,
        lambda ws: reviews.withdraw_review(ws, review_id),
        parent=parent,
        label=translate("ReviewOps", "Withdrawing review"),
    )


def mark_seen(ctx: AppContext, review_id: str, *, parent: QObject | None = None) -> Op[None]:
    """The user looked at the review now: its "new activity" mark goes."""
    from app.review import reviews

    return Op(ctx, lambda ws: reviews.mark_seen(ws, review_id), parent=parent)


def add_pin(
    ctx: AppContext,
    review_id: str,
    text: str,
    placement: Any,
    *,
    parent: QObject | None = None,
) -> Op[str]:
    """Pin `text` where the viewer's pin tool was clicked (`placement`: the viewer's
    PinPlacement: point, normal, face, camera, section, measurements, snapshot_png)."""
    from app.review import pins

    author = ctx.user_name
    return Op(
        ctx,
        lambda ws: pins.add_pin(
            ws,
            review_id,
            point=_floats(placement.point),
            normal=_floats(placement.normal) if placement.normal is not None else None,
            face=placement.face,
            camera=placement.camera,
            section=placement.section,
            measurements=list(placement.measurements or ()),
            snapshot_png=placement.snapshot_png,
            text=text,
            author=author,
        ),
        parent=parent,
        label=translate("ReviewOps", "Adding pin"),
    )


def _floats(values: Sequence[Any]) -> list[float]:
    """A point as plain floats (the viewer may hand numpy values)."""
    return [float(v) for v in values]


def reply_to_pin(
    ctx: AppContext, pin_id: str, text: str, *, parent: QObject | None = None
) -> Op[str]:
    from app.review import pins

    author = ctx.user_name
    return Op(
        ctx,
        lambda ws: pins.reply_to_pin(ws, pin_id, text, author),
        parent=parent,
        label=translate("ReviewOps", "Replying"),
    )


def set_pin_status(
    ctx: AppContext, pin_id: str, status: str, *, parent: QObject | None = None
) -> Op[None]:
    """Resolve ("resolved") or reopen ("open") a pin."""
    from app.review import pins

    return Op(ctx, lambda ws: pins.set_pin_status(ws, pin_id, status), parent=parent)


def assign_pin(
    ctx: AppContext, pin_id: str, assignee: str, *, parent: QObject | None = None
) -> Op[None]:
    from app.review import pins

    return Op(ctx, lambda ws: pins.assign_pin(ws, pin_id, assignee), parent=parent)


def give_verdict(
    ctx: AppContext, review_id: str, verdict: str, note: str, *, parent: QObject | None = None
) -> Op[str]:
    """Sign `verdict` as the workspace's square account with its key from the OS keyring
    (made there the first time). On the write lane: the keyring may be slow to answer, and
    the verdict chains to the last one written, so nothing may write between. Fails with
    NotSignedIn without an account, SyncError("no_keyring") without a safe keyring."""
    from app.review import verdicts
    from sync.keys import signing_key

    def sign(ws: Workspace) -> Result[str]:
        account = square_account(ws)
        if not account.signed_in:
            raise NotSignedIn()
        key = signing_key(account.server_url, account.user)
        return verdicts.give_verdict(
            ws, review_id, verdict, note=note, signer=account.user, key=key
        )

    return Op(ctx, sign, parent=parent, label=translate("ReviewOps", "Signing the verdict"))

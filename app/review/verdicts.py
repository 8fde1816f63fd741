"""Verdicts: an advisor approves a review's revision or asks for changes, and signs it.

The signature is the reviewer's own Ed25519 key's (kept in the OS keyring by sync.keys; the
caller hands the key in) over the canonical record (app.review.canonical): the review, job,
revision and the SHA-256 of its file, the verdict, the note, the pins as they are now, the
time, the public key and the hash of the previous verdict on this review. A verdict is
never edited; a changed mind is a new verdict, chained to the last.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.changes import Changes, Result
from app.errors import InvalidValueError
from app.models import DesignRevision, Pin, Review, Verdict
from app.review import canonical
from app.review.reviews import chain, verdict_fields
from app.rows import live_row
from app.workspace import Workspace

MAX_NOTE = 10_000


def now_text() -> str:
    """The signing time as the verdict keeps it: ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def signed_pin(p: Pin) -> dict[str, object]:
    return {"id": p.id, "point": json.loads(p.point_json), "text": p.text, "author": p.author}


def give_verdict(
    ws: Workspace,
    review_id: str,
    verdict: str,
    *,
    note: str,
    signer: str,
    key: Ed25519PrivateKey,
    signed_at: str | None = None,
) -> Result[str]:
    """Sign and keep `verdict` ("approved" or "changes_requested") on the review."""
    if verdict not in canonical.VERDICTS:
        raise InvalidValueError(f"verdict {verdict!r}", field="verdict", value=verdict)
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise InvalidValueError("note too long", field="note")
    with ws.session() as s:
        review = live_row(s, Review, review_id)
        if signer.strip() != review.reviewer:
            raise InvalidValueError(
                "only the requested reviewer gives a verdict",
                field="signer",
                value=signer,
                reason="not_reviewer",
            )
        if review.state != "open":
            raise InvalidValueError(
                f"the review is {review.state}", field="state", reason="review_closed"
            )
        rev = live_row(s, DesignRevision, review.design_revision_id)
        earlier = chain(
            s.scalars(
                select(Verdict).where(Verdict.review_id == review.id, Verdict.deleted.is_(False))
            ).all()
        )
        pins = s.scalars(
            select(Pin).where(Pin.review_id == review.id, Pin.deleted.is_(False))
        ).all()
        row = Verdict(
            job_id=review.job_id,
            review_id=review.id,
            design_revision_id=rev.id,
            revision_number=rev.number,
            file_sha256=review.file_sha256,
            verdict=verdict,
            note=note,
            pins_json=canonical.canonical_pins([signed_pin(p) for p in pins]),
            signer=review.reviewer,
            signed_at=signed_at or now_text(),
            prev_hash=earlier[-1].hash if earlier else "",
            public_key=canonical.public_key_hex(key),
            signature="",
        )
        row.signature = canonical.sign(key, canonical.canonical_bytes(verdict_fields(row)))
        s.add(row)
        s.flush()
        return Result(
            row.id, Changes(jobs=frozenset({review.job_id}), reviews=frozenset({review.id}))
        )

"""The bytes a verdict's signature and the square's receipt cover: one home for both sides.

Plain Python (no ORM, no Qt): the workspace signs and verifies with it, and the square
(sync.server) checks a pushed verdict and signs its receipt with it. The canonical record is
the verdict's fields as compact JSON with sorted keys in UTF-8, so the same verdict gives the
same bytes on every machine; its SHA-256 is the verdict's hash, which the next verdict on
the same review names (`prev_hash`): a chain, so a verdict cannot be dropped or reordered
unnoticed. Ed25519 through `cryptography`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

FORMAT: Final = "makersquare-verdict-1"
RECEIPT_FORMAT: Final = "makersquare-receipt-1"
VERDICTS: Final = ("approved", "changes_requested")
# The fields of a verdict record that its canonical bytes are made of.
SIGNED_FIELDS: Final = (
    "review_id",
    "job_id",
    "design_revision_id",
    "revision_number",
    "file_sha256",
    "verdict",
    "note",
    "pins_json",
    "signer",
    "signed_at",
    "prev_hash",
    "public_key",
)


def _compact(value: Any) -> bytes:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def canonical_pins(pins: Sequence[Mapping[str, Any]]) -> str:
    """The pins a verdict covers, as the text it keeps: id, point, text and author of each,
    sorted by id (a pin's status may change after the verdict; what it says may not)."""
    shown = [
        {
            "id": str(p["id"]),
            "point": [round(float(c), 4) for c in p["point"]],
            "text": str(p["text"]),
            "author": str(p.get("author", "")),
        }
        for p in pins
    ]
    return _compact(sorted(shown, key=lambda p: p["id"])).decode("utf-8")


def canonical_bytes(fields: Mapping[str, Any]) -> bytes:
    """The signed bytes of a verdict whose record data is `fields` (SIGNED_FIELDS)."""
    record: dict[str, Any] = {"format": FORMAT}
    for name in SIGNED_FIELDS:
        record[name] = fields.get(name)
    return _compact(record)


def verdict_hash(fields: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(fields)).hexdigest()


def receipt_bytes(hash_hex: str, receipt_at: str) -> bytes:
    return f"{RECEIPT_FORMAT}:{hash_hex}:{receipt_at}".encode("ascii")


# --- keys -----------------------------------------------------------------------------


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_hex(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()


def private_key_from_hex(text: str) -> Ed25519PrivateKey:
    """Raises ValueError when `text` is not a 32-byte key in hex."""
    raw = bytes.fromhex(text)
    if len(raw) != 32:
        raise ValueError("an Ed25519 private key is 32 bytes")
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_key_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def fingerprint(public_hex: str) -> str:
    """A short, readable name of a public key: the first 16 hex digits of its SHA-256, in
    groups of four (shown in the packet and the verdict dialog)."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    return key.sign(message).hex()


def signature_holds(public_hex: str, signature_hex: str, message: bytes) -> bool:
    """Whether `signature_hex` is `public_hex`'s signature of `message` (False for any
    malformed key or signature: a hostile record never raises here)."""
    try:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        public.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True

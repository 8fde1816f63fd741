"""The square's HTTP client: one method per call of docs/sync-protocol.md, errors as SyncError.

Every request carries the protocol header and a connect and a read timeout, so nothing
ever hangs. A stale access token (401 `token_expired`) is refreshed once and the request
retried; each new refresh token is handed to `on_refresh_token` so the caller can keep it
(sync/credentials.py). No Qt here: the engine runs this on a worker thread.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import requests

from app.filestore import FileStore
from sync.errors import SyncError, error_from_response
from sync.protocol import PROTOCOL, PROTOCOL_HEADER

log = logging.getLogger(__name__)

TIMEOUT = (10.0, 60.0)  # connect, read (seconds)
CHUNK_SIZE = 8 * 1024 * 1024
PUSH_BYTES = 6 * 1024 * 1024  # a push body; the square refuses one over 8 MiB
READ_SIZE = 64 * 1024  # small: what a cut line takes with it is at most this
PART_DIR = ".partial"  # inside the file store, so a finished download is one rename away

# A wrong address rather than a bad line: no retry will help.
NOT_A_SQUARE = (
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidSchema,
    requests.exceptions.InvalidURL,
    requests.exceptions.TooManyRedirects,
)

BytesDone = Callable[[int], None]  # called with the bytes just sent or received
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Login:
    access_token: str
    refresh_token: str
    expires_in: int
    user: Mapping[str, Any]


@dataclass(frozen=True)
class PullPage:
    records: list[dict[str, Any]]
    cursor: int
    more: bool
    jobs: list[str]
    directory: str | None = None  # the directory's tag: fetch it when this changed


@dataclass(frozen=True)
class Directory:
    members: list[dict[str, Any]]  # cards, as the square sent them (app.review.directory)
    tag: str


@dataclass(frozen=True)
class Snapshot:
    records: list[dict[str, Any]]
    version: int


class SquareClient:
    def __init__(
        self,
        base_url: str,
        session: requests.Session | None = None,
        *,
        on_refresh_token: Callable[[str], None] | None = None,
        timeout: tuple[float, float] = TIMEOUT,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session if session is not None else requests.Session()
        self.on_refresh_token = on_refresh_token
        self.timeout = timeout
        self.access_token: str | None = None
        self.refresh_token: str | None = None
        self.user: Mapping[str, Any] = {}
        # The square's public key as fetched since the last sign-in (None: not yet; "": the
        # square has none, an older square). A kept client asks once, not every sync.
        self.square_key_hex: str | None = None
        self.sent = 0  # HTTP requests sent so far (a sync's round trips are counted with it)

    # --- plumbing -------------------------------------------------------------------

    def _send(
        self, method: str, path: str, *, auth: bool, stream: bool = False, **kwargs: Any
    ) -> requests.Response:
        headers: dict[str, str] = {PROTOCOL_HEADER: str(PROTOCOL), **kwargs.pop("headers", {})}
        if auth and self.access_token:
            headers["Authorization"] = f"Bearer {self.access_token}"
        self.sent += 1
        try:
            return self.session.request(
                method,
                self.base_url + path,
                headers=headers,
                timeout=self.timeout,
                stream=stream,
                **kwargs,
            )
        except requests.Timeout as exc:
            raise SyncError("offline", f"{method} {path}: timed out") from exc
        except NOT_A_SQUARE as exc:
            raise SyncError("not_a_square", f"{method} {path}: {exc}") from exc
        except requests.RequestException as exc:  # refused, reset, cut mid-answer, …
            raise SyncError("offline", f"{method} {path}: {exc}") from exc

    def request(
        self, method: str, path: str, *, auth: bool = True, stream: bool = False, **kwargs: Any
    ) -> requests.Response:
        """Send one call; refresh a stale token once and retry; raise SyncError on errors."""
        resp = self._send(method, path, auth=auth, stream=stream, **dict(kwargs))
        if auth and resp.status_code == 401 and self.refresh_token is not None:
            error = _error(resp)
            if error.code != "token_expired":
                raise error
            self.refresh()
            resp = self._send(method, path, auth=auth, stream=stream, **dict(kwargs))
        if resp.status_code >= 400:
            raise _error(resp)
        return resp

    def _json(self, method: str, path: str, *, auth: bool = True, **kwargs: Any) -> Any:
        resp = self.request(method, path, auth=auth, **kwargs)
        try:
            return resp.json()
        except ValueError as exc:
            raise SyncError("not_a_square", f"{method} {path}: not JSON") from exc

    # --- auth -----------------------------------------------------------------------

    def health(self) -> Mapping[str, Any]:
        body = self._json("GET", "/v1/health", auth=False)
        return body if isinstance(body, Mapping) else {}

    def login(self, user: str, password: str) -> Login:
        body = self._json(
            "POST", "/v1/auth/login", auth=False, json={"user": user, "password": password}
        )
        return self._signed_in(body)

    def refresh(self, refresh_token: str | None = None) -> Login:
        """Trade the refresh token (the given one, else the current) for a new pair."""
        token = refresh_token or self.refresh_token
        if not token:
            raise SyncError("token_expired", "no refresh token")
        body = self._json("POST", "/v1/auth/refresh", auth=False, json={"refresh_token": token})
        return self._signed_in(body)

    def _signed_in(self, body: Any) -> Login:
        try:
            login = Login(
                access_token=str(body["access_token"]),
                refresh_token=str(body["refresh_token"]),
                expires_in=int(body.get("expires_in") or 0),
                user=body.get("user") or {},
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SyncError("server_error", "sign-in answer without tokens") from exc
        self.access_token, self.refresh_token, self.user = (
            login.access_token,
            login.refresh_token,
            login.user,
        )
        self.square_key_hex = None  # asked again after every sign-in
        if self.on_refresh_token is not None:
            self.on_refresh_token(login.refresh_token)
        return login

    # --- records --------------------------------------------------------------------

    def push(self, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Push `changes`, in as many requests as keep each body under PUSH_BYTES (the
        square refuses a bigger one); the answers come back in order. A retry after a
        failure part way sends the first part again: the square answers it from memory."""
        results: list[dict[str, Any]] = []
        for part in _push_bodies(changes):
            body = self._json(
                "POST", "/v1/push", data=part.body, headers={"Content-Type": "application/json"}
            )
            answered = body.get("results") if isinstance(body, Mapping) else None
            if not isinstance(answered, list) or len(answered) != part.count:
                raise SyncError("server_error", "push answer does not match the batch")
            results += answered
        return results

    def pull(self, cursor: int, limit: int = 1000) -> PullPage:
        body = self._json("GET", "/v1/pull", params={"cursor": cursor, "limit": limit})
        try:
            tag = body.get("directory") if isinstance(body, Mapping) else None
            return PullPage(
                records=list(body["records"]),
                cursor=int(body["cursor"]),
                more=bool(body["more"]),
                jobs=[str(j) for j in body["jobs"]],
                directory=tag if isinstance(tag, str) else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SyncError("server_error", "malformed pull page") from exc

    def snapshot(self, job_id: str) -> Snapshot:
        body = self._json("GET", f"/v1/jobs/{job_id}/snapshot")
        try:
            return Snapshot(records=list(body["records"]), version=int(body["version"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise SyncError("server_error", "malformed snapshot") from exc

    # --- the square's key, signing keys, the directory ---------------------------------

    def square_key(self) -> str | None:
        """The square's public key (hex), asked once per sign-in; None from an older square
        that has none (404)."""
        if self.square_key_hex is None:
            try:
                body = self._json("GET", "/v1/square")
            except SyncError as exc:
                if exc.code != "not_found":
                    raise
                body = {"public_key": ""}
            key = body.get("public_key") if isinstance(body, Mapping) else None
            if not isinstance(key, str) or (key and not _is_key(key)):
                raise SyncError("server_error", "the square's key is not an Ed25519 key")
            self.square_key_hex = key
        return self.square_key_hex or None

    def publish_key(self, public_hex: str) -> list[str]:
        """Publish this user's signing key (idempotent); returns all of their keys."""
        body = self._json("PUT", "/v1/me/keys", json={"public_key": public_hex})
        keys = body.get("keys") if isinstance(body, Mapping) else None
        return [str(k) for k in keys] if isinstance(keys, list) else []

    def directory(self) -> Directory:
        body = self._json("GET", "/v1/directory")
        try:
            members, tag = body["members"], str(body["tag"])
        except (KeyError, TypeError) as exc:
            raise SyncError("server_error", "malformed directory") from exc
        if not isinstance(members, list):
            raise SyncError("server_error", "malformed directory")
        return Directory([m for m in members if isinstance(m, dict)], tag)

    def set_profile(self, affiliation: str, fields: list[str], intro: str) -> Mapping[str, Any]:
        """Set this user's own card in the directory; returns the card."""
        card = {"affiliation": affiliation, "fields": fields, "intro": intro}
        body = self._json("PUT", "/v1/me/profile", json=card)
        return body if isinstance(body, Mapping) else {}

    # --- files ----------------------------------------------------------------------

    def files_missing(self, hashes: list[str]) -> list[str]:
        body = self._json("POST", "/v1/files/missing", json={"hashes": hashes})
        return [str(h) for h in body.get("missing", [])] if isinstance(body, Mapping) else []

    def upload_status(self, file_hash: str) -> int:
        body = self._json("GET", f"/v1/files/{file_hash}/upload")
        return int(body.get("received") or 0) if isinstance(body, Mapping) else 0

    def upload_chunk(self, file_hash: str, offset: int, chunk: bytes) -> int:
        """Send one chunk at `offset`; return how many bytes the server now holds."""
        body = self._json(
            "PUT",
            f"/v1/files/{file_hash}/upload",
            params={"offset": offset},
            data=chunk,
            headers={"Content-Type": "application/octet-stream"},
        )
        received = body.get("received") if isinstance(body, Mapping) else None
        return int(received) if received is not None else offset + len(chunk)

    def complete_upload(self, file_hash: str, size: int) -> None:
        self.request("POST", f"/v1/files/{file_hash}/complete", json={"size": size}).close()

    def upload_file(
        self,
        file_hash: str,
        path: Path,
        *,
        chunk_size: int = CHUNK_SIZE,
        on_bytes: BytesDone | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Upload `path`, resuming where the server's partial ends; return the bytes sent."""
        size = path.stat().st_size
        offset = self.upload_status(file_hash)
        if offset > size:  # a partial that is not ours: the server drops it on a bad complete
            offset = 0
        sent = 0
        with path.open("rb") as f:
            while offset < size:
                if cancelled is not None and cancelled():
                    raise SyncError("cancelled")
                f.seek(offset)
                chunk = f.read(chunk_size)
                try:
                    offset = self.upload_chunk(file_hash, offset, chunk)
                except SyncError as exc:
                    resume = exc.body.get("received")
                    if exc.code != "invalid" or not isinstance(resume, int) or resume == offset:
                        raise
                    log.info("upload of %s resumes at %d, not %d", file_hash, resume, offset)
                    offset = resume
                    continue
                sent += len(chunk)
                if on_bytes is not None:
                    on_bytes(len(chunk))
        self.complete_upload(file_hash, size)
        return sent

    def download(
        self,
        file_hash: str,
        store: FileStore,
        *,
        on_bytes: BytesDone | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Fetch a file into `store`, resuming a `.part` left by an earlier try.

        The SHA-256 is checked before the file is moved into the store; a mismatch drops
        the partial and raises `hash_mismatch` (a resumed one starts over once first).
        Returns the bytes received.
        """
        target = store.path_for(file_hash)
        if target.exists():
            return 0
        part = store.root / PART_DIR / f"{file_hash}.part"
        part.parent.mkdir(parents=True, exist_ok=True)
        have = part.stat().st_size if part.exists() else 0
        if have and _hash_prefix(part, have).hexdigest() == file_hash:  # done, not yet moved
            return _move_into(part, target, 0)
        fetch = _Fetch(self, file_hash, part, on_bytes, cancelled)
        try:
            received = fetch.run(have)
        except SyncError as exc:  # a damaged partial, or one longer than the file (416)
            if not have or exc.code not in ("hash_mismatch", "invalid"):
                raise
            log.info("resuming %s failed (%s); starting over", file_hash, exc.code)
            part.unlink(missing_ok=True)
            received = fetch.run(0)
        return _move_into(part, target, received)


@dataclass
class _Fetch:
    """One GET of a file into its `.part`, from byte `have` on, checked against the hash."""

    client: SquareClient
    file_hash: str
    part: Path
    on_bytes: BytesDone | None
    cancelled: Cancelled | None

    def run(self, have: int) -> int:
        headers = {"Range": f"bytes={have}-"} if have else {}
        path = f"/v1/files/{self.file_hash}"
        resp = self.client.request("GET", path, stream=True, headers=headers)
        with resp:
            if have and resp.status_code != 206:  # the server sent the whole file
                have = 0
            digest = _hash_prefix(self.part, have)
            with self.part.open("r+b" if have else "wb") as out:
                out.seek(have)
                out.truncate()
                received = self._receive(resp, out, digest)
                out.flush()
                os.fsync(out.fileno())
        if digest.hexdigest() != self.file_hash:
            self.part.unlink(missing_ok=True)
            raise SyncError("hash_mismatch", f"{self.file_hash} arrived damaged")
        return received

    def _receive(self, resp: requests.Response, out: BinaryIO, digest: Any) -> int:
        received = 0
        try:
            for chunk in resp.iter_content(READ_SIZE):
                if self.cancelled is not None and self.cancelled():
                    raise SyncError("cancelled")
                out.write(chunk)
                digest.update(chunk)
                received += len(chunk)
                if self.on_bytes is not None:
                    self.on_bytes(len(chunk))
        except requests.RequestException as exc:
            raise SyncError("offline", f"download of {self.file_hash} cut") from exc
        return received


@dataclass(frozen=True)
class _PushBody:
    body: bytes
    count: int


def _push_bodies(changes: list[dict[str, Any]]) -> list[_PushBody]:
    """`{"changes": [...]}` bodies of consecutive changes, each under PUSH_BYTES (a single
    change bigger than that goes alone: the square answers it `too_large`)."""
    bodies: list[_PushBody] = []
    encoded: list[bytes] = []
    size = 0
    for change in changes:
        item = json.dumps(change, allow_nan=False).encode("utf-8")
        if encoded and size + len(item) + 1 > PUSH_BYTES:
            bodies.append(_PushBody(b'{"changes":[' + b",".join(encoded) + b"]}", len(encoded)))
            encoded, size = [], 0
        encoded.append(item)
        size += len(item) + 1
    bodies.append(_PushBody(b'{"changes":[' + b",".join(encoded) + b"]}", len(encoded)))
    return bodies


def _is_key(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def _move_into(part: Path, target: Path, received: int) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(part, target)
    return received


def _hash_prefix(path: Path, length: int) -> Any:
    """A SHA-256 fed with the first `length` bytes of `path` (a resumed download)."""
    digest = hashlib.sha256()
    if length:
        with path.open("rb") as f:
            left = length
            while left > 0 and (block := f.read(min(READ_SIZE, left))):
                digest.update(block)
                left -= len(block)
    return digest


def _error(resp: requests.Response) -> SyncError:
    try:
        body: Any = resp.json()
    except ValueError:
        body = None
    finally:
        resp.close()
    return error_from_response(resp.status_code, body)

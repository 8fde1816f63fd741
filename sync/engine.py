"""One full sync of a workspace with the square (`run_sync`), for the command line and the
UI's timer (which backs off with `Backoff` and probes with `is_reachable`, re-exported here).

`run_sync` signs in (the refresh token from the keyring first, else the password), then:
checks the square's signing key against the one the workspace pinned at its first sync
(another key stops the sync, `square_key_changed`, before anything is sent), publishes this
PC's signing key once if it has one (a verdict is judged against published keys), uploads
the design files the server lacks (resumable chunks), pushes the outbox in batches until it
is empty, pulls pages until `more` is false (a job newly readable is fetched whole, a job
no longer listed is removed), fetches the directory when its tag changed, downloads the
files it lacks, and records the outcome in the workspace (`sync_status` reads it). A
cursor the server no longer serves (410 `resync_required`) becomes fresh snapshots of every
local job and a second push: nothing local is dropped.

A sync with nothing to do costs one round trip after sign-in (the pull): the outbox and
the file lists are local questions, asked before any request; the square's key is asked
once per sign-in, the directory only when the pull's tag says it changed, and the keyring
is read for the signing key only after a sign-in or when a verdict waits to go up.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, Protocol, TypeVar

from sqlalchemy import select

from app.changes import Changes
from app.kinds import Kind
from app.models import Verdict
from app.replica import state as sync_state
from app.review import canonical
from app.review.directory import SquareKeyChangedError, pin_square_key, square_key, store_directory
from app.workspace import Workspace
from sync import credentials, keys
from sync.backoff import Backoff, is_reachable
from sync.client import Directory, SquareClient
from sync.errors import SyncError

log = logging.getLogger(__name__)

__all__ = ["Backoff", "SyncSummary", "is_reachable", "run_sync", "sign_in"]

T = TypeVar("T")
_W = TypeVar("_W")
# stage ("upload", "push", "pull", "download"), done, total (0: not known in advance);
# bytes for the files, records for push and pull.
Progress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]


class Writer(Protocol):
    """Runs one workspace write and returns its result. The app passes its single write lane
    (ui.tasks.TaskRunner.call_on_write_lane), so a sync's writes queue behind the user's own
    edits instead of racing them; the command line writes directly."""

    def __call__(self, fn: Callable[[], _W], /) -> _W: ...


def _direct(fn: Callable[[], _W]) -> _W:
    return fn()


PUSH_BATCH = 500
MISSING_BATCH = 1000
RETRIES = 3  # tries of one call on a transient error, inside one sync
RETRY_PAUSE = 0.5  # seconds, doubled per try
GONE_CODES = frozenset({"not_found", "forbidden"})
PUBLISHED_KEYS = "published_keys"  # sync state: ["user@server key", …] published from here
DIRECTORY_TAG = "directory_tag"  # sync state: the tag of the directory kept here
REVIEW_KINDS = frozenset({Kind.REVIEW, Kind.PIN, Kind.VERDICT})
# Who made a record of these kinds, as its data says (for "by others" in the counts).
AUTHORS: dict[str, str] = {Kind.COMMENT: "author", Kind.PIN: "author",
                           Kind.REVIEW: "requested_by", Kind.VERDICT: "signer"}  # fmt: skip
STALE_SIGN_IN = frozenset({"bad_credentials", "token_expired", "invalid", "forbidden"})


@dataclass(frozen=True)
class SyncSummary:
    """What one sync did.

    `pushed`: changes the square took (applied, duplicate or conflict); `rejected`: those
    it refused (the workspace shows the square's view again); `pulled`: records that came
    from the square, not counting the echo of this sync's own pushes; `rounds`: HTTP round
    trips after signing in; `changes`: what the views should refresh.
    """

    pushed: int = 0
    pulled: int = 0
    uploaded_bytes: int = 0
    downloaded_bytes: int = 0
    conflicts: int = 0
    rounds: int = 0
    files_up: int = 0
    files_down: int = 0
    rejected: int = 0
    messages: int = 0
    review_activity: int = 0
    changes: Changes = field(default_factory=Changes)


def run_sync(
    ws: Workspace,
    *,
    server_url: str,
    user: str,
    password: str | None,
    client: SquareClient | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    write: Writer = _direct,
) -> SyncSummary:
    """One full sync; raises SyncError (already recorded in the workspace) when it fails.

    Pass the same `client` to later syncs (the UI's timer does) to keep its access
    token: a no-op sync then costs one request in all.
    """
    server_url = server_url.rstrip("/")
    client = client if client is not None else SquareClient(server_url)
    if client.on_refresh_token is None:
        client.on_refresh_token = lambda token: _keep_refresh_token(server_url, user, token)
    try:
        write(partial(_remember_server, ws, server_url, user))
        kept = client.access_token is not None and client.user.get("name") in (None, user)
        if not kept:
            sign_in(client, server_url, user, password)
        start = client.sent
        try:
            summary = _Run(ws, client, progress, cancelled, write, signed_in=not kept).run()
        except SyncError as exc:
            if not kept or exc.code not in ("bad_credentials", "token_expired"):
                raise
            log.info("the kept sign-in of %s ran out (%s): signing in again", user, exc.code)
            client.access_token = client.refresh_token = None
            sign_in(client, server_url, user, password)
            summary = _Run(ws, client, progress, cancelled, write, signed_in=True).run()
        summary = replace(summary, rounds=client.sent - start)
    except SyncError as exc:
        write(partial(sync_state.record_sync_error, ws, exc.code, exc.message))
        raise
    write(partial(sync_state.record_sync_ok, ws))
    log.info("synced with %s as %s: %s", server_url, user, summary)
    return summary


def sign_in(client: SquareClient, server_url: str, user: str, password: str | None) -> None:
    """The stored refresh token first; else the password (given, or kept in the keyring)."""
    keyring_error: SyncError | None = None
    try:
        token = credentials.load_refresh_token(server_url, user)
    except SyncError as exc:
        token, keyring_error = None, exc
    if token:
        try:
            client.refresh(token)
            return
        except SyncError as exc:
            if exc.code not in STALE_SIGN_IN:
                raise
            log.info("stored sign-in for %s no longer works (%s)", user, exc.code)
    if password is None and keyring_error is None:
        password = credentials.load_password(server_url, user)
    if password is None:
        if keyring_error is not None:
            raise SyncError("no_keyring", keyring_error.message)
        raise SyncError("needs_password", f"no stored sign-in for {user}")
    client.login(user, password)


def _keep_refresh_token(server_url: str, user: str, token: str) -> None:
    try:
        credentials.save_refresh_token(server_url, user, token)
    except SyncError as exc:  # no keyring: the password is asked for next time
        log.debug("refresh token not kept: %s", exc.message)


def _verdict_waits(ws: Workspace) -> bool:
    """Whether a verdict made here is not yet accepted by the square."""
    with ws.read_session() as s:
        waiting = select(Verdict.id).where(
            Verdict.server_version.is_(None), Verdict.deleted.is_(False)
        )
        return s.scalar(waiting.limit(1)) is not None


def _reviews_in(records: list[dict[str, Any]]) -> Changes:
    """The reviews whose record, pins or verdicts are among `records` (a receipt that came
    back, a pin someone resolved): the review views refresh for them."""
    ids = {str(r.get("id")) for r in records if r.get("kind") == Kind.REVIEW}
    ids |= {
        str(r["data"]["review_id"])
        for r in records
        if r.get("kind") in (Kind.PIN, Kind.VERDICT) and (r.get("data") or {}).get("review_id")
    }
    return Changes(reviews=frozenset(ids))


def _keep_directory(ws: Workspace, got: Directory) -> Changes:
    """Keep the square's directory and its tag (one write-lane call)."""
    changes = store_directory(ws, got.members).changes
    sync_state.set_sync_setting(ws, DIRECTORY_TAG, got.tag)
    return changes


def _remember_server(ws: Workspace, server_url: str, user: str) -> None:
    """Store where and as whom; another square or user starts from fresh snapshots.

    A workspace belongs to one square account: while it holds changes another user made
    and the square has not taken, signing in as someone else is refused (they would be
    pushed, and signed, as the new user)."""
    old_url = sync_state.get_sync_setting(ws, "server_url")
    old_user = sync_state.get_sync_setting(ws, "user")
    if (old_url, old_user) == (server_url, user):
        return
    if old_user and old_user != user and sync_state.sync_status(ws).pending:
        raise SyncError(
            "other_account",
            f"this workspace holds changes of {old_user} that the square has not taken yet",
            body={"user": str(old_user)},
        )
    if old_url or old_user:
        log.info("workspace now syncs with %s as %s: fresh snapshots", server_url, user)
        sync_state.reset_for_resync(ws)
    sync_state.set_sync_setting(ws, "server_url", server_url)
    sync_state.set_sync_setting(ws, "user", user)


class _Run:
    """The steps of one sync, and what they counted."""

    def __init__(
        self,
        ws: Workspace,
        client: SquareClient,
        progress: Progress | None,
        cancelled: Cancelled | None,
        write: Writer = _direct,
        *,
        signed_in: bool = True,
    ) -> None:
        self.ws, self.client, self.write = ws, client, write
        self.signed_in = signed_in  # this run signed in (else the client's sign-in was kept)
        self.directory_tag: str | None = None  # the directory's tag as the last pull said
        self.user = str(client.user.get("name") or "") or None
        self.progress = progress or (lambda _stage, _done, _total: None)
        self.cancelled = cancelled or (lambda: False)
        self.summary = SyncSummary()
        self.snapshotted: set[str] = set()
        self.acked: set[tuple[str, str, int]] = set()  # (kind, id, version) pushed here
        self.waiting = 0  # changes in the outbox when the sync began

    def _add(self, **counts: int) -> None:
        s = self.summary
        self.summary = replace(s, **{k: getattr(s, k) + v for k, v in counts.items()})

    def _changed(self, changes: Any) -> None:
        if isinstance(changes, Changes):
            self.summary = replace(self.summary, changes=self.summary.changes | changes)

    def _check_cancelled(self) -> None:
        if self.cancelled():
            raise SyncError("cancelled")

    def _retry(self, call: Callable[[], T]) -> T:
        """`call`, tried again on a transient error (a cut connection, a 5xx)."""
        for attempt in range(RETRIES):
            self._check_cancelled()
            try:
                return call()
            except SyncError as exc:
                if not exc.transient or attempt == RETRIES - 1:
                    raise
                log.info("retrying after %s: %s", exc.code, exc.message)
                time.sleep(RETRY_PAUSE * 2**attempt)
        raise AssertionError("unreachable")

    def run(self) -> SyncSummary:
        self.write(partial(sync_state.collect_outbox, self.ws, self.user))
        self.check_square_key()  # before anything is sent to the square
        self.publish_signing_key()  # before the outbox: a verdict is judged against it
        self.waiting = sync_state.sync_status(self.ws).pending
        if self.waiting:  # files go up only with the records that name them
            self.upload_files()
        self.push_outbox()
        try:
            self.pull()
        except SyncError as exc:
            if exc.code != "resync_required":
                raise
            log.warning("the square asks for a fresh copy: %s", exc.message)
            self.resync()
            self.write(partial(sync_state.collect_outbox, self.ws, self.user))
            self.push_outbox()
            self.pull()
        self.fetch_directory()
        self.download_files()
        return self.summary

    # --- the square's key, this PC's signing key, the directory ------------------------

    def check_square_key(self) -> None:
        """Pin the square's key at the first sync; stop, before anything is sent, when the
        square shows another (or, having had one, none)."""
        key = self._retry(self.client.square_key)
        try:
            if key is None:
                if square_key(self.ws) is not None:
                    raise SquareKeyChangedError("the square shows no signing key")
                return
            self.write(partial(pin_square_key, self.ws, key))
        except SquareKeyChangedError as exc:
            shown = canonical.fingerprint(key) if key else "none"
            raise SyncError("square_key_changed", f"the square's key is now {shown}") from exc

    def publish_signing_key(self) -> None:
        """Publish this PC's signing key to the square once (per square and user). The
        keyring is read only after a sign-in or when a verdict waits to go up, so a sync
        with nothing to do never touches it; a PC without a keyring has no key."""
        if not self.user or not (self.signed_in or _verdict_waits(self.ws)):
            return
        try:
            key = keys.stored_signing_key(self.client.base_url, self.user)
        except SyncError:
            return
        if key is None:
            return
        public = canonical.public_key_hex(key)
        mark = f"{self.user}@{self.client.base_url} {public}"
        published = sync_state.get_sync_setting(self.ws, PUBLISHED_KEYS, [])
        if mark in published:
            return
        try:
            self._retry(partial(self.client.publish_key, public))
        except SyncError as exc:  # 20 keys already: the verdict is refused and filed
            if exc.code != "invalid":
                raise
            log.warning("the square keeps no more signing keys of %s: %s", self.user, exc)
            return
        kept = [*published, mark]
        self.write(partial(sync_state.set_sync_setting, self.ws, PUBLISHED_KEYS, kept))

    def fetch_directory(self) -> None:
        """Fetch and keep the directory when the pull's tag says it changed."""
        tag = self.directory_tag
        if tag is None or tag == sync_state.get_sync_setting(self.ws, DIRECTORY_TAG):
            return
        got = self._retry(self.client.directory)
        self._changed(self.write(partial(_keep_directory, self.ws, got)))

    # --- files up -------------------------------------------------------------------

    def upload_files(self) -> None:
        hashes = sorted(set(sync_state.files_to_upload(self.ws)))
        if not hashes:
            return
        missing: list[str] = []
        for i in range(0, len(hashes), MISSING_BATCH):
            batch = hashes[i : i + MISSING_BATCH]
            missing += self._retry(partial(self.client.files_missing, batch))
        present = [(h, self.ws.files.path_for(h)) for h in missing]
        total = sum(p.stat().st_size for _h, p in present)
        done = 0

        def on_bytes(n: int) -> None:
            nonlocal done
            done += n
            self.progress("upload", done, total)

        for h, p in present:
            upload = partial(self.client.upload_file, h, p, on_bytes=on_bytes)
            sent = self._retry(partial(upload, cancelled=self.cancelled))
            self._add(uploaded_bytes=sent, files_up=1)

    # --- records --------------------------------------------------------------------

    def push_outbox(self) -> None:
        """Push the collected outbox in batches until the workspace has nothing waiting."""
        seen: set[str] = set()
        while True:
            self._check_cancelled()
            batch = sync_state.pending_changes(self.ws, limit=PUSH_BATCH)
            if not batch:
                return
            ids = {str(c["change_id"]) for c in batch}
            if ids <= seen:  # the workspace kept them all: stop rather than spin
                log.warning("%d changes stay in the outbox after being answered", len(ids))
                return
            seen |= ids
            results = self._retry(partial(self.client.push, batch))
            self._changed(self.write(partial(sync_state.record_push_results, self.ws, results)))
            self._changed(_reviews_in([r.get("record") or {} for r in results]))
            self._note_acked(batch, results)
            statuses = [r.get("status") for r in results]
            self._add(
                pushed=sum(s in ("applied", "duplicate", "conflict") for s in statuses),
                conflicts=statuses.count("conflict"),
                rejected=statuses.count("rejected"),
            )
            answered = self.summary.pushed + self.summary.rejected
            self.progress("push", answered, max(answered, self.waiting))

    def _note_acked(self, batch: list[dict[str, Any]], results: list[dict[str, Any]]) -> None:
        for change, result in zip(batch, results, strict=True):
            record = result.get("record") or {}
            version = record.get("version", result.get("version"))
            if isinstance(version, int):
                kind, rid = record.get("kind", change["kind"]), record.get("id", change["id"])
                self.acked.add((str(kind), str(rid), version))

    def _news(self, records: list[dict[str, Any]]) -> int:
        return sum(
            (str(r.get("kind")), str(r.get("id")), r.get("version")) not in self.acked
            for r in records
        )

    def pull(self) -> None:
        cur = sync_state.cursor(self.ws)
        while True:
            page = self._retry(partial(self.client.pull, cur))
            self.snapshot_jobs(set(page.jobs) - set(sync_state.local_job_ids(self.ws)))
            self._changed(
                self.write(partial(sync_state.apply_pull_page, self.ws, page.records, page.cursor))
            )
            self._add(pulled=self._news(page.records))
            self._count_activity(page.records)
            self._changed(_reviews_in(page.records))
            self.progress("pull", self.summary.pulled, 0)
            self.directory_tag = page.directory
            cur = page.cursor
            if not page.more:
                break
        gone = set(sync_state.local_job_ids(self.ws)) - set(page.jobs)
        if gone:
            log.info("%d jobs are no longer shared with this user: removed", len(gone))
            self._changed(self.write(partial(sync_state.remove_jobs, self.ws, sorted(gone))))

    def _count_activity(self, records: list[dict[str, Any]]) -> None:
        """The comments and review records others made, among the news of a page."""
        messages = activity = 0
        for r in records:
            kind, data = str(r.get("kind")), r.get("data") or {}
            news = (kind, str(r.get("id")), r.get("version")) not in self.acked
            if kind not in AUTHORS or r.get("deleted") or not news:
                continue
            if data.get(AUTHORS[kind]) == self.user:
                continue
            if kind == Kind.COMMENT:
                messages += 1
            elif kind in REVIEW_KINDS:
                activity += 1
        self._add(messages=messages, review_activity=activity)

    def snapshot_jobs(self, job_ids: Iterable[str]) -> None:
        """Fetch each job whole; one the user lost meanwhile is removed."""
        for job_id in sorted(set(job_ids) - self.snapshotted):
            try:
                snap = self._retry(partial(self.client.snapshot, job_id))
            except SyncError as exc:
                if exc.code not in GONE_CODES:
                    raise
                self._changed(self.write(partial(sync_state.remove_jobs, self.ws, [job_id])))
                continue
            self.snapshotted.add(job_id)
            self._changed(
                self.write(
                    partial(sync_state.apply_snapshot, self.ws, job_id, snap.records, snap.version)
                )
            )
            self._add(pulled=len(snap.records))

    def resync(self) -> None:
        self.write(partial(sync_state.reset_for_resync, self.ws))
        self.snapshotted.clear()
        self.snapshot_jobs(sync_state.local_job_ids(self.ws))

    # --- files down -----------------------------------------------------------------

    def download_files(self) -> None:
        hashes = sorted(set(sync_state.files_to_download(self.ws)))
        done = 0

        def on_bytes(n: int) -> None:
            nonlocal done
            done += n
            self.progress("download", done, 0)

        for h in hashes:
            try:
                download = partial(self.client.download, h, self.ws.files, on_bytes=on_bytes)
                got = self._retry(partial(download, cancelled=self.cancelled))
            except SyncError as exc:
                if exc.code not in GONE_CODES:
                    raise
                log.warning("file %s is not on the square yet (%s)", h, exc.code)
                continue
            self._add(downloaded_bytes=got, files_down=1)

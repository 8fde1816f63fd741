"""A client sync in its own process, for the kill -9 and memory tests.

    python -m tests.sync._sync_child sync WORKSPACE URL USER PASSWORD [STALL_AT]

runs `run_sync` once; with STALL_AT it prints "mid" once STALL_AT records of the sync are
written (inside the transaction of their page), then waits to be killed. Prints "ok"
after a sync that finished, "error CODE" after one that failed.

    python -m tests.sync._sync_child upload URL USER PASSWORD FILE

uploads FILE (resuming after each cut; "-": only sign in) and prints "sent N" and
"maxrss KIB".
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path
from typing import Any

from app.filestore import sha256_file
from app.replica import apply as sync_apply
from app.workspace import open_workspace
from sync.client import SquareClient
from sync.engine import run_sync
from sync.errors import SyncError


def stall_at_record(at: int) -> None:
    """Print "mid" and wait to be killed once `at` records of this sync are written (inside
    the transaction of the page that holds the `at`-th)."""
    real_record = sync_apply.apply_record  # type: ignore[attr-defined]
    records = 0

    def record(session: Any, rec: dict[str, Any], **kw: Any) -> Any:
        nonlocal records
        row = real_record(session, rec, **kw)
        records += 1
        if records == at:
            session.flush()  # the page's rows are in the database file's journal now
            print("mid", flush=True)
            time.sleep(600)
        return row

    sync_apply.apply_record = record  # type: ignore[attr-defined,assignment]


def sync(args: list[str]) -> int:
    ws_dir, url, user, password, *stall = args
    if stall:
        stall_at_record(int(stall[0]))
    ws = open_workspace(Path(ws_dir))
    try:
        run_sync(ws, server_url=url, user=user, password=password)
    except SyncError as exc:
        print(f"error {exc.code}", flush=True)
        return 1
    finally:
        ws.close()
    print("ok", flush=True)
    return 0


def upload(args: list[str]) -> int:
    url, user, password, file = args
    client = SquareClient(url)
    client.login(user, password)
    sent = 0
    path = Path(file)
    digest = sha256_file(path) if file != "-" else ""
    for _ in range(1000 if digest else 0):
        try:
            sent += client.upload_file(digest, path)
            break
        except SyncError as exc:
            if not exc.transient:
                raise
    print(f"sent {sent}", flush=True)
    print(f"maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    return 0


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    sys.exit({"sync": sync, "upload": upload}[command](rest))

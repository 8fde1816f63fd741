"""Helper for test_sync_state: apply a big pull page and stall in the middle of it.

Usage: python _apply_page.py WORKSPACE_DIR. Prints "mid" after 200 records of the page
have been applied (inside the page's transaction), then waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from app.replica import apply as sync_apply
from app.replica import state as sync_state
from app.workspace import open_workspace

JOB = "00000000-0000-4000-8000-000000000001"


def page(n: int) -> list[dict[str, Any]]:
    job = {
        "kind": "job",
        "id": JOB,
        "job_id": JOB,
        "version": 1,
        "deleted": False,
        "data": {"number": "J-2027-0001", "title": "남의 일", "customer_name": "", "notes": ""},
    }
    comments = [
        {
            "kind": "comment",
            "id": f"00000000-0000-4000-8000-{i:012d}",
            "job_id": JOB,
            "version": i,
            "deleted": False,
            "data": {"author": "이", "body": f"comment {i}", "created_at": "2027-01-01T09:00:00"},
        }
        for i in range(2, n + 2)
    ]
    return [job, *comments]


def main() -> None:
    ws = open_workspace(Path(sys.argv[1]), create=False)
    real = sync_apply.apply_record
    count = 0

    def stalling(session: Any, record: dict[str, Any], **kw: Any) -> Any:
        nonlocal count
        row = real(session, record, **kw)
        count += 1
        if count == 200:
            session.flush()  # the rows are written into the database file's journal
            sys.stdout.write("mid\n")
            sys.stdout.flush()
            time.sleep(120)
        return row

    sync_apply.apply_record = stalling  # type: ignore[assignment]
    sync_state.apply_pull_page(ws, page(1000), cursor=1001)


if __name__ == "__main__":
    main()

"""Helper for test_crash_safety: create jobs in a loop until killed.

Usage: python _write_jobs.py WORKSPACE_DIR. Prints "ready" once the workspace is open, then
the id of each job after its commit has returned (the job is "acknowledged").
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.jobs import jobs
from app.workspace import open_workspace


def main() -> None:
    ws = open_workspace(Path(sys.argv[1]), create=False)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    n = 0
    while True:
        job_id = jobs.create_job(ws, f"crash test {n}", customer=f"customer {n % 7}").value
        sys.stdout.write(job_id + "\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main()

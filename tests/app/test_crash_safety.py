"""A workspace survives its process being killed: every acknowledged write is there.

A child process creates jobs in a loop and prints each job's id after its commit returns;
the test kills it with SIGKILL mid-stream, reopens the workspace and checks it.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.jobs import jobs
from app.models import Job
from app.workspace import Workspace, check_workspace, open_workspace

WRITER = Path(__file__).with_name("_write_jobs.py")
REPO = Path(__file__).resolve().parents[2]
ROUNDS = [(3, 0.0), (40, 0.0), (10, 0.05)]  # (ids read before the kill, then seconds unread)
TIMEOUT = 30.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


class Writer:
    """The child process and a thread reading its stdout line by line."""

    def __init__(self, root: Path, stderr_path: Path) -> None:
        self._stderr = stderr_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-P", str(WRITER), str(root)],  # -P: tests/app must not shadow app/
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env={**os.environ, "PYTHONPATH": str(REPO)},  # import app/ even if not installed
        )
        self.lines: queue.Queue[bytes] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:  # a line without "\n" was cut short by the kill
            self.lines.put(line)

    def next_line(self) -> bytes:
        try:
            return self.lines.get(timeout=TIMEOUT)
        except queue.Empty:
            self.kill()
            raise AssertionError("the writer went quiet") from None

    def kill(self) -> list[bytes]:
        """SIGKILL the child; return the lines it had printed but we had not read yet."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=TIMEOUT)
        self._reader.join(timeout=TIMEOUT)
        self._stderr.close()
        rest = []
        while not self.lines.empty():
            rest.append(self.lines.get())
        return rest


def _acknowledged(lines: list[bytes]) -> list[str]:
    return [line.decode().strip() for line in lines if line.endswith(b"\n")]


def test_acknowledged_jobs_survive_sigkill(tmp_path: Path, workspace: Workspace) -> None:
    root = workspace.root
    workspace.close()
    acknowledged: list[str] = []

    for round_no, (read_first, then_wait) in enumerate(ROUNDS):
        writer = Writer(root, tmp_path / f"stderr-{round_no}.txt")
        first = writer.next_line()
        assert first == b"ready\n", (tmp_path / f"stderr-{round_no}.txt").read_text()
        seen = [writer.next_line() for _ in range(read_first)]
        time.sleep(then_wait)  # let it run on, unread: its commits are just as acknowledged
        rest = writer.kill()
        assert writer.proc.returncode == -signal.SIGKILL
        round_ids = _acknowledged(seen + rest)
        assert len(round_ids) >= read_first
        acknowledged += round_ids

        ws = open_workspace(root, create=False)
        try:
            report = check_workspace(ws)
            assert report.integrity == "ok"
            assert report.foreign_key_problems == 0
            for job_id in acknowledged:  # every job acknowledged in any round so far
                assert jobs.get_job(ws, job_id).title.startswith("crash test")
                assert len(jobs.job_detail(ws, job_id).history) == 1
            with ws.read_session() as s:
                numbers = s.scalars(select(Job.number)).all()
                assert len(numbers) == len(set(numbers))
                assert s.scalar(select(func.count()).select_from(Job)) >= len(acknowledged)
        finally:
            ws.close()

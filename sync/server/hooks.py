"""Fault injection for the tests, off unless MAKERSQUARE_SQUARE_TEST_HOOKS=1.

`POST /v1/test/hooks {"crash_after_commit": n}` makes the n-th next push (1 = the very
next one) end the process with `os._exit(70)` right after committing its batch, before
answering; `crash_before_commit` does the same just before that commit (nothing of the
batch is kept).
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field

log = logging.getLogger(__name__)
CRASH_EXIT_CODE = 70


@dataclass
class FaultHooks:
    crash_after_commit: int = 0
    crash_before_commit: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def arm(self, *, after: int | None, before: int | None) -> None:
        with self._lock:
            if after is not None:
                self.crash_after_commit = after
            if before is not None:
                self.crash_before_commit = before

    def push_started(self) -> tuple[bool, bool]:
        """Count one push; (crash before its last commit, crash after it)."""
        with self._lock:
            before = after = False
            if self.crash_before_commit > 0:
                self.crash_before_commit -= 1
                before = self.crash_before_commit == 0
            if self.crash_after_commit > 0:
                self.crash_after_commit -= 1
                after = self.crash_after_commit == 0
            return before, after


def crash(where: str) -> None:
    log.warning("test hook: crashing %s", where)
    logging.shutdown()
    os._exit(CRASH_EXIT_CODE)

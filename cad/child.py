"""Running a piece of C++ work (OpenCASCADE, fast-simplification) in a child process that
can be killed at a deadline — C code checks no cancel flag, and a crash there must not take
the application down with it.

Children start from a forkserver (Linux, macOS) or spawn elsewhere, never by fork: the
parent may be a Qt application with threads. The forkserver preloads numpy and this
package, so a child starts in about 0.1 s after the first.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Final

log = logging.getLogger(__name__)

# What the forkserver imports once (missing ones are skipped). Not OCP: 300 MB a server.
_PRELOAD: Final = (
    "__main__",
    "numpy",
    "scipy.spatial",
    "fast_simplification",
    "cad.child",
    "cad.preview",
)
_JOIN_S: Final = 5.0


class ChildFailed(Exception):
    """The child overran its deadline (`timed_out`), died, or could not start."""

    def __init__(self, reason: str, *, timed_out: bool = False) -> None:
        super().__init__(reason)
        self.timed_out = timed_out


def call_in_child(target: Callable[..., None], args: tuple[Any, ...], deadline: float) -> Any:
    """Run `target(conn, *args)` in a child; return what it sent over `conn`.

    The child is killed when `deadline` (a time.monotonic() value) passes. Raises
    ChildFailed when there is no answer (overran, crashed, could not start).
    """
    ctx = context()
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=target, args=(send, *args), daemon=True)
    try:
        proc.start()
    except (OSError, RuntimeError, AssertionError) as exc:  # e.g. inside a daemon process
        receive.close()
        send.close()
        raise ChildFailed(f"could not start a process: {exc}") from exc
    send.close()
    try:
        if not receive.poll(max(0.0, deadline - time.monotonic())):
            raise ChildFailed("overran its time budget", timed_out=True)
        return receive.recv()
    except (EOFError, OSError) as exc:  # the child died without an answer
        raise ChildFailed(f"the process died (exit code {proc.exitcode})") from exc
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(_JOIN_S)
        receive.close()


def context() -> Any:
    """forkserver where there is one, spawn elsewhere; never fork (threads, Qt)."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    # Takes effect only if the server is not yet running.
    ctx.set_forkserver_preload(list(_PRELOAD))
    return ctx


def send_and_close(conn: Connection, message: object) -> None:
    try:
        conn.send(message)
    finally:
        conn.close()

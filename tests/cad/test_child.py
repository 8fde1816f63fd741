"""cad.child: C++ work in a child process that is killed at its deadline."""

from __future__ import annotations

import os
import time
from multiprocessing.connection import Connection

import pytest

from cad.child import ChildFailed, call_in_child, send_and_close


def _answer(conn: Connection, value: int) -> None:
    send_and_close(conn, value * 2)


def _sleep(conn: Connection, seconds: float) -> None:
    time.sleep(seconds)
    send_and_close(conn, "late")


def _crash(conn: Connection, code: int) -> None:
    os._exit(code)


def test_the_childs_answer_comes_back() -> None:
    assert call_in_child(_answer, (21,), time.monotonic() + 30) == 42


def test_a_child_past_its_deadline_is_killed_quickly() -> None:
    start = time.monotonic()
    with pytest.raises(ChildFailed) as info:
        call_in_child(_sleep, (60.0,), time.monotonic() + 0.5)
    assert info.value.timed_out
    assert time.monotonic() - start < 10


def test_a_crashing_child_is_an_error_not_a_crash() -> None:
    with pytest.raises(ChildFailed) as info:
        call_in_child(_crash, (70,), time.monotonic() + 30)
    assert not info.value.timed_out

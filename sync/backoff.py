"""When to try the square again: jittered exponential backoff, and a cheap reachability probe.

The UI's sync timer uses these; nothing here touches the workspace.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import requests

from sync.protocol import PROTOCOL, PROTOCOL_HEADER


class Backoff:
    """Jittered exponential backoff for the sync timer: 5 s, 10 s, … up to 10 min.

    `failed()` returns the delay before the next try; `succeeded()` starts over. The delay
    is drawn from the upper half of the window ("equal jitter"), so clients that lost the
    square together do not come back together.
    """

    def __init__(
        self,
        base: float = 5.0,
        cap: float = 600.0,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.base, self.cap, self._rng = base, cap, rng
        self.failures = 0

    def window(self) -> float:
        """The upper bound of the current delay."""
        if self.failures == 0:
            return 0.0
        return float(min(self.cap, self.base * 2 ** min(self.failures - 1, 32)))

    def failed(self) -> float:
        self.failures += 1
        window = self.window()
        return window / 2 + self._rng() * window / 2

    def succeeded(self) -> None:
        self.failures = 0


def is_reachable(
    url: str, *, timeout: float = 3.0, session: requests.Session | None = None
) -> bool:
    """True when the square answers /v1/health with our protocol (no sign-in needed)."""
    http = session if session is not None else requests.Session()
    try:
        resp = http.get(
            url.rstrip("/") + "/v1/health",
            headers={PROTOCOL_HEADER: str(PROTOCOL)},
            timeout=(timeout, timeout),
        )
        body = resp.json() if resp.ok else {}
    except (requests.RequestException, ValueError):
        return False
    finally:
        if session is None:
            http.close()
    return isinstance(body, dict) and body.get("ok") is True

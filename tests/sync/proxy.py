"""A TCP fault proxy for the sync tests: between the client and the square on 127.0.0.1.

    with FaultProxy(("127.0.0.1", square.port)) as proxy:
        run_sync(ws, server_url=proxy.url, ...)
        proxy.cut_after(50_000)            # the next 50 kB up, then both sides are closed
        proxy.cut_after(4096, "down", times=None)   # every 4 kB down, again and again
        proxy.stall(5.0)                   # nothing moves for 5 s (None: until switched)
        proxy.throttle()                   # 1 Mbit/s each way, 300 ms one-way latency
        proxy.pass_through()

Modes switch at run time and apply to open connections at once. `bytes_up` (client →
server) and `bytes_down` count what was delivered; `cuts` how many connections were cut;
`connections` how many were accepted. Threads and sockets only: each connection has a
reader and a writer per direction, so latency delays bytes without holding later ones
back (a pipe, not a stop-and-wait). A new connection while the server is down is closed at
once, like a refused one.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from dataclasses import dataclass, replace
from typing import Literal

Direction = Literal["up", "down"]
UP: Direction = "up"
DOWN: Direction = "down"
READ_SIZE = 64 * 1024
POLL = 0.05  # seconds between looks at the stop flag
_EOF = object()
_CUT = object()


@dataclass(frozen=True)
class _Mode:
    name: Literal["pass", "cut", "stall", "throttle"] = "pass"
    cut_bytes: int = 0
    direction: Direction = UP
    times: int | None = 1  # cuts left; None: every time
    stall_until: float | None = None  # time.monotonic(); None: until switched
    rate: float = 0.0  # bytes per second
    latency: float = 0.0  # seconds, one way


class _Connection:
    """One client connection and its upstream socket, closed together."""

    def __init__(self, proxy: FaultProxy, client: socket.socket, server: socket.socket) -> None:
        self.proxy = proxy
        self.socks = {UP: (client, server), DOWN: (server, client)}
        self.closed = threading.Event()
        self.cutting = False  # cut: the sender is gone, the receiver gets what came first
        self._eofs = 0
        self._lock = threading.Lock()
        self.threads: list[threading.Thread] = []
        for direction in (UP, DOWN):
            q: queue.Queue[object] = queue.Queue()
            for target in (self._read, self._write):
                t = threading.Thread(target=target, args=(direction, q), daemon=True)
                self.threads.append(t)
        for t in self.threads:
            t.start()

    def close(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for sock in (self.socks[UP][0], self.socks[UP][1]):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def _read(self, direction: Direction, q: queue.Queue[object]) -> None:
        src = self.socks[direction][0]
        try:
            while not self.closed.is_set():
                try:
                    data = src.recv(READ_SIZE)
                except TimeoutError:
                    continue
                if not data:
                    if self.cutting:
                        self.close()
                    q.put(_EOF)
                    return
                if self.cutting:
                    continue  # the answer to a cut request goes nowhere
                self.proxy._hold_while_stalled(self)
                allowed, cut = self.proxy._budget(direction, len(data))
                if allowed:
                    q.put((time.monotonic(), data[:allowed]))
                if cut:
                    q.put(_CUT)
                    return
        except OSError:
            q.put(_EOF)

    def _write(self, direction: Direction, q: queue.Queue[object]) -> None:
        dst = self.socks[direction][1]
        next_free = 0.0
        try:
            while not self.closed.is_set():
                try:
                    item = q.get(timeout=POLL)
                except queue.Empty:
                    continue
                if item is _CUT:
                    self._cut(direction)
                    return
                if item is _EOF:
                    self._half_close(dst)
                    return
                assert isinstance(item, tuple)
                arrived, data = item
                next_free = self._deliver(direction, dst, arrived, data, next_free)
        except OSError:
            self.close()

    def _cut(self, direction: Direction) -> None:
        """Drop the sender now; the receiver gets the bytes sent so far, then the end."""
        src, dst = self.socks[direction]
        self.cutting = True
        self.proxy._count_cut()
        for how, sock in ((socket.SHUT_RDWR, src), (socket.SHUT_WR, dst)):
            with contextlib.suppress(OSError):
                sock.shutdown(how)
        with contextlib.suppress(OSError):
            src.close()
        self.closed.wait(1.0)  # the receiver reads what it got and closes; else we do
        self.close()

    def _deliver(
        self, direction: Direction, dst: socket.socket, arrived: float, data: bytes, free: float
    ) -> float:
        mode = self.proxy.mode
        if mode.name != "throttle":
            dst.sendall(data)
            self.proxy._count(direction, len(data))
            return 0.0
        self._sleep_until(arrived + mode.latency)
        step = max(1, int(mode.rate / 50))  # 20 ms slices
        for i in range(0, len(data), step):
            piece = data[i : i + step]
            free = max(free, time.monotonic())
            self._sleep_until(free)
            dst.sendall(piece)
            self.proxy._count(direction, len(piece))
            free += len(piece) / mode.rate
        return free

    def _sleep_until(self, when: float) -> None:
        while not self.closed.is_set() and (left := when - time.monotonic()) > 0:
            time.sleep(min(left, POLL))

    def _half_close(self, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)
        with self._lock:
            self._eofs += 1
            both = self._eofs == 2
        if both:
            self.close()


class FaultProxy:
    """Forwards 127.0.0.1:`port` to `target`, with a fault mode switchable at run time."""

    def __init__(self, target: tuple[str, int], *, host: str = "127.0.0.1") -> None:
        self.target = target
        self._listener = socket.create_server((host, 0))
        self._listener.settimeout(POLL)
        self.host = host
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._mode = _Mode()
        self._counted = 0  # bytes of the cut direction since the mode was set or the last cut
        self._stopping = threading.Event()
        self._conns: list[_Connection] = []
        self.bytes = {UP: 0, DOWN: 0}
        self.cuts = 0
        self.connections = 0
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    # --- the test's side --------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def mode(self) -> _Mode:
        with self._lock:
            return self._mode

    @property
    def bytes_up(self) -> int:
        with self._lock:
            return self.bytes[UP]

    @property
    def bytes_down(self) -> int:
        with self._lock:
            return self.bytes[DOWN]

    def _set(self, mode: _Mode) -> None:
        with self._lock:
            self._mode, self._counted = mode, 0

    def pass_through(self) -> None:
        self._set(_Mode())

    def cut_after(self, n_bytes: int, direction: Direction = UP, *, times: int | None = 1) -> None:
        """Close both sides once `n_bytes` more went `direction`; `times` cuts (None: every
        time), then back to passing."""
        if n_bytes < 0 or (times is not None and times < 1):
            raise ValueError("cut_after needs n_bytes >= 0 and times >= 1 (or None)")
        self._set(_Mode("cut", cut_bytes=n_bytes, direction=direction, times=times))

    def stall(self, seconds: float | None = None) -> None:
        """Hold every byte (connections stay open) for `seconds`, or until switched."""
        until = None if seconds is None else time.monotonic() + seconds
        self._set(_Mode("stall", stall_until=until))

    def throttle(self, bytes_per_s: float = 125_000, latency_s: float = 0.3) -> None:
        if bytes_per_s <= 0 or latency_s < 0:
            raise ValueError("throttle needs bytes_per_s > 0 and latency_s >= 0")
        self._set(_Mode("throttle", rate=float(bytes_per_s), latency=latency_s))

    def reset_counts(self) -> None:
        with self._lock:
            self.bytes = {UP: 0, DOWN: 0}
            self.cuts = self.connections = 0

    def close_all(self) -> None:
        """Cut every open connection now (a dropped Wi-Fi)."""
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            conn.close()

    def stop(self) -> None:
        self._stopping.set()
        self._acceptor.join(5)
        with contextlib.suppress(OSError):
            self._listener.close()
        self.close_all()
        with self._lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            for t in conn.threads:
                t.join(5)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # --- the connections' side --------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:  # the square is down: the client sees its connection drop
                client.close()
                continue
            for sock in (client, server):
                sock.settimeout(POLL)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = _Connection(self, client, server)
            with self._lock:
                self.connections += 1
                self._conns = [c for c in self._conns if not c.closed.is_set()] + [conn]

    def _hold_while_stalled(self, conn: _Connection) -> None:
        while not conn.closed.is_set() and not self._stopping.is_set():
            with self._lock:
                mode = self._mode
                if mode.name != "stall":
                    return
                if mode.stall_until is not None and time.monotonic() >= mode.stall_until:
                    self._mode = _Mode()
                    return
            time.sleep(POLL / 5)

    def _budget(self, direction: Direction, n: int) -> tuple[int, bool]:
        """How many of `n` bytes may go on, and whether the connection is cut after them."""
        with self._lock:
            mode = self._mode
            if mode.name != "cut" or mode.direction != direction:
                return n, False
            if self._counted + n < mode.cut_bytes:
                self._counted += n
                return n, False
            allowed = mode.cut_bytes - self._counted
            self._counted = 0
            if mode.times is not None:
                left = mode.times - 1
                self._mode = _Mode() if left == 0 else replace(mode, times=left)
            return allowed, True

    def _count(self, direction: Direction, n: int) -> None:
        with self._lock:
            self.bytes[direction] += n

    def _count_cut(self) -> None:
        with self._lock:
            self.cuts += 1

"""The fault proxy of the sync tests, against a small echo server of its own."""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from tests.sync.proxy import DOWN, UP, FaultProxy


class _Echo(socketserver.BaseRequestHandler):
    server: EchoServer

    def handle(self) -> None:
        while data := self.request.recv(65536):
            with self.server.lock:
                self.server.received += len(data)
            self.request.sendall(data)


class EchoServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Echo)
        self.lock = threading.Lock()
        self.received = 0

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.server_address[:2]
        return str(host), int(port)


@pytest.fixture
def echo() -> Iterator[EchoServer]:
    server = EchoServer()
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def proxy(echo: EchoServer) -> Iterator[FaultProxy]:
    with FaultProxy(echo.address) as p:
        yield p


def connect(proxy: FaultProxy, timeout: float = 5) -> socket.socket:
    return socket.create_connection((proxy.host, proxy.port), timeout=timeout)


def recv_exactly(sock: socket.socket, n: int) -> bytes:
    got = b""
    while len(got) < n:
        data = sock.recv(n - len(got))
        if not data:
            break
        got += data
    return got


def recv_until_closed(sock: socket.socket) -> bytes:
    got = b""
    try:
        while data := sock.recv(65536):
            got += data
    except (ConnectionResetError, TimeoutError):
        pass
    return got


def wait_for(check: object, timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    assert callable(check)
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_pass_forwards_both_ways_and_counts_the_bytes(proxy: FaultProxy, echo: EchoServer) -> None:
    payload = bytes(range(256)) * 400  # 100 kB
    with connect(proxy) as s:
        s.sendall(payload)
        assert recv_exactly(s, len(payload)) == payload
    wait_for(lambda: proxy.bytes_up == proxy.bytes_down == echo.received == len(payload))
    assert proxy.connections == 1 and proxy.cuts == 0


def test_a_cut_up_closes_both_sides_after_exactly_n_bytes_once(
    proxy: FaultProxy, echo: EchoServer
) -> None:
    proxy.cut_after(4000, UP)
    with connect(proxy) as s:
        s.sendall(b"x" * 10_000)
        echoed = recv_until_closed(s)
    assert len(echoed) <= 4000
    wait_for(lambda: proxy.cuts == 1 and echo.received == 4000)
    assert proxy.bytes_up == 4000
    assert proxy.mode.name == "pass"  # once, then passing again
    with connect(proxy) as s:
        s.sendall(b"y" * 10_000)
        assert recv_exactly(s, 10_000) == b"y" * 10_000


def test_a_cut_every_time_cuts_each_connection(proxy: FaultProxy, echo: EchoServer) -> None:
    proxy.cut_after(1000, UP, times=None)
    for _ in range(3):
        with connect(proxy) as s:
            s.sendall(b"z" * 2500)
            recv_until_closed(s)
    wait_for(lambda: proxy.cuts == 3 and echo.received == 3000)
    assert proxy.mode.name == "cut"


def test_a_cut_down_lets_the_request_through_and_loses_the_answer(
    proxy: FaultProxy, echo: EchoServer
) -> None:
    proxy.cut_after(500, DOWN, times=2)
    for _ in range(2):
        with connect(proxy) as s:
            s.sendall(b"q" * 3000)
            assert len(recv_until_closed(s)) == 500
    wait_for(lambda: proxy.cuts == 2 and echo.received == 6000)
    assert proxy.mode.name == "pass"


def test_a_stall_holds_the_bytes_and_lets_them_go_when_it_ends(proxy: FaultProxy) -> None:
    with connect(proxy, timeout=0.3) as s:
        proxy.stall(1.0)
        start = time.monotonic()
        s.sendall(b"hello")
        with pytest.raises(TimeoutError):
            s.recv(5)
        s.settimeout(5)
        assert recv_exactly(s, 5) == b"hello"
        assert 0.9 <= time.monotonic() - start < 3
    assert proxy.mode.name == "pass"


def test_a_stall_until_switched_is_switched_off_at_run_time(proxy: FaultProxy) -> None:
    proxy.stall()
    with connect(proxy, timeout=0.5) as s:
        s.sendall(b"ping")
        with pytest.raises(TimeoutError):
            s.recv(4)
        proxy.pass_through()
        s.settimeout(5)
        assert recv_exactly(s, 4) == b"ping"


def test_throttle_adds_latency_each_way_and_limits_the_rate(proxy: FaultProxy) -> None:
    proxy.throttle(bytes_per_s=125_000, latency_s=0.3)
    with connect(proxy) as s:
        start = time.monotonic()
        s.sendall(b"a")
        assert recv_exactly(s, 1) == b"a"
        round_trip = time.monotonic() - start
        assert 0.55 <= round_trip < 1.2  # 300 ms each way
        payload = b"b" * 62_500  # half a second at 1 Mbit/s, each way pipelined
        start = time.monotonic()
        s.sendall(payload)
        assert recv_exactly(s, len(payload)) == payload
        took = time.monotonic() - start
    assert 1.0 <= took < 2.5, took  # 0.5 s + 0.6 s latency, the two ways overlap


def test_a_server_that_is_down_is_a_dropped_connection(echo: EchoServer) -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        dead = free.getsockname()[:2]
    with FaultProxy(dead) as p, connect(p) as s:
        s.sendall(b"anyone?")
        assert recv_until_closed(s) == b""


def test_stop_closes_open_connections_and_ends_its_threads(echo: EchoServer) -> None:
    before = threading.active_count()
    p = FaultProxy(echo.address)
    s = connect(p)
    s.sendall(b"x")
    assert recv_exactly(s, 1) == b"x"
    start = time.monotonic()
    p.stop()
    assert time.monotonic() - start < 3
    assert recv_until_closed(s) == b""
    s.close()
    wait_for(lambda: threading.active_count() <= before)
    with pytest.raises(OSError):
        socket.create_connection((p.host, p.port), timeout=1)

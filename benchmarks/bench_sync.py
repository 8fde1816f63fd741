"""Sync on loopback, against the real square: prints each figure next to its target.

    .venv/bin/python benchmarks/bench_sync.py [--upload-mb 200] [--cuts 20]

- pulling and applying 10,000 changes (target < 5 s)
- pushing 1,000 (target < 3 s)
- a no-op sync's HTTP round trips (target <= 2)
- a file uploaded through the fault proxy with N cuts: bytes re-sent per cut (target <= one
  8 MiB chunk), time against the same upload uncut, and the uploading process's peak memory
  (its own getrusage, from os.wait4) against a process that only signs in.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from app.jobs.comments import add_comment, share_job  # noqa: E402
from app.jobs.jobs import create_job  # noqa: E402
from app.workspace import open_workspace  # noqa: E402
from sync.client import CHUNK_SIZE, SquareClient  # noqa: E402
from sync.engine import run_sync  # noqa: E402
from tests.sync.conftest import Square, change  # noqa: E402
from tests.sync.proxy import UP, FaultProxy  # noqa: E402

PW = "pw"


def line(name: str, value: str, target: str, ok: bool, extra: str = "") -> None:
    mark = "ok  " if ok else "MISS"
    print(f"{mark} {name:<44} {value:>14}   target {target:<12} {extra}", flush=True)


def child(args: list[str]) -> tuple[list[str], int, float]:
    """Run tests/sync/_sync_child.py; its output lines, peak RSS (KiB) and seconds."""
    start = time.perf_counter()
    p = subprocess.Popen(
        [sys.executable, "-m", "tests.sync._sync_child", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert p.stdout is not None
    out = p.stdout.read().splitlines()
    _pid, status, usage = os.wait4(p.pid, 0)
    took = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    assert p.returncode == 0, out
    return out, int(usage.ru_maxrss), took


def bench_records(sq: Square, root: Path) -> None:
    kim_ws, prof_ws = open_workspace(root / "kim"), open_workspace(root / "prof")
    job_id = create_job(kim_ws, "벤치마크").value
    share_job(kim_ws, job_id, "prof", "advisor")
    kim = SquareClient(sq.url)
    run_sync(kim_ws, server_url=sq.url, user="kim", password=PW, client=kim)

    api = sq.api("kim", PW)
    for start in range(0, 10_000, 500):
        api.push(
            *[
                change("comment", str(uuid.uuid4()), job_id, {"body": f"c{i}", "author": "kim"})
                for i in range(start, start + 500)
            ]
        )
    prof = SquareClient(sq.url)
    prof.login("prof", PW)
    t = time.perf_counter()
    got = run_sync(prof_ws, server_url=sq.url, user="prof", password=PW, client=prof)
    took = time.perf_counter() - t
    line("pull + apply 10,000 changes", f"{took:.2f} s", "< 5 s", took < 5,
         f"({got.pulled} records applied: the new job's snapshot, then the feed again; "
         f"{got.rounds} requests)")  # fmt: skip

    run_sync(kim_ws, server_url=sq.url, user="kim", password=PW, client=kim)  # take the feed
    for i in range(1000):
        add_comment(kim_ws, job_id, f"local {i}", "kim")
    t = time.perf_counter()
    pushed = run_sync(kim_ws, server_url=sq.url, user="kim", password=PW, client=kim)
    took = time.perf_counter() - t
    line("push 1,000 changes", f"{took:.2f} s", "< 3 s", took < 3,
         f"({pushed.pushed} pushed, {pushed.rounds} requests, with the echo)")  # fmt: skip

    run_sync(prof_ws, server_url=sq.url, user="prof", password=PW, client=prof)
    t = time.perf_counter()
    noop = run_sync(prof_ws, server_url=sq.url, user="prof", password=PW, client=prof)
    took = time.perf_counter() - t
    line("no-op sync: round trips", str(noop.rounds), "<= 2", noop.rounds <= 2,
         f"({took * 1000:.0f} ms)")  # fmt: skip
    kim_ws.close()
    prof_ws.close()


def bench_upload(sq: Square, root: Path, megabytes: int, cuts: int) -> None:
    big = root / "big.bin"
    with big.open("wb") as f:
        for _ in range(megabytes):
            f.write(os.urandom(1024 * 1024))
    size = big.stat().st_size
    results: dict[str, Any] = {}
    _out, base_rss, _t = child(["upload", sq.url, "kim", PW, "-"])
    for name, n_cuts in (("uncut", 0), ("cut", cuts)):
        fresh = root / f"{name}.bin"
        big.rename(fresh)  # another name, same bytes: the square has them already
        with fresh.open("r+b") as f:  # one byte changed: a new hash, a fresh upload
            f.write(os.urandom(1))
        big = fresh
        with FaultProxy(("127.0.0.1", sq.port)) as proxy:
            if n_cuts:
                proxy.cut_after(int(size * 1.2 / n_cuts), UP, times=n_cuts)
            _out, rss, took = child(["upload", proxy.url, "kim", PW, str(big)])
            results[name] = (proxy.bytes_up, proxy.cuts, rss, took)
    up, n, rss, took = results["cut"]
    up0, _n0, rss0, took0 = results["uncut"]
    per_cut = (up - up0) / max(n, 1)
    line(f"{megabytes} MB upload, {n} cuts: re-sent per cut", f"{per_cut / 2**20:.2f} MiB",
         f"<= {CHUNK_SIZE / 2**20:.0f} MiB", per_cut <= CHUNK_SIZE,
         f"({(up - up0) / 2**20:.1f} MiB re-sent in all)")  # fmt: skip
    line("  time with cuts / uncut", f"{took / took0:.2f}x", "-", True,
         f"({took:.1f} s / {took0:.1f} s; uncut {size / took0 / 2**20:.0f} MiB/s)")  # fmt: skip
    line("  uploader peak memory", f"{rss / 1024:.0f} MiB", "-", True,
         f"(a process that only signs in: {base_rss / 1024:.0f} MiB; "
         f"+{(rss - base_rss) / 1024:.0f} MiB; uncut {rss0 / 1024:.0f} MiB)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--upload-mb", type=int, default=200)
    parser.add_argument("--cuts", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        root = Path(tmp)
        sq = Square(root / "square", None, {"MAKERSQUARE_SQUARE_TEST_HOOKS": "0"})
        sq.start()
        try:
            for name, role in (("kim", "maker"), ("prof", "advisor")):
                sq.add_user(name, role, PW)
            bench_records(sq, root)
            bench_upload(sq, root, args.upload_mb, args.cuts)
        finally:
            sq.stop()


if __name__ == "__main__":
    main()

"""Design review end to end, as issue 12 checks it: three PCs and the real square.

kim (a maker) asks prof (an advisor) to review a part; prof syncs, pins a remark and asks
for changes; kim sees both, imports a new revision and asks again; prof approves; every
verdict verifies on both PCs, with the square's receipts; prof2, another advisor, sees
nothing. Then one changed byte in kim's workspace — a verdict's note, a pin's text, the
design file — makes `review verify` fail and say which. Real `makersquare` processes, each
PC with its own keyring (tests/keyring_file.py) and workspace.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.workspace import open_workspace
from tests.stl_files import write_box_stl
from tests.sync.conftest import PASSWORDS as SQUARE_PASSWORDS
from tests.sync.conftest import Square
from tests.ui.cli.conftest import PcCli
from tests.ui.cli.test_sync import ok

PASSWORDS = {**SQUARE_PASSWORDS, "prof2": "prof2-pw-4"}


@pytest.fixture
def three(sq: Square) -> Square:
    """The square with kim (a maker), prof and prof2 (advisors)."""
    sq.add_user("prof2", "advisor", PASSWORDS["prof2"])
    return sq


@pytest.fixture
def pc(pc_cli: PcCli, three: Square) -> Callable[..., Any]:
    """`pc(user, *args)`: a command on `user`'s PC (its workspace is named after them);
    `pc(user, "sync")` syncs it with the square and expects a clean sync."""

    def run(user: str, *args: str) -> str:
        if args == ("sync",):
            out = pc_cli(user, "sync", "--server", three.url, "--user", user, "--password-stdin",
                         stdin=PASSWORDS[user] + "\n")  # fmt: skip
            assert out.returncode == 0, (out.stdout, out.stderr)
            return str(out.stdout)
        return ok(pc_cli(user, *args))

    return run


def reviews(pc: Callable[..., Any], user: str) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in json.loads(pc(user, "review", "list", "--json"))}


def test_request_pins_verdicts_and_a_re_request_verify_on_every_pc_and_stay_private(
    pc: Callable[..., Any], pc_cli: PcCli, tmp_path: Path
) -> None:
    job = pc("kim", "job", "add", "브래킷 시제품").strip()
    pc("kim", "design", "import", job, str(write_box_stl(tmp_path / "b.stl", (20, 10, 5))))
    pc("kim", "sync")
    first = pc("kim", "review", "request", job, "--reviewer", "prof", "--note", "강도").strip()
    pc("kim", "sync")

    pc("prof", "sync")
    (seen,) = reviews(pc, "prof").values()
    assert (seen["id"], seen["requested_by"], seen["status"]) == (first, "kim", "open")
    pin = pc("prof", "review", "pin", first[:8], "--at", "20.2,5,2.5", "모서리 R2").strip()
    pc("prof", "review", "verdict", first[:8], "request-changes", "--note", "R2 필요")
    pc("prof", "sync")

    pc("kim", "sync")
    row = reviews(pc, "kim")[first]
    assert row["status"] == "changes_requested"
    assert [(p["id"], p["text"], p["point"]) for p in row["pins"]] == [
        (pin, "모서리 R2", [20.0, 5.0, 2.5])
    ]
    (verdict,) = row["verdicts"]
    assert (verdict["signer"], verdict["note"]) == ("prof", "R2 필요")
    assert verdict["receipt_at"], "the square's receipt came down with the verdict"

    (tmp_path / "v2").mkdir()
    pc("kim", "design", "import", job, str(write_box_stl(tmp_path / "v2" / "b.stl", (20, 10, 6))))
    second = pc("kim", "review", "request", job, "--reviewer", "prof").strip()
    pc("kim", "sync")
    pc("prof", "sync")
    assert {k: r["status"] for k, r in reviews(pc, "prof").items()} == {
        first: "superseded", second: "open",
    }  # fmt: skip
    pc("prof", "review", "verdict", second, "approve", "--note", "좋습니다")
    pc("prof", "sync")
    pc("kim", "sync")

    for user in ("kim", "prof"):
        for review in (first, second):
            said = pc(user, "review", "verify", review)
            assert said.startswith("verified: 1 verdicts"), (user, review, said)
    assert reviews(pc, "kim")[second]["status"] == "approved"

    pc("prof2", "sync")
    assert json.loads(pc("prof2", "review", "list", "--json")) == []
    assert json.loads(pc("prof2", "job", "list", "--json")) == []

    tamper_and_verify(pc_cli, tmp_path / "kim", first, pin)


def tamper_and_verify(pc_cli: PcCli, root: Path, review: str, pin: str) -> None:
    """One changed byte at a time in kim's workspace; each fails verification, named."""

    def fails(*words: str) -> None:
        out = pc_cli("kim", "review", "verify", review)
        assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
        assert all(w in out.stderr for w in words), out.stderr

    db = sqlite3.connect(root / "workspace.sqlite")
    for table, column, was, now, words in (
        ("verdict", "note", "R2 필요", "R3 필요", ("verdict 1 (prof", "signature does not hold")),
        ("pin", "text", "모서리 R2", "모서리 R3", ("Pin 1 says something else",)),
    ):
        with db:
            db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (now, was))
        fails(*words)
        with db:
            db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (was, now))
    db.close()
    assert pc_cli("kim", "review", "verify", review).returncode == 0

    ws = open_workspace(root)
    try:
        row = json.loads(pc_cli("kim", "review", "list", "--json").stdout)
        sha = next(r["file_sha256"] for r in row if r["id"] == review)
        path = ws.files.path_for(sha)
    finally:
        ws.close()
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[90] ^= 1  # a byte of the first triangle's normal
    path.write_bytes(bytes(data))
    fails("design file was changed")

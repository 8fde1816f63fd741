"""Who may know a file: what `missing` and the upload status tell a stranger (nothing), what
a design revision may name, and the cap and expiry of unfinished uploads."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable
from typing import Any

import requests

from tests.sync.conftest import Api, Square, change, wait_until


def blob(size: int = 5000) -> tuple[bytes, str]:
    data = os.urandom(size)
    return data, hashlib.sha256(data).hexdigest()


def put(api: Api, digest: str, data: bytes, offset: int = 0) -> requests.Response:
    return api.put(f"/v1/files/{digest}/upload", params={"offset": offset}, data=data)


def send_whole(api: Api, data: bytes, digest: str) -> None:
    assert put(api, digest, data).status_code == 200
    assert api.post(f"/v1/files/{digest}/complete", json={"size": len(data)}).status_code == 200


def missing(api: Api, *hashes: str) -> list[str]:
    found: list[str] = api.post("/v1/files/missing", json={"hashes": list(hashes)}).json()[
        "missing"
    ]
    return found


def status(api: Api, digest: str) -> int:
    return int(api.get(f"/v1/files/{digest}/upload").json()["received"])


def revision(job_id: str, digest: str) -> dict[str, Any]:
    data = {
        "design_id": str(uuid.uuid4()),
        "number": 1,
        "file_hash": digest,
        "original_name": "ring.stl",
        "format": "stl",
        "size_bytes": 5000,
    }
    return change("design_revision", str(uuid.uuid4()), job_id, data)


def kim_sent_a_file(sq: Square) -> tuple[Api, Api, bytes, str]:
    """Makers kim and lee, signed in; kim has sent a file whole (its bytes and hash)."""
    sq.add_user("kim")
    sq.add_user("lee")
    kim, lee = sq.api("kim"), sq.api("lee")
    data, digest = blob()
    send_whole(kim, data, digest)
    return kim, lee, data, digest


def test_a_stranger_learns_nothing_of_a_file_and_must_send_it_whole(
    square: Callable[..., Square],
) -> None:
    kim, lee, data, digest = kim_sent_a_file(square())
    assert missing(kim, digest) == [] and status(kim, digest) == len(data)

    # lee never sent it and reads no record naming it: as if the square lacked it.
    assert missing(lee, digest) == [digest] and status(lee, digest) == 0
    assert lee.get(f"/v1/files/{digest}").status_code == 403
    refused = lee.push_one(revision(lee.new_job(), digest))
    assert (refused["status"], refused["code"]) == ("rejected", "forbidden")
    # kim's unfinished upload is kim's alone.
    other, other_digest = blob()
    put(kim, other_digest, other[:1000])
    assert status(kim, other_digest) == 1000 and status(lee, other_digest) == 0

    # Sending all of it proves lee holds it; the square keeps its one copy.
    assert put(lee, digest, data[:2000]).json()["received"] == 2000
    assert status(lee, digest) == 2000
    assert put(lee, digest, data[2000:], offset=2000).json()["received"] == len(data)
    done = lee.post(f"/v1/files/{digest}/complete", json={"size": len(data)})
    assert done.status_code == 200 and missing(lee, digest) == []
    assert lee.push_one(revision(lee.new_job(), digest))["status"] == "applied"
    assert lee.get(f"/v1/files/{digest}").content == data


def test_a_revision_may_name_a_file_its_pusher_may_read_in_another_job(
    square: Callable[..., Square],
) -> None:
    kim, lee, data, digest = kim_sent_a_file(square())
    shared = kim.new_job()
    assert kim.push_one(revision(shared, digest))["status"] == "applied"
    never_sent = hashlib.sha256(b"nobody sent this").hexdigest()
    refused = kim.push_one(revision(shared, never_sent))
    assert (refused["status"], refused["code"]) == ("rejected", "forbidden")
    assert "uploaded" in refused["message"]

    kim.share(shared, "lee", "maker")
    assert missing(lee, digest) == [] and status(lee, digest) == len(data)
    assert lee.push_one(revision(lee.new_job(), digest))["status"] == "applied"


def test_unfinished_uploads_are_capped_per_user_and_expire(square: Callable[..., Square]) -> None:
    sq = square(
        env={"MAKERSQUARE_SQUARE_PARTIAL_SECONDS": "2", "MAKERSQUARE_SQUARE_SWEEP_SECONDS": "0.5"}
    )
    sq.add_user("kim")
    sq.add_user("lee")
    kim, lee = sq.api("kim"), sq.api("lee")
    started = [blob(100) for _ in range(21)]
    for data, digest in started[:20]:
        assert put(kim, digest, data[:10]).status_code == 200
    data, digest = started[20]
    r = put(kim, digest, data[:10])
    assert r.status_code == 429 and r.json()["code"] == "too_many_uploads"
    assert put(lee, digest, data[:10]).status_code == 200  # the cap is kim's, not lee's
    first, first_digest = started[0]
    assert put(kim, first_digest, first[10:], offset=10).status_code == 200  # resuming is fine
    done = kim.post(f"/v1/files/{first_digest}/complete", json={"size": len(first)})
    assert done.status_code == 200
    assert put(kim, digest, data[:10]).status_code == 200  # one finished: room for one more

    # Left alone past their time, unfinished uploads are swept away, on disk too.
    partial = sq.data_dir / "partial"
    wait_until(lambda: not list(partial.glob("*/*.part")), timeout=15)
    assert status(kim, started[1][1]) == 0
    assert missing(kim, first_digest) == []  # a finished file stays
    for data, digest in started[1:]:
        assert put(kim, digest, data[:10]).status_code == 200


def test_the_openapi_document_says_what_a_hash_is(square: Callable[..., Square]) -> None:
    doc = requests.get(square().url + "/openapi.json", timeout=10).json()
    pattern = "^[0-9a-f]{64}$"
    for path, item in doc["paths"].items():
        if "{digest}" not in path:
            continue
        for operation in item.values():
            (param,) = [p for p in operation["parameters"] if p["name"] == "digest"]
            assert param["schema"]["pattern"] == pattern, path
    hashes = doc["components"]["schemas"]["HashesIn"]["properties"]["hashes"]
    assert hashes["items"]["pattern"] == pattern

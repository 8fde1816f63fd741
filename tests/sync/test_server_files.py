"""Files: missing hashes, resumable upload across a server crash, hash check, ranges, access."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable

from tests.sync.conftest import Api, Square, change


def blob(size: int = 300_000) -> tuple[bytes, str]:
    data = os.urandom(size)
    return data, hashlib.sha256(data).hexdigest()


def upload(api: Api, digest: str, data: bytes, offset: int = 0) -> int:
    r = api.put(f"/v1/files/{digest}/upload", params={"offset": offset}, data=data)
    assert r.status_code == 200, r.text
    return int(r.json()["received"])


def name_file(api: Api, job_id: str, digest: str) -> None:
    data = {
        "design_id": "d",
        "number": 1,
        "file_hash": digest,
        "original_name": "ring.stl",
        "format": "stl",
        "size_bytes": 300_000,
    }
    assert api.push_one(change("design_revision", str(uuid.uuid4()), job_id, data))["version"]


def test_an_upload_resumes_after_the_square_crashed(
    square: Callable[..., Square], db_url: str | None
) -> None:
    sq = square(db_url)
    sq.add_user("kim")
    kim = sq.api("kim")
    data, digest = blob()
    assert kim.post("/v1/files/missing", json={"hashes": [digest]}).json() == {"missing": [digest]}
    half = len(data) // 2
    assert upload(kim, digest, data[:half]) == half
    assert sq.process is not None
    sq.process.kill()  # the square dies mid-upload
    sq.wait_exit()
    sq.restart()
    kim = sq.api("kim")
    received = kim.get(f"/v1/files/{digest}/upload").json()["received"]
    assert received == half
    wrong = kim.put(f"/v1/files/{digest}/upload", params={"offset": 0}, data=data[:10])
    assert wrong.status_code == 409 and wrong.json() == {
        "code": "invalid",
        "message": wrong.json()["message"],
        "received": half,
    }
    assert upload(kim, digest, data[received:], offset=received) == len(data)
    assert kim.post("/v1/files/missing", json={"hashes": [digest]}).json() == {"missing": [digest]}
    done = kim.post(f"/v1/files/{digest}/complete", json={"size": len(data)})
    assert done.status_code == 200, done.text
    assert kim.post("/v1/files/missing", json={"hashes": [digest]}).json() == {"missing": []}

    job_id = kim.new_job()
    name_file(kim, job_id, digest)
    whole = kim.get(f"/v1/files/{digest}")
    assert whole.status_code == 200 and whole.content == data
    part = kim.get(f"/v1/files/{digest}", headers={"Range": f"bytes={half}-"})
    assert part.status_code == 206 and part.content == data[half:]
    assert part.headers["Content-Range"] == f"bytes {half}-{len(data) - 1}/{len(data)}"
    bounded = kim.get(f"/v1/files/{digest}", headers={"Range": "bytes=10-19"})
    assert bounded.status_code == 206 and bounded.content == data[10:20]
    past = kim.get(f"/v1/files/{digest}", headers={"Range": f"bytes={len(data)}-"})
    assert past.status_code == 416


def test_a_file_whose_hash_does_not_match_never_becomes_visible(
    square: Callable[..., Square],
) -> None:
    sq = square()
    sq.add_user("kim")
    kim = sq.api("kim")
    data, digest = blob(1000)
    upload(kim, digest, data[:-1] + bytes([data[-1] ^ 1]))
    r = kim.post(f"/v1/files/{digest}/complete", json={"size": len(data)})
    assert r.status_code == 422 and r.json()["code"] == "hash_mismatch"
    assert kim.get(f"/v1/files/{digest}/upload").json()["received"] == 0  # partial dropped
    assert kim.post("/v1/files/missing", json={"hashes": [digest]}).json()["missing"] == [digest]
    r = kim.post("/v1/files/missing", json={"hashes": ["not-a-hash"]})
    assert r.status_code == 422 and r.json()["code"] == "invalid"
    big = kim.put(f"/v1/files/{digest}/upload", params={"offset": 0}, data=b"x" * (17 << 20))
    assert big.status_code == 413 and big.json()["code"] == "too_large"


def test_a_file_is_served_only_to_members_of_a_job_naming_it(
    square: Callable[..., Square], db_url: str | None
) -> None:
    sq = square(db_url)
    sq.add_user("kim")
    sq.add_user("lee")
    sq.add_user("prof", "advisor")
    kim, lee, prof = sq.api("kim"), sq.api("lee"), sq.api("prof")
    data, digest = blob(5000)
    upload(kim, digest, data)
    assert kim.post(f"/v1/files/{digest}/complete", json={"size": len(data)}).ok
    assert kim.get(f"/v1/files/{digest}").status_code == 403  # no record names it yet
    job_id = kim.new_job()
    name_file(kim, job_id, digest)
    assert kim.get(f"/v1/files/{digest}").content == data
    for outsider in (lee, prof):
        r = outsider.get(f"/v1/files/{digest}")
        assert r.status_code == 403 and r.json()["code"] == "forbidden"
    kim.share(job_id, "prof", "advisor")
    assert prof.get(f"/v1/files/{digest}").content == data
    kim.push_one(change("membership", f"{job_id}:prof", job_id, {"user": "prof"}, op="delete"))
    assert prof.get(f"/v1/files/{digest}").status_code == 403

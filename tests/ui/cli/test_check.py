"""`makersquare check` as other tools script it: the JSON contract, exit codes, bad files.

Every case runs the real command in its own process on files written here.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest

from tests.cad.conftest import binary_stl_bytes, box_arrays

ROOT = Path(__file__).resolve().parents[3]
FINDING_KEYS = {"code", "severity", "count", "faces", "message"}
METRIC_KEYS = {"triangles", "volume_mm3", "area_mm2", "bbox_mm", "bodies", "watertight"}


def check(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "ui.main", "check", "--lang", lang, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )


def write_box(
    path: Path,
    size: tuple[float, float, float] = (20.0, 20.0, 20.0),
    drop: int = 0,
    flip: bool = False,
) -> Path:
    v, f = box_arrays(size)
    f = f[drop:]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(binary_stl_bytes(v, f[:, ::-1] if flip else f))
    return path


def test_json_holds_one_object_per_file_with_the_contracts_keys(tmp_path: Path) -> None:
    write_box(tmp_path / "class" / "a_good.stl")
    write_box(tmp_path / "class" / "student2" / "b_open.stl", drop=2)
    out = check("--json", "--preset", "fdm", str(tmp_path / "class"))
    assert out.returncode == 1, out.stderr  # an error finding, every file readable
    results = json.loads(out.stdout)
    assert [Path(r["file"]).name for r in results] == ["a_good.stl", "b_open.stl"]  # recursive
    for r in results:
        assert set(r) == {"file", "ok", "error", "metrics", "findings"}
        assert r["error"] is None and set(r["metrics"]) == METRIC_KEYS
        assert all(set(f) == FINDING_KEYS for f in r["findings"])
    good, broken = results
    assert good["ok"] and good["findings"] == []
    assert good["metrics"]["volume_mm3"] == pytest.approx(8000.0)
    assert good["metrics"]["bbox_mm"] == [20.0, 20.0, 20.0]
    assert not broken["ok"]
    hole = next(f for f in broken["findings"] if f["code"] == "open_edges")
    assert hole["severity"] == "error" and hole["count"] == 4 and hole["faces"]


def test_exit_0_when_every_file_is_ok_and_paths_are_echoed_as_given(tmp_path: Path) -> None:
    part = write_box(tmp_path / "부품.stl")
    out = check("--json", str(part))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["file"] == str(part)


def test_an_inside_out_part_has_a_positive_volume_and_the_inverted_finding(tmp_path: Path) -> None:
    out = check("--json", str(write_box(tmp_path / "inside_out.stl", flip=True)))
    result = json.loads(out.stdout)[0]
    assert result["metrics"]["volume_mm3"] == pytest.approx(8000.0)
    assert [f["code"] for f in result["findings"]] == ["inverted"]
    assert out.returncode == 1


def test_the_fdm_preset_rejects_a_plate_too_big_for_the_printer(tmp_path: Path) -> None:
    out = check("--json", "--preset", "fdm", str(write_box(tmp_path / "p.stl", (400, 300, 50))))
    codes = [f["code"] for f in json.loads(out.stdout)[0]["findings"]]
    assert "exceeds_build_volume" in codes and out.returncode == 1


def test_a_trainers_preset_file_is_accepted(tmp_path: Path) -> None:
    strict = tmp_path / "class.json"
    strict.write_text(
        json.dumps(
            {
                "name": "class_fdm",
                "process": "fdm",
                "build_volume_mm": [100, 100, 100],
                "min_wall_mm": 1.2,
            }
        )
    )
    out = check(
        "--json", "--preset", str(strict), str(write_box(tmp_path / "c.stl", (150, 20, 20)))
    )
    assert [f["code"] for f in json.loads(out.stdout)[0]["findings"]] == ["exceeds_build_volume"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    part = write_box(tmp_path / "c.stl")
    assert check("--preset", "laser", str(part)).returncode == 2
    assert check(str(tmp_path / "empty_folder_that_is_missing")).returncode == 2
    (tmp_path / "nothing").mkdir()
    assert check(str(tmp_path / "nothing")).returncode == 2
    assert check().returncode == 2  # no PATH


def test_csv_has_one_row_per_file_for_a_class_sheet(tmp_path: Path) -> None:
    write_box(tmp_path / "c" / "kim.stl")
    (tmp_path / "c" / "lee.stl").write_bytes(b"")
    sheet = tmp_path / "sheet.csv"
    out = check("--csv", str(sheet), str(tmp_path / "c"))
    assert out.returncode == 2
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")  # a spreadsheet reads it as UTF-8
    rows = list(csv.DictReader(sheet.open(encoding="utf-8-sig")))
    assert [(Path(r["file"]).name, r["ok"], r["error"]) for r in rows] == [
        ("kim.stl", "true", ""),
        ("lee.stl", "false", "empty"),
    ]
    assert float(rows[0]["volume_mm3"]) == pytest.approx(8000.0)


def test_the_table_speaks_the_users_language(tmp_path: Path) -> None:
    part = write_box(tmp_path / "c.stl", drop=2)
    english = check("--preset", "fdm", str(part))
    assert "Holes (open edges)" in english.stdout
    korean = check("--preset", "fdm", str(part), lang="ko")
    assert "구멍" in korean.stdout and "Holes" not in korean.stdout


# --- bad input: a code, a one-line message, exit 2, bounded time and memory -------------------


def _peak_rss_mb(args: list[str]) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run `makersquare check` in a fresh parent so RUSAGE_CHILDREN is that run's alone."""
    probe = (
        "import resource, subprocess, sys, time, json;"
        "t = time.monotonic();"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "print(json.dumps([p.returncode, p.stdout, p.stderr, time.monotonic() - t,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    cmd = [sys.executable, "-c", probe, sys.executable, "-m", "ui.main", "check", "--json", *args]
    raw = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    code, stdout, stderr, seconds, rss = json.loads(raw.stdout)
    return subprocess.CompletedProcess(cmd, code, stdout, stderr), seconds, rss


def _zip_bomb(path: Path) -> Path:
    """A 3MF whose model part inflates to 2.2 GB of spaces (a few MB on disk)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="r" '
            'Target="/3D/3dmodel.model" Type="http://schemas.microsoft.com/3dmanufact'
            'uring/2013/01/3dmodel"/></Relationships>',
        )
        with zf.open("3D/3dmodel.model", "w", force_zip64=True) as part:
            block = b" " * (64 * 1024**2)
            for _ in range(34):
                part.write(block)
    return path


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    v, f = box_arrays()
    good = binary_stl_bytes(v, f)
    lying = bytearray(good)
    lying[80:84] = (1000).to_bytes(4, "little")
    nan = v.copy()
    nan[2, 0] = np.nan
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    cases = {
        "empty.stl": (b"", "empty"),
        "truncated.stl": (good[: len(good) // 2], "unreadable"),
        "picture.stl": (png, "unreadable"),
        "lying_count.stl": (bytes(lying), "unreadable"),
        "nan.stl": (binary_stl_bytes(nan, f), "non_finite"),
        "missing_vertex.obj": (b"v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\nf 1 2 9\n", "unreadable"),
        "garbage.step": (b"ISO-10303-21;\nHEADER;\nthis is not a step file\n", "unreadable"),
    }
    out = {}
    for name, (data, code) in cases.items():
        (tmp_path / name).write_bytes(data)
        out[name] = (tmp_path / name, code)
    return out


def test_each_bad_file_gets_its_code_and_message_and_the_rest_still_run(tmp_path: Path) -> None:
    cases = _bad_files(tmp_path)
    good = write_box(tmp_path / "zz_good.stl")
    out = check("--json", *(str(p) for p, _ in cases.values()), str(good))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    results = {Path(r["file"]).name: r for r in json.loads(out.stdout)}
    for name, (_, code) in cases.items():
        r = results[name]
        assert r["ok"] is False and r["metrics"] is None and r["findings"] == []
        assert r["error"]["code"] == code, name
        assert r["error"]["message"] and "\n" not in r["error"]["message"]
    assert results["zz_good.stl"]["ok"] is True


@pytest.mark.slow
def test_a_2_gb_file_and_a_zip_bomb_are_refused_in_bounded_time_and_memory(tmp_path: Path) -> None:
    huge = tmp_path / "huge.stl"  # sparse: 2 GB that take no disk
    with huge.open("wb") as f:
        f.write(b" " * 80 + (40_000_000).to_bytes(4, "little"))
        f.truncate(84 + 50 * 40_000_000)
    zeros = tmp_path / "zeros.stl"
    with zeros.open("wb") as f:
        f.truncate(2_000_000_000)
    bomb = _zip_bomb(tmp_path / "bomb.3mf")
    out, seconds, rss_mb = _peak_rss_mb([str(huge), str(zeros), str(bomb)])
    assert out.returncode == 2, out.stderr
    codes = [r["error"]["code"] for r in json.loads(out.stdout)]
    assert codes == ["too_large", "unreadable", "too_large"]
    assert "Traceback" not in out.stderr
    assert rss_mb < 400, f"peak memory {rss_mb:.0f} MB for refusing files"
    assert seconds < 60


def test_the_check_never_hangs_on_a_slow_geometry_budget(tmp_path: Path) -> None:
    """A part far beyond the budget still answers: partial checks are said to be partial."""
    start = time.monotonic()
    out = check("--json", "--preset", "fdm", str(write_box(tmp_path / "c.stl")))
    assert out.returncode == 0 and time.monotonic() - start < 60

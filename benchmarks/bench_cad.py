"""Loading and checking big binary STL files, against admesh and a raw numpy parse.

For each part (a ~1.3 M- and a ~4 M-triangle one of two shapes), in one run:

1. raw parse: np.fromfile of the triangle records (the floor for any reader);
2. load + weld: `cad.loading.read_mesh` (map, copy, weld, per-face terms);
3. load + topology: read_mesh + `check_mesh` with the `generic` preset (open,
   non-manifold and inconsistent edges, inverted and degenerate/duplicate faces, bodies,
   units) — everything admesh's default run reports, and the solid's volume;
4. the whole `makersquare check --json` process (interpreter start, imports, output);
5. admesh (Debian package, installed here when missing): its default run, which checks
   and repairs, and `admesh -e` (exact edge check only).

Each in-process figure is the median of `--runs` runs in a fresh child process that also
reports its peak memory; ratios are against admesh's default run on the same file.
Run: .venv/bin/python benchmarks/bench_cad.py [--runs 3]
Targets (issue #3): in-process load + topology < admesh (ratio < 1.0); the whole CLI
within 3 × admesh; peak memory printed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, resource, statistics, sys, time
from pathlib import Path
import numpy as np
sys.path.insert(0, sys.argv[1])
from cad.loading import read_mesh
from cad.checks import check_mesh
from cad.presets import PRESETS
from cad.stl import STL_RECORD
path, what, runs = Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
def raw():
    return np.fromfile(path, dtype=STL_RECORD, offset=84)
def load():
    return read_mesh(path)
def topology():
    return check_mesh(read_mesh(path), PRESETS["generic"])
fn = {"raw": raw, "load": load, "topology": topology}[what]
times = []
for _ in range(runs):
    t = time.perf_counter(); out = fn(); times.append(time.perf_counter() - t); del out
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps([statistics.median(times), peak]))
"""


def ensure_admesh() -> str:
    exe = shutil.which("admesh")
    if exe:
        return exe
    if os.geteuid() != 0:
        raise SystemExit("admesh is missing: sudo apt-get install admesh")
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "admesh"],
        check=True,
        env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"),
    )
    return shutil.which("admesh") or "admesh"


def write_stl(path: Path, vertices: np.ndarray, faces: np.ndarray) -> None:
    from cad.stl import write_binary_stl

    write_binary_stl(path, vertices, faces)


def spheres(count: int) -> tuple[np.ndarray, np.ndarray]:
    """`count` icospheres (1.31 M triangles each) side by side: a plate of parts."""
    import trimesh

    ball = trimesh.creation.icosphere(subdivisions=8, radius=30.0)
    v = np.concatenate([ball.vertices + np.array([70.0 * k, 0.0, 30.0]) for k in range(count)])
    f = np.concatenate([ball.faces + k * len(ball.vertices) for k in range(count)])
    return v, f


def torus(nu: int, nv: int) -> tuple[np.ndarray, np.ndarray]:
    """A ring (major radius 40, minor 15 mm) on a regular nu × nv grid, 2·nu·nv triangles."""
    u, w = np.meshgrid(
        np.linspace(0, 2 * np.pi, nu, endpoint=False),
        np.linspace(0, 2 * np.pi, nv, endpoint=False),
        indexing="ij",
    )
    v = np.stack(
        [(40 + 15 * np.cos(w)) * np.cos(u), (40 + 15 * np.cos(w)) * np.sin(u), 15 * np.sin(w) + 15],
        -1,
    ).reshape(-1, 3)
    i, j = np.meshgrid(np.arange(nu), np.arange(nv), indexing="ij")
    a, b = i * nv + j, ((i + 1) % nu) * nv + j
    c, d = ((i + 1) % nu) * nv + (j + 1) % nv, i * nv + (j + 1) % nv
    f = np.concatenate(
        [np.stack([a, b, c], -1).reshape(-1, 3), np.stack([a, c, d], -1).reshape(-1, 3)]
    )
    return v, f


PARTS = {
    "spheres 1.3M": lambda: spheres(1),
    "spheres 3.9M": lambda: spheres(3),
    "torus grid 1.3M": lambda: torus(1140, 570),
    "torus grid 4.0M": lambda: torus(2000, 1000),
}


def child(path: Path, what: str, runs: int) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(path), what, str(runs)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, rss = json.loads(out.stdout)
    return float(seconds), float(rss)


def timed(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median wall time of a whole process, and its peak memory (MB)."""
    probe = (
        "import json, resource, subprocess, sys, time; t = time.perf_counter();"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "print(json.dumps([time.perf_counter() - t,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]))"
    )
    results = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="", help="run only parts whose name contains this")
    parser.add_argument("--make", nargs=2, metavar=("PART", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:  # in a child, so this process's peak memory stays small (ru_maxrss is
        write_stl(Path(args.make[1]), *PARTS[args.make[0]]())  # inherited across exec)
        return
    admesh = ensure_admesh()
    cli = [sys.executable, "-m", "ui.main", "check", "--json"]
    os.chdir(ROOT)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"{'part':<17}{'step':<22}{'seconds':>9}{'× admesh':>10}{'peak MB':>9}")
    with tempfile.TemporaryDirectory(prefix="bench-cad-") as tmp:
        for name in PARTS:
            if args.only not in name:
                continue
            path = Path(tmp) / f"{name.replace(' ', '_')}.stl"
            subprocess.run([sys.executable, __file__, "--make", name, str(path)], check=True)
            base, base_mb = timed([admesh, str(path)], args.runs)
            rows = [
                ("raw numpy parse", *child(path, "raw", args.runs)),
                ("load + weld", *child(path, "load", args.runs)),
                ("load + topology", *child(path, "topology", args.runs)),
                ("makersquare check", *timed([*cli, str(path)], args.runs)),
                ("admesh -e (exact)", *timed([admesh, "-e", str(path)], args.runs)),
                ("admesh (default)", base, base_mb),
            ]
            size_mb = path.stat().st_size / 1e6
            print(f"{name:<17}({size_mb:.0f} MB file)")
            for step, seconds, rss in rows:
                print(f"{'':<17}{step:<22}{seconds:>9.3f}{seconds / base:>10.2f}{rss:>9.0f}")
            path.unlink()
            time.sleep(0.2)


if __name__ == "__main__":
    main()

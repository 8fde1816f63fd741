"""Time cad.preview on 1.3 M and 3.9 M triangles: quadric vs clustering vs a plain copy.

Run: .venv/bin/python benchmarks/bench_preview.py [runs]
Each (mesh, method) runs in a fresh process that loads the arrays from .npy, so the peak
memory (resource.getrusage ru_maxrss) is that method's and not the mesh generator's.
The quadric child's own peak is sampled from /proc (Linux), as getrusage cannot see it
(the forkserver, not us, reaps it). "quadric" gets a 120 s budget, after a warm-up that
starts the forkserver (its start-up is shown on its own); "default" is the 3 s budget.
Timings are wall-clock medians; the machine may be busy.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

METHODS = ("copy", "clustering", "quadric", "default")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _descendant_peak_mb(stop: threading.Event, out: list[float]) -> None:
    """Max VmHWM seen among processes other than us whose ancestry includes us."""
    me = os.getpid()
    while not stop.wait(0.02):
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                fields = dict(
                    line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
                )
                if _descends(int(fields["PPid"]), me) and "VmHWM" in fields:
                    out.append(int(fields["VmHWM"].split()[0]) / 1024)
            except (OSError, KeyError, ValueError):
                continue


def _descends(pid: int, ancestor: int) -> bool:
    for _ in range(4):
        if pid == ancestor:
            return True
        if pid <= 1:
            return False
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        pid = int(stat.rsplit(")", 1)[1].split()[1])
    return False


def _one_case(folder: Path, method: str, runs: int) -> dict[str, float | str]:
    from cad.preview import preview_mesh

    v = np.load(folder / "vertices.npy")
    f = np.load(folder / "faces.npy")
    before = _rss_mb()
    warmup = float("nan")
    if method == "quadric":  # start the forkserver on a small mesh first
        box_v = np.array([[x, y, z] for z in (0, 1) for y in (0, 1) for x in (0, 1)], float)
        box_f = [[0, 2, 1], [1, 2, 3], [4, 5, 6], [5, 7, 6], [0, 1, 4], [1, 5, 4]]
        box_f += [[2, 6, 3], [3, 6, 7], [0, 4, 2], [2, 4, 6], [1, 3, 5], [3, 7, 5]]
        start = time.perf_counter()
        preview_mesh(box_v, box_f, threshold=0, target_faces=4)
        warmup = time.perf_counter() - start
    peaks: list[float] = []
    stop = threading.Event()
    sampler = threading.Thread(target=_descendant_peak_mb, args=(stop, peaks), daemon=True)
    sampler.start()
    times, faces, used = [], 0, method
    for _ in range(1 if method in ("quadric", "default") else runs):
        start = time.perf_counter()
        if method == "copy":
            _ = (v.copy(), f.copy())
            faces = len(f)
        else:
            budget = {"clustering": 0.0, "quadric": 120.0, "default": 3.0}[method]
            p = preview_mesh(v, f, budget_s=budget)
            faces, used = len(p.faces), p.method
        times.append(time.perf_counter() - start)
    stop.set()
    sampler.join()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "seconds": statistics.median(times),
        "faces": faces,
        "used": used,
        "arrays_mb": (v.nbytes + f.nbytes) / 2**20,
        "extra_peak_mb": peak - before,
        "child_peak_mb": max(peaks, default=0.0),
        "warmup_s": warmup,
    }


def _make_meshes(folder: Path) -> None:
    """Write the two meshes as .npy (run in its own process: trimesh's peak stays there)."""
    import trimesh

    sphere = trimesh.creation.icosphere(subdivisions=8, radius=20.0)
    v = np.asarray(sphere.vertices, np.float64)
    f = np.asarray(sphere.faces, np.int64)
    three_v = np.vstack([v + np.array([50.0 * i, 0.0, 0.0]) for i in range(3)])
    three_f = np.vstack([f + len(v) * i for i in range(3)])
    for name, (mv, mf) in {"sphere": (v, f), "three_spheres": (three_v, three_f)}.items():
        (folder / name).mkdir()
        np.save(folder / name / "vertices.npy", mv)
        np.save(folder / name / "faces.npy", mf)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    # Each case runs in a fresh process: ru_maxrss survives fork + exec, so this process
    # must stay small for the children's figures to mean anything.
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, __file__, "--make", tmp], check=True)
        for name in ("sphere", "three_spheres"):
            folder = Path(tmp) / name
            faces = np.load(folder / "faces.npy", mmap_mode="r").shape[0]
            print(f"{name.replace('_', ' ')}, {faces:,} faces")
            baseline = None
            for method in METHODS:
                args = [sys.executable, __file__, "--case", str(folder), method, str(runs)]
                done = subprocess.run(args, capture_output=True, text=True, check=True)
                r = json.loads(done.stdout.strip().splitlines()[-1])
                baseline = baseline or r["seconds"]
                extra = (
                    f", forkserver start-up {r['warmup_s']:.2f} s" if method == "quadric" else ""
                )
                print(
                    f"  {method:10s} {r['seconds']:6.2f} s ({r['seconds'] / baseline:5.0f}x copy)"
                    f"  {r['faces']:>9,} faces via {r['used']:10s}"
                    f"  peak +{r['extra_peak_mb']:.0f} MB here (arrays {r['arrays_mb']:.0f} MB),"
                    f" child {r['child_peak_mb']:.0f} MB{extra}"
                )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--make":
        _make_meshes(Path(sys.argv[2]))
    elif len(sys.argv) > 1 and sys.argv[1] == "--case":
        result = _one_case(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
        print(json.dumps(result))
    else:
        main()

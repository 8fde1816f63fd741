"""Time cad.spatial's two checks on a 1.3 M-triangle sphere (trimesh builds it; cad does not).

Run: .venv/bin/python benchmarks/bench_spatial.py [subdivisions] [radius_mm]
Timings are wall-clock medians of three runs in this process; the machine may be busy.
"""

from __future__ import annotations

import statistics
import sys
import time

import numpy as np
import trimesh

from cad.spatial import self_intersections, thin_walls


def _median_seconds(run: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    subdivisions = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    radius = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    sphere = trimesh.creation.icosphere(subdivisions=subdivisions, radius=radius)
    vertices = np.asarray(sphere.vertices, dtype=np.float64)
    faces = np.asarray(sphere.faces, dtype=np.int64)
    print(f"icosphere({subdivisions}), radius {radius} mm: {len(faces):,} triangles")
    result = self_intersections(vertices, faces)
    print(f"  self_intersections: {result.pairs} pairs, {result.candidates:,} candidates")
    print(f"    median {_median_seconds(lambda: self_intersections(vertices, faces)):.2f} s")
    for wall in (0.8, 4.0):
        walls = thin_walls(vertices, faces, wall)
        print(f"  thin_walls({wall} mm): {len(walls.faces)} thin of {walls.samples}")
        seconds = _median_seconds(lambda w=wall: thin_walls(vertices, faces, w))
        print(f"    median {seconds:.2f} s")


if __name__ == "__main__":
    main()

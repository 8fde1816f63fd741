"""Checks a mesh against a process preset and reports findings as plain data.

`check_mesh` measures the mesh once (`cad.topology`), then runs each check on the full
mesh — never on the preview's decimated copy. Topology checks are exact and fast; the
geometric ones (thin walls, self-intersections, in `cad.spatial`) run within a deadline
and say so with a `check_incomplete` finding when they could not finish.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Final

import numpy as np

from cad import topology
from cad.mesh import MeshData
from cad.metrics import measure, metrics_of
from cad.presets import Preset
from cad.report import FACE_SAMPLE, Finding, Report, sort_findings
from cad.topology import IntArray, Topology

#: Seconds the geometric checks may take together, unless the caller says otherwise.
DEFAULT_BUDGET_S: Final = 30.0
#: Sizes that make a part suspicious: smaller than a grain of rice, or bigger than a room.
_TINY_MM: Final = 2.0
_HUGE_MM: Final = 2000.0
#: Units a part may have been drawn in by mistake, and their size in mm.
_UNIT_MM: Final = {"in": 25.4, "cm": 10.0, "m": 1000.0}
_PLAUSIBLE_MM: Final = (5.0, 1000.0)
_PLATE_TOLERANCE_MM: Final = 0.05  # faces this close to the lowest point sit on the plate

Progress = Callable[[int, str], None]


def check_mesh(
    mesh: MeshData,
    preset: Preset,
    *,
    budget_s: float = DEFAULT_BUDGET_S,
    progress: Progress | None = None,
) -> Report:
    """Run every check the preset asks for; the report's metrics come from the same pass."""
    report = progress or (lambda _p, _s: None)
    report(5, "measuring")
    t = measure(mesh)
    if t is None:
        raise ValueError("a mesh to check needs at least one face")
    metrics = metrics_of(t)
    report(40, "topology")
    findings = topology_findings(t)
    findings += size_findings(t, preset)
    if preset.geometry_checks:
        deadline = time.monotonic() + budget_s
        if preset.overhang_deg is not None:
            findings += overhang_findings(t, preset.overhang_deg)
        if preset.min_wall_mm is not None:
            report(55, "thin_walls")
            findings += thin_wall_findings(t, preset.min_wall_mm, deadline)
        report(75, "self_intersections")
        findings += intersection_findings(t, deadline)
    report(100, "done")
    return Report(preset.name, metrics, sort_findings(findings), preset.build_volume_mm)


def _sample(faces: IntArray) -> tuple[int, ...]:
    return tuple(int(f) for f in faces[:FACE_SAMPLE])


# --- topology ----------------------------------------------------------------------------


def topology_findings(t: Topology) -> list[Finding]:
    n = len(t.vertices)
    found: list[Finding] = []
    for code, keys, what in (
        ("open_edges", t.edges.open_keys, "edges belong to one face only (holes)"),
        ("non_manifold_edges", t.edges.non_manifold_keys, "edges are shared by 3+ faces"),
        ("inconsistent_winding", t.edges.inconsistent_keys, "edges join faces facing apart"),
    ):
        if len(keys):
            faces = topology.faces_of_edges(n, t.faces, keys)
            found.append(
                Finding(
                    code,
                    "error",
                    len(keys),
                    _sample(faces),
                    f"{len(keys)} {what}",
                    {"edges": len(keys), "faces": len(faces)},
                )
            )
    found += _inverted(t)
    found += _degenerate_and_duplicate(t)
    if t.bodies > 1:
        body = t.body_of_face
        largest = int(np.argmax(np.bincount(body, minlength=t.bodies)))
        found.append(
            Finding(
                "multiple_bodies",
                "info",
                t.bodies,
                _sample(np.flatnonzero(body != largest)),
                f"{t.bodies} separate bodies",
                {"bodies": t.bodies},
            )
        )
    return found


def _inverted(t: Topology) -> list[Finding]:
    """Closed bodies whose faces point inwards (cavities, which should, are left out)."""
    if not t.edges.watertight or len(t.edges.inconsistent_keys):
        return []  # orientation is only meaningful on closed, consistent shells
    inside_out = topology.wrongly_oriented(t)
    if len(inside_out) == 0:
        return []
    faces = np.flatnonzero(np.isin(t.body_of_face, inside_out))
    return [
        Finding(
            "inverted",
            "error",
            len(inside_out),
            _sample(faces),
            f"{len(inside_out)} bodies are inside out (normals point inwards)",
            {"bodies": len(inside_out), "faces": len(faces)},
        )
    ]


def _degenerate_and_duplicate(t: Topology) -> list[Finding]:
    found: list[Finding] = []
    f = t.faces
    diagonal = float(np.linalg.norm(t.hi - t.lo)) or 1.0
    repeated = (f[:, 0] == f[:, 1]) | (f[:, 1] == f[:, 2]) | (f[:, 0] == f[:, 2])
    degenerate = np.flatnonzero(repeated | (t.face_areas <= 1e-12 * diagonal * diagonal))
    if len(degenerate):
        found.append(
            Finding(
                "degenerate_faces",
                "warning",
                len(degenerate),
                _sample(degenerate),
                f"{len(degenerate)} faces have no area",
                {"faces": len(degenerate)},
            )
        )
    duplicates = duplicate_faces(len(t.vertices), f) if _may_repeat(t) else np.zeros(0, np.int64)
    if len(duplicates):
        found.append(
            Finding(
                "duplicate_faces",
                "warning",
                len(duplicates),
                _sample(duplicates),
                f"{len(duplicates)} faces repeat another face",
                {"faces": len(duplicates)},
            )
        )
    return found


def _may_repeat(t: Topology) -> bool:
    """Can any face repeat another? Two copies of a face share its three edges, so an edge
    of theirs has 3+ faces, or the pair is a body of its own with exactly two faces."""
    if len(t.edges.non_manifold_keys):
        return True
    return bool(np.any(np.bincount(t.body_of_face, minlength=t.bodies) == 2))


def duplicate_faces(n_vertices: int, faces: IntArray) -> IntArray:
    """Faces that use the same three vertices as an earlier face (in any order)."""
    a, b, c = (np.ascontiguousarray(faces[:, k]) for k in range(3))  # columns: fast
    lo = np.minimum(np.minimum(a, b), c)
    hi = np.maximum(np.maximum(a, b), c)
    mid = a + b + c - lo - hi
    if n_vertices <= 1 << 21:  # three 21-bit indices fit one exact 63-bit key
        key = (lo << 42) | (mid << 21) | hi
        ordered = np.sort(key)  # SIMD sort: cheap proof that there are none, the usual case
        if not np.any(ordered[1:] == ordered[:-1]):
            return np.zeros(0, np.int64)
        _, first = np.unique(key, return_index=True)
    else:
        _, first = np.unique(np.stack([lo, mid, hi], axis=1), axis=0, return_index=True)
    later = np.ones(len(faces), dtype=bool)
    later[first] = False
    return np.flatnonzero(later)


# --- size ---------------------------------------------------------------------------------


def size_findings(t: Topology, preset: Preset) -> list[Finding]:
    found = _units(t)
    extents = t.hi - t.lo
    if preset.build_volume_mm is not None:
        part = np.sort(extents)
        machine = np.sort(np.asarray(preset.build_volume_mm, dtype=np.float64))
        if np.any(part > machine + 1e-6):
            size = [round(float(x), 2) for x in extents]
            found.append(
                Finding(
                    "exceeds_build_volume",
                    "error",
                    1,
                    (),
                    f"{size} mm does not fit {list(preset.build_volume_mm)} mm in any axis order",
                    {"size_mm": size, "build_volume_mm": list(preset.build_volume_mm)},
                )
            )
    if preset.min_feature_mm is not None and t.bodies > 0:
        lo, hi = topology.body_boxes(t)
        small = np.flatnonzero((hi - lo).max(axis=1) < preset.min_feature_mm)
        if len(small):
            faces = np.flatnonzero(np.isin(t.body_of_face, small))
            found.append(
                Finding(
                    "small_features",
                    "warning",
                    len(small),
                    _sample(faces),
                    f"{len(small)} bodies are smaller than {preset.min_feature_mm} mm",
                    {"bodies": len(small), "min_feature_mm": preset.min_feature_mm},
                )
            )
    return found


def _units(t: Topology) -> list[Finding]:
    largest = float((t.hi - t.lo).max())
    if _TINY_MM <= largest <= _HUGE_MM or largest == 0:
        return []
    low, high = _PLAUSIBLE_MM
    if largest < _TINY_MM:
        likely = next((u for u, mm in _UNIT_MM.items() if low <= largest * mm <= high), "")
        scale = _UNIT_MM.get(likely, 0.0)
    else:
        likely, scale = ("um", 0.001) if low <= largest / 1000 <= high else ("", 0.0)
    return [
        Finding(
            "suspicious_units",
            "warning",
            1,
            (),
            f"largest size {largest:.4g} mm: drawn in {likely or 'another unit'}?",
            {"largest_mm": round(largest, 6), "likely_unit": likely, "scale": scale},
        )
    ]


# --- geometry ---------------------------------------------------------------------------


def overhang_findings(t: Topology, overhang_deg: float) -> list[Finding]:
    """Faces facing down more steeply than the process can print without supports.

    A face's overhang is its angle from the vertical: a wall is 0°, a ceiling 90°. Faces
    lying on the build plate are not overhangs.
    """
    normals = topology.face_normals(t.vertices, t.faces)
    if _inside_out(t):
        normals = -normals
    steep = normals[:, 2] < -math.sin(math.radians(overhang_deg))
    lowest = t.vertices[:, 2][t.faces].max(axis=1) <= t.lo[2] + _PLATE_TOLERANCE_MM
    faces = np.flatnonzero(steep & ~lowest)
    if len(faces) == 0:
        return []
    area = float(t.face_areas[faces].sum())
    return [
        Finding(
            "overhangs",
            "warning",
            len(faces),
            _sample(faces),
            f"{area:.1f} mm² overhangs more than {overhang_deg:g}° (needs supports)",
            {"area_mm2": round(area, 2), "overhang_deg": overhang_deg},
        )
    ]


def thin_wall_findings(t: Topology, min_wall_mm: float, deadline: float) -> list[Finding]:
    from cad.spatial import thin_walls

    faces = t.faces[:, ::-1] if _inside_out(t) else t.faces
    result = thin_walls(t.vertices, np.ascontiguousarray(faces), min_wall_mm, deadline=deadline)
    found = [] if result.complete else [_incomplete("thin_walls")]
    if len(result.faces):
        thinnest = round(float(result.thinnest_mm or 0.0), 3)
        found.append(
            Finding(
                "thin_walls",
                "error",
                len(result.faces),
                _sample(result.faces),
                f"walls down to {thinnest} mm, thinner than {min_wall_mm} mm",
                {
                    "thinnest_mm": thinnest,
                    "min_wall_mm": min_wall_mm,
                    "area_fraction": round(result.thin_area_fraction, 4),
                    "samples": result.samples,
                },
            )
        )
    return found


def intersection_findings(t: Topology, deadline: float) -> list[Finding]:
    from cad.spatial import self_intersections

    result = self_intersections(t.vertices, t.faces, deadline=deadline)
    found = [] if result.complete else [_incomplete("self_intersections")]
    if len(result.faces):
        found.append(
            Finding(
                "self_intersections",
                "warning",
                len(result.faces),
                _sample(result.faces),
                f"{len(result.faces)} faces cut through other faces",
                {"faces": len(result.faces), "pairs": result.pairs},
            )
        )
    return found


def _incomplete(check: str) -> Finding:
    return Finding(
        "check_incomplete", "info", 1, (), f"the {check} check ran out of time", {"check": check}
    )


def _inside_out(t: Topology) -> bool:
    return bool(t.edges.watertight and t.body_volumes.sum() < 0)

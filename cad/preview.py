"""Display data for the 3D viewer: a decimated level of detail for big meshes, face colours.

The checks always run on the full mesh; this module only makes what the viewer draws.
Below `threshold` faces the full mesh is shown as is. Above it, quadric decimation
(fast-simplification) runs in a child process with a time budget: it is C code that
cannot be interrupted, and it has been seen to stall (38 s at 1.07 M faces on a CAD-like
part), so the child is killed at the deadline and numpy vertex clustering answers
instead. Clustering is also the answer when fast-simplification is not installed.

Every preview face names one full-mesh face it stands for (`source_face`), so a click
maps back and findings can be painted; findings are also splatted onto the preview face
nearest each marked face, so a small finding stays visible after a 40:1 reduction.
"""

from __future__ import annotations

import importlib.util
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.shared_memory import SharedMemory
from typing import Any, Final

import numpy as np
from numpy.typing import ArrayLike, NDArray

from cad.child import ChildFailed, call_in_child, send_and_close
from cad.report import Finding

log = logging.getLogger(__name__)

BASE_COLOUR: Final = (160, 180, 206, 255)  # the thumbnail's neutral blue-grey
SEVERITY_COLOURS: Final = {
    "error": (220, 50, 47, 255),
    "warning": (245, 166, 35, 255),
    "info": (38, 139, 210, 255),
}
_PAINT_ORDER: Final = ("info", "warning", "error")  # later paint wins
_BLOCK: Final = 1 << 20  # faces handled at once, so temporaries stay bounded
_AREA_SAMPLE: Final = 1 << 18  # faces sampled to guess the clustering cell
_MAX_GRID: Final = 1 << 20  # cells per axis at most (keys fit in int64)
_CLUSTER_TRIES: Final = 8
# A closed surface of area A on a grid of cell h keeps about 2.65 A / h² faces (measured
# on spheres); aim a little under the target.
_FACE_AREA: Final = 2.8
_SLACK: Final = 1.1  # clustering aims at <= target * _SLACK faces

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]


@dataclass(frozen=True)
class PreviewMesh:
    """What the viewer draws: flat-shaded triangles, each standing for a full-mesh face."""

    vertices: NDArray[np.float32]  # (k, 3)
    faces: NDArray[np.int32]  # (j, 3)
    face_normals: NDArray[np.float32]  # (j, 3) unit; zero only for a zero-area face in "full"
    face_colours: NDArray[np.uint8] | None  # (j, 4) RGBA
    source_face: NDArray[np.int64]  # (j,) a full-mesh face each preview face stands for
    method: str  # "full" | "quadric" | "clustering"
    seconds: float


def preview_mesh(
    vertices: ArrayLike,
    faces: ArrayLike,
    *,
    target_faces: int = 100_000,
    threshold: int = 300_000,
    budget_s: float = 3.0,
    face_colours: ArrayLike | None = None,
) -> PreviewMesh:
    """The mesh to display: the full one below `threshold` faces, else ~`target_faces`.

    Quadric decimation gets `budget_s` seconds of wall time (0 skips it); vertex
    clustering follows if it overruns, fails or is not installed. `face_colours` is
    (n_faces, 4) uint8 for the full mesh (see `finding_colours`). Raises ValueError for
    empty, malformed, non-finite or zero-area input and for bad parameters.
    """
    start = time.perf_counter()
    if target_faces < 4 or threshold < 0 or not 0.0 <= budget_s < float("inf"):
        raise ValueError("need target_faces >= 4, threshold >= 0 and a finite budget >= 0")
    v, f = _validated(vertices, faces)
    colours = _validated_colours(face_colours, len(f))
    if len(f) < threshold or len(f) <= target_faces:
        out_v, out_f, source, method = v, f, np.arange(len(f), dtype=np.int64), "full"
    else:
        quadric = _quadric(v, f, target_faces, budget_s) if budget_s > 0 else None
        if quadric is not None:
            out_v, out_f, source = quadric
            method = "quadric"
        else:
            out_v, out_f, source = _cluster(v, f, target_faces)
            method = "clustering"
    normals, area2 = _normals(out_v, out_f)
    if method != "full":  # a decimated face of no area draws nothing: drop it
        keep = area2 > 0
        out_f, normals, source = out_f[keep], normals[keep], source[keep]
    preview_colours = None
    if colours is not None:
        preview_colours = _carry_colours(colours, v, f, out_v, out_f, source, method)
    return PreviewMesh(
        vertices=out_v.astype(np.float32),
        faces=out_f.astype(np.int32),
        face_normals=normals.astype(np.float32),
        face_colours=preview_colours,
        source_face=source.astype(np.int64, copy=False),
        method=method,
        seconds=time.perf_counter() - start,
    )


def finding_colours(n_faces: int, findings: Iterable[Finding]) -> NDArray[np.uint8]:
    """(n_faces, 4) RGBA: the base colour, faces of findings painted by severity.

    Errors win over warnings over notes. Face indices outside the mesh are ignored (a
    report made on another revision must not break the viewer).
    """
    if n_faces < 0:
        raise ValueError("n_faces must be >= 0")
    colours = np.empty((n_faces, 4), dtype=np.uint8)
    colours[:] = BASE_COLOUR
    by_severity: dict[str, list[int]] = {s: [] for s in _PAINT_ORDER}
    for finding in findings:
        by_severity[finding.severity].extend(finding.faces)
    for severity in _PAINT_ORDER:
        idx = np.asarray(by_severity[severity], dtype=np.int64)
        colours[idx[(idx >= 0) & (idx < n_faces)]] = SEVERITY_COLOURS[severity]
    return colours


# -- input ------------------------------------------------------------------------------


def _validated(vertices: ArrayLike, faces: ArrayLike) -> tuple[F64, I64]:
    v = np.asarray(vertices)
    f = np.asarray(faces)
    if v.ndim != 2 or v.shape[1] != 3 or f.ndim != 2 or f.shape[1] != 3:
        raise ValueError("vertices and faces must be (n, 3) arrays")
    if len(v) == 0 or len(f) == 0:
        raise ValueError("the mesh is empty")
    if not np.issubdtype(v.dtype, np.number) or np.iscomplexobj(v):
        raise ValueError("vertices must be real numbers")
    if not np.issubdtype(f.dtype, np.integer):
        raise ValueError("faces must be integer vertex indices")
    if len(v) >= 1 << 31:
        raise ValueError("too many vertices for a preview")
    v = np.asarray(v, dtype=np.float64)
    f = np.asarray(f, dtype=np.int64)
    if f.min() < 0 or f.max() >= len(v):
        raise ValueError("a face refers to a vertex that does not exist")
    if not np.isfinite(v).all():
        raise ValueError("vertices hold NaN or infinite values")
    return v, f


def _validated_colours(colours: ArrayLike | None, n_faces: int) -> NDArray[np.uint8] | None:
    if colours is None:
        return None
    c = np.asarray(colours)
    if c.shape != (n_faces, 4) or c.dtype != np.uint8:
        raise ValueError("face_colours must be (n_faces, 4) uint8")
    return c


def _normals(v: F64, f: I64) -> tuple[F64, F64]:
    """Unit face normals (zero where a face has no area) and twice each face's area."""
    normals = np.empty((len(f), 3), dtype=np.float64)
    area2 = np.empty(len(f), dtype=np.float64)
    for s in range(0, len(f), _BLOCK):
        tri = v[f[s : s + _BLOCK]]
        n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
        length = np.sqrt(np.einsum("ij,ij->i", n, n))
        area2[s : s + _BLOCK] = length
        with np.errstate(invalid="ignore", divide="ignore"):
            n /= length[:, None]
        n[length == 0] = 0.0
        normals[s : s + _BLOCK] = n
    if not area2.any():
        raise ValueError("every face has zero area")
    return normals, area2


def _centroids(v: F64, f: I64) -> F64:
    out = np.empty((len(f), 3), dtype=np.float64)
    for s in range(0, len(f), _BLOCK):
        block, part = f[s : s + _BLOCK], out[s : s + _BLOCK]
        np.take(v, block[:, 0], axis=0, out=part)
        part += v[block[:, 1]]
        part += v[block[:, 2]]
    out *= 1.0 / 3.0
    return out


# -- quadric decimation in a child process ----------------------------------------------


def _quadric(v: F64, f: I64, target: int, budget_s: float) -> tuple[F64, I64, I64] | None:
    """fast-simplification's result within `budget_s`, or None (overran, failed, missing)."""
    if importlib.util.find_spec("fast_simplification") is None:
        return None
    deadline = time.monotonic() + budget_s
    shm = SharedMemory(create=True, size=v.nbytes + len(f) * 12)
    try:
        np.copyto(np.ndarray(v.shape, np.float64, buffer=shm.buf), v)
        np.copyto(np.ndarray(f.shape, np.int32, shm.buf, v.nbytes), f, casting="unsafe")
        result = _run_child(shm.name, len(v), len(f), target, deadline)
    finally:
        shm.close()
        shm.unlink()
    if result is None:
        return None
    points, tris, source = result
    return (
        np.asarray(points, np.float64),
        np.asarray(tris, np.int64).reshape(-1, 3),
        np.asarray(source, np.int64),
    )


def _run_child(name: str, nv: int, nf: int, target: int, deadline: float) -> Any:
    try:
        result = call_in_child(_quadric_child, (name, nv, nf, target), deadline)
    except ChildFailed as exc:
        log.info("quadric decimation %s; clustering instead", exc)
        return None
    if isinstance(result, str):
        log.warning("quadric decimation failed: %s", result)
        return None
    return result


def _quadric_child(conn: Connection, name: str, nv: int, nf: int, target: int) -> None:
    """In the child: decimate the shared arrays, map preview faces to source faces."""
    import fast_simplification

    shm = SharedMemory(name=name)
    try:
        v = np.ndarray((nv, 3), np.float64, buffer=shm.buf)
        f = np.ndarray((nf, 3), np.int32, buffer=shm.buf, offset=nv * 24)
        points, tris = fast_simplification.simplify(v, f, target_count=target)
        tris = np.asarray(tris, dtype=np.int64).reshape(-1, 3)
        source = _nearest_faces(v, f, _centroids(points, tris))
        del v, f
        message: object = (points, tris, source)
    except Exception as exc:  # reported to the parent, which falls back
        message = f"{type(exc).__name__}: {exc}"
    finally:
        shm.close()
    send_and_close(conn, message)


def _nearest_faces(v: F64, f: NDArray[Any], points: F64) -> I64:
    """For each point, the face of (v, f) whose centroid is nearest."""
    from scipy.spatial import cKDTree

    tree = cKDTree(_centroids(v, f), balanced_tree=False, compact_nodes=False)
    _, idx = tree.query(points, k=1)
    return np.asarray(idx, dtype=np.int64)


# -- vertex clustering ------------------------------------------------------------------


def _cluster(v: F64, f: I64, target: int) -> tuple[F64, I64, I64]:
    """Snap vertices to a grid sized so about `target` faces survive; merge each cell."""
    lo = v.min(axis=0)
    extent = float((v.max(axis=0) - lo).max())
    floor = extent / _MAX_GRID
    cell = max(float(np.sqrt(_FACE_AREA * _surface_area(v, f) / target)), floor)
    best: tuple[float, I64, I64, I64, int] | None = None
    for _ in range(_CLUSTER_TRIES):
        inverse, n_cells = _cells(v, lo, cell)
        cf, source = _surviving_faces(f, inverse, n_cells)
        if len(cf) <= target * _SLACK:
            if best is None or len(cf) > len(best[2]):
                best = (cell, inverse, cf, source, n_cells)
            if len(cf) >= target * 0.8:
                break
        # faces go as 1 / cell²; aim a little low so the next try lands under the cap
        ratio = max(len(cf), 1) / (target * 0.95)
        cell = max(cell * float(np.clip(np.sqrt(ratio), 0.5, 2.0)), floor)
    if best is None:  # no size landed under the cap: the last try is the coarsest
        best = (cell, inverse, cf, source, n_cells)
    _, inverse, cf, source, n_cells = best
    return _cell_mesh(v, inverse, n_cells, cf, source)


def _surface_area(v: F64, f: I64) -> float:
    step = max(1, len(f) // _AREA_SAMPLE)
    tri = v[f[::step]]
    n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    area = 0.5 * float(np.sqrt(np.einsum("ij,ij->i", n, n)).sum()) * step
    if area <= 0:
        raise ValueError("every face has zero area")
    return area


def _cells(v: F64, lo: F64, cell: float) -> tuple[I64, int]:
    """The grid cell of each vertex, numbered 0..n_cells-1 in key order."""
    q = np.floor((v - lo) * (1.0 / cell)).astype(np.int64)
    np.clip(q, 0, _MAX_GRID, out=q)
    side = _MAX_GRID + 1
    keys = q[:, 0] + side * (q[:, 1] + side * q[:, 2])
    _, inverse = np.unique(keys, return_inverse=True)
    inverse = inverse.reshape(-1).astype(np.int64, copy=False)
    return inverse, int(inverse.max()) + 1


def _surviving_faces(f: I64, inverse: I64, n_cells: int) -> tuple[I64, I64]:
    """Faces over three distinct cells, once per cell triple (the lowest source kept)."""
    kept: list[I64] = []
    sources: list[I64] = []
    for s in range(0, len(f), _BLOCK):
        c = inverse[f[s : s + _BLOCK]]
        ok = (c[:, 0] != c[:, 1]) & (c[:, 1] != c[:, 2]) & (c[:, 0] != c[:, 2])
        kept.append(c[ok])
        sources.append(np.flatnonzero(ok).astype(np.int64) + s)
    cf = np.concatenate(kept)
    source = np.concatenate(sources)
    ordered = np.sort(cf, axis=1)
    if n_cells < 1 << 21:
        key = (ordered[:, 0] << 42) | (ordered[:, 1] << 21) | ordered[:, 2]
        _, first = np.unique(key, return_index=True)
    else:
        _, first = np.unique(ordered, axis=0, return_index=True)
    first.sort()
    return cf[first], source[first]


def _cell_mesh(v: F64, inverse: I64, n_cells: int, cf: I64, source: I64) -> tuple[F64, I64, I64]:
    """Each used cell becomes one vertex at the mean of its vertices."""
    counts = np.bincount(inverse, minlength=n_cells).astype(np.float64)
    means = np.empty((n_cells, 3), dtype=np.float64)
    for axis in range(3):
        means[:, axis] = np.bincount(inverse, weights=v[:, axis], minlength=n_cells)
    means /= np.maximum(counts, 1.0)[:, None]
    used, compact = np.unique(cf, return_inverse=True)
    return means[used], compact.reshape(-1, 3).astype(np.int64), source


# -- colours ----------------------------------------------------------------------------


def _carry_colours(
    colours: NDArray[np.uint8],
    v: F64,
    f: I64,
    out_v: F64,
    out_f: I64,
    source: I64,
    method: str,
) -> NDArray[np.uint8]:
    """Each preview face takes its source face's colour; finding colours are splatted.

    A face painted in a severity colour also paints the preview face nearest it, unless
    that face already shows a more severe colour, so small findings survive decimation.
    """
    out = colours[source].copy()
    if method == "full" or len(out_f) == 0:
        return out
    ranks = _severity_rank(colours)
    marked = np.flatnonzero(ranks < len(_PAINT_ORDER))
    if len(marked) == 0:
        return out
    from scipy.spatial import cKDTree

    tree = cKDTree(_centroids(out_v, out_f))
    _, target = tree.query(_centroids(v, f[marked]), k=1)
    target = np.asarray(target, dtype=np.int64)
    current = _severity_rank(out)
    cand_face = np.concatenate([np.arange(len(out), dtype=np.int64), target])
    cand_rank = np.concatenate([current, ranks[marked]])
    cand_from = np.concatenate([source, marked])
    order = np.lexsort((cand_rank, cand_face))  # by face, then most severe first
    face_sorted = cand_face[order]
    first = order[np.r_[True, face_sorted[1:] != face_sorted[:-1]]]
    out[cand_face[first]] = colours[cand_from[first]]
    return out


def _severity_rank(colours: NDArray[np.uint8]) -> I64:
    """0 for error red, 1 warning, 2 info, 3 for any other colour."""
    rank = np.full(len(colours), len(_PAINT_ORDER), dtype=np.int64)
    for i, severity in enumerate(reversed(_PAINT_ORDER)):
        hit = (colours == np.asarray(SEVERITY_COLOURS[severity], np.uint8)).all(axis=1)
        rank[hit & (rank > i)] = i
    return rank

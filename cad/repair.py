"""Repairing a mesh: what a slicer's "fix model" does, as plain numpy (and scipy's BFS).

`repair_mesh` welds, removes degenerate and duplicate faces, turns every body's faces
the same way and outwards (cavities inwards), and fills small holes with a fan round the
hole's centre. It returns the new mesh and what it changed; the caller re-runs the checks
on it to say what is left. The original is never touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

import numpy as np

from cad import topology
from cad.checks import duplicate_faces
from cad.mesh import MeshData, weld_vertices
from cad.topology import FloatArray, IntArray

#: Holes with at most this many edges are filled (a missing cube face has four).
MAX_HOLE_EDGES: Final = 200


@dataclass(frozen=True)
class RepairResult:
    mesh: MeshData
    fixed: dict[str, int] = field(default_factory=dict)  # finding code -> how many fixed

    @property
    def changed(self) -> bool:
        return any(self.fixed.values())


def repair_mesh(mesh: MeshData, *, max_hole_edges: int = MAX_HOLE_EDGES) -> RepairResult:
    v, f = weld_vertices(mesh.vertices, mesh.faces)
    fixed: dict[str, int] = {}
    f, fixed["degenerate_faces"] = _drop_degenerate(v, f)
    duplicates = duplicate_faces(len(v), f)
    if len(duplicates):
        f = np.delete(f, duplicates, axis=0)
    fixed["duplicate_faces"] = len(duplicates)
    if len(f) == 0:
        raise ValueError("nothing is left of the mesh after removing empty faces")
    f, fixed["inconsistent_winding"] = _orient_consistently(len(v), f)
    v, f, fixed["open_edges"] = _fill_holes(v, f, max_hole_edges)
    f, fixed["inverted"] = _orient_outwards(v, f)
    v, f = weld_vertices(v, f)  # drops vertices only the removed faces used
    repaired = MeshData(vertices=v, faces=f, format=mesh.format, units=mesh.units)
    return RepairResult(repaired, {k: n for k, n in fixed.items() if n})


def _drop_degenerate(v: FloatArray, f: IntArray) -> tuple[IntArray, int]:
    columns = [np.ascontiguousarray(f[:, k]) for k in range(3)]
    areas, _ = topology.face_terms(v, columns)
    diagonal = float(np.linalg.norm(v.max(axis=0) - v.min(axis=0))) or 1.0
    repeated = (f[:, 0] == f[:, 1]) | (f[:, 1] == f[:, 2]) | (f[:, 0] == f[:, 2])
    bad = repeated | (areas <= 1e-12 * diagonal * diagonal)
    return f[~bad], int(bad.sum())


def _face_pairs(n_vertices: int, f: IntArray) -> tuple[IntArray, IntArray, np.ndarray]:
    """Faces meeting at a manifold edge: (face a, face b, same direction along the edge)."""
    m = len(f)
    keys = topology.edge_keys(n_vertices, [np.ascontiguousarray(f[:, k]) for k in range(3)])
    order = np.argsort(keys >> 1, kind="stable")
    undirected = (keys >> 1)[order]
    starts = np.flatnonzero(np.concatenate(([True], undirected[1:] != undirected[:-1])))
    counts = np.diff(np.append(starts, len(keys)))
    two = starts[counts == 2]
    first, second = order[two], order[two + 1]
    same = (keys[first] & 1) == (keys[second] & 1)
    return first % m, second % m, same


def _orient_consistently(n_vertices: int, f: IntArray) -> tuple[IntArray, int]:
    """Flip faces so neighbours agree, body by body, by a breadth-first walk (scipy)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import breadth_first_order, connected_components

    a, b, same = _face_pairs(n_vertices, f)
    if not same.any():
        return f, 0
    m = len(f)
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(m, m)).tocsr()
    _, body = connected_components(graph, directed=False)
    roots = np.unique(body, return_index=True)[1]
    # A virtual root joined to one face of each body: one walk covers them all.
    rows = np.concatenate([a, np.full(len(roots), m)])
    cols = np.concatenate([b, roots])
    tree = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(m + 1, m + 1)).tocsr()
    _, pred = breadth_first_order(tree, m, directed=False, return_predecessors=True)
    pred = np.where(pred < 0, m, pred)  # the virtual root (and anything unreached)
    # Flip a face iff the parities along its path to the root say so: pointer doubling.
    across = coo_matrix((same + 1.0, (a, b)), shape=(m, m)).tocsr()
    across = across + across.T
    faces = np.arange(m)
    to_root = pred[:m] == m
    flip = np.zeros(m + 1, dtype=bool)
    flip[:m][~to_root] = np.asarray(across[faces[~to_root], pred[:m][~to_root]]).ravel() == 2
    pointer = pred.copy()
    pointer[m] = m
    while (pointer[:m] != m).any():
        flip ^= np.where(pointer != m, flip[pointer], False)
        pointer = pointer[pointer]
    flip = flip[:m]
    out = f.copy()
    out[flip] = out[flip][:, ::-1]
    return out, int(min(flip.sum(), (~flip).sum()))


def _fill_holes(v: FloatArray, f: IntArray, max_edges: int) -> tuple[FloatArray, IntArray, int]:
    """Close each boundary loop of up to `max_edges` edges with a fan round its centre."""
    n = len(v)
    directed = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]])
    key = directed[:, 0] * n + directed[:, 1]
    twin = directed[:, 1] * n + directed[:, 0]
    boundary = directed[~np.isin(key, twin)]
    if len(boundary) == 0:
        return v, f, 0
    starts, counts = np.unique(boundary[:, 0], return_counts=True)
    if (counts > 1).any():  # two holes touching at a vertex: keep only simple loops
        simple = np.isin(boundary[:, 0], starts[counts == 1])
        boundary = boundary[simple]
    step = dict(zip(boundary[:, 0].tolist(), boundary[:, 1].tolist(), strict=True))
    new_vertices: list[FloatArray] = []
    new_faces: list[list[int]] = []
    filled = 0
    while step:
        loop = _walk(step)
        if loop is None or len(loop) > max_edges:
            continue
        centre = n + len(new_vertices)
        new_vertices.append(v[loop].mean(axis=0))
        # Boundary edges run a→b along their face; the cap runs b→a beside the centre.
        new_faces += [[b, a, centre] for a, b in zip(loop, loop[1:] + loop[:1], strict=True)]
        filled += len(loop)
    if not new_faces:
        return v, f, 0
    return np.vstack([v, np.array(new_vertices)]), np.vstack([f, np.array(new_faces)]), filled


def _walk(step: dict[int, int]) -> list[int] | None:
    """Pop one loop off `step` (vertex -> next vertex); None if it does not close."""
    start = next(iter(step))
    loop = [start]
    current = step.pop(start)
    while current != start:
        if current not in step:
            return None
        loop.append(current)
        current = step.pop(current)
    return loop


def _orient_outwards(v: FloatArray, f: IntArray) -> tuple[IntArray, int]:
    """Turn closed bodies with a negative volume outwards, unless they are cavities."""
    t = topology.analyse(v, f)
    if not t.edges.watertight:
        return f, 0
    wrong = topology.wrongly_oriented(t)
    if len(wrong) == 0:
        return f, 0
    flip = np.isin(t.body_of_face, wrong)
    out = f.copy()
    out[flip] = out[flip][:, ::-1]
    return out, len(wrong)

"""Size, volume and topology of a triangle mesh, computed with numpy alone.

No trimesh here: its watertight and body checks go through slow graph code, and the
common STL path should not have to import it at all. The work is in `cad.topology`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from cad import topology
from cad.errors import CadError
from cad.mesh import MeshData, weld_vertices
from cad.topology import MeshLike, Topology

__all__ = ["MeshLike", "MeshMetrics", "compute_metrics", "measure", "metrics_of"]


@dataclass(frozen=True)
class MeshMetrics:
    triangles: int
    volume_mm3: float  # solid volume, positive even if the mesh is inside-out
    area_mm2: float
    bbox_mm: tuple[float, float, float]  # extents x, y, z
    watertight: bool  # every edge is shared by exactly two faces
    bodies: int  # connected components, by shared vertices after welding

    def to_dict(self) -> dict[str, object]:
        """A JSON-serialisable dict; `from_dict` reads it back."""
        return {
            "triangles": self.triangles,
            "volume_mm3": self.volume_mm3,
            "area_mm2": self.area_mm2,
            "bbox_mm": list(self.bbox_mm),
            "watertight": self.watertight,
            "bodies": self.bodies,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, object]) -> MeshMetrics:
        """Read back `to_dict` output (e.g. from JSON); ValueError if it is malformed."""
        bbox = d.get("bbox_mm")
        if not isinstance(bbox, list | tuple) or len(bbox) != 3:
            raise ValueError("bbox_mm must be a list of three numbers")
        x, y, z = (_number(v, "bbox_mm") for v in bbox)
        return cls(
            triangles=_integer(d.get("triangles"), "triangles"),
            volume_mm3=_number(d.get("volume_mm3"), "volume_mm3"),
            area_mm2=_number(d.get("area_mm2"), "area_mm2"),
            bbox_mm=(x, y, z),
            watertight=_boolean(d.get("watertight"), "watertight"),
            bodies=_integer(d.get("bodies"), "bodies"),
        )


def compute_metrics(mesh: MeshLike) -> MeshMetrics:
    """Metrics of a mesh in its own units (millimetres for meshes from `cad.loading`).

    Vertices are welded first (bit-identical coordinates), so a triangle soup counts the
    same as an indexed mesh. Raises CadError("non_finite") for NaN/inf coordinates.
    """
    topology = measure(mesh)
    if topology is None:
        return MeshMetrics(0, 0.0, 0.0, (0.0, 0.0, 0.0), False, 0)
    return metrics_of(topology)


def measure(mesh: MeshLike) -> Topology | None:
    """The mesh's topology (welded, finite), or None for a mesh without faces."""
    vertices = np.asarray(mesh.vertices, dtype=np.float64).reshape(-1, 3)
    faces = np.asarray(mesh.faces, dtype=np.int64).reshape(-1, 3)
    if len(faces) == 0:
        return None
    if faces.min() < 0 or faces.max() >= len(vertices):
        raise ValueError("a face refers to a missing vertex")
    with np.errstate(over="ignore", invalid="ignore"):
        if isinstance(mesh, MeshData):  # finite and welded already
            return topology.analyse(vertices, faces, mesh.face_areas, mesh.face_volumes)
        used = np.zeros(len(vertices), dtype=bool)
        used[faces.ravel()] = True
        if not np.isfinite(vertices[used]).all():
            raise CadError("non_finite", "NaN or infinite coordinates")
        v, f = weld_vertices(vertices, faces)
        return topology.analyse(v, f)


def metrics_of(t: Topology) -> MeshMetrics:
    with np.errstate(over="ignore", invalid="ignore"):
        area = float(t.face_areas.sum())
        volume = topology.solid_volume(t)
        extents = t.hi - t.lo
    if not (np.isfinite(area) and np.isfinite(volume) and np.isfinite(extents).all()):
        raise CadError("non_finite", "coordinates too large to measure")
    return MeshMetrics(
        triangles=len(t.faces),
        volume_mm3=volume,
        area_mm2=area,
        bbox_mm=(float(extents[0]), float(extents[1]), float(extents[2])),
        watertight=t.edges.watertight,
        bodies=t.bodies,
    )


def _integer(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an integer")
    return value


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number")
    return float(value)


def _boolean(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false")
    return value

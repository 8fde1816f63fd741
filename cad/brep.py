"""STEP, IGES and BREP files through OpenCASCADE (OCP), tessellated at a stated tolerance.

Only `OCP` is imported (about 1.2 s), never cadquery (2.7 s, 500 MB), and only inside the
functions, so importing this module is free. OpenCASCADE scales STEP and IGES lengths to
millimetres on reading (its `xstep.cascade.unit` is MM); the unit the file was drawn in
is read from the file and returned for the record. BREP files carry no unit: millimetres.

`tessellate` meshes a shape with `BRepMesh_IncrementalMesh` and gathers every face's
triangles, placed by the face's location and wound by its orientation (and flipped again
under a mirroring location, as OpenCASCADE's own RWMesh does). Each face has its
own nodes, so the nodes two faces share along an edge (and the two sides of a seam, and
the nodes of a degenerate edge at a pole) are merged through the edge's polygon on each
face's triangulation: a closed solid comes out as one watertight, outward-facing mesh,
already welded (by topology, not by coordinates) with every vertex used.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import math
import time
from pathlib import Path
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray

from cad.errors import CadError

log = logging.getLogger(__name__)

BREP_FORMATS: Final = frozenset({"step", "iges", "brep"})

# A unit name as STEP writes it (lower-cased) -> our short unit name (as cad.loading uses).
_STEP_UNITS: Final = {
    "millimetre": "mm",
    "millimeter": "mm",
    "mm": "mm",
    "centimetre": "cm",
    "centimeter": "cm",
    "metre": "m",
    "meter": "m",
    "micrometre": "um",
    "micrometer": "um",
    "micron": "um",
    "inch": "in",
    "foot": "ft",
    "feet": "ft",
}
# IGES global section unit flag -> our short unit name (IGES 5.3, parameter 14).
_IGES_UNIT_FLAGS: Final = {
    1: "in",
    2: "mm",
    4: "ft",
    5: "mi",
    6: "m",
    7: "km",
    8: "mil",
    9: "um",
    10: "cm",
    11: "uin",
}

Arrays = tuple[NDArray[np.float64], NDArray[np.int64]]


def read_brep(
    path: Path,
    fmt: str,
    *,
    tolerance_mm: float = 0.05,
    angular_tolerance_deg: float = 15.0,
) -> tuple[NDArray[np.float64], NDArray[np.int64], str]:
    """Read a STEP, IGES or BREP file (`fmt` "step", "iges" or "brep") as triangles in mm.

    Returns (vertices, faces, units drawn in). Raises `CadError` and nothing else:
    "unreadable", "no_geometry", "cad_kernel_unavailable", "unsupported_format".
    """
    if fmt not in BREP_FORMATS:
        raise CadError("unsupported_format", f"{fmt!r} is not read through OpenCASCADE")
    _check_tolerances(tolerance_mm, angular_tolerance_deg)
    _require_ocp()
    try:
        shape, units = _READERS[fmt](path)
        vertices, faces = tessellate(
            shape, tolerance_mm=tolerance_mm, angular_tolerance_deg=angular_tolerance_deg
        )
    except CadError:
        raise
    except MemoryError as exc:
        raise CadError("too_large", "out of memory while reading") from exc
    except Exception as exc:  # OpenCASCADE's failures are the file's fault
        log.debug("could not read %s as %s", path, fmt, exc_info=True)
        raise CadError("unreadable", f"{type(exc).__name__}: {exc}"[:300]) from exc
    return vertices, faces, units


#: A STEP/IGES/BREP file that takes longer than this to read and mesh is refused.
DEFAULT_TIMEOUT_S: Final = 120.0


def read_brep_bounded(
    path: Path, fmt: str, *, tolerance_mm: float = 0.05, timeout_s: float = DEFAULT_TIMEOUT_S
) -> tuple[NDArray[np.float64], NDArray[np.int64], str]:
    """`read_brep` in a child process killed after `timeout_s`: OpenCASCADE is C++ that
    checks no cancel flag, and a hostile file must neither hang nor crash the caller."""
    from cad.child import ChildFailed, call_in_child

    if fmt not in BREP_FORMATS:
        raise CadError("unsupported_format", f"{fmt!r} is not read through OpenCASCADE")
    _check_tolerances(tolerance_mm, 15.0)
    if not _kernel_installed():  # said here: the child would only say it later
        raise CadError("cad_kernel_unavailable", "OCP is not installed")
    deadline = time.monotonic() + timeout_s
    try:
        answer = call_in_child(_read_in_child, (str(path), fmt, tolerance_mm), deadline)
    except ChildFailed as exc:
        if exc.timed_out:
            raise CadError("timeout", f"reading took over {timeout_s:g} s") from exc
        raise CadError("unreadable", f"the CAD kernel stopped: {exc}") from exc
    if answer[0] == "error":
        raise CadError(answer[1], answer[2])
    _, vertices, faces, units = answer
    return vertices, faces, units


def _read_in_child(conn: Any, path: str, fmt: str, tolerance_mm: float) -> None:
    from cad.child import send_and_close

    try:
        vertices, faces, units = read_brep(Path(path), fmt, tolerance_mm=tolerance_mm)
        message: object = ("ok", vertices, faces, units)
    except CadError as exc:
        message = ("error", exc.code, exc.detail)
    send_and_close(conn, message)


def tessellate(
    shape: Any, *, tolerance_mm: float = 0.05, angular_tolerance_deg: float = 15.0
) -> Arrays:
    """Mesh an OCP `TopoDS_Shape` into (vertices, faces) with shared edge nodes merged.

    `tolerance_mm` is the largest distance from a triangle to the true surface. Raises
    `CadError("no_geometry")` for a shape without faces; OCP's own exceptions pass through.
    """
    from OCP.BRepMesh import BRepMesh_IncrementalMesh
    from OCP.TopAbs import TopAbs_EDGE, TopAbs_FACE
    from OCP.TopExp import TopExp
    from OCP.TopoDS import TopoDS
    from OCP.TopTools import TopTools_IndexedMapOfShape

    _check_tolerances(tolerance_mm, angular_tolerance_deg)
    if shape is None or shape.IsNull():
        raise CadError("no_geometry", "the file holds no shape")
    face_map, edge_map = TopTools_IndexedMapOfShape(), TopTools_IndexedMapOfShape()
    TopExp.MapShapes_s(shape, TopAbs_FACE, face_map)
    TopExp.MapShapes_s(shape, TopAbs_EDGE, edge_map)
    if face_map.Extent() == 0:
        raise CadError("no_geometry", "the shape has no faces")
    mesh = BRepMesh_IncrementalMesh(
        shape, tolerance_mm, False, math.radians(angular_tolerance_deg), True
    )
    if not mesh.IsDone():
        raise CadError("unreadable", "OpenCASCADE could not mesh the shape")
    gathered = _Gathered(edge_map)
    for index in range(1, face_map.Extent() + 1):
        gathered.add_face(TopoDS.Face_s(face_map.FindKey(index)))
    return gathered.result()


class _Gathered:
    """Triangles of the faces met so far, and which of their nodes are one node."""

    def __init__(self, edge_map: Any) -> None:
        self._edge_map = edge_map
        self._nodes: list[NDArray[np.float64]] = []
        self._triangles: list[NDArray[np.int64]] = []
        self._count = 0  # nodes gathered so far
        self._edge_nodes: dict[int, NDArray[np.int64]] = {}  # edge index -> its first polygon
        self._pairs: list[NDArray[np.int64]] = []  # (k, 2): node pairs that are one node

    def add_face(self, face: Any) -> None:
        from OCP.BRep import BRep_Tool
        from OCP.TopAbs import TopAbs_REVERSED
        from OCP.TopLoc import TopLoc_Location

        location = TopLoc_Location()
        triangulation = BRep_Tool.Triangulation_s(face, location)
        if triangulation is None or triangulation.NbTriangles() == 0:
            return  # a face the mesher skipped (degenerate); its neighbours still close
        offset = self._count
        nodes = _placed_nodes(triangulation, location)
        triangles = np.array(
            [triangulation.Triangle(i).Get() for i in range(1, triangulation.NbTriangles() + 1)],
            dtype=np.int64,
        )
        triangles += offset - 1  # OCC counts from 1
        mirrored = location.Transformation().IsNegative()  # a mirrored placement
        if (face.Orientation() == TopAbs_REVERSED) != mirrored:
            triangles = triangles[:, ::-1]
        self._nodes.append(nodes)
        self._triangles.append(triangles)
        self._count += len(nodes)
        self._merge_edges(face, triangulation, location, offset)

    def _merge_edges(self, face: Any, triangulation: Any, location: Any, offset: int) -> None:
        from OCP.BRep import BRep_Tool
        from OCP.TopAbs import TopAbs_EDGE
        from OCP.TopExp import TopExp_Explorer
        from OCP.TopoDS import TopoDS

        explorer = TopExp_Explorer(face, TopAbs_EDGE)
        while explorer.More():
            edge = TopoDS.Edge_s(explorer.Current())
            explorer.Next()
            # For a seam (an edge twice in one face) the reversed use gives the other side.
            polygon = BRep_Tool.PolygonOnTriangulation_s(edge, triangulation, location)
            if polygon is None:
                continue
            nodes = polygon.Nodes()
            ids = np.array([nodes.Value(i) for i in range(nodes.Lower(), nodes.Upper() + 1)])
            ids = ids.astype(np.int64) + (offset - 1)
            if BRep_Tool.Degenerated_s(edge) and len(ids) > 1:  # a pole: all one point
                self._pairs.append(np.stack([ids[1:], np.full(len(ids) - 1, ids[0])], axis=1))
            key = self._edge_map.FindIndex(edge)
            first = self._edge_nodes.setdefault(key, ids)
            if first is not ids and len(first) == len(ids):
                self._pairs.append(np.stack([ids, first], axis=1))
            elif first is not ids:
                log.debug("edge %d meshed with %d and %d nodes", key, len(first), len(ids))

    def result(self) -> Arrays:
        if not self._triangles:
            raise CadError("no_geometry", "no face could be meshed")
        vertices = np.concatenate(self._nodes)
        faces = np.concatenate(self._triangles)
        if self._pairs:
            faces = _merge_nodes(self._count, np.concatenate(self._pairs))[faces]
            # Triangles squeezed to a line at a pole or along a merged seam.
            keep = (faces[:, 0] != faces[:, 1]) & (faces[:, 1] != faces[:, 2])
            faces = faces[keep & (faces[:, 0] != faces[:, 2])]
        if len(faces) == 0:
            raise CadError("no_geometry", "the shape meshed to no triangles")
        used = np.zeros(len(vertices), dtype=bool)
        used[faces.ravel()] = True
        return vertices[used], (np.cumsum(used.astype(np.int64)) - 1)[faces]


def _placed_nodes(triangulation: Any, location: Any) -> NDArray[np.float64]:
    """The triangulation's nodes moved by the face's location, as an (n, 3) array."""
    nodes = np.array(
        [triangulation.Node(i).Coord() for i in range(1, triangulation.NbNodes() + 1)],
        dtype=np.float64,
    ).reshape(-1, 3)
    if location.IsIdentity():
        return nodes
    trsf = location.Transformation()
    matrix = np.array([[trsf.Value(r, c) for c in range(1, 5)] for r in range(1, 4)])
    result: NDArray[np.float64] = nodes @ matrix[:, :3].T + matrix[:, 3]
    return result


def _merge_nodes(count: int, pairs: NDArray[np.int64]) -> NDArray[np.int64]:
    """Each node's representative, given pairs of nodes that are the same point.

    Hooks roots under smaller roots and jumps pointers until every pair shares a root;
    a few rounds, as chains are only as long as the faces meeting at a vertex.
    """
    parent = np.arange(count, dtype=np.int64)
    a, b = pairs[:, 0], pairs[:, 1]
    while True:
        while True:  # point every node at its root
            grand = parent[parent]
            if np.array_equal(grand, parent):
                break
            parent = grand
        root_a, root_b = parent[a], parent[b]
        if np.array_equal(root_a, root_b):
            return parent
        low = np.minimum(root_a, root_b)  # hook each root under the smaller one
        np.minimum.at(parent, root_a, low)
        np.minimum.at(parent, root_b, low)


def _check_tolerances(tolerance_mm: float, angular_tolerance_deg: float) -> None:
    if not (math.isfinite(tolerance_mm) and tolerance_mm > 0):
        raise ValueError(f"tolerance_mm must be a positive number, not {tolerance_mm!r}")
    if not (math.isfinite(angular_tolerance_deg) and 0 < angular_tolerance_deg <= 90):
        raise ValueError(f"angular_tolerance_deg must be in (0, 90], not {angular_tolerance_deg!r}")


def _kernel_installed() -> bool:
    try:
        return importlib.util.find_spec("OCP") is not None
    except (ImportError, ValueError):  # ValueError: a module set to None (tests do that)
        return False


def _require_ocp() -> None:
    try:
        import OCP  # noqa: F401
    except ImportError as exc:
        raise CadError("cad_kernel_unavailable", f"OCP cannot be imported: {exc}") from exc
    _quiet_kernel()


@functools.cache
def _quiet_kernel() -> None:
    """Stop OpenCASCADE printing parser complaints to stdout (we raise and log instead)."""
    from OCP.Message import Message, Message_PrinterOStream

    Message.DefaultMessenger_s().RemovePrinters(Message_PrinterOStream.get_type_descriptor_s())


# --- readers: (path) -> (shape, unit drawn in) ----------------------------------------


def _read_step(path: Path) -> tuple[Any, str]:
    from OCP.STEPControl import STEPControl_Reader
    from OCP.TColStd import TColStd_SequenceOfAsciiString

    reader = _load(STEPControl_Reader(), path, "STEP")
    lengths, angles, solid_angles = (TColStd_SequenceOfAsciiString() for _ in range(3))
    reader.FileUnits(lengths, angles, solid_angles)
    names = [lengths.Value(i).ToCString().strip().lower() for i in range(1, lengths.Length() + 1)]
    if names and names[0] not in _STEP_UNITS:
        log.info("STEP length unit %r is not one we name; recorded as mm", names[0])
    units = _STEP_UNITS.get(names[0], "mm") if names else "mm"
    return _transfer(reader, "STEP"), units


def _read_iges(path: Path) -> tuple[Any, str]:
    from OCP.IGESControl import IGESControl_Reader

    reader = _load(IGESControl_Reader(), path, "IGES")
    model = reader.IGESModel()
    if model.NbEntities() == 0:
        if not _looks_like_iges(path):
            raise CadError("unreadable", "not an IGES file (no start section)")
        raise CadError("no_geometry", "IGES file without entities")
    units = _IGES_UNIT_FLAGS.get(model.GlobalSection().UnitFlag(), "mm")
    return _transfer(reader, "IGES"), units


def _load(reader: Any, path: Path, kind: str) -> Any:
    """`reader` with the file parsed; raise "unreadable" if it would not parse."""
    from OCP.IFSelect import IFSelect_RetDone

    status = reader.ReadFile(str(path))
    if status != IFSelect_RetDone:
        raise CadError("unreadable", f"{kind} reader status {status}")
    return reader


def _transfer(reader: Any, kind: str) -> Any:
    """The file's shapes as one OCP shape; raise "no_geometry" if it holds none."""
    if reader.NbRootsForTransfer() == 0:
        raise CadError("no_geometry", f"{kind} file without shapes")
    reader.TransferRoots()
    if reader.NbShapes() == 0:
        raise CadError("no_geometry", f"{kind} file whose entities did not transfer")
    return reader.OneShape()


def _looks_like_iges(path: Path) -> bool:
    """IGES is 80-column text whose first line has "S" (start section) in column 73."""
    with path.open("rb") as f:
        first = f.read(81)
    return len(first) >= 73 and first[72:73] in (b"S", b"s")


def _read_native_brep(path: Path) -> tuple[Any, str]:
    from OCP.BRep import BRep_Builder
    from OCP.BRepTools import BRepTools
    from OCP.TopoDS import TopoDS_Shape

    shape = TopoDS_Shape()
    if not BRepTools.Read_s(shape, str(path), BRep_Builder()):
        raise CadError("unreadable", "not an OpenCASCADE BREP file")
    return shape, "mm"


_READERS: Final = {"step": _read_step, "iges": _read_iges, "brep": _read_native_brep}

"""Reading mesh files into welded triangle arrays in millimetres.

Binary and ASCII STL and 3MF are parsed here with numpy and the standard library (the
common case never imports trimesh); OBJ, PLY, OFF and glTF go through trimesh, imported
on first use because it is slow to import; STEP, IGES and BREP go through OpenCASCADE
(`cad.brep`), tessellated at `tolerance_mm`. Everything wrong with a file becomes a
`CadError`; no parser exception escapes `read_mesh`.
"""

from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final
from xml.etree import ElementTree

import numpy as np
from numpy.typing import ArrayLike, NDArray

from cad.brep import read_brep_bounded
from cad.errors import CadError
from cad.mesh import MeshData, weld_vertices
from cad.stl import read_stl

if TYPE_CHECKING:
    import trimesh

log = logging.getLogger(__name__)

# STEP, IGES and BREP go through OpenCASCADE (cad.brep): suffix -> its format name.
_BREP_SUFFIXES: Final = {
    ".step": "step",
    ".stp": "step",
    ".iges": "iges",
    ".igs": "iges",
    ".brep": "brep",
    ".brp": "brep",
}
SUPPORTED_SUFFIXES: Final = frozenset(
    {".stl", ".obj", ".ply", ".3mf", ".off", ".glb", ".gltf", *_BREP_SUFFIXES}
)
DEFAULT_TOLERANCE_MM: Final = 0.05  # largest distance from a STEP part's triangles to it
DEFAULT_MAX_BYTES: Final = 2 * 1024**3

# STL, OBJ, PLY and OFF carry no unit; makers draw in millimetres. glTF is metres by spec.
_SUFFIX_UNITS: Final = {"gltf": ("m", 1000.0), "glb": ("m", 1000.0)}
# 3MF `unit` attribute -> (our short unit name, millimetres per unit).
_3MF_UNITS: Final = {
    "micron": ("um", 0.001),
    "millimeter": ("mm", 1.0),
    "centimeter": ("cm", 10.0),
    "inch": ("in", 25.4),
    "foot": ("ft", 304.8),
    "meter": ("m", 1000.0),
}


def read_mesh(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    tolerance_mm: float = DEFAULT_TOLERANCE_MM,
    fmt: str | None = None,
) -> MeshData:
    """Read a mesh file; raise `CadError` for anything wrong with it.

    STEP, IGES and BREP are tessellated so no triangle is further than `tolerance_mm`
    from the true surface. `fmt` ("stl", "step", ...) overrides the path's suffix, for
    files kept under their hash in the workspace's store.
    """
    suffix = f".{fmt.lower()}" if fmt else path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise CadError("unsupported_format", f"suffix {suffix!r}")
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise CadError("empty", "file does not exist") from exc
    except OSError as exc:
        raise CadError("unreadable", f"{type(exc).__name__}: {exc}") from exc
    if not path.is_file():
        raise CadError("unreadable", "not a regular file")
    if size == 0:
        raise CadError("empty", "zero bytes")
    if size > max_bytes:
        raise CadError("too_large", f"{size} bytes > {max_bytes}")

    fmt = _BREP_SUFFIXES.get(suffix, suffix[1:])
    units, scale = _SUFFIX_UNITS.get(fmt, ("mm", 1.0))
    try:
        if fmt == "stl":
            return read_stl(path, max_bytes)
        elif fmt == "3mf":
            vertices, faces, units, scale = _read_3mf(path, max_bytes)
        elif suffix in _BREP_SUFFIXES:  # already in mm; `units` is what it was drawn in
            vertices, faces, units = read_brep_bounded(path, fmt, tolerance_mm=tolerance_mm)
        else:
            vertices, faces = _read_with_trimesh(path, fmt)
        return _finish(vertices, faces, fmt, units, scale)
    except CadError:
        raise
    except MemoryError as exc:
        raise CadError("too_large", "out of memory while reading") from exc
    except Exception as exc:  # any parser failure is the file's fault
        log.debug("could not parse %s", path, exc_info=True)
        raise CadError("unreadable", f"{type(exc).__name__}: {exc}"[:300]) from exc


def load_mesh(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> trimesh.Trimesh:
    """Read a mesh file as a `trimesh.Trimesh` in millimetres (welded, not processed).

    `mesh.metadata` holds "file_format" and "source_units"; raises `CadError`.
    """
    data = read_mesh(path, max_bytes=max_bytes)
    import trimesh

    mesh = trimesh.Trimesh(vertices=data.vertices, faces=data.faces, process=False)
    mesh.units = "mm"
    mesh.metadata.update({"file_format": data.format, "source_units": data.units})
    return mesh


def _finish(vertices: ArrayLike, faces: ArrayLike, fmt: str, units: str, scale: float) -> MeshData:
    v = np.asarray(vertices)
    f = np.asarray(faces, dtype=np.int64)
    if v.ndim != 2 or v.shape[1] != 3 or f.ndim != 2 or f.shape[1] != 3:
        raise CadError("unreadable", "vertex or face arrays have the wrong shape")
    if len(f) == 0:
        raise CadError("no_geometry", "no triangles")
    if f.min() < 0 or f.max() >= len(v):
        raise CadError("unreadable", "a face refers to a missing vertex")
    used = np.zeros(len(v), dtype=bool)
    used[f.ravel()] = True
    with np.errstate(over="ignore", invalid="ignore"):
        if not np.isfinite(v if used.all() else v[used]).all():
            raise CadError("non_finite", "NaN or infinite coordinates")
        v, f = weld_vertices(v, f)
        if scale != 1.0:
            v = v * scale
            if not np.isfinite(v).all():
                raise CadError("non_finite", "coordinates overflow when scaled to mm")
    return MeshData(vertices=v, faces=f, format=fmt, units=units)


# --- STL ------------------------------------------------------------------------------


# --- trimesh formats ------------------------------------------------------------------


def _read_with_trimesh(path: Path, fmt: str) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    import trimesh

    loaded = trimesh.load(
        str(path), file_type=fmt, force="mesh", process=False, skip_materials=True
    )
    if not isinstance(loaded, trimesh.Trimesh):
        raise CadError("no_geometry", f"file holds a {type(loaded).__name__}, not triangles")
    return np.asarray(loaded.vertices, dtype=np.float64), np.asarray(loaded.faces, np.int64)


# --- 3MF ------------------------------------------------------------------------------

_3MF_MODEL_REL: Final = "http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"
_3MF_PATH_ATTR: Final = "{http://schemas.microsoft.com/3dmanufacturing/production/2015/06}path"
_3MF_MAX_DEPTH: Final = 32
_3MF_MAX_PLACEMENTS: Final = 100_000  # objects placed, counting every component


@dataclass(frozen=True)
class _Ref:
    """A build item or component: an object (in model part `part`) placed by `transform`."""

    part: str
    object_id: str
    transform: NDArray[np.float64]  # 4x4, row-vector convention (p' = [p 1] @ T)


_Placed = tuple[NDArray[np.float64], NDArray[np.int64]]  # an object's triangles, placed


@dataclass
class _Object:
    vertices: NDArray[np.float64] | None = None
    triangles: NDArray[np.int64] | None = None
    components: list[_Ref] | None = None


@dataclass
class _Model:
    unit: str
    objects: dict[str, _Object]
    items: list[_Ref]


class _ThreeMF:
    """Reads the model parts of one 3MF package, within a byte budget."""

    def __init__(self, zf: zipfile.ZipFile, max_bytes: int) -> None:
        self._zf = zf
        self._budget = max_bytes
        self._models: dict[str, _Model] = {}
        self._placements = 0
        self._names = {name.lower(): name for name in zf.namelist()}

    def open(self, part: str) -> IO[bytes]:
        name = self._names.get(part.lstrip("/").lower())
        if name is None:
            raise CadError("unreadable", f"3MF part {part!r} is missing")
        info = self._zf.getinfo(name)
        self._budget -= info.file_size
        if self._budget < 0:
            raise CadError("too_large", "3MF model parts are too large once unzipped")
        return self._zf.open(info)

    def root_part(self) -> str:
        if "_rels/.rels" in self._names:
            with self.open("_rels/.rels") as stream:
                for _, elem in ElementTree.iterparse(stream):
                    if _local(elem.tag) == "Relationship" and elem.get("Type") == _3MF_MODEL_REL:
                        return elem.get("Target", "")
        if "3d/3dmodel.model" in self._names:
            return "3D/3dmodel.model"
        candidates = sorted(n for n in self._names.values() if n.lower().endswith(".model"))
        if not candidates:
            raise CadError("unreadable", "3MF package without a model part")
        return candidates[0]

    def model(self, part: str) -> _Model:
        key = part.lstrip("/").lower()
        if key not in self._models:
            with self.open(part) as stream:
                self._models[key] = _parse_3mf_model(stream, part)
        return self._models[key]

    def collect(
        self,
        ref: _Ref,
        parent: NDArray[np.float64],
        out: list[_Placed],
        stack: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """Append the triangles `ref` places, in package coordinates, to `out`."""
        key = (ref.part.lstrip("/").lower(), ref.object_id)
        if key in stack or len(stack) > _3MF_MAX_DEPTH:
            raise CadError("unreadable", "3MF components contain themselves or nest too deep")
        self._placements += 1
        if self._placements > _3MF_MAX_PLACEMENTS:
            raise CadError("too_large", "3MF places too many objects")
        obj = self.model(ref.part).objects.get(ref.object_id)
        if obj is None:
            raise CadError("unreadable", f"3MF refers to missing object {ref.object_id!r}")
        transform = ref.transform @ parent
        if obj.vertices is not None and obj.triangles is not None and len(obj.triangles):
            vertices = obj.vertices @ transform[:3, :3] + transform[3, :3]
            triangles = obj.triangles
            if np.linalg.det(transform[:3, :3]) < 0:  # a mirror: keep the outside out
                triangles = triangles[:, ::-1]
            out.append((vertices, triangles))
            self._budget -= 50 * len(triangles)  # as much as the same triangles in STL
            if self._budget < 0:
                raise CadError("too_large", "3MF places too many triangles")
        for component in obj.components or ():
            self.collect(component, transform, out, (*stack, key))


def _read_3mf(
    path: Path, max_bytes: int
) -> tuple[NDArray[np.float64], NDArray[np.int64], str, float]:
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise CadError("unreadable", "3MF is not a zip package") from exc
    with zf:
        package = _ThreeMF(zf, max_bytes)
        root_part = package.root_part()
        root = package.model(root_part)
        items = root.items or _unplaced_objects(root, root_part)
        parts: list[_Placed] = []
        for item in items:
            package.collect(item, np.eye(4), parts)
    units, scale = _3MF_UNITS[root.unit]
    if not parts:
        return np.zeros((0, 3)), np.zeros((0, 3), np.int64), units, scale
    offsets = np.cumsum([0] + [len(v) for v, _ in parts[:-1]])
    vertices = np.concatenate([v for v, _ in parts])
    faces = np.concatenate([t + off for (_, t), off in zip(parts, offsets, strict=True)])
    return vertices, faces, units, scale


def _unplaced_objects(model: _Model, part: str) -> list[_Ref]:
    """For a package without build items: every object that is no other's component."""
    used = {c.object_id for o in model.objects.values() for c in o.components or ()}
    return [_Ref(part, oid, np.eye(4)) for oid in model.objects if oid not in used]


def _parse_3mf_model(stream: IO[bytes], part: str) -> _Model:
    """Stream-parse one 3MF model part (core spec plus production-extension paths).

    Only "end" events, and one dict lookup per element for its local name: a big mesh
    has millions of elements, so the loop body is kept small.
    """
    model = _Model(unit="millimeter", objects={}, items=[])
    obj = _Object()
    coords: list[str] = []
    corners: list[str] = []
    local_names: dict[str, str] = {}
    elem = None
    # expat >= 2.4 (bundled with Python 3.11) bounds entity expansion, and ElementTree
    # never fetches external entities.
    for _, elem in ElementTree.iterparse(stream):
        tag = local_names.get(elem.tag) or local_names.setdefault(elem.tag, _local(elem.tag))
        if tag == "vertex":
            coords += (elem.get("x", ""), elem.get("y", ""), elem.get("z", ""))
            elem.clear()
        elif tag == "triangle":
            corners += (elem.get("v1", ""), elem.get("v2", ""), elem.get("v3", ""))
            elem.clear()
        elif tag == "mesh":
            obj.vertices, obj.triangles = _3mf_mesh(coords, corners)
            coords, corners = [], []
            elem.clear()
        elif tag in ("component", "item"):
            ref = _Ref(
                elem.get(_3MF_PATH_ATTR, part),
                elem.get("objectid", ""),
                _3mf_transform(elem.get("transform")),
            )
            if tag == "item":
                model.items.append(ref)
            else:
                if obj.components is None:
                    obj.components = []
                obj.components.append(ref)
        elif tag == "object":
            model.objects[elem.get("id", "")] = obj
            obj = _Object()
            elem.clear()
    if elem is not None:  # the root element ends last
        model.unit = elem.get("unit", "millimeter").lower()
        if model.unit not in _3MF_UNITS:
            raise CadError("unreadable", f"unknown 3MF unit {model.unit!r}")
    return model


def _3mf_mesh(
    coords: list[str], corners: list[str]
) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    vertices = np.array(coords, dtype=np.float64).reshape(-1, 3)
    triangles = np.array(corners, dtype=np.int64).reshape(-1, 3)
    if len(triangles) and not 0 <= triangles.min() <= triangles.max() < len(vertices):
        raise CadError("unreadable", "3MF triangle refers to a missing vertex")
    return vertices, triangles


def _3mf_transform(text: str | None) -> NDArray[np.float64]:
    transform = np.eye(4)
    if text:
        values = np.array(text.split(), dtype=np.float64)
        if values.shape != (12,):
            raise CadError("unreadable", "3MF transform does not have 12 numbers")
        transform[:, :3] = values.reshape(4, 3)
    return transform


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]

"""Reading mesh files into welded triangle arrays in millimetres.

Binary and ASCII STL and 3MF are parsed here with numpy and the standard library (the
common case never imports trimesh); OBJ, PLY, OFF and glTF go through trimesh, imported
on first use because it is slow to import. Everything wrong with a file becomes a
`CadError`; no parser exception escapes `read_mesh`.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final
from xml.etree import ElementTree

import numpy as np
from numpy.typing import ArrayLike, NDArray

from cad.errors import CadError

if TYPE_CHECKING:
    import trimesh

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: Final = frozenset({".stl", ".obj", ".ply", ".3mf", ".off", ".glb", ".gltf"})
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

_STL_RECORD: Final = np.dtype(
    [("normal", "<f4", (3,)), ("vertices", "<f4", (3, 3)), ("attr", "<u2")]
)
_ASCII_VERTEX: Final = re.compile(rb"\bvertex\s+(\S+\s+\S+\s+\S+)", re.IGNORECASE)


@dataclass(frozen=True)
class MeshData:
    """A loaded mesh as plain arrays: welded, finite, every vertex used, in millimetres."""

    vertices: NDArray[np.float64]  # (n, 3)
    faces: NDArray[np.int64]  # (m, 3), m >= 1
    format: str  # "stl", "obj", "3mf", ... (the suffix without its dot)
    units: str  # the unit the file was drawn in: "mm", "in", "m", ...


def read_mesh(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> MeshData:
    """Read a mesh file; raise `CadError` for anything wrong with it."""
    suffix = path.suffix.lower()
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

    fmt = suffix[1:]
    units, scale = _SUFFIX_UNITS.get(fmt, ("mm", 1.0))
    try:
        if fmt == "stl":
            vertices, faces = _read_stl(path)
        elif fmt == "3mf":
            vertices, faces, units, scale = _read_3mf(path, max_bytes)
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


def weld_vertices(
    vertices: ArrayLike, faces: ArrayLike
) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    """Merge vertices with bit-identical coordinates and drop vertices no face uses.

    Returns new (vertices, faces); face order and winding are kept. -0.0 equals 0.0.
    """
    v = np.asarray(vertices)
    if v.dtype not in (np.float32, np.float64):
        v = v.astype(np.float64)
    v = np.ascontiguousarray(v.reshape(-1, 3) + v.dtype.type(0))  # + 0 turns -0.0 into 0.0
    f = np.asarray(faces, dtype=np.int64).reshape(-1, 3)
    if len(f) == 0:
        return np.zeros((0, 3), np.float64), np.zeros((0, 3), np.int64)
    keep, inverse = _unique_rows(v)
    f = inverse[f]
    used = np.zeros(len(keep), dtype=bool)
    used[f.ravel()] = True
    if not used.all():
        f = (np.cumsum(used) - 1)[f]
        keep = keep[used]
    return v[keep].astype(np.float64), f


def _unique_rows(v: NDArray[np.floating]) -> tuple[NDArray[np.intp], NDArray[np.int64]]:
    """Indices of one row per distinct row, and each row's distinct-row number.

    Sorts a 64-bit hash of the coordinate bits (faster than a lexsort of the rows), then
    checks that rows sharing a hash really are equal, falling back to lexsort if not.
    """
    n = len(v)
    if n == 0:
        return np.zeros(0, np.intp), np.zeros(0, np.int64)
    bits = v.view(np.uint32 if v.dtype.itemsize == 4 else np.uint64)
    columns = [bits[:, k] for k in range(3)]
    h = _row_hash(columns)
    order = np.argsort(h, kind="stable")  # stable is faster than the default here
    new = np.empty(n, dtype=bool)
    new[0] = True
    h = h[order]
    np.not_equal(h[1:], h[:-1], out=new[1:])
    row_changed = np.zeros(n - 1, dtype=bool)
    for column in columns:  # 1-D gathers are much faster than gathering rows
        sorted_column = column[order]
        row_changed |= sorted_column[1:] != sorted_column[:-1]
    if np.any(row_changed & ~new[1:]):  # a hash collision: do it exactly
        order = np.lexsort(columns[::-1])
        new[1:] = False
        for column in columns:
            sorted_column = column[order]
            new[1:] |= sorted_column[1:] != sorted_column[:-1]
    inverse = np.empty(n, dtype=np.int64)
    inverse[order] = np.cumsum(new) - 1
    return order[new], inverse


def _row_hash(columns: list[NDArray[Any]]) -> NDArray[np.uint64]:
    """A 64-bit hash of each row's coordinate bits (in place: big arrays are costly)."""
    h = columns[0].astype(np.uint64)
    h *= np.uint64(0x9E3779B97F4A7C15)
    h ^= columns[1]
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= columns[2]
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return h


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


def _read_stl(path: Path) -> tuple[NDArray[np.floating], NDArray[np.int64]]:
    data = path.read_bytes()
    if len(data) >= 84:
        count = int.from_bytes(data[80:84], "little")
        if 84 + 50 * count == len(data):
            records = np.frombuffer(data, dtype=_STL_RECORD, count=count, offset=84)
            vertices = records["vertices"].reshape(-1, 3)
            return vertices, np.arange(3 * count, dtype=np.int64).reshape(-1, 3)
    if data[:1024].lstrip()[:5].lower() == b"solid":
        return _read_ascii_stl(data)
    raise CadError("unreadable", "binary STL whose size does not match its triangle count")


def _read_ascii_stl(data: bytes) -> tuple[NDArray[np.floating], NDArray[np.int64]]:
    lines = _ASCII_VERTEX.findall(data)  # the three numbers after each "vertex"
    if not lines:
        if re.search(rb"\bendsolid\b", data, re.IGNORECASE):
            raise CadError("no_geometry", "ASCII STL without facets")
        raise CadError("unreadable", "starts with 'solid' but has no facets")
    if len(lines) % 3:
        raise CadError("unreadable", "ASCII STL with an incomplete facet")
    text = b"\n".join(lines)
    if text.count(b"\n") != len(lines) - 1 or b"\r" in text:  # numbers split over lines
        text = b"\n".join(b" ".join(line.split()) for line in lines)
    # numpy's C text reader is the fastest parser at hand; it insists on 3 numbers a line.
    vertices = np.loadtxt(io.BytesIO(text), dtype=np.float64, ndmin=2)
    if vertices.shape != (len(lines), 3):
        raise CadError("unreadable", "an ASCII STL vertex does not have three numbers")
    return vertices, np.arange(len(vertices), dtype=np.int64).reshape(-1, 3)


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

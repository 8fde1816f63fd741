"""Binary and ASCII STL, read with numpy: the fast path for the common, big file.

A binary STL is checked against its header before anything is read (size = 84 + 50 ×
count, and at most `MAX_TRIANGLES`), mapped rather than copied, welded, and measured on
the raw triangles while the weld runs on another core (numpy releases the GIL), so the
per-face area and volume cost no gathers through the welded index.
"""

from __future__ import annotations

import io
import mmap
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Final

import numpy as np
from numpy.typing import NDArray

from cad.errors import CadError
from cad.mesh import MeshData, unique_points, weld_vertices

#: A binary STL of more triangles than this is refused (≈ 1.25 GB of file, ~8 GB to weld).
MAX_TRIANGLES: Final = 25_000_000
_MAX_ASCII_BYTES: Final = 512 * 1024**2  # ≈ 2 M triangles of text

STL_RECORD: Final = np.dtype(
    [("normal", "<f4", (3,)), ("vertices", "<f4", (3, 3)), ("attr", "<u2")]
)
_ASCII_VERTEX: Final = re.compile(rb"\bvertex\s+(\S+\s+\S+\s+\S+)", re.IGNORECASE)


def read_stl(path: Path, max_bytes: int) -> MeshData:
    """Read a binary or ASCII STL (millimetres); raise CadError for anything wrong."""
    size = path.stat().st_size
    with path.open("rb") as f:
        head = f.read(84)
    if len(head) == 84:
        count = int.from_bytes(head[80:84], "little")
        if 84 + 50 * count == size:
            if count == 0:
                raise CadError("no_geometry", "binary STL with no triangles")
            if count > MAX_TRIANGLES:
                raise CadError("too_large", f"{count} triangles > {MAX_TRIANGLES}")
            return _read_binary(path, count)
    if head.lstrip()[:5].lower() == b"solid":
        if size > min(max_bytes, _MAX_ASCII_BYTES):
            raise CadError("too_large", f"ASCII STL of {size} bytes")
        vertices, faces = _read_ascii(path.read_bytes())
        return _mesh_from_soup(vertices, faces)
    raise CadError("unreadable", "binary STL whose size does not match its triangle count")


def _read_binary(path: Path, count: int) -> MeshData:
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        records = np.frombuffer(mapped, dtype=STL_RECORD, count=count, offset=84)
        # One pass: copy to contiguous x y z 0 rows, turning -0.0 into 0.0 on the way. The
        # zero pad lets each point be hashed as two 64-bit words.
        points = np.zeros((count, 3, 4), dtype=np.float32)
        np.add(records["vertices"], np.float32(0), out=points[:, :, :3])
        del records
    with np.errstate(invalid="ignore", over="ignore"):
        if not np.isfinite(points).all():
            raise CadError("non_finite", "NaN or infinite coordinates")
        with ThreadPoolExecutor(max_workers=1) as pool:
            measured = pool.submit(_face_terms, points)
            keep, inverse = unique_points(points.reshape(-1, 4))
            areas, volumes = measured.result()
    vertices = points.reshape(-1, 4)[keep, :3].astype(np.float64)
    return MeshData(
        vertices=vertices,
        faces=inverse.reshape(-1, 3),
        format="stl",
        units="mm",
        face_areas=areas,
        face_volumes=volumes,
    )


def _face_terms(points: NDArray[np.float32]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Each triangle's area and signed volume term a·(b×c)/6 about the box centre.

    Column by column (1-D arrays, in place where it can): a reduction or cross product
    along the short axis of an (m, 3) array is several times slower in numpy.
    """
    centre = [(float(points[:, :, j].min()) + float(points[:, :, j].max())) / 2 for j in range(3)]
    (ax, ay, az), (bx, by, bz), (cx, cy, cz) = (
        [points[:, k, j] - np.float64(centre[j]) for j in range(3)] for k in range(3)
    )
    for b_col, c_col, a_col in ((bx, cx, ax), (by, cy, ay), (bz, cz, az)):
        b_col -= a_col
        c_col -= a_col
    nx = by * cz
    nx -= bz * cy
    ny = bz * cx
    ny -= bx * cz
    nz = bx * cy
    nz -= by * cx
    volumes = ax * nx
    volumes += ay * ny
    volumes += az * nz
    volumes /= 6.0
    for n_col in (nx, ny, nz):
        n_col *= n_col
    nx += ny
    nx += nz
    areas = np.sqrt(nx, out=nx)
    areas *= 0.5
    return areas, volumes


def _mesh_from_soup(vertices: NDArray[np.float64], faces: NDArray[np.int64]) -> MeshData:
    with np.errstate(invalid="ignore", over="ignore"):
        if not np.isfinite(vertices).all():
            raise CadError("non_finite", "NaN or infinite coordinates")
    v, f = weld_vertices(vertices, faces)
    return MeshData(vertices=v, faces=f, format="stl", units="mm")


def _read_ascii(data: bytes) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
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
    try:
        vertices = np.loadtxt(io.BytesIO(text), dtype=np.float64, ndmin=2)
    except ValueError as exc:
        raise CadError("unreadable", f"an ASCII STL vertex is not a number: {exc}"[:200]) from exc
    if vertices.shape != (len(lines), 3):
        raise CadError("unreadable", "an ASCII STL vertex does not have three numbers")
    return vertices, np.arange(len(vertices), dtype=np.int64).reshape(-1, 3)


def binary_stl_bytes(
    vertices: NDArray[np.floating], faces: NDArray[np.int64], *, header: str = "Maker Square"
) -> bytes:
    """A binary STL of the triangles (mm), with unit facet normals (zero for a sliver).

    `header` fills the 80-byte header (UTF-8, cut to fit); it must not start with "solid",
    or readers would take the file for ASCII.
    """
    triangles = np.asarray(vertices, dtype=np.float64)[faces]
    normals = np.cross(triangles[:, 1] - triangles[:, 0], triangles[:, 2] - triangles[:, 0])
    lengths = np.linalg.norm(normals, axis=1, keepdims=True)
    np.divide(normals, lengths, out=normals, where=lengths > 0)
    records = np.zeros(len(faces), dtype=STL_RECORD)
    records["normal"] = normals
    records["vertices"] = triangles
    head = header.encode("utf-8")[:80].decode("utf-8", "ignore").encode("utf-8").ljust(80, b" ")
    return head + len(faces).to_bytes(4, "little") + records.tobytes()


def write_binary_stl(path: Path, vertices: NDArray[np.floating], faces: NDArray[np.int64]) -> None:
    """Write a binary STL (see `binary_stl_bytes`)."""
    path.write_bytes(binary_stl_bytes(vertices, faces))

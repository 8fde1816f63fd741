"""Fixtures that write real mesh files into tmp_path, byte by byte where it matters."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import ArrayLike

STL_RECORD = np.dtype([("normal", "<f4", (3,)), ("vertices", "<f4", (3, 3)), ("attr", "<u2")])
CORE_NS = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"
PROD_NS = "http://schemas.microsoft.com/3dmanufacturing/production/2015/06"
MODEL_REL = "http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"


def box_arrays(
    size: tuple[float, float, float] = (20.0, 10.0, 5.0),
    origin: tuple[float, float, float] = (0.0, 0.0, 0.0),
) -> tuple[np.ndarray, np.ndarray]:
    """An axis-aligned box with outward (counter-clockwise) faces, 8 vertices, 12 faces."""
    corners = np.array(
        [[x, y, z] for z in (0, 1) for y in (0, 1) for x in (0, 1)], dtype=np.float64
    )
    faces = np.array(
        [
            [0, 2, 1],
            [1, 2, 3],  # bottom (z = 0)
            [4, 5, 6],
            [5, 7, 6],  # top
            [0, 1, 4],
            [1, 5, 4],  # front (y = 0)
            [2, 6, 3],
            [3, 6, 7],  # back
            [0, 4, 2],
            [2, 4, 6],  # left (x = 0)
            [1, 3, 5],
            [3, 7, 5],  # right
        ],
        dtype=np.int64,
    )
    return corners * np.array(size) + np.array(origin), faces


def binary_stl_bytes(vertices: ArrayLike, faces: ArrayLike, header: bytes = b"") -> bytes:
    triangles = np.asarray(vertices, dtype=np.float64)[np.asarray(faces)]
    records = np.zeros(len(triangles), dtype=STL_RECORD)
    records["vertices"] = triangles
    head = header.ljust(80, b" ")[:80] + len(triangles).to_bytes(4, "little")
    return head + records.tobytes()


def ascii_stl_bytes(vertices: ArrayLike, faces: ArrayLike, name: str = "part") -> bytes:
    triangles = np.asarray(vertices, dtype=np.float64)[np.asarray(faces)]
    lines = [f"solid {name}"]
    for triangle in triangles:
        lines += ["  facet normal 0 0 0", "    outer loop"]
        lines += [f"      vertex {x!r} {y!r} {z!r}" for x, y, z in triangle.tolist()]
        lines += ["    endloop", "  endfacet"]
    lines.append(f"endsolid {name}")
    return ("\n".join(lines) + "\n").encode()


def mesh_object_xml(object_id: int, vertices: ArrayLike, faces: ArrayLike) -> str:
    vertex_xml = "".join(
        f'<vertex x="{x!r}" y="{y!r}" z="{z!r}"/>'
        for x, y, z in np.asarray(vertices, dtype=np.float64).tolist()
    )
    triangle_xml = "".join(
        f'<triangle v1="{a}" v2="{b}" v3="{c}"/>' for a, b, c in np.asarray(faces).tolist()
    )
    return (
        f'<object id="{object_id}" type="model"><mesh><vertices>{vertex_xml}</vertices>'
        f"<triangles>{triangle_xml}</triangles></mesh></object>"
    )


def model_xml(resources: str, build: str, unit: str | None = "millimeter") -> str:
    unit_attr = f' unit="{unit}"' if unit is not None else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<model{unit_attr} xml:lang="en-US" '
        f'xmlns="{CORE_NS}" xmlns:p="{PROD_NS}"><resources>{resources}</resources>'
        f"<build>{build}</build></model>"
    )


def package_3mf(path: Path, model: str, extra_parts: dict[str, str] | None = None) -> Path:
    """Zip a 3MF package by hand: content types, the root relationship, the model parts."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="applicat'
            'ion/vnd.openxmlformats-package.relationships+xml"/><Default Extension="model" '
            'ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/></Types>',
        )
        zf.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rel0" '
            f'Target="/3D/3dmodel.model" Type="{MODEL_REL}"/></Relationships>',
        )
        zf.writestr("3D/3dmodel.model", model)
        for name, text in (extra_parts or {}).items():
            zf.writestr(name, text)
    return path


@pytest.fixture
def box() -> tuple[np.ndarray, np.ndarray]:
    """The reference part: 20 x 10 x 5 mm, 1000 mm3, 700 mm2."""
    return box_arrays()


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    """Write bytes or text to a file named `name` in tmp_path and return its path."""

    def write(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return path

    return write

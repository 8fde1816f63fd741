"""One call that turns a mesh file into everything the workspace stores about it.

`analyse_file` is meant to run on a worker thread: it reads the file, measures the mesh
and renders its thumbnail, and returns plain data. Anything wrong with the file is a
`CadError`; nothing from numpy, trimesh or the parsers escapes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from cad.checks import DEFAULT_BUDGET_S, check_mesh
from cad.errors import CadError
from cad.loading import DEFAULT_MAX_BYTES, DEFAULT_TOLERANCE_MM, SUPPORTED_SUFFIXES, read_mesh
from cad.metrics import MeshMetrics, compute_metrics
from cad.presets import Preset
from cad.report import Report
from cad.thumbnail import render_thumbnail

__all__ = ["SUPPORTED_SUFFIXES", "Analysis", "FileCheck", "analyse_file", "check_file"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Analysis:
    format: str  # "stl", "obj", "ply", "3mf", "off", "glb", "gltf", "step", "iges", "brep"
    units: str  # the unit the file was drawn in ("mm", "in", "m", ...); metrics are in mm
    metrics: MeshMetrics
    thumbnail_png: bytes  # a square RGBA PNG, `thumbnail_size` pixels


def analyse_file(
    path: Path,
    *,
    thumbnail_size: int = 256,
    max_bytes: int = DEFAULT_MAX_BYTES,
    tolerance_mm: float = DEFAULT_TOLERANCE_MM,
) -> Analysis:
    """Read, measure and draw a mesh file. Raises CadError for anything wrong with it.

    Units: STL, OBJ, PLY and OFF are taken as millimetres, glTF/GLB as metres (its spec),
    3MF by its `unit` attribute, STEP and IGES by their own units (BREP as millimetres);
    the geometry is always scaled to millimetres.
    """
    mesh = read_mesh(path, max_bytes=max_bytes, tolerance_mm=tolerance_mm)
    try:
        metrics = compute_metrics(mesh)
        thumbnail = render_thumbnail(mesh.vertices, mesh.faces, size=thumbnail_size)
    except CadError:
        raise
    except MemoryError as exc:
        raise CadError("too_large", "out of memory while measuring") from exc
    except Exception as exc:
        # The mesh was read and is finite, so this is our bug rather than the file's:
        # log it in full, but keep the promise that only CadError leaves this function.
        log.exception("measuring %s failed", path)
        raise CadError("unreadable", f"{type(exc).__name__}: {exc}"[:300]) from exc
    return Analysis(mesh.format, mesh.units, metrics, thumbnail)


@dataclass(frozen=True)
class FileCheck:
    """The outcome of checking one file: its report, or why it could not be read."""

    file: str  # the path as the user gave it
    report: Report | None
    error_code: str | None = None
    error_detail: str = ""

    @property
    def ok(self) -> bool:
        return self.report is not None and self.report.ok


def check_file(
    path: Path,
    preset: Preset,
    *,
    shown_as: str | None = None,
    budget_s: float = DEFAULT_BUDGET_S,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FileCheck:
    """Read and check one file. Never raises for the file's faults (they become an error)."""
    name = shown_as if shown_as is not None else str(path)
    try:
        mesh = read_mesh(path, max_bytes=max_bytes)
        return FileCheck(name, check_mesh(mesh, preset, budget_s=budget_s))
    except CadError as exc:
        return FileCheck(name, None, exc.code, exc.detail)
    except MemoryError:
        return FileCheck(name, None, "too_large", "out of memory")

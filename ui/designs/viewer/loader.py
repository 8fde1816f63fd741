"""What the viewer loads off the UI thread: the mesh, its report, a preview, GPU-ready arrays.

Everything here runs on the task pool and is plain numpy (no Qt objects are made), so the
UI thread only hands finished arrays to OpenGL. Two stages: `load_design` reads the file
and makes the decimated preview (the first frame); `full_arrays` then prepares the full
mesh for drawing when it is small enough to orbit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import numpy as np
from numpy.typing import NDArray

from app import catalogue
from app.designs.checks import load_mesh, stored_report
from app.designs.designs import RevisionRow, get_revision
from app.workspace import Workspace
from cad.measure import PickIndex
from cad.preview import BASE_COLOUR, SEVERITY_COLOURS, PreviewMesh, finding_colours, preview_mesh
from cad.report import Finding, sort_findings
from cad.topology import face_normals

#: Above this many faces the full mesh is never drawn (the preview is), nor picked on.
FULL_DRAW_LIMIT: Final = 1_500_000
PREVIEW_FACES: Final = 100_000
#: Quadric decimation takes ~1 s at 1 M faces but ~5 s at 4 M (DESIGN.md), past its 3 s
#: budget: above this size the first frame goes straight to vertex clustering (~0.8 s).
QUADRIC_UP_TO: Final = 2_000_000
QUADRIC_BUDGET_S: Final = 3.0

Report = Callable[[int, str], None]


@dataclass(frozen=True)
class DrawArrays:
    """One level of detail as OpenGL wants it: three corners per face, flat normals."""

    positions: NDArray[np.float32]  # (3n, 3)
    normals: NDArray[np.float32]  # (3n, 3)
    colours: NDArray[np.uint8]  # (3n, 4) every finding painted
    face_colours: NDArray[np.uint8]  # (n, 4) every finding painted
    faces: int

    @property
    def base_colours(self) -> NDArray[np.uint8]:
        out = np.empty((self.faces, 4), dtype=np.uint8)
        out[:] = BASE_COLOUR
        return out


@dataclass(frozen=True)
class LoadedDesign:
    revision: RevisionRow
    vertices: NDArray[np.float64]  # the full mesh, for picking, sections and findings
    faces: NDArray[np.int64]
    findings: tuple[Finding, ...]
    preview: PreviewMesh
    preview_draw: DrawArrays
    # per finding code, the preview faces that show it (findings survive decimation)
    preview_finding_faces: dict[str, NDArray[np.int64]]
    machines: tuple[catalogue.MachineRow, ...]
    checked: bool  # a stored report exists (no findings then means "no problems")
    lo: NDArray[np.float64]  # the full mesh's bounding box
    hi: NDArray[np.float64]
    picking: PickIndex  # clicks land on this: the full mesh unless it is too big

    @property
    def full_drawable(self) -> bool:
        return self.preview.method != "full" and len(self.faces) <= FULL_DRAW_LIMIT

    @property
    def picks_full(self) -> bool:
        """Whether `picking` is the full mesh (else the preview: the part is too big)."""
        return len(self.faces) <= FULL_DRAW_LIMIT


def load_design(ws: Workspace, revision_id: str, report: Report) -> LoadedDesign:
    """Stage one: read, check what was found before, decimate (the cancel points report)."""
    report(5, "reading")
    revision = get_revision(ws, revision_id)
    stored = stored_report(ws, revision_id)
    findings = sort_findings(stored.findings) if stored else ()
    machines = tuple(catalogue.list_machines(ws))
    mesh = load_mesh(ws, revision_id)
    report(40, "simplifying")
    colours = finding_colours(len(mesh.faces), shown_at_once(findings))
    budget = QUADRIC_BUDGET_S if len(mesh.faces) <= QUADRIC_UP_TO else 0.0
    preview = preview_mesh(
        mesh.vertices,
        mesh.faces,
        target_faces=PREVIEW_FACES,
        budget_s=budget,
        face_colours=colours,
    )
    report(75, "preparing")
    assert preview.face_colours is not None
    draw = draw_arrays(preview.vertices, preview.faces, preview.face_normals, preview.face_colours)
    mapped = _finding_faces_on_preview(mesh.vertices, mesh.faces, preview, findings)
    report(85, "preparing")
    if len(mesh.faces) <= FULL_DRAW_LIMIT:  # as LoadedDesign.picks_full says
        picking = PickIndex(mesh.vertices, mesh.faces)
    else:
        picking = PickIndex(preview.vertices, preview.faces)
    import scipy.sparse.csgraph  # noqa: F401  (0.3 s on first use: not on the UI thread)

    report(95, "showing")
    return LoadedDesign(
        revision,
        mesh.vertices,
        mesh.faces,
        findings,
        preview,
        draw,
        mapped,
        machines,
        stored is not None,
        np.asarray(mesh.vertices.min(axis=0), dtype=np.float64),
        np.asarray(mesh.vertices.max(axis=0), dtype=np.float64),
        picking,
    )


def full_arrays(design: LoadedDesign, report: Report) -> DrawArrays:
    """Stage two: the full mesh ready to draw (normals and colours made here, not in Qt)."""
    report(10, "preparing_full")
    v, f = design.vertices, design.faces
    normals = face_normals(v, f)  # cad.topology's, as the checks use them
    report(60, "preparing_full")
    colours = finding_colours(len(f), shown_at_once(design.findings))
    return draw_arrays(v, f, normals, colours)


def shown_at_once(findings: tuple[Finding, ...]) -> list[Finding]:
    """The findings painted when none is selected: errors and warnings. A note ("several
    bodies", "check the unit") would paint whole bodies; it shows when selected."""
    return [f for f in findings if f.severity != "info"]


def draw_arrays(
    vertices: NDArray[np.floating],
    faces: NDArray[np.integer],
    normals: NDArray[np.floating],
    face_colours: NDArray[np.uint8],
) -> DrawArrays:
    positions = np.asarray(vertices, dtype=np.float32)[np.asarray(faces).reshape(-1)]
    return DrawArrays(
        positions=positions,
        normals=np.repeat(np.asarray(normals, dtype=np.float32), 3, axis=0),
        colours=np.repeat(face_colours, 3, axis=0),
        face_colours=face_colours,
        faces=len(faces),
    )


def painted(draw: DrawArrays, faces: NDArray[np.int64] | None, severity: str) -> NDArray[np.uint8]:
    """Per-corner colours with only `faces` painted in the severity's colour (None: all)."""
    if faces is None:
        return draw.colours
    colours = draw.base_colours
    inside = faces[(faces >= 0) & (faces < draw.faces)]
    colours[inside] = SEVERITY_COLOURS.get(severity, BASE_COLOUR)
    return np.repeat(colours, 3, axis=0)


def _finding_faces_on_preview(
    v: NDArray[np.float64],
    f: NDArray[np.int64],
    preview: PreviewMesh,
    findings: tuple[Finding, ...],
) -> dict[str, NDArray[np.int64]]:
    """Each finding's faces as preview faces: those standing for them, and the nearest."""
    if preview.method == "full" or not findings:
        return {x.code: np.asarray(x.faces, dtype=np.int64) for x in findings}
    from scipy.spatial import cKDTree

    pv, pf = preview.vertices.astype(np.float64), preview.faces
    tree = cKDTree(pv[pf].mean(axis=1))
    out: dict[str, NDArray[np.int64]] = {}
    for finding in findings:
        idx = np.asarray(finding.faces, dtype=np.int64)
        idx = idx[(idx >= 0) & (idx < len(f))]
        if len(idx) == 0:
            out[finding.code] = idx
            continue
        _, near = tree.query(v[f[idx]].mean(axis=1), k=1)
        standing = np.flatnonzero(np.isin(preview.source_face, idx))
        out[finding.code] = np.union1d(np.asarray(near, dtype=np.int64), standing)
    return out

"""Checking a design revision against a machine or preset, estimating it, and repairing it.

The report and estimates are derived from the revision's file, so they are stored with
the revision (`report_json`) and made again whenever the user picks another machine or
preset. Repair never touches a revision: it writes the repaired mesh as the design's next
revision and checks that. All of it is slow work: call it off the UI thread.
"""

from __future__ import annotations

import json
import logging
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from app.changes import Changes, Result
from app.designs.designs import (
    PreparedImport,
    Progress,
    prepare_import,
    record_import,
    tolerance_mm,
)
from app.errors import DesignImportError, NotFoundError
from app.kinds import Kind
from app.models import Design, DesignRevision, Machine, Material
from app.rows import live_row
from app.tracking import mark_local_only
from app.workspace import Workspace
from cad.checks import check_mesh
from cad.errors import CadError
from cad.estimates import (
    FdmEstimate,
    MassEstimate,
    casting_metal_weights,
    estimate_fdm,
    mass_estimates,
)
from cad.loading import read_mesh
from cad.mesh import MeshData
from cad.presets import PRESET_FOR_PROCESS, PRESETS, Preset
from cad.repair import repair_mesh
from cad.report import Report
from cad.stl import write_binary_stl

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Estimates:
    masses: tuple[MassEstimate, ...]  # per catalogue material of the process
    metals: tuple[MassEstimate, ...] = ()  # casting: the metal that replaces the pattern
    fdm: FdmEstimate | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "masses": [m.to_dict() for m in self.masses],
            "metals": [m.to_dict() for m in self.metals],
            "fdm": self.fdm.to_dict() if self.fdm else None,
        }


@dataclass(frozen=True)
class RevisionCheck:
    revision_id: str
    preset: Preset
    machine_id: str | None
    report: Report
    estimates: Estimates


@dataclass(frozen=True)
class RepairOutcome:
    revision_id: str  # the new revision (or the old one when nothing needed fixing)
    fixed: dict[str, int]
    check: RevisionCheck


def preset_for(
    ws: Workspace, *, machine_id: str | None = None, preset: str | None = None
) -> Preset:
    """The preset a check runs with: the machine's process preset, with the machine's own
    build volume and limits (from its catalogue parameters), or a named preset."""
    if machine_id is None:
        return PRESETS[preset or "generic"]
    with ws.read_session() as s:
        m = live_row(s, Machine, machine_id)
        base = PRESETS[preset or PRESET_FOR_PROCESS.get(m.process, "generic")]
        params = _json_object(m.params_json)
        limits: dict[str, float] = {}
        for key in ("min_wall_mm", "overhang_deg", "min_feature_mm"):
            value = params.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                limits[key] = float(value)
        machine = replace(
            base,
            min_wall_mm=limits.get("min_wall_mm", base.min_wall_mm),
            overhang_deg=limits.get("overhang_deg", base.overhang_deg),
            min_feature_mm=limits.get("min_feature_mm", base.min_feature_mm),
        )
        return machine.with_build_volume((m.build_x_mm, m.build_y_mm, m.build_z_mm))


def check_revision(
    ws: Workspace,
    revision_id: str,
    preset: Preset,
    *,
    machine_id: str | None = None,
    progress: Progress | None = None,
) -> Result[RevisionCheck]:
    """Check and estimate one revision; store the result with it."""
    check = compute_check(ws, revision_id, preset, machine_id=machine_id, progress=progress)
    return store_check(ws, check)


def compute_check(
    ws: Workspace,
    revision_id: str,
    preset: Preset,
    *,
    machine_id: str | None = None,
    progress: Progress | None = None,
) -> RevisionCheck:
    """The slow, read-only half (a worker thread): read the file, check it, estimate it."""
    mesh = _load(ws, revision_id)
    report = check_mesh(mesh, preset, progress=progress)
    return RevisionCheck(
        revision_id, preset, machine_id, report, estimate(ws, mesh, report, preset)
    )


def store_check(ws: Workspace, check: RevisionCheck) -> Result[RevisionCheck]:
    """The quick half (the write lane): keep the report and estimates with the revision.
    Only on this PC: a revision is the same file everywhere and any PC checks it again, so
    a check is no change to sync (a new revision still carries its first report)."""
    with ws.session() as s:
        mark_local_only(s)
        rev = s.get(DesignRevision, check.revision_id)
        if rev is None:
            raise NotFoundError(f"design revision {check.revision_id}", kind=Kind.DESIGN_REVISION)
        rev.report_json = json.dumps(
            {
                "report": check.report.to_dict(),
                "estimates": check.estimates.to_dict(),
                "preset": check.preset.to_dict(),
                "machine_id": check.machine_id,
            }
        )
        design_id = rev.design_id
        job_id = rev.design.job_id
    return Result(check, Changes(jobs=frozenset({job_id}), designs=frozenset({design_id})))


def estimate(ws: Workspace, mesh: MeshData, report: Report, preset: Preset) -> Estimates:
    volume = report.metrics.volume_mm3
    process = preset.process if preset.process != "generic" else None
    with ws.read_session() as s:
        query = select(Material.name, Material.density_g_cm3).where(Material.deleted.is_(False))
        if process is not None:
            query = query.where(Material.process == process)
        materials = [(name, density) for name, density in s.execute(query.order_by(Material.name))]
    metals = tuple(casting_metal_weights(volume)) if preset.metals else ()
    fdm = None
    if preset.process == "fdm" and report.metrics.watertight:
        fdm = estimate_fdm(mesh)
    return Estimates(tuple(mass_estimates(volume, materials)), metals, fdm)


def stored_check(ws: Workspace, revision_id: str) -> dict[str, object] | None:
    """The stored report and estimates of a revision (plain JSON data), if it was checked."""
    with ws.read_session() as s:
        rev = s.get(DesignRevision, revision_id)
        if rev is None or not rev.report_json:
            return None
        data = _json_object(rev.report_json)
    return data if isinstance(data.get("report"), dict) else None


def stored_report(ws: Workspace, revision_id: str) -> Report | None:
    data = stored_check(ws, revision_id)
    if data is None:
        return None
    try:
        return Report.from_dict(data["report"])  # type: ignore[arg-type]
    except (ValueError, KeyError, TypeError):
        log.warning("stored report of %s is unreadable; it will be made again", revision_id)
        return None


@dataclass(frozen=True)
class PreparedRepair:
    """A repaired mesh written into the file store, ready to be recorded as a revision."""

    job_id: str
    prepared: PreparedImport
    fixed: dict[str, int]
    note: str


def repair_revision(
    ws: Workspace,
    revision_id: str,
    preset: Preset,
    *,
    machine_id: str | None = None,
    author: str = "",
) -> Result[RepairOutcome]:
    """Repair into the design's next revision (the original stays), then check that."""
    prepared = prepare_repair(ws, revision_id)
    if prepared is None:
        checked = check_revision(ws, revision_id, preset, machine_id=machine_id)
        return Result(RepairOutcome(revision_id, {}, checked.value), checked.changes)
    recorded = record_repair(ws, prepared, author=author)
    checked = check_revision(ws, recorded.value, preset, machine_id=machine_id)
    outcome = RepairOutcome(recorded.value, prepared.fixed, checked.value)
    return Result(outcome, recorded.changes | checked.changes)


def prepare_repair(ws: Workspace, revision_id: str) -> PreparedRepair | None:
    """The slow half (a worker thread): repair and store the file; None if nothing to fix."""
    mesh = _load(ws, revision_id)
    repaired = repair_mesh(mesh)
    if not repaired.changed:
        return None
    with ws.read_session() as s:
        rev = s.get(DesignRevision, revision_id)
        assert rev is not None
        design: Design = rev.design
        name, job_id, number = design.name, design.job_id, rev.number
    fixed = ", ".join(f"{code} {count}" for code, count in repaired.fixed.items())
    with tempfile.TemporaryDirectory(prefix="makersquare-repair-") as tmp:
        path = Path(tmp) / f"{name}.stl"
        write_binary_stl(path, repaired.mesh.vertices, repaired.mesh.faces)
        prepared = prepare_import(ws, path)
    return PreparedRepair(job_id, prepared, repaired.fixed, f"repaired r{number}: {fixed}")


def record_repair(ws: Workspace, repair: PreparedRepair, *, author: str = "") -> Result[str]:
    """The quick half (the write lane): record the repaired file as the next revision."""
    return record_import(ws, repair.job_id, repair.prepared, author=author, note=repair.note)


def load_mesh(ws: Workspace, revision_id: str) -> MeshData:
    """A revision's mesh, read from the file store (slow: call it off the UI thread)."""
    return _load(ws, revision_id)


def _load(ws: Workspace, revision_id: str) -> MeshData:
    with ws.read_session() as s:
        rev = live_row(s, DesignRevision, revision_id)
        file_hash, fmt, name = rev.file_hash, rev.format, rev.original_name
    try:
        return read_mesh(ws.files.path_for(file_hash), fmt=fmt, tolerance_mm=tolerance_mm(ws))
    except CadError as exc:
        raise DesignImportError(f"{name}: {exc}", cad_code=exc.code, file=name) from exc


def _json_object(text: str | None) -> dict[str, object]:
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def resolve_target(ws: Workspace, target: str) -> tuple[Preset, str | None]:
    """A check target ("machine:<id>", "preset:<name>", or "" for the first machine)."""
    kind, _, value = target.partition(":")
    if kind == "preset" and value in PRESETS:
        return PRESETS[value], None
    if kind == "machine":
        try:
            return preset_for(ws, machine_id=value), value
        except NotFoundError:
            log.info("check target %s is gone; using the first machine", target)
    with ws.read_session() as s:
        first = s.scalars(
            select(Machine.id).where(Machine.deleted.is_(False)).order_by(Machine.name).limit(1)
        ).first()
    if first is None:
        return PRESETS["generic"], None
    return preset_for(ws, machine_id=first), first

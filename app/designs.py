"""Designs of a job and their immutable revisions.

Importing a file analyses it first (so a bad file is refused before anything is stored),
copies it into the content-addressed store, and records a new revision with its metrics and
thumbnail. Dropping the same file again is a no-op; a file with the same name as an existing
design of the job becomes that design's next revision. Runs off the UI thread.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from app.changes import Changes, Result
from app.errors import DesignImportError, NotFoundError
from app.models import Design, DesignRevision, Job
from app.workspace import Workspace
from cad.analysis import SUPPORTED_SUFFIXES, Analysis, analyse_file
from cad.errors import CadError
from cad.metrics import MeshMetrics

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]  # percent, stage code


@dataclass(frozen=True)
class RevisionRow:
    id: str
    design_id: str
    design_name: str
    number: int
    revision_count: int
    file_hash: str
    original_name: str
    format: str
    units: str
    size_bytes: int
    metrics: MeshMetrics | None
    thumbnail_png: bytes | None
    created_at: datetime


def tolerance_mm(ws: Workspace) -> float:
    """The workspace's STEP/IGES/BREP meshing tolerance (setting `cad.tessellation_mm`)."""
    from app.settings import get_workspace_setting

    return float(get_workspace_setting(ws, "cad.tessellation_mm"))


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


@dataclass(frozen=True)
class PreparedImport:
    """A file analysed and copied into the store, ready to be recorded (no database yet)."""

    path: Path
    file_hash: str
    size_bytes: int
    analysis: Analysis


def prepare_import(ws: Workspace, path: Path, progress: Progress | None = None) -> PreparedImport:
    """The slow half of an import (analysis, copying): runs on a worker thread."""
    report = progress or (lambda _p, _s: None)
    report(5, "analysing")
    try:
        analysis = analyse_file(path, tolerance_mm=tolerance_mm(ws))
    except CadError as exc:
        raise DesignImportError(
            f"{path.name}: {exc.code} {exc.detail}", cad_code=exc.code, file=path.name
        ) from exc
    except OSError as exc:
        raise DesignImportError(
            f"{path.name}: {exc}", cad_code="unreadable", file=path.name
        ) from exc
    report(80, "storing")
    file_hash = ws.files.put(path)
    return PreparedImport(path, file_hash, path.stat().st_size, analysis)


def record_import(
    ws: Workspace,
    job_id: str,
    prepared: PreparedImport,
    *,
    author: str = "",
    note: str = "",
    params_json: str | None = None,
    mesh_hash: str | None = None,
) -> Result[str]:
    """The quick half: one transaction recording the revision. Returns the revision id.

    `params_json` and `mesh_hash` are for parts made from a template (app.part_templates).
    """
    path, file_hash, analysis = prepared.path, prepared.file_hash, prepared.analysis
    name = path.stem
    with ws.session() as s:
        job = s.get(Job, job_id)
        if job is None or job.deleted:
            raise NotFoundError(f"job {job_id}", kind="job", id=job_id)
        design = s.scalars(
            select(Design).where(
                Design.job_id == job_id, Design.name == name, Design.deleted.is_(False)
            )
        ).first()
        if design is None:
            design = Design(job_id=job_id, name=name)
            s.add(design)
            s.flush()
        else:
            # Only the latest revision counts as "the same file": going back to an older
            # file is a change, and becomes the next revision.
            latest = s.scalars(
                select(DesignRevision)
                .where(DesignRevision.design_id == design.id)
                .order_by(DesignRevision.number.desc())
                .limit(1)
            ).first()
            if latest is not None and latest.file_hash == file_hash:
                return Result(latest.id, Changes())
        number = (
            s.scalar(
                select(func.max(DesignRevision.number)).where(DesignRevision.design_id == design.id)
            )
            or 0
        ) + 1
        rev = DesignRevision(
            design_id=design.id,
            number=number,
            file_hash=file_hash,
            original_name=path.name,
            format=analysis.format,
            units=analysis.units,
            size_bytes=prepared.size_bytes,
            metrics_json=json.dumps(analysis.metrics.to_dict()),
            thumbnail_png=analysis.thumbnail_png,
            author=author,
            note=note,
            params_json=params_json,
            mesh_hash=mesh_hash,
        )
        s.add(rev)
        s.flush()
        rev_id, design_id = rev.id, design.id
    log.info("imported %s into job %s as design %s r%d", path.name, job_id, design_id, number)
    return Result(rev_id, Changes(jobs=frozenset({job_id}), designs=frozenset({design_id})))


def import_design(
    ws: Workspace,
    job_id: str,
    path: Path,
    *,
    author: str = "",
    note: str = "",
    progress: Progress | None = None,
) -> Result[str]:
    """Import `path` into the job; return the id of the revision that holds it."""
    with ws.read_session() as s:
        job = s.get(Job, job_id)
        if job is None or job.deleted:
            raise NotFoundError(f"job {job_id}", kind="job", id=job_id)
    prepared = prepare_import(ws, path, progress)
    result = record_import(ws, job_id, prepared, author=author, note=note)
    if progress:
        progress(100, "done")
    return result


def _row(rev: DesignRevision, count: int) -> RevisionRow:
    try:
        metrics = MeshMetrics.from_dict(json.loads(rev.metrics_json))
    except (ValueError, KeyError, TypeError):
        metrics = None
    return RevisionRow(
        rev.id,
        rev.design_id,
        rev.design.name,
        rev.number,
        count,
        rev.file_hash,
        rev.original_name,
        rev.format,
        rev.units,
        rev.size_bytes,
        metrics,
        rev.thumbnail_png,
        rev.created_at,
    )


def list_designs(ws: Workspace, job_id: str) -> list[RevisionRow]:
    """The latest revision of each design of the job."""
    with ws.read_session() as s:
        designs = s.scalars(
            select(Design)
            .where(Design.job_id == job_id, Design.deleted.is_(False))
            .order_by(Design.created_at)
        ).all()
        rows = []
        for d in designs:
            if d.revisions:
                rows.append(_row(d.revisions[-1], len(d.revisions)))
        return rows


def get_revision(ws: Workspace, revision_id: str) -> RevisionRow:
    with ws.read_session() as s:
        rev = s.get(DesignRevision, revision_id)
        if rev is None:
            raise NotFoundError(
                f"design revision {revision_id}", kind="design_revision", id=revision_id
            )
        return _row(rev, len(rev.design.revisions))

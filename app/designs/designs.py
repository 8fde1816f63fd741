"""Designs of a job and their immutable revisions.

Importing a file analyses it first (so a bad file is refused before anything is stored),
copies it into the content-addressed store, and records a new revision with its metrics and
thumbnail. Dropping the same file again is a no-op; a file with the same name as an existing
design of the job becomes that design's next revision. Runs off the UI thread.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from app.changes import Changes, Result
from app.errors import DesignImportError, MakerSquareError, NotFoundError
from app.kinds import Kind
from app.models import Design, DesignRevision, Job
from app.rows import live_row
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


def readable_name(name: str) -> str:
    """A file name as a person reads it, fit to store and show.

    On Linux a name is bytes; bytes that are not UTF-8 (CP949 from an old Korean Windows
    zip or USB stick, b"\xb1\xe2\xbe\xee.stl") reach Python as surrogate escapes, which
    SQLite, Qt and the square cannot take. Such a name is read as CP949 ("기어.stl"), and
    failing that as UTF-8 with � for the bytes that cannot be read.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(name)
        try:
            return raw.decode("cp949")
        except UnicodeDecodeError:
            return raw.decode("utf-8", errors="replace")
    return name


@dataclass(frozen=True)
class PreparedImport:
    """A file analysed and copied into the store, ready to be recorded (no database yet).

    If it is not recorded after all, `discard_prepared` takes its file back out.
    """

    path: Path
    file_hash: str
    size_bytes: int
    analysis: Analysis

    @property
    def name(self) -> str:
        """The file's name as stored and shown (see readable_name)."""
        return readable_name(self.path.name)


def prepare_import(ws: Workspace, path: Path, progress: Progress | None = None) -> PreparedImport:
    """The slow half of an import (analysis, copying): runs on a worker thread."""
    report = progress or (lambda _p, _s: None)
    report(5, "analysing")
    name = readable_name(path.name)
    try:
        analysis = analyse_file(path, tolerance_mm=tolerance_mm(ws))
        size = path.stat().st_size
    except CadError as exc:
        raise DesignImportError(
            f"{name}: {exc.code} {exc.detail}", cad_code=exc.code, file=name
        ) from exc
    except OSError as exc:
        raise DesignImportError(f"{name}: {exc}", cad_code="unreadable", file=name) from exc
    report(80, "storing")
    file_hash = ws.files.put(path)
    return PreparedImport(path, file_hash, size, analysis)


def discard_prepared(ws: Workspace, prepared: PreparedImport, *more_hashes: str) -> None:
    """Take a prepared file back out of the store unless a revision names it.

    For an import that failed (a full disk, a job deleted meanwhile) or was cancelled after
    its file was stored: no file stays in the store that nothing names. Checked and removed
    in a write transaction, so no other import records the same file meanwhile (and
    record_import checks, in its own, that its file is still there). Never raises: the
    import's own error is the one to report.
    """
    hashes = {prepared.file_hash, *more_hashes}
    if ws.lock is not None and not ws.lock.held:  # closed meanwhile: not ours to change now
        log.warning("left unrecorded files %s in the store of %s (closed)", hashes, ws.root)
        return
    try:
        with ws.session() as s:
            named = set(
                s.scalars(
                    select(DesignRevision.file_hash).where(DesignRevision.file_hash.in_(hashes))
                )
            ) | set(
                s.scalars(
                    select(DesignRevision.mesh_hash).where(DesignRevision.mesh_hash.in_(hashes))
                )
            )
            for file_hash in hashes - named:
                ws.files.path_for(file_hash).unlink(missing_ok=True)
                log.info("took unrecorded file %s out of the store", file_hash)
    except (MakerSquareError, OSError) as exc:
        log.warning("could not take unrecorded files %s out of the store: %s", hashes, exc)


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

    `params_json` and `mesh_hash` are for parts made from a template (app.designs.part_templates).
    When it fails, the files it was to record leave the store again (discard_prepared).
    """
    try:
        return _record(
            ws,
            job_id,
            prepared,
            author=author,
            note=note,
            params_json=params_json,
            mesh_hash=mesh_hash,
        )
    except BaseException:
        discard_prepared(ws, prepared, *([mesh_hash] if mesh_hash else []))
        raise


def _record(
    ws: Workspace,
    job_id: str,
    prepared: PreparedImport,
    *,
    author: str,
    note: str,
    params_json: str | None,
    mesh_hash: str | None,
) -> Result[str]:
    file_hash, analysis = prepared.file_hash, prepared.analysis
    original_name = prepared.name
    name = Path(original_name).stem
    with ws.session() as s:
        live_row(s, Job, job_id)
        if not ws.files.has(file_hash):  # taken out by a failed import of the same bytes
            raise DesignImportError(
                f"{original_name}: left the store", cad_code="unreadable", file=original_name
            )
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
            original_name=original_name,
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
    log.info("imported %s into job %s as design %s r%d", original_name, job_id, design_id, number)
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
        live_row(s, Job, job_id)
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
                f"design revision {revision_id}", kind=Kind.DESIGN_REVISION, id=revision_id
            )
        return _row(rev, len(rev.design.revisions))


def find_revision(ws: Workspace, design_id: str, number: int) -> str | None:
    """The id of the design's revision `number` (1, 2, …), or None when it has none such."""
    with ws.read_session() as s:
        return s.scalars(
            select(DesignRevision.id).where(
                DesignRevision.design_id == design_id,
                DesignRevision.number == number,
                DesignRevision.deleted.is_(False),
            )
        ).first()

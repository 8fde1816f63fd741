"""Making a part from a parametric template and storing it as a design revision of a job.

`make_part` is slow (cadquery builds the solid, OpenCASCADE writes and meshes it): call
it off the UI thread. The revision's file is the STEP (format "step", analysed like any
imported STEP, so its metrics come from the same tessellation); the STL made with it goes
into the file store too, for export, and its hash is recorded as the revision's
`mesh_hash` together with the template and parameters (`params_json`). Making the same
part twice gives the same STEP bytes, so it is the same revision, not a new one.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.changes import Result
from app.designs.designs import Progress, prepare_import, record_import
from app.errors import NotFoundError, PartBuildError
from app.kinds import Kind
from app.models import DesignRevision, Job
from app.rows import live_row
from app.workspace import Workspace
from cad.errors import CadError
from cad.parametric import ParamValue, build_part

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PartSource:
    """How a revision was made from a template, and where its STL is."""

    template: str
    params: dict[str, ParamValue]
    mesh_hash: str | None


def make_part(
    ws: Workspace,
    job_id: str,
    code: str,
    params: Mapping[str, ParamValue],
    *,
    author: str = "",
    note: str = "",
    progress: Progress | None = None,
) -> Result[str]:
    """Build template `code` with `params` into a new design revision of the job.

    The design is named after the template and its key sizes ("ring_13호"). Returns the
    revision id. Raises `PartBuildError` (with `cad_code`, `template` and, where known,
    `parameter`) when the part cannot be built, `NotFoundError` for a missing job.
    """
    report = progress or (lambda _p, _s: None)
    _require_job(ws, job_id)
    report(5, "building")
    try:
        part = build_part(code, params)
    except CadError as exc:
        raise PartBuildError(
            f"{code}: {exc.code} {exc.detail}", cad_code=exc.code, template=code, **exc.params
        ) from exc
    with tempfile.TemporaryDirectory(prefix="makersquare-part-") as tmp:
        step_path = Path(tmp) / f"{part.name}.step"
        stl_path = Path(tmp) / f"{part.name}.stl"
        step_path.write_bytes(part.step_bytes)
        stl_path.write_bytes(part.stl_bytes)
        report(40, "analysing")
        prepared = prepare_import(ws, step_path)
        mesh_hash = ws.files.put(stl_path)
    source = {"template": code, "params": part.params}
    result = record_import(
        ws,
        job_id,
        prepared,
        author=author,
        note=note,
        params_json=json.dumps(source, ensure_ascii=False, sort_keys=True),
        mesh_hash=mesh_hash,
    )
    log.info("made %s for job %s as revision %s", part.name, job_id, result.value)
    report(100, "done")
    return result


def part_source(ws: Workspace, revision_id: str) -> PartSource | None:
    """The template and parameters a revision was made from; None for an imported file."""
    with ws.read_session() as s:
        rev = s.get(DesignRevision, revision_id)
        if rev is None:
            raise NotFoundError(
                f"design revision {revision_id}", kind=Kind.DESIGN_REVISION, id=revision_id
            )
        if rev.params_json is None:
            return None
        data: dict[str, Any] = json.loads(rev.params_json)
        return PartSource(str(data["template"]), dict(data["params"]), rev.mesh_hash)


def _require_job(ws: Workspace, job_id: str) -> None:
    with ws.read_session() as s:
        live_row(s, Job, job_id)

"""Quote lines made from a design revision: costing them, and spotting stale ones.

`cost_line` is slow when the revision has no stored FDM estimate (it slices the mesh):
call it off the UI thread. The writes go through `app.quotes.quotes.add_line` / `update_line`
with a `DesignLink`, so a line remembers the revision, its file hash and its breakdown.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from fractions import Fraction

from sqlalchemy import select

from app.changes import Changes, Result
from app.designs.checks import load_mesh, stored_check
from app.designs.designs import RevisionRow, get_revision
from app.errors import InvalidValueError, NotFoundError
from app.kinds import Kind
from app.models import Design, DesignRevision, Machine, Material, QuoteLine, QuoteRevision
from app.money import RoundingRule
from app.quotes import quotes
from app.quotes.costing import (
    Assumption,
    Breakdown,
    CostInputs,
    cnc_hours,
    compute_breakdown,
    exact,
    fdm_hours,
    resin_hours,
)
from app.rows import live_row
from app.workspace import Workspace

log = logging.getLogger(__name__)

PROCESS_NAMES = {"fdm": "FDM", "resin": "SLA", "cnc": "CNC", "casting": "Casting"}


@dataclass(frozen=True)
class CostRequest:
    """What the user chose in "Add line from design…"."""

    design_revision_id: str
    machine_id: str
    material_id: str
    quantity: int = 1
    finishing_per_piece: int = 0
    margin_percent: int = 0
    machine_hours: float | None = None  # typed by the user; None: the process's model


@dataclass(frozen=True)
class LineCosting:
    request: CostRequest
    item: str  # 품명: the design's name
    spec: str  # 규격: "rev 2 · 40×20×10 mm · PLA · FDM"
    design_hash: str
    breakdown: Breakdown

    def link(self) -> quotes.DesignLink:
        return quotes.DesignLink(
            self.request.design_revision_id, self.design_hash, self.breakdown_json()
        )

    def breakdown_json(self) -> str:
        return json.dumps(
            {"cost": self.breakdown.to_dict(), "request": asdict(self.request)},
            ensure_ascii=False,
        )


@dataclass(frozen=True)
class StaleLine:
    line_id: str
    position: int
    item: str
    quoted_revision_id: str
    quoted_number: int
    latest_revision_id: str
    latest_number: int


@dataclass(frozen=True)
class _Catalogue:
    machine_name: str
    process: str
    hourly_rate: int
    setup_fee: int
    params: dict[str, object]
    material_name: str
    density: float
    price_per_kg: int


def job_design_revisions(ws: Workspace, job_id: str) -> list[RevisionRow]:
    """Every revision of every design of the job, newest revision of each design first."""
    with ws.read_session() as s:
        ids = list(
            s.scalars(
                select(DesignRevision.id)
                .join(Design)
                .where(Design.job_id == job_id, Design.deleted.is_(False))
                .where(DesignRevision.deleted.is_(False))
                .order_by(Design.created_at, DesignRevision.number.desc())
            )
        )
    return [get_revision(ws, rid) for rid in ids]


def cost_line(ws: Workspace, request: CostRequest, rule: RoundingRule) -> LineCosting:
    """Cost one piece of the design revision on the machine in the material (may be slow)."""
    if request.quantity < 1:
        raise InvalidValueError("quantity must be at least 1", field="quantity")
    rev = get_revision(ws, request.design_revision_id)
    if rev.metrics is None:
        raise InvalidValueError("the design has no measurements", field="design")
    cat = _catalogue(ws, request)
    hours, source, assumptions = _machine_time(ws, request, rev, cat)
    inputs = CostInputs(
        process=cat.process,
        volume_mm3=rev.metrics.volume_mm3,
        bbox_mm=rev.metrics.bbox_mm,
        density_g_cm3=cat.density,
        price_per_kg=cat.price_per_kg,
        hourly_rate=cat.hourly_rate,
        setup_fee=cat.setup_fee,
        quantity=request.quantity,
        finishing_per_piece=request.finishing_per_piece,
        margin_percent=request.margin_percent,
        machine_hours=hours,
        time_source=source,
        time_assumptions=assumptions,
    )
    try:
        breakdown = compute_breakdown(inputs, rule)
    except ValueError as exc:
        raise InvalidValueError(str(exc), field="costing") from exc
    x, y, z = rev.metrics.bbox_mm
    process = PROCESS_NAMES.get(cat.process, cat.process)
    spec = f"rev {rev.number} · {x:g}×{y:g}×{z:g} mm · {cat.material_name} · {process}"
    return LineCosting(request, rev.design_name, spec, rev.file_hash, breakdown)


def _catalogue(ws: Workspace, request: CostRequest) -> _Catalogue:
    with ws.read_session() as s:
        machine = live_row(s, Machine, request.machine_id)
        material = live_row(s, Material, request.material_id)
        try:
            params = json.loads(machine.params_json or "{}")
        except json.JSONDecodeError:
            params = {}
        return _Catalogue(
            machine.name,
            machine.process,
            machine.hourly_rate,
            machine.setup_fee,
            params if isinstance(params, dict) else {},
            material.name,
            material.density_g_cm3,
            material.price_per_kg,
        )


def _number(params: dict[str, object], key: str) -> float | None:
    value = params.get(key)
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) if ok else None  # type: ignore[arg-type]


def _machine_time(
    ws: Workspace, request: CostRequest, rev: RevisionRow, cat: _Catalogue
) -> tuple[Fraction, str, tuple[Assumption, ...]]:
    assert rev.metrics is not None
    if request.machine_hours is not None:
        if request.machine_hours < 0:
            raise InvalidValueError("hours cannot be negative", field="machine_hours")
        return exact(request.machine_hours, 3), "manual", ()
    if cat.process == "fdm":
        seconds = stored_fdm_seconds(ws, rev.id)
        if seconds is not None:
            hours, assumptions = fdm_hours(seconds)
            return hours, "stored_fdm", assumptions
        computed = _compute_fdm_seconds(ws, rev)
        if computed is None:
            return Fraction(0), "none", (Assumption("fdm_estimate_failed", ""),)
        hours, assumptions = fdm_hours(computed)
        return hours, "computed_fdm", assumptions
    if cat.process == "resin":
        hours, assumptions = resin_hours(rev.metrics.bbox_mm[2], _number(cat.params, "layer_mm"))
        return hours, "resin_layers", assumptions
    if cat.process == "cnc":
        hours, assumptions = cnc_hours(
            rev.metrics.volume_mm3, rev.metrics.bbox_mm, _number(cat.params, "removal_cm3_min")
        )
        return hours, "cnc_removal", assumptions
    return Fraction(0), "none", (Assumption("hours_not_modelled", cat.process),)


def stored_fdm_seconds(ws: Workspace, revision_id: str) -> float | None:
    """The print time of the revision's stored check, when it was checked for FDM."""
    data = stored_check(ws, revision_id)
    if data is None:
        return None
    preset, estimates = data.get("preset"), data.get("estimates")
    if not isinstance(preset, dict) or preset.get("process") != "fdm":
        return None
    fdm = estimates.get("fdm") if isinstance(estimates, dict) else None
    seconds = fdm.get("print_time_s") if isinstance(fdm, dict) else None
    return float(seconds) if isinstance(seconds, int | float) else None


def _compute_fdm_seconds(ws: Workspace, rev: RevisionRow) -> float | None:
    from cad.estimates import estimate_fdm

    mesh = load_mesh(ws, rev.id)  # a CadError arrives as DesignImportError, file named
    try:
        return estimate_fdm(mesh).print_time_s
    except ValueError:
        log.info("no FDM estimate for %s", rev.id, exc_info=True)
        return None


# --- writing lines -------------------------------------------------------------------------


def add_design_line(ws: Workspace, quote_revision_id: str, costing: LineCosting) -> Result[str]:
    return quotes.add_line(
        ws,
        quote_revision_id,
        costing.item,
        spec=costing.spec,
        quantity=costing.request.quantity,
        unit_price=costing.breakdown.unit_price,
        design=costing.link(),
    )


def update_design_line(ws: Workspace, line_id: str, costing: LineCosting) -> Result[None]:
    return quotes.update_line(
        ws,
        line_id,
        item=costing.item,
        spec=costing.spec,
        quantity=costing.request.quantity,
        unit_price=costing.breakdown.unit_price,
        design=costing.link(),
    )


def line_request(breakdown_json: str | None) -> CostRequest | None:
    """The choices a stored line was costed with (to cost it again on a new revision)."""
    try:
        d = json.loads(breakdown_json or "")
        return CostRequest(**d["request"])
    except (ValueError, KeyError, TypeError):
        return None


# --- stale lines -----------------------------------------------------------------------------


def stale_lines(ws: Workspace, quote_revision_id: str) -> tuple[StaleLine, ...]:
    """Lines whose design has a newer revision, or whose hash no longer matches its latest."""
    with ws.read_session() as s:
        rev = s.get(QuoteRevision, quote_revision_id)
        if rev is None:
            raise NotFoundError(f"quote revision {quote_revision_id}", kind=Kind.QUOTE_REVISION)
        found = []
        line: QuoteLine
        for line in rev.lines:
            if line.design_revision_id is None:
                continue
            quoted = s.get(DesignRevision, line.design_revision_id)
            if quoted is None:
                continue
            latest = max(
                (r for r in quoted.design.revisions if not r.deleted), key=lambda r: r.number
            )
            if latest.id != quoted.id or latest.file_hash != line.design_hash:
                found.append(
                    StaleLine(
                        line.id,
                        line.position,
                        line.item,
                        quoted.id,
                        quoted.number,
                        latest.id,
                        latest.number,
                    )
                )
        return tuple(found)


def recost_for_latest(
    ws: Workspace, stale: StaleLine, breakdown_json: str | None, rule: RoundingRule
) -> LineCosting:
    """Cost the stale line again on the latest revision, with the same choices (slow)."""
    request = line_request(breakdown_json)
    if request is None:
        raise InvalidValueError("the line has no stored costing", field="breakdown")
    return cost_line(ws, replace(request, design_revision_id=stale.latest_revision_id), rule)


def recost_stale(
    ws: Workspace,
    stale: tuple[StaleLine, ...],
    stored: dict[str, str | None],
    rule: RoundingRule,
) -> list[tuple[str, LineCosting]]:
    """(line id, new costing) for each stale line; `stored` maps line ids to breakdown_json."""
    return [(s.line_id, recost_for_latest(ws, s, stored.get(s.line_id), rule)) for s in stale]


def update_design_lines(ws: Workspace, costed: list[tuple[str, LineCosting]]) -> Result[None]:
    changes = Changes()
    for line_id, costing in costed:
        changes |= update_design_line(ws, line_id, costing).changes
    return Result(None, changes)

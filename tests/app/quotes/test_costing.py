"""app/quotes/costing.py and app/quotes/design_lines.py: a quote line from a design revision."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from app import catalogue
from app.designs import checks as design_checks
from app.designs.designs import import_design
from app.errors import QuoteFrozenError
from app.jobs import jobs
from app.money import RoundingMode, RoundingRule
from app.quotes import quotes
from app.quotes.costing import CostInputs, breakdown_from_json, compute_breakdown, resin_hours
from app.quotes.design_lines import (
    CostRequest,
    add_design_line,
    cost_line,
    recost_for_latest,
    stale_lines,
    update_design_line,
)
from app.workspace import Workspace
from tests.stl_files import write_box_stl

FLOOR = RoundingRule()


def _inputs(**changes: object) -> CostInputs:
    base: dict[str, object] = {
        "process": "fdm",
        "volume_mm3": 8000.0,  # 8 cm³
        "bbox_mm": (20.0, 20.0, 20.0),
        "density_g_cm3": 1.24,
        "price_per_kg": 25_000,
        "hourly_rate": 5_000,
        "setup_fee": 10_000,
        "quantity": 4,
        "finishing_per_piece": 3_000,
        "margin_percent": 20,
        "machine_hours": Fraction(3, 2),
        "time_source": "stored_fdm",
    }
    base.update(changes)
    return CostInputs(**base)  # type: ignore[arg-type]


def test_known_part_gives_exact_won_per_part() -> None:
    b = compute_breakdown(_inputs(), FLOOR)
    amounts = {p.code: p.amount for p in b.parts}
    # 8 cm³ × 1.24 g/cm³ × 1.10 (FDM allowance) = 10.912 g × 25 won/g = 272.8 → 272
    assert amounts["material"] == 272
    assert amounts["machine"] == 7_500  # 1.5 h × 5,000 won/h
    assert amounts["setup"] == 2_500  # 10,000 won over 4 pieces
    assert amounts["finishing"] == 3_000
    assert amounts["margin"] == 2_654  # 20 % of 13,272 = 2,654.4
    assert b.unit_price == 272 + 7_500 + 2_500 + 3_000 + 2_654 == 15_926
    assert b.mass_g == Fraction("10.912")
    material = b.part("material")
    assert material.formula == "8.000 cm³ × 1.24 g/cm³ × 25,000 won/kg ÷ 1000 × 1.10"
    assert [a.code for a in material.assumptions] == ["material_allowance"]


def test_rounding_rule_applies_to_each_part_and_the_parts_add_up() -> None:
    b = compute_breakdown(_inputs(), RoundingRule(RoundingMode.CEIL, 100))
    amounts = [p.amount for p in b.parts]
    assert amounts == [300, 7_500, 2_500, 3_000, 2_700]  # margin: ceil(2,660 / 100)
    assert b.unit_price == sum(amounts) == 16_000
    uneven = compute_breakdown(_inputs(quantity=3), FLOOR)
    assert uneven.part("setup").amount == 3_333  # 10,000 / 3 floored


def test_cnc_material_is_the_stock_block_and_time_is_removed_volume() -> None:
    from app.quotes.costing import cnc_hours

    hours, assumptions = cnc_hours(6000.0, (20.0, 20.0, 20.0), None)
    assert hours == Fraction(2, 5 * 60)  # 2 cm³ removed at 5 cm³/min = 0.4 min
    b = compute_breakdown(
        _inputs(process="cnc", price_per_kg=9_000, density_g_cm3=2.7, machine_hours=hours), FLOOR
    )
    # stock 8 cm³ × 2.7 g/cm³ × 9 won/g = 194.4, no allowance
    assert b.part("material").amount == 194
    assert b.part("machine").amount == 33  # 1/150 h × 5,000 = 33.3
    assert {a.code for a in assumptions} == {"cnc_removed_cm3", "cnc_removal_rate"}


def test_resin_time_counts_layers() -> None:
    hours, _ = resin_hours(10.0, 0.05)
    assert hours == Fraction(200 * 10, 3600)


def test_breakdown_survives_json() -> None:
    b = compute_breakdown(_inputs(), FLOOR)
    again = breakdown_from_json(json.dumps({"cost": b.to_dict()}))
    assert again == b
    assert breakdown_from_json("not json") is None and breakdown_from_json(None) is None


# --- on a workspace ------------------------------------------------------------------------


def _setup(ws: Workspace, tmp_path: Path) -> tuple[str, str, str, str, str]:
    job = jobs.create_job(ws, "브래킷", customer="성수 공방").value
    stl = write_box_stl(tmp_path / "bracket.stl", (20, 10, 5))
    design_rev = import_design(ws, job, stl).value
    fdm = next(m for m in catalogue.list_machines(ws) if m.process == "fdm")
    pla = next(m for m in catalogue.list_materials(ws) if m.name == "PLA")
    quote_rev = quotes.create_quote(ws, job).value
    return job, design_rev, fdm.id, pla.id, quote_rev


def test_cost_line_computes_fdm_time_or_uses_the_stored_check(
    workspace: Workspace, tmp_path: Path
) -> None:
    _, design_rev, fdm, pla, _ = _setup(workspace, tmp_path)
    request = CostRequest(design_rev, fdm, pla, quantity=2, finishing_per_piece=1_000)
    computed = cost_line(workspace, request, FLOOR)
    assert computed.breakdown.time_source == "computed_fdm"
    assert computed.breakdown.machine_hours > 0
    assert computed.item == "bracket"
    assert computed.spec == "rev 1 · 20×10×5 mm · PLA · FDM"
    # 1 cm³ × 1.24 × 1.1 × 25 won/g = 34.1
    assert computed.breakdown.part("material").amount == 34
    assert computed.breakdown.part("setup").amount == 5_000  # 10,000 over 2 pieces
    preset, machine_id = design_checks.resolve_target(workspace, f"machine:{fdm}")
    checked = design_checks.check_revision(workspace, design_rev, preset, machine_id=machine_id)
    seconds = checked.value.estimates.fdm.print_time_s  # type: ignore[union-attr]
    stored = cost_line(workspace, request, FLOOR)
    assert stored.breakdown.time_source == "stored_fdm"
    hours = Fraction(f"{seconds:.0f}") / 3600
    assert stored.breakdown.machine_hours == hours
    assert stored.breakdown.part("machine").amount == int(hours * 5_000)
    manual = cost_line(workspace, CostRequest(design_rev, fdm, pla, machine_hours=2.0), FLOOR)
    assert manual.breakdown.part("machine").amount == 10_000
    assert manual.breakdown.time_source == "manual"


def test_design_line_is_stored_reproducibly_and_goes_stale_on_a_new_revision(
    workspace: Workspace, tmp_path: Path
) -> None:
    job, design_rev, fdm, pla, quote_rev = _setup(workspace, tmp_path)
    costing = cost_line(workspace, CostRequest(design_rev, fdm, pla, machine_hours=1.0), FLOOR)
    line_id = add_design_line(workspace, quote_rev, costing).value
    line = quotes.get_revision(workspace, quote_rev).lines[0]
    assert line.id == line_id and line.design_revision_id == design_rev
    assert line.unit_price == costing.breakdown.unit_price
    assert breakdown_from_json(line.breakdown_json) == costing.breakdown
    assert stale_lines(workspace, quote_rev) == ()
    # the maker changes the part: a bigger box under the same name is revision 2
    (tmp_path / "v2").mkdir()
    import_design(workspace, job, write_box_stl(tmp_path / "v2" / "bracket.stl", (40, 10, 5)))
    (stale,) = stale_lines(workspace, quote_rev)
    assert (stale.line_id, stale.quoted_number, stale.latest_number) == (line_id, 1, 2)
    recosted = recost_for_latest(workspace, stale, line.breakdown_json, FLOOR)
    assert recosted.spec.startswith("rev 2 · 40×10×5 mm")
    assert recosted.breakdown.part("material").amount == 68  # twice the volume
    update_design_line(workspace, line_id, recosted)
    assert stale_lines(workspace, quote_rev) == ()
    updated = quotes.get_revision(workspace, quote_rev).lines[0]
    assert updated.spec.startswith("rev 2") and updated.design_hash == recosted.design_hash


def test_sent_quote_takes_no_design_line_and_a_new_revision_keeps_the_link(
    workspace: Workspace, tmp_path: Path
) -> None:
    _, design_rev, fdm, pla, quote_rev = _setup(workspace, tmp_path)
    costing = cost_line(workspace, CostRequest(design_rev, fdm, pla, machine_hours=1.0), FLOOR)
    add_design_line(workspace, quote_rev, costing)
    quotes.mark_sent(workspace, quote_rev)
    with pytest.raises(QuoteFrozenError):
        add_design_line(workspace, quote_rev, costing)
    quote_id = quotes.get_revision(workspace, quote_rev).quote_id
    second = quotes.new_revision(workspace, quote_id).value
    copied = quotes.get_revision(workspace, second).lines[0]
    assert copied.design_hash == costing.design_hash
    assert breakdown_from_json(copied.breakdown_json) == costing.breakdown

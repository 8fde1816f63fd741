"""app/designs/checks.py: checking a stored revision with the user's machine, and repair."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app import catalogue
from app.designs import designs
from app.designs.checks import (
    check_revision,
    preset_for,
    repair_revision,
    stored_check,
    stored_report,
)
from app.jobs import jobs
from app.workspace import Workspace
from cad.presets import PRESETS
from tests.cad.conftest import binary_stl_bytes, box_arrays


@pytest.fixture
def job_id(workspace: Workspace) -> str:
    return jobs.create_job(workspace, "브래킷 시제품").value


def _import(ws: Workspace, job_id: str, path: Path, vertices: np.ndarray, faces: np.ndarray) -> str:
    path.write_bytes(binary_stl_bytes(vertices, faces))
    return designs.import_design(ws, job_id, path).value


def _machine(ws: Workspace, process: str) -> catalogue.MachineRow:
    return next(m for m in catalogue.list_machines(ws) if m.process == process)


def test_the_catalogue_machine_sets_the_build_volume_and_limits(workspace: Workspace) -> None:
    fdm = _machine(workspace, "fdm")
    catalogue.save_machine(
        workspace,
        catalogue.MachineRow(
            fdm.id, fdm.name, "fdm", (500.0, 500.0, 500.0), fdm.hourly_rate, fdm.setup_fee
        ),
    )
    preset = preset_for(workspace, machine_id=fdm.id)
    assert preset.build_volume_mm == (500.0, 500.0, 500.0)
    assert preset.min_wall_mm == 0.8  # from the machine's parameters
    assert preset_for(workspace, preset="resin") == PRESETS["resin"]


def test_a_check_is_stored_with_the_revision_with_estimates(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    rev = _import(workspace, job_id, tmp_path / "plate.stl", *box_arrays((400.0, 300.0, 5.0)))
    fdm = _machine(workspace, "fdm")
    result = check_revision(
        workspace, rev, preset_for(workspace, machine_id=fdm.id), machine_id=fdm.id
    )
    assert "exceeds_build_volume" in result.value.report.codes()
    assert result.changes.jobs == {job_id}
    stored = stored_report(workspace, rev)
    assert stored is not None and stored.codes() == result.value.report.codes()
    data = stored_check(workspace, rev)
    assert data is not None and data["machine_id"] == fdm.id
    estimates = result.value.estimates
    pla = next(m for m in estimates.masses if m.material == "PLA")
    assert pla.mass_g == pytest.approx(400 * 300 * 5 / 1000 * 1.24, rel=1e-6)
    assert estimates.fdm is not None and estimates.fdm.print_time_s > 0


def test_casting_reports_the_metal_weights(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    rev = _import(workspace, job_id, tmp_path / "pendant.stl", *box_arrays((10.0, 10.0, 2.0)))
    check = check_revision(workspace, rev, PRESETS["jewelry_casting"]).value
    silver = next(m for m in check.estimates.metals if m.material == "silver_925")
    assert silver.mass_g == pytest.approx(0.2 * 10.36, rel=1e-6)
    assert check.estimates.fdm is None


def test_repair_makes_a_new_revision_and_keeps_the_original(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    v, f = box_arrays((20.0, 20.0, 20.0))
    broken = _import(workspace, job_id, tmp_path / "cube.stl", v, f[2:])
    before = check_revision(workspace, broken, PRESETS["fdm"]).value.report
    assert "open_edges" in before.codes()

    outcome = repair_revision(workspace, broken, PRESETS["fdm"]).value
    assert outcome.revision_id != broken
    assert outcome.fixed == {"open_edges": 4}
    assert outcome.check.report.ok and outcome.check.report.findings == ()
    assert outcome.check.report.metrics.volume_mm3 == pytest.approx(8000.0)
    rows = designs.list_designs(workspace, job_id)
    assert [(r.number, r.revision_count) for r in rows] == [(2, 2)]
    original = designs.get_revision(workspace, broken)
    assert original.metrics is not None and not original.metrics.watertight  # untouched
    assert "open_edges" in stored_report(workspace, broken).codes()  # type: ignore[union-attr]


def test_repairing_a_clean_part_makes_no_revision(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    rev = _import(workspace, job_id, tmp_path / "ok.stl", *box_arrays())
    outcome = repair_revision(workspace, rev, PRESETS["generic"]).value
    assert outcome.revision_id == rev and outcome.fixed == {}
    assert len(designs.list_designs(workspace, job_id)) == 1


def test_checking_a_synced_revision_again_is_no_change_for_the_square(
    workspace: Workspace, job_id: str, tmp_path: Path
) -> None:
    """An advisor checks a maker's revision too: the square would refuse it as an edit."""
    from sqlalchemy import func, select, update

    from app.models import DesignRevision, SyncOutbox
    from app.replica.state import collect_outbox

    rev = _import(workspace, job_id, tmp_path / "plate.stl", *box_arrays((40.0, 30.0, 5.0)))
    collect_outbox(workspace)
    with workspace.session() as s:  # as if the square took it
        s.execute(update(DesignRevision).values(server_version=7))
        before = s.scalar(select(func.count()).select_from(SyncOutbox))
    cnc = _machine(workspace, "cnc")
    check_revision(workspace, rev, preset_for(workspace, machine_id=cnc.id), machine_id=cnc.id)
    assert stored_check(workspace, rev)["machine_id"] == cnc.id  # type: ignore[index]
    assert collect_outbox(workspace) == 0
    with workspace.read_session() as s:
        assert s.get(DesignRevision, rev).dirty is False  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(SyncOutbox)) == before

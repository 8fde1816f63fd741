"""app/catalogue.py: the default catalogue, editing it, the profile and customers."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest

from app import catalogue
from app.catalogue import MachineRow, MaterialRow, ProfileData
from app.errors import InvalidValueError, NotFoundError
from app.workspace import Workspace, open_workspace

DEFAULT_MATERIALS = {  # name: (process, density g/cm³)
    "PLA": ("fdm", 1.24),
    "PETG": ("fdm", 1.27),
    "ABS": ("fdm", 1.04),
    "표준 레진": ("resin", 1.12),
    "은 925": ("casting", 10.36),
    "황동": ("casting", 8.50),
    "알루미늄 6061": ("cnc", 2.70),
}


def test_a_new_workspace_has_the_default_machines_and_materials(workspace: Workspace) -> None:
    machines = {m.name: m for m in catalogue.list_machines(workspace)}
    fdm = [m for m in machines.values() if m.process == "fdm"]
    assert len(fdm) == 1 and fdm[0].build_mm == (250, 210, 220)
    assert fdm[0].hourly_rate > 0
    assert {m.process for m in machines.values()} >= {"fdm", "resin", "cnc"}
    materials = {m.name: (m.process, m.density_g_cm3) for m in catalogue.list_materials(workspace)}
    assert materials == DEFAULT_MATERIALS
    assert all(m.price_per_kg > 0 for m in catalogue.list_materials(workspace))


def test_the_defaults_are_seeded_once_and_edits_survive_reopening(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    pla = next(m for m in catalogue.list_materials(ws) if m.name == "PLA")
    catalogue.save_material(ws, replace(pla, price_per_kg=31_000))
    abs_ = next(m for m in catalogue.list_materials(ws) if m.name == "ABS")
    catalogue.delete_catalogue_item(ws, "material", abs_.id)
    ws.close()

    ws = open_workspace(tmp_path / "ws")
    try:
        materials = {m.name: m for m in catalogue.list_materials(ws)}
        assert set(materials) == set(DEFAULT_MATERIALS) - {"ABS"}  # not re-seeded
        assert materials["PLA"].price_per_kg == 31_000
        assert len(catalogue.list_machines(ws)) == 3
    finally:
        ws.close()


def test_machines_can_be_added_edited_and_deleted(workspace: Workspace) -> None:
    result = catalogue.save_machine(
        workspace, MachineRow("", " 대형 FDM ", "fdm", (400.0, 400.0, 450.0), 7_000, 10_000)
    )
    assert result.changes.catalogue
    new_id = result.value
    machines = {m.id: m for m in catalogue.list_machines(workspace)}
    assert machines[new_id].name == "대형 FDM" and machines[new_id].build_mm == (400, 400, 450)

    catalogue.save_machine(
        workspace, replace(machines[new_id], hourly_rate=9_000, build_mm=(400.0, 400.0, 500.0))
    )
    edited = {m.id: m for m in catalogue.list_machines(workspace)}[new_id]
    assert (edited.hourly_rate, edited.build_mm) == (9_000, (400, 400, 500))
    assert len(catalogue.list_machines(workspace)) == 4

    catalogue.delete_catalogue_item(workspace, "machine", new_id)
    assert new_id not in {m.id for m in catalogue.list_machines(workspace)}
    with pytest.raises(NotFoundError):
        catalogue.delete_catalogue_item(workspace, "machine", "no-such-machine")


@pytest.mark.parametrize(
    "change",
    [
        {"name": "  "},
        {"process": "laser"},
        {"build_mm": (0.0, 210.0, 220.0)},
        {"build_mm": (250.0, -1.0, 220.0)},
        {"build_mm": (math.nan, 210.0, 220.0)},
        {"build_mm": (250.0, math.inf, 220.0)},
        {"hourly_rate": -1},
        {"setup_fee": -500},
    ],
)
def test_a_bad_machine_is_refused(workspace: Workspace, change: dict[str, object]) -> None:
    before = catalogue.list_machines(workspace)
    fdm = next(m for m in before if m.process == "fdm")
    with pytest.raises(InvalidValueError):
        catalogue.save_machine(workspace, replace(fdm, **change))  # type: ignore[arg-type]
    assert catalogue.list_machines(workspace) == before


def test_materials_can_be_added_and_edited(workspace: Workspace) -> None:
    new_id = catalogue.save_material(
        workspace, MaterialRow("", "금 18K", "casting", 15.5, 90_000_000)
    ).value
    gold = {m.id: m for m in catalogue.list_materials(workspace)}[new_id]
    assert (gold.name, gold.process, gold.density_g_cm3) == ("금 18K", "casting", 15.5)
    catalogue.save_material(workspace, replace(gold, density_g_cm3=15.6))
    assert {m.id: m for m in catalogue.list_materials(workspace)}[new_id].density_g_cm3 == 15.6


@pytest.mark.parametrize(
    "change",
    [
        {"name": ""},
        {"process": "wood"},
        {"density_g_cm3": 0.0},
        {"density_g_cm3": 30.0},
        {"density_g_cm3": math.nan},
        {"price_per_kg": -1},
    ],
)
def test_a_bad_material_is_refused(workspace: Workspace, change: dict[str, object]) -> None:
    before = catalogue.list_materials(workspace)
    with pytest.raises(InvalidValueError):
        catalogue.save_material(workspace, replace(before[0], **change))  # type: ignore[arg-type]
    assert catalogue.list_materials(workspace) == before


# --- the profile -------------------------------------------------------------------------


PROFILE = ProfileData(
    business_name="메이커 공방",
    representative="김 대표",
    registration_no="",
    address="서울 종로구 종로 1",
    business_type="제조업",
    business_item="3D 프린팅",
    phone="02-000-0000",
    email="kim@example.kr",
    trade="printing",
    seal_png=b"\x89PNG seal",
)


def test_a_new_workspace_has_an_empty_profile(workspace: Workspace) -> None:
    assert catalogue.get_profile(workspace) == ProfileData()


@pytest.mark.parametrize(
    "typed", ["1168200276", "116-82-00276", " 116 82 00276 ", "１１６－８２－００２７６"]
)
def test_save_profile_formats_a_valid_registration_number(workspace: Workspace, typed: str) -> None:
    result = catalogue.save_profile(workspace, replace(PROFILE, registration_no=typed))
    assert result.changes.profile
    assert catalogue.get_profile(workspace) == replace(PROFILE, registration_no="116-82-00276")


@pytest.mark.parametrize("typed", ["116-82-00277", "116-82-0027", "116-82-002766", "abc"])
def test_save_profile_refuses_an_invalid_registration_number(
    workspace: Workspace, typed: str
) -> None:
    catalogue.save_profile(workspace, replace(PROFILE, registration_no="116-82-00276"))
    with pytest.raises(InvalidValueError) as info:
        catalogue.save_profile(
            workspace, replace(PROFILE, business_name="바뀐 이름", registration_no=typed)
        )
    assert info.value.params["field"] == "registration_no"
    saved = catalogue.get_profile(workspace)
    assert (saved.business_name, saved.registration_no) == ("메이커 공방", "116-82-00276")


def test_the_registration_number_may_be_left_empty(workspace: Workspace) -> None:
    catalogue.save_profile(workspace, replace(PROFILE, registration_no="  "))
    assert catalogue.get_profile(workspace).registration_no == ""


# --- customers ---------------------------------------------------------------------------


def test_customers_are_found_or_created_by_name(workspace: Workspace) -> None:
    with workspace.session() as s:
        first = catalogue.find_or_create_customer(s, " 을지로 금속 ").id
        again = catalogue.find_or_create_customer(s, "을지로 금속").id
        other = catalogue.find_or_create_customer(s, "가나 공예").id
        with pytest.raises(InvalidValueError):
            catalogue.find_or_create_customer(s, "  ")
    assert first == again != other
    assert catalogue.customer_names(workspace) == ["가나 공예", "을지로 금속"]


def test_a_duplicated_machine_keeps_its_process_parameters_under_a_new_name(
    workspace: Workspace,
) -> None:
    fdm = next(m for m in catalogue.list_machines(workspace) if m.process == "fdm")
    new_id = catalogue.duplicate_catalogue_item(workspace, "machine", fdm.id, "FDM 2호기").value
    copy = next(m for m in catalogue.list_machines(workspace) if m.id == new_id)
    assert copy == replace(fdm, id=new_id, name="FDM 2호기")
    from app.designs.checks import preset_for

    assert preset_for(workspace, machine_id=new_id) == preset_for(workspace, machine_id=fdm.id)


def test_a_duplicated_material_is_a_new_row_and_a_deleted_one_cannot_be_copied(
    workspace: Workspace,
) -> None:
    pla = next(m for m in catalogue.list_materials(workspace) if m.name == "PLA")
    new_id = catalogue.duplicate_catalogue_item(workspace, "material", pla.id, "PLA 검정").value
    names = [m.name for m in catalogue.list_materials(workspace)]
    assert names.count("PLA") == 1 and "PLA 검정" in names and new_id != pla.id
    catalogue.delete_catalogue_item(workspace, "material", pla.id)
    with pytest.raises(NotFoundError):
        catalogue.duplicate_catalogue_item(workspace, "material", pla.id, "again")
    with pytest.raises(InvalidValueError) as err:
        catalogue.duplicate_catalogue_item(workspace, "material", new_id, "  ")
    assert err.value.params["field"] == "name"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": " "}, "name"),
        ({"process": "laser"}, "process"),
        ({"density_g_cm3": math.nan}, "density_g_cm3"),
        ({"density_g_cm3": 30.0}, "density_g_cm3"),
        ({"price_per_kg": -1}, "price_per_kg"),
    ],
)
def test_validate_material_names_the_field_to_fix(change: dict[str, object], field: str) -> None:
    row = MaterialRow("", "PLA", "fdm", 1.24, 25_000)
    catalogue.validate_material(row)  # the row as it is is fine
    with pytest.raises(InvalidValueError) as err:
        catalogue.validate_material(replace(row, **change))  # type: ignore[arg-type]
    assert err.value.params["field"] == field


def test_a_deleted_machine_can_be_restored(workspace: Workspace) -> None:
    machine = catalogue.list_machines(workspace)[0]
    catalogue.delete_catalogue_item(workspace, "machine", machine.id)
    assert machine.id not in [m.id for m in catalogue.list_machines(workspace)]
    catalogue.restore_catalogue_item(workspace, "machine", machine.id)
    assert machine in catalogue.list_machines(workspace)
    with pytest.raises(NotFoundError):
        catalogue.restore_catalogue_item(workspace, "material", "no-such-id")

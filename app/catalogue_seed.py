"""The catalogue a new workspace starts with, which the user can edit: one machine per
common process and the materials small Seoul workshops use most (app.catalogue edits it).

Below the workspace, which seeds every workspace it creates with it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Machine, Material, Profile


@dataclass(frozen=True)
class MachineSpec:
    name: str
    process: str
    build_mm: tuple[float, float, float]
    hourly_rate: int
    setup_fee: int
    params: dict[str, float]


@dataclass(frozen=True)
class MaterialSpec:
    name: str
    process: str
    density_g_cm3: float
    price_per_kg: int


DEFAULT_MACHINES = (
    MachineSpec(
        "FDM 프린터",
        "fdm",
        (250, 210, 220),
        5_000,
        10_000,
        {"nozzle_mm": 0.4, "layer_mm": 0.2, "min_wall_mm": 0.8, "overhang_deg": 45},
    ),
    MachineSpec(
        "레진 프린터",
        "resin",
        (150, 90, 170),
        8_000,
        15_000,
        {"layer_mm": 0.05, "min_wall_mm": 0.4, "overhang_deg": 30},
    ),
    MachineSpec("CNC 밀링", "cnc", (400, 300, 150), 40_000, 50_000, {"tool_mm": 6}),
)

DEFAULT_MATERIALS = (
    MaterialSpec("PLA", "fdm", 1.24, 25_000),
    MaterialSpec("PETG", "fdm", 1.27, 28_000),
    MaterialSpec("ABS", "fdm", 1.04, 27_000),
    MaterialSpec("표준 레진", "resin", 1.12, 80_000),
    MaterialSpec("은 925", "casting", 10.36, 1_600_000),
    MaterialSpec("황동", "casting", 8.50, 12_000),
    MaterialSpec("알루미늄 6061", "cnc", 2.70, 9_000),
)


def seed_defaults(session: Session) -> None:
    """Fill a brand-new workspace with the default catalogue and an empty profile."""
    if session.scalar(select(Machine.id).limit(1)) is None:
        for m in DEFAULT_MACHINES:
            session.add(
                Machine(
                    name=m.name,
                    process=m.process,
                    build_x_mm=m.build_mm[0],
                    build_y_mm=m.build_mm[1],
                    build_z_mm=m.build_mm[2],
                    hourly_rate=m.hourly_rate,
                    setup_fee=m.setup_fee,
                    params_json=json.dumps(m.params),
                )
            )
    if session.scalar(select(Material.id).limit(1)) is None:
        for mat in DEFAULT_MATERIALS:
            session.add(
                Material(
                    name=mat.name,
                    process=mat.process,
                    density_g_cm3=mat.density_g_cm3,
                    price_per_kg=mat.price_per_kg,
                )
            )
    if session.scalar(select(Profile.id).limit(1)) is None:
        session.add(Profile())

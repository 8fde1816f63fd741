"""The maker's catalogue (machines, materials), profile and customers.

A new workspace starts with a small default catalogue the user can edit (app.catalogue_seed).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import bizno
from app.changes import Changes, Result
from app.errors import InvalidValueError, NotFoundError
from app.models import Customer, Machine, Material, Profile
from app.rows import live_row
from app.workspace import Workspace

PROCESSES = ("fdm", "resin", "cnc", "casting", "generic")


# --- profile -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileData:
    business_name: str = ""
    representative: str = ""
    registration_no: str = ""
    address: str = ""
    business_type: str = ""
    business_item: str = ""
    phone: str = ""
    email: str = ""
    trade: str = ""
    seal_png: bytes | None = None


def get_profile(ws: Workspace) -> ProfileData:
    with ws.read_session() as s:
        p = s.scalars(select(Profile).where(Profile.deleted.is_(False)).limit(1)).first()
        if p is None:
            return ProfileData()
        return ProfileData(
            p.business_name,
            p.representative,
            p.registration_no,
            p.address,
            p.business_type,
            p.business_item,
            p.phone,
            p.email,
            p.trade,
            p.seal_png,
        )


def save_profile(ws: Workspace, data: ProfileData) -> Result[None]:
    reg = data.registration_no.strip()
    if reg:
        if not bizno.is_valid(reg):
            raise InvalidValueError(
                f"invalid business registration number {reg!r}", field="registration_no", value=reg
            )
        reg = bizno.format_number(reg)
    with ws.session() as s:
        p = s.scalars(select(Profile).limit(1)).first()
        if p is None:
            p = Profile()
            s.add(p)
        for name in (
            "business_name",
            "representative",
            "address",
            "business_type",
            "business_item",
            "phone",
            "email",
            "trade",
            "seal_png",
        ):
            setattr(p, name, getattr(data, name))
        p.registration_no = reg
        p.dirty = True
    return Result(None, Changes(profile=True))


# --- customers ---------------------------------------------------------------------------


def max_length(column: Any) -> int:
    """The longest text a String(n) column takes, in characters (SQLite does not check it;
    the services do, so that a too long text is refused with words, not cut or stored)."""
    length = column.type.length
    assert isinstance(length, int)
    return length


def require_fits(text: str, column: Any, field: str) -> None:
    """InvalidValueError (reason "too_long", with the limit) when `text` exceeds `column`."""
    maximum = max_length(column)
    if len(text) > maximum:
        raise InvalidValueError(
            f"{field} has {len(text)} characters, at most {maximum}",
            field=field,
            reason="too_long",
            maximum=maximum,
            length=len(text),
        )


def find_or_create_customer(session: Session, name: str) -> Customer:
    name = name.strip()
    if not name:
        raise InvalidValueError("a customer needs a name", field="customer")
    require_fits(name, Customer.__table__.c.name, "customer")
    found = session.scalars(
        select(Customer).where(Customer.name == name, Customer.deleted.is_(False))
    ).first()
    if found is not None:
        return found
    customer = Customer(name=name)
    session.add(customer)
    session.flush()
    return customer


def customer_names(ws: Workspace) -> list[str]:
    with ws.read_session() as s:
        return list(
            s.scalars(
                select(Customer.name).where(Customer.deleted.is_(False)).order_by(Customer.name)
            )
        )


# --- machines and materials --------------------------------------------------------------


@dataclass(frozen=True)
class MachineRow:
    id: str
    name: str
    process: str
    build_mm: tuple[float, float, float]
    hourly_rate: int
    setup_fee: int


@dataclass(frozen=True)
class MaterialRow:
    id: str
    name: str
    process: str
    density_g_cm3: float
    price_per_kg: int


def list_machines(ws: Workspace) -> list[MachineRow]:
    with ws.read_session() as s:
        rows = s.scalars(select(Machine).where(Machine.deleted.is_(False)).order_by(Machine.name))
        return [
            MachineRow(
                m.id,
                m.name,
                m.process,
                (m.build_x_mm, m.build_y_mm, m.build_z_mm),
                m.hourly_rate,
                m.setup_fee,
            )
            for m in rows
        ]


def list_materials(ws: Workspace) -> list[MaterialRow]:
    with ws.read_session() as s:
        rows = s.scalars(
            select(Material).where(Material.deleted.is_(False)).order_by(Material.name)
        )
        return [MaterialRow(m.id, m.name, m.process, m.density_g_cm3, m.price_per_kg) for m in rows]


def _check_process(process: str) -> None:
    if process not in PROCESSES:
        raise InvalidValueError(f"unknown process {process!r}", field="process", value=process)


def validate_machine(row: MachineRow) -> None:
    """InvalidValueError naming the first field of `row` that cannot be saved."""
    _check_process(row.process)
    if not row.name.strip():
        raise InvalidValueError("a machine needs a name", field="name")
    if not all(0 < v < math.inf for v in row.build_mm):  # NaN fails too
        raise InvalidValueError("build volume must be positive", field="build_mm")
    if row.hourly_rate < 0 or row.setup_fee < 0:
        raise InvalidValueError("rates cannot be negative", field="hourly_rate")


def validate_material(row: MaterialRow) -> None:
    """InvalidValueError naming the first field of `row` that cannot be saved."""
    _check_process(row.process)
    if not row.name.strip():
        raise InvalidValueError("a material needs a name", field="name")
    if not 0.1 <= row.density_g_cm3 <= 25:  # NaN fails too
        raise InvalidValueError("density out of range", field="density_g_cm3")
    if row.price_per_kg < 0:
        raise InvalidValueError("price cannot be negative", field="price_per_kg")


def save_machine(ws: Workspace, row: MachineRow) -> Result[str]:
    validate_machine(row)
    with ws.session() as s:
        m = s.get(Machine, row.id) if row.id else None
        if m is None:
            m = Machine(params_json="{}")
            s.add(m)
        m.name, m.process = row.name.strip(), row.process
        m.build_x_mm, m.build_y_mm, m.build_z_mm = row.build_mm
        m.hourly_rate, m.setup_fee, m.dirty = row.hourly_rate, row.setup_fee, True
        s.flush()
        return Result(m.id, Changes(catalogue=True))


def save_material(ws: Workspace, row: MaterialRow) -> Result[str]:
    validate_material(row)
    with ws.session() as s:
        m = s.get(Material, row.id) if row.id else None
        if m is None:
            m = Material()
            s.add(m)
        m.name, m.process = row.name.strip(), row.process
        m.density_g_cm3, m.price_per_kg, m.dirty = row.density_g_cm3, row.price_per_kg, True
        s.flush()
        return Result(m.id, Changes(catalogue=True))


def delete_catalogue_item(ws: Workspace, kind: str, item_id: str) -> Result[None]:
    """Soft delete: quotes and checks made with it keep their figures."""
    return _mark_deleted(ws, kind, item_id, True)


def restore_catalogue_item(ws: Workspace, kind: str, item_id: str) -> Result[None]:
    """Bring a deleted machine or material back (undo of a delete)."""
    return _mark_deleted(ws, kind, item_id, False)


def _mark_deleted(ws: Workspace, kind: str, item_id: str, deleted: bool) -> Result[None]:
    with ws.session() as s:
        obj: Machine | Material | None = (
            s.get(Machine, item_id) if kind == "machine" else s.get(Material, item_id)
        )
        if obj is None:
            raise NotFoundError(f"{kind} {item_id}", kind=kind, id=item_id)
        obj.deleted, obj.dirty = deleted, True
    return Result(None, Changes(catalogue=True))


def duplicate_catalogue_item(ws: Workspace, kind: str, item_id: str, name: str) -> Result[str]:
    """A new machine or material like `item_id` (with a machine's process parameters too),
    named `name`; returns the new id."""
    if not name.strip():
        raise InvalidValueError(f"a {kind} needs a name", field="name")
    with ws.session() as s:
        copy: Machine | Material
        if kind == "machine":
            m = live_row(s, Machine, item_id)
            copy = Machine(
                name=name.strip(),
                process=m.process,
                build_x_mm=m.build_x_mm,
                build_y_mm=m.build_y_mm,
                build_z_mm=m.build_z_mm,
                hourly_rate=m.hourly_rate,
                setup_fee=m.setup_fee,
                params_json=m.params_json,
            )
        else:
            mat = live_row(s, Material, item_id)
            copy = Material(
                name=name.strip(),
                process=mat.process,
                density_g_cm3=mat.density_g_cm3,
                price_per_kg=mat.price_per_kg,
            )
        s.add(copy)
        s.flush()
        return Result(copy.id, Changes(catalogue=True))

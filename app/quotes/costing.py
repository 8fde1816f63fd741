"""The cost model of a quote line made from a design revision, in exact integer won.

A line's 단가 (unit price, per piece) is the sum of five parts, each its own row with its
formula and its stated assumptions, so a maker can explain the price to a customer:

- material: volume (cm³) × density (g/cm³) × price (won/kg) ÷ 1000 × (1 + allowance). The
  allowance is per process: FDM 10 % (skirt, supports, purge and the odd failed print),
  resin 15 % (supports, raft, resin left on the part), casting 10 % (sprue and melt loss),
  none for CNC, whose material is the stock block (the part's bounding box) instead.
- machine: hours × hourly rate. FDM uses the FDM estimate (`cad.estimates.estimate_fdm`);
  resin counts layers (height ÷ layer height × seconds per layer); CNC divides the removed
  volume (stock − part) by a removal rate; casting and generic need hours typed in.
- setup: the machine's setup fee is per order, spread over the quantity.
- finishing: won per piece, as typed.
- margin: percent of the four parts above.

Each part is rounded to whole won with the quote's rounding rule before they are added,
so the parts shown always add up to the 단가. Plain data only; no Qt, no database here
(`app.quotes.design_lines` reads the workspace and calls this).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from fractions import Fraction

from app.money import RoundingRule

__all__ = [
    "PART_CODES",
    "Assumption",
    "Breakdown",
    "CostInputs",
    "CostPart",
    "breakdown_from_json",
    "compute_breakdown",
]

PART_CODES = ("material", "machine", "setup", "finishing", "margin")

#: Material allowance (waste, supports) per process, as a fraction of the part's own mass.
MATERIAL_ALLOWANCE: dict[str, Fraction] = {
    "fdm": Fraction(10, 100),
    "resin": Fraction(15, 100),
    "casting": Fraction(10, 100),
    "cnc": Fraction(0),
    "generic": Fraction(0),
}
RESIN_SECONDS_PER_LAYER = 10  # exposure ~2.5 s + lift, peel and settle ~7.5 s
RESIN_LAYER_MM = Fraction(5, 100)  # when the machine does not say
CNC_REMOVAL_CM3_PER_MIN = 5  # roughing aluminium with a 6 mm end mill, conservatively
BREAKDOWN_VERSION = 1


@dataclass(frozen=True)
class Assumption:
    """A stated assumption: a stable code (the UI translates it), its value and unit."""

    code: str
    value: str
    unit: str = ""


@dataclass(frozen=True)
class CostPart:
    code: str  # one of PART_CODES
    amount: int  # won per piece, rounded with the quote's rule
    formula: str  # the figures that make it, e.g. "8.000 cm³ × 1.24 g/cm³ × …"
    assumptions: tuple[Assumption, ...] = ()


@dataclass(frozen=True)
class CostInputs:
    """Everything the cost of one piece depends on (floats are rounded to 0.001 first)."""

    process: str  # fdm, resin, cnc, casting, generic
    volume_mm3: float
    bbox_mm: tuple[float, float, float]
    density_g_cm3: float
    price_per_kg: int
    hourly_rate: int
    setup_fee: int
    quantity: int
    finishing_per_piece: int
    margin_percent: int
    machine_hours: Fraction  # per piece
    time_source: str  # stored_fdm, computed_fdm, resin_layers, cnc_removal, manual, none
    time_assumptions: tuple[Assumption, ...] = ()


@dataclass(frozen=True)
class Breakdown:
    parts: tuple[CostPart, ...]
    unit_price: int  # 단가: the sum of the parts
    quantity: int
    rounding: str  # the rule's setting, e.g. "floor:1"
    machine_hours: Fraction
    time_source: str
    mass_g: Fraction  # per piece, allowance included

    def part(self, code: str) -> CostPart:
        return next(p for p in self.parts if p.code == code)

    def to_dict(self) -> dict[str, object]:
        return {
            "version": BREAKDOWN_VERSION,
            "unit_price": self.unit_price,
            "quantity": self.quantity,
            "rounding": self.rounding,
            "machine_hours": str(self.machine_hours),
            "time_source": self.time_source,
            "mass_g": str(self.mass_g),
            "parts": [
                {
                    "code": p.code,
                    "amount": p.amount,
                    "formula": p.formula,
                    "assumptions": [
                        {"code": a.code, "value": a.value, "unit": a.unit} for a in p.assumptions
                    ],
                }
                for p in self.parts
            ],
        }


def exact(value: float, places: int = 3) -> Fraction:
    """A float as the exact decimal it prints as (to `places`), so results are reproducible."""
    return Fraction(f"{value:.{places}f}")


def _fmt(value: Fraction, places: int = 3) -> str:
    return f"{float(value):,.{places}f}"


def _won(value: int) -> str:
    return f"{value:,}"


def compute_breakdown(inputs: CostInputs, rule: RoundingRule) -> Breakdown:
    """The per-piece cost of `inputs`, every part rounded with `rule`."""
    _check(inputs)
    material, mass = _material(inputs, rule)
    machine = _machine(inputs, rule)
    setup = CostPart(
        "setup",
        rule.apply(Fraction(inputs.setup_fee, inputs.quantity)),
        f"{_won(inputs.setup_fee)} won ÷ {inputs.quantity} pcs",
        (Assumption("setup_per_order", str(inputs.quantity), "pcs"),),
    )
    finishing = CostPart(
        "finishing",
        rule.apply(inputs.finishing_per_piece),
        f"{_won(inputs.finishing_per_piece)} won/pc",
    )
    base = material.amount + machine.amount + setup.amount + finishing.amount
    margin = CostPart(
        "margin",
        rule.apply(Fraction(base * inputs.margin_percent, 100)),
        f"{_won(base)} won × {inputs.margin_percent} %",
    )
    parts = (material, machine, setup, finishing, margin)
    return Breakdown(
        parts,
        sum(p.amount for p in parts),
        inputs.quantity,
        rule.to_setting(),
        inputs.machine_hours,
        inputs.time_source,
        mass,
    )


def _check(inputs: CostInputs) -> None:
    if inputs.quantity < 1:
        raise ValueError("quantity must be at least 1")
    for name in ("price_per_kg", "hourly_rate", "setup_fee", "finishing_per_piece"):
        if getattr(inputs, name) < 0:
            raise ValueError(f"{name} must not be negative")
    if not 0 <= inputs.margin_percent <= 1000:
        raise ValueError("margin must be 0-1000 %")
    if inputs.volume_mm3 < 0 or inputs.density_g_cm3 <= 0 or inputs.machine_hours < 0:
        raise ValueError("volume, density and hours must be positive")


def _material(inputs: CostInputs, rule: RoundingRule) -> tuple[CostPart, Fraction]:
    density = exact(inputs.density_g_cm3, 3)
    allowance = MATERIAL_ALLOWANCE.get(inputs.process, Fraction(0))
    assumptions: list[Assumption] = []
    if inputs.process == "cnc":
        x, y, z = (exact(v) for v in inputs.bbox_mm)
        volume_cm3 = x * y * z / 1000
        assumptions.append(
            Assumption("cnc_stock_is_bbox", f"{_fmt(x, 1)} × {_fmt(y, 1)} × {_fmt(z, 1)}", "mm")
        )
    else:
        volume_cm3 = exact(inputs.volume_mm3) / 1000
    mass = volume_cm3 * density * (1 + allowance)
    amount = rule.apply(mass * inputs.price_per_kg / 1000)
    formula = (
        f"{_fmt(volume_cm3)} cm³ × {_fmt(density, 2)} g/cm³ × {_won(inputs.price_per_kg)} won/kg"
        " ÷ 1000"
    )
    if allowance:
        formula += f" × {_fmt(1 + allowance, 2)}"
        assumptions.append(Assumption("material_allowance", str(int(allowance * 100)), "%"))
    return CostPart("material", amount, formula, tuple(assumptions)), mass


def _machine(inputs: CostInputs, rule: RoundingRule) -> CostPart:
    hours = inputs.machine_hours
    amount = rule.apply(hours * inputs.hourly_rate)
    formula = f"{_fmt(hours, 2)} h × {_won(inputs.hourly_rate)} won/h"
    source = Assumption("time_source", inputs.time_source)
    return CostPart("machine", amount, formula, (source, *inputs.time_assumptions))


# --- machine time models that need no mesh --------------------------------------------------


def resin_hours(
    height_mm: float, layer_mm: float | None
) -> tuple[Fraction, tuple[Assumption, ...]]:
    """Layers (height ÷ layer, rounded up) × seconds per layer; one piece per build."""
    layer = exact(layer_mm, 3) if layer_mm and layer_mm > 0 else RESIN_LAYER_MM
    layers = -(-exact(height_mm) // layer)  # ceil
    hours = Fraction(int(layers) * RESIN_SECONDS_PER_LAYER, 3600)
    return hours, (
        Assumption("resin_layers", f"{int(layers)}", ""),
        Assumption("resin_layer_mm", f"{float(layer):g}", "mm"),
        Assumption("resin_seconds_per_layer", str(RESIN_SECONDS_PER_LAYER), "s"),
    )


def cnc_hours(
    volume_mm3: float, bbox_mm: tuple[float, float, float], rate_cm3_min: float | None
) -> tuple[Fraction, tuple[Assumption, ...]]:
    """Removed volume (stock − part) ÷ removal rate."""
    rate = (
        exact(rate_cm3_min, 3)
        if rate_cm3_min and rate_cm3_min > 0
        else Fraction(CNC_REMOVAL_CM3_PER_MIN)
    )
    x, y, z = (exact(v) for v in bbox_mm)
    removed = max(Fraction(0), (x * y * z - exact(volume_mm3)) / 1000)
    hours = removed / rate / 60
    return hours, (
        Assumption("cnc_removed_cm3", _fmt(removed, 1), "cm³"),
        Assumption("cnc_removal_rate", f"{float(rate):g}", "cm³/min"),
    )


def fdm_hours(print_time_s: float) -> tuple[Fraction, tuple[Assumption, ...]]:
    seconds = exact(print_time_s, 0)
    return seconds / 3600, (
        Assumption("fdm_print_time", _fmt(seconds / 60, 0), "min"),
        Assumption("fdm_settings", "PrusaSlicer defaults, 0.3 mm layers, 20 % infill"),
    )


# --- reading a stored breakdown back ----------------------------------------------------------


def breakdown_from_json(text: str | None) -> Breakdown | None:
    """A stored `Breakdown.to_dict()` (in a line's breakdown_json); None if absent or unreadable."""
    if not text:
        return None
    try:
        d = json.loads(text)
        costs = d.get("cost", d)
        parts = tuple(
            CostPart(
                str(p["code"]),
                int(p["amount"]),
                str(p["formula"]),
                tuple(
                    Assumption(str(a["code"]), str(a["value"]), str(a.get("unit", "")))
                    for a in p.get("assumptions", [])
                ),
            )
            for p in costs["parts"]
        )
        return Breakdown(
            parts,
            int(costs["unit_price"]),
            int(costs["quantity"]),
            str(costs["rounding"]),
            Fraction(str(costs["machine_hours"])),
            str(costs["time_source"]),
            Fraction(str(costs["mass_g"])),
        )
    except (ValueError, KeyError, TypeError, ZeroDivisionError):
        return None

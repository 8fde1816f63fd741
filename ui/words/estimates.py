"""Words for presets, estimates and their assumptions (the `.ts` context is "Estimates")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.designs.checks import Estimates
from cad.estimates import Assumption

translate = QCoreApplication.translate


def preset_label(name: str) -> str:
    return {
        "fdm": translate("Estimates", "FDM printing (preset)"),
        "resin": translate("Estimates", "Resin printing (preset)"),
        "jewelry_casting": translate("Estimates", "Jewelry casting (preset)"),
        "cnc": translate("Estimates", "CNC milling (preset)"),
        "generic": translate("Estimates", "Topology only (preset)"),
    }.get(name, name)


def metal_label(code: str) -> str:
    return {
        "silver_925": translate("Estimates", "Silver 925"),
        "gold_18k_yellow": translate("Estimates", "Gold 18K"),
        "brass": translate("Estimates", "Brass"),
    }.get(code, code)


def duration_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return (
            translate("Estimates", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    return translate("Estimates", "%1 min").replace("%1", str(minutes))


def assumption_text(a: Assumption, locale: QLocale) -> str:
    names = {
        "layer_height": translate("Estimates", "layer height"),
        "first_layer_height": translate("Estimates", "first layer"),
        "perimeters": translate("Estimates", "perimeters"),
        "top_solid_layers": translate("Estimates", "top layers"),
        "bottom_solid_layers": translate("Estimates", "bottom layers"),
        "infill_density": translate("Estimates", "infill"),
        "infill_pattern": translate("Estimates", "infill pattern"),
        "extrusion_width": translate("Estimates", "extrusion width"),
        "infill_speed": translate("Estimates", "infill speed"),
        "perimeter_speed": translate("Estimates", "perimeter speed"),
        "acceleration": translate("Estimates", "acceleration"),
        "filament_diameter": translate("Estimates", "filament diameter"),
        "density": translate("Estimates", "density"),
        "shrinkage": translate("Estimates", "shrinkage"),
    }
    flags = {
        "slicer_defaults": translate("Estimates", "PrusaSlicer's default profile"),
        "no_supports": translate("Estimates", "no supports"),
        "orientation": translate("Estimates", "printed as modelled"),
        "solid_part": translate("Estimates", "a fully solid part"),
        "sprue_not_included": translate("Estimates", "sprue and button not included"),
    }
    if a.code in flags:
        return flags[a.code]
    value = locale.toString(a.value, "g", 4) if isinstance(a.value, float) else str(a.value)
    unit = {"g/cm3": "g/cm³", "mm/s2": "mm/s²"}.get(a.unit, a.unit)
    return f"{names.get(a.code, a.code)} {value}{(' ' + unit) if unit else ''}".strip()


def estimates_text(e: Estimates, locale: QLocale) -> str:
    """A few lines: mass per material, the FDM print, the cast metal; assumptions after."""
    lines = []
    if e.masses:
        masses = " · ".join(f"{m.material} {locale.toString(m.mass_g, 'f', 1)} g" for m in e.masses)
        lines.append(translate("Estimates", "Mass: %1").replace("%1", masses))
    if e.fdm is not None:
        f = e.fdm
        lines.append(
            translate("Estimates", "FDM print: about %1, %2 m of filament (%3 g)")
            .replace("%1", duration_text(f.print_time_s))
            .replace("%2", locale.toString(f.filament_length_mm / 1000, "f", 2))
            .replace("%3", locale.toString(f.filament_mass_g, "f", 1))
        )
        shown = [
            a
            for a in f.assumptions
            if a.code
            in {"slicer_defaults", "layer_height", "infill_density", "perimeters", "no_supports"}
        ]
        lines.append(
            translate("Estimates", "Assuming %1.").replace(
                "%1", ", ".join(assumption_text(a, locale) for a in shown)
            )
        )
    if e.metals:
        metals = " · ".join(
            f"{metal_label(m.material)} {locale.toString(m.mass_g, 'f', 2)} g" for m in e.metals
        )
        lines.append(
            translate("Estimates", "Cast metal: %1 (%2)")
            .replace("%1", metals)
            .replace("%2", assumption_text(Assumption("sprue_not_included", "true", ""), locale))
        )
    return "\n".join(lines)

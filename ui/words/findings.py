"""Words for the CAD checks: finding titles, sentences with their figures, and fix hints.

`cad` returns findings as codes with plain parameters; this is the one place they become
Korean or English (the `.ts` context is "Findings").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from cad.report import Finding  # (numpy behind it: not for the command line's start)


translate = QCoreApplication.translate


def severity_label(severity: str) -> str:
    return {
        "error": translate("Findings", "Error"),
        "warning": translate("Findings", "Warning"),
        "info": translate("Findings", "Note"),
    }.get(severity, severity)


def finding_title(code: str) -> str:
    return {
        "open_edges": translate("Findings", "Holes (open edges)"),
        "non_manifold_edges": translate("Findings", "Non-manifold edges"),
        "inconsistent_winding": translate("Findings", "Faces flipped against their neighbours"),
        "inverted": translate("Findings", "Inside out"),
        "degenerate_faces": translate("Findings", "Faces without area"),
        "duplicate_faces": translate("Findings", "Duplicate faces"),
        "multiple_bodies": translate("Findings", "Several bodies"),
        "self_intersections": translate("Findings", "Self-intersections"),
        "exceeds_build_volume": translate("Findings", "Too big for the machine"),
        "thin_walls": translate("Findings", "Walls too thin"),
        "overhangs": translate("Findings", "Overhangs need supports"),
        "small_features": translate("Findings", "Features too small"),
        "suspicious_units": translate("Findings", "Size looks like the wrong unit"),
        "check_incomplete": translate("Findings", "Check not finished"),
    }.get(code, code)


def _num(value: object, decimals: int = 1) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def finding_text(finding: Finding) -> str:
    """One sentence with the figures, in the user's language."""
    p: Mapping[str, object] = finding.params
    count = _num(finding.count)
    texts = {
        "open_edges": translate(
            "Findings", "%1 edges belong to one face only: the surface has holes."
        ),
        "non_manifold_edges": translate("Findings", "%1 edges are shared by three or more faces."),
        "inconsistent_winding": translate(
            "Findings", "%1 edges join faces that point in opposite directions."
        ),
        "inverted": translate("Findings", "%1 bodies are inside out: their faces point inwards."),
        "degenerate_faces": translate("Findings", "%1 faces have no area."),
        "duplicate_faces": translate("Findings", "%1 faces repeat another face."),
        "multiple_bodies": translate("Findings", "The file holds %1 separate bodies."),
        "self_intersections": translate("Findings", "%1 faces cut through other faces."),
        "small_features": translate("Findings", "%1 bodies are smaller than %2 mm."),
    }
    code = finding.code
    if code in texts:
        return texts[code].replace("%1", count).replace("%2", _num(p.get("min_feature_mm"), 2))
    if code == "exceeds_build_volume":
        return (
            translate("Findings", "%1 mm does not fit the build volume %2 mm, in any orientation.")
            .replace("%1", _size(p.get("size_mm")))
            .replace("%2", _size(p.get("build_volume_mm")))
        )
    if code == "thin_walls":
        return (
            translate("Findings", "Walls down to %1 mm; the process needs at least %2 mm.")
            .replace("%1", _num(p.get("thinnest_mm"), 2))
            .replace("%2", _num(p.get("min_wall_mm"), 2))
        )
    if code == "overhangs":
        return (
            translate("Findings", "%1 mm² faces down more steeply than %2° and needs supports.")
            .replace("%1", _num(p.get("area_mm2")))
            .replace("%2", _num(p.get("overhang_deg"), 0))
        )
    if code == "suspicious_units":
        return _units_text(p)
    if code == "check_incomplete":
        return translate(
            "Findings", "The %1 check ran out of time; its result is partial."
        ).replace("%1", finding_title(str(p.get("check", ""))))
    return finding.message


def _units_text(p: Mapping[str, object]) -> str:
    largest = _num(p.get("largest_mm"), 3)
    unit = {
        "in": translate("Findings", "inches"),
        "cm": translate("Findings", "centimetres"),
        "m": translate("Findings", "metres"),
        "um": translate("Findings", "micrometres"),
    }.get(str(p.get("likely_unit", "")))
    if unit is None:
        return translate("Findings", "The part is %1 mm at its largest: check its unit.").replace(
            "%1", largest
        )
    return (
        translate("Findings", "The part is %1 mm at its largest: was it drawn in %2?")
        .replace("%1", largest)
        .replace("%2", unit)
    )


def _size(value: object) -> str:
    if isinstance(value, list | tuple):
        return " × ".join(_num(v) for v in value)
    return str(value)


def fix_hint(code: str) -> str:
    """What to do about it, in one sentence."""
    return {
        "open_edges": translate(
            "Findings", "Use Repair to close small holes, or close the surface in your CAD program."
        ),
        "non_manifold_edges": translate(
            "Findings",
            "Separate the faces that meet at one edge in your CAD program; Repair cannot fix this.",
        ),
        "inconsistent_winding": translate("Findings", "Use Repair to turn the faces the same way."),
        "inverted": translate("Findings", "Use Repair to turn the part right side out."),
        "degenerate_faces": translate("Findings", "Use Repair to remove them."),
        "duplicate_faces": translate("Findings", "Use Repair to remove them."),
        "multiple_bodies": translate(
            "Findings", "Fine for a plate of parts; join them in CAD if they should be one part."
        ),
        "self_intersections": translate(
            "Findings", "Join the overlapping bodies with a boolean union in your CAD program."
        ),
        "exceeds_build_volume": translate(
            "Findings", "Split the part, scale it down, or choose a bigger machine."
        ),
        "thin_walls": translate("Findings", "Thicken the marked walls, or choose a finer process."),
        "overhangs": translate(
            "Findings", "Add supports, or turn the part so the marked faces face up."
        ),
        "small_features": translate("Findings", "Enlarge or remove the marked bits."),
        "suspicious_units": translate("Findings", "Re-export in millimetres, or scale the part."),
        "check_incomplete": translate(
            "Findings", "Run the check again with more time, or on a simpler part."
        ),
    }.get(code, "")

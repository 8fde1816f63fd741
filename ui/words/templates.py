"""Words for part templates: their codes, parameters, units and choices (context "Templates").

`cad.parametric` describes templates as data (codes and parameter names); this module is
the one place those codes become words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def template_label(code: str) -> str:
    return {
        "ring": translate("Templates", "Ring (Korean size)"),
        "l_bracket": translate("Templates", "L-bracket"),
        "enclosure": translate("Templates", "Enclosure with lid"),
        "knob": translate("Templates", "Knob"),
    }.get(code, code)


def template_description(code: str) -> str:
    return {
        "ring": translate(
            "Templates",
            "A band ring made to a Korean ring size (호), flat or rounded inside.",
        ),
        "l_bracket": translate(
            "Templates",
            "An L of two legs with a fillet in the inner corner and a hole through each leg.",
        ),
        "enclosure": translate(
            "Templates",
            "An open box and a lid that fits into it, laid side by side to print.",
        ),
        "knob": translate(
            "Templates",
            "A round knob with a bore for a D-cut or round shaft, knurled or smooth.",
        ),
    }.get(code, "")


def parameter_label(name: str) -> str:
    return {
        # ring
        "size": translate("Templates", "Ring size"),
        "band_width": translate("Templates", "Band width"),
        "thickness": translate("Templates", "Thickness"),
        "comfort_fit": translate("Templates", "Comfort fit (rounded inside)"),
        # L-bracket
        "leg_a": translate("Templates", "Leg A (along the base)"),
        "leg_b": translate("Templates", "Leg B (upright)"),
        "width": translate("Templates", "Width"),
        "inner_fillet": translate("Templates", "Inner fillet radius"),
        "hole_diameter": translate("Templates", "Hole diameter (0: no holes)"),
        # enclosure
        "outer_x": translate("Templates", "Outer length (X)"),
        "outer_y": translate("Templates", "Outer width (Y)"),
        "outer_z": translate("Templates", "Outer height (Z)"),
        "wall": translate("Templates", "Wall thickness"),
        "corner_radius": translate("Templates", "Corner radius"),
        "lid_clearance": translate("Templates", "Lid clearance"),
        # knob
        "diameter": translate("Templates", "Diameter"),
        "height": translate("Templates", "Height"),
        "bore_diameter": translate("Templates", "Shaft bore diameter"),
        "shaft": translate("Templates", "Shaft"),
        "knurl_count": translate("Templates", "Knurls (0: smooth)"),
    }.get(name, name)


def choice_label(value: str) -> str:
    return {
        "yes": translate("Templates", "Yes"),
        "no": translate("Templates", "No"),
        "d_flat": translate("Templates", "D-cut (with a flat)"),
        "round": translate("Templates", "Round"),
    }.get(value, value)


def unit_suffix(unit: str) -> str:
    """The suffix a number field shows after its value: " mm", "°", "호"."""
    return {"mm": " mm", "deg": "°", "": ""}.get(unit, unit)

"""Parametric parts: templates as data, built with cadquery into STEP and STL.

A `Template` is a code, its typed `Parameter`s (with units and ranges, so the UI can build
a form from them and a trainer can read them) and a build function. `build_part` checks
every parameter, builds the solid with cadquery (imported on first use: 2.7 s), writes it
as STEP, meshes it with the same OpenCASCADE tessellation as STEP import (`cad.brep`) and
returns plain bytes and arrays. Wrong parameters are `CadError("invalid_parameter")`, a
shape the kernel cannot make is `CadError("geometry_failed")`; either names the parameter
in `CadError.params["parameter"]` where one is to blame. Nothing else escapes.

The shapes themselves are in `cad.parametric_shapes`.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Literal

import numpy as np
from numpy.typing import NDArray

from cad import parametric_shapes as shapes
from cad.brep import tessellate
from cad.errors import CadError
from cad.stl import binary_stl_bytes

log = logging.getLogger(__name__)

ParamValue = float | int | str
ParamKind = Literal["float", "int", "choice"]


@dataclass(frozen=True)
class Parameter:
    """One input of a template. `minimum`/`maximum` bound numbers; `choices` a choice."""

    name: str
    kind: ParamKind
    unit: str  # "mm", "deg", "호" or ""
    minimum: float | None = None
    maximum: float | None = None
    default: ParamValue = 0
    choices: tuple[str, ...] = ()

    def check(self, value: object) -> ParamValue:
        """`value` as this parameter's type; raise CadError("invalid_parameter") if wrong."""
        if self.kind == "choice":
            if not isinstance(value, str):
                raise self._error("wrong_type", value)
            if value not in self.choices:
                raise self._error("not_a_choice", value)
            return value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._error("wrong_type", value)
        if not math.isfinite(value):
            raise self._error("wrong_type", value)
        number = float(value)
        if self.kind == "int" and not number.is_integer():
            raise self._error("wrong_type", value)
        if (self.minimum is not None and number < self.minimum) or (
            self.maximum is not None and number > self.maximum
        ):
            raise self._error("out_of_range", value)
        return int(number) if self.kind == "int" else number

    def describe(self) -> dict[str, Any]:
        """The parameter as JSON-ready data (for errors and for the UI's form)."""
        data: dict[str, Any] = {"parameter": self.name, "kind": self.kind, "unit": self.unit}
        if self.kind == "choice":
            data["choices"] = list(self.choices)
        else:
            data.update(minimum=self.minimum, maximum=self.maximum)
        return data

    def _error(self, reason: str, value: object) -> CadError:
        shown = value if isinstance(value, int | float | str) else type(value).__name__
        return CadError(
            "invalid_parameter",
            f"{self.name}: {reason} ({shown!r})",
            params={**self.describe(), "reason": reason, "value": shown},
        )


@dataclass(frozen=True)
class Template:
    """A kind of part: its parameters and how to build it from checked values."""

    code: str
    parameters: tuple[Parameter, ...]
    build: Callable[[Mapping[str, Any]], Any]  # checked params -> cadquery Shape
    name_keys: tuple[str, ...] = ()  # the parameters that name a part ("ring_13호")

    def parameter(self, name: str) -> Parameter:
        for p in self.parameters:
            if p.name == name:
                return p
        raise KeyError(name)

    def defaults(self) -> dict[str, ParamValue]:
        return {p.name: p.default for p in self.parameters}

    def check(self, params: Mapping[str, object]) -> dict[str, ParamValue]:
        """Every parameter checked and typed; unknown or missing ones are errors."""
        known = {p.name for p in self.parameters}
        for name in params:
            if name not in known:
                raise CadError(
                    "invalid_parameter",
                    f"{self.code} has no parameter {name!r}",
                    params={"parameter": name, "reason": "unknown"},
                )
        checked: dict[str, ParamValue] = {}
        for p in self.parameters:
            if p.name not in params:
                raise CadError(
                    "invalid_parameter",
                    f"{p.name}: missing",
                    params={**p.describe(), "reason": "missing"},
                )
            checked[p.name] = p.check(params[p.name])
        return checked

    def design_name(self, params: Mapping[str, ParamValue]) -> str:
        """The code and key sizes, e.g. "ring_13호", "l_bracket_40x30mm"."""
        if not self.name_keys:
            return self.code
        values = "x".join(_number_text(params[k]) for k in self.name_keys)
        return f"{self.code}_{values}{self.parameter(self.name_keys[-1]).unit}"


@dataclass(frozen=True)
class BuiltPart:
    """A built part as plain data: its STEP and STL files and its welded mesh (mm)."""

    step_bytes: bytes
    stl_bytes: bytes
    vertices: NDArray[np.float64]  # (n, 3)
    faces: NDArray[np.int64]  # (m, 3)
    params: dict[str, ParamValue]  # the checked parameters it was built from
    code: str = ""
    name: str = ""  # the design name, e.g. "ring_13호"
    bodies: int = 1  # separate solids (the enclosure is a box and its lid)


def _mm(name: str, lo: float, hi: float, default: float) -> Parameter:
    return Parameter(name, "float", "mm", lo, hi, default)


TEMPLATES: Final[Mapping[str, Template]] = MappingProxyType(
    {
        "ring": Template(
            "ring",
            (
                Parameter("size", "int", "호", 1, 30, 13),
                _mm("band_width", 1.0, 20.0, 4.0),
                _mm("thickness", 0.8, 5.0, 1.8),
                Parameter("comfort_fit", "choice", "", default="yes", choices=("yes", "no")),
            ),
            shapes.ring,
            ("size",),
        ),
        "l_bracket": Template(
            "l_bracket",
            (
                _mm("leg_a", 5.0, 300.0, 40.0),
                _mm("leg_b", 5.0, 300.0, 30.0),
                _mm("thickness", 1.0, 20.0, 3.0),
                _mm("width", 5.0, 300.0, 20.0),
                _mm("inner_fillet", 0.0, 50.0, 2.0),
                _mm("hole_diameter", 0.0, 50.0, 4.0),  # 0: no holes
            ),
            shapes.l_bracket,
            ("leg_a", "leg_b"),
        ),
        "enclosure": Template(
            "enclosure",
            (
                _mm("outer_x", 20.0, 400.0, 80.0),
                _mm("outer_y", 20.0, 400.0, 60.0),
                _mm("outer_z", 10.0, 300.0, 30.0),
                _mm("wall", 0.8, 10.0, 2.0),
                _mm("corner_radius", 0.0, 50.0, 3.0),
                _mm("lid_clearance", 0.0, 1.0, 0.2),
            ),
            shapes.enclosure,
            ("outer_x", "outer_y", "outer_z"),
        ),
        "knob": Template(
            "knob",
            (
                _mm("diameter", 8.0, 100.0, 25.0),
                _mm("height", 5.0, 60.0, 15.0),
                _mm("bore_diameter", 2.0, 20.0, 6.0),
                Parameter("shaft", "choice", "", default="d_flat", choices=("d_flat", "round")),
                Parameter("knurl_count", "int", "", 0, 60, 18),  # 0: smooth
            ),
            shapes.knob,
            ("diameter",),
        ),
    }
)


def get_template(code: str) -> Template:
    template = TEMPLATES.get(code)
    if template is None:
        raise CadError(
            "invalid_parameter",
            f"no part template {code!r}",
            params={"parameter": "template", "reason": "unknown", "value": code},
        )
    return template


def design_name(code: str, params: Mapping[str, object]) -> str:
    """The design name of a part, e.g. "ring_13호" (checks the parameters)."""
    template = get_template(code)
    return template.design_name(template.check(params))


def build_part(code: str, params: Mapping[str, object], *, tolerance_mm: float = 0.05) -> BuiltPart:
    """Build a part from its template; slow (cadquery), so call it off the UI thread."""
    template = get_template(code)
    checked = template.check(params)
    try:
        shape = template.build(checked)
        occ_shape = getattr(shape, "wrapped", shape)
        bodies = _check_solids(occ_shape)
        step = step_bytes(occ_shape, product=code)
        vertices, faces = tessellate(occ_shape, tolerance_mm=tolerance_mm)  # welded
    except CadError:
        raise
    except MemoryError as exc:
        raise CadError("too_large", "out of memory while building the part") from exc
    except Exception as exc:  # the kernel's failures: a fillet too big for its edge, ...
        log.info("building %s %s failed", code, checked, exc_info=True)
        raise CadError("geometry_failed", f"{type(exc).__name__}: {exc}"[:300]) from exc
    name = template.design_name(checked)
    return BuiltPart(
        step_bytes=step,
        stl_bytes=binary_stl_bytes(vertices, faces, header=f"Maker Square {name}"),
        vertices=vertices,
        faces=faces,
        params=checked,
        code=code,
        name=name,
        bodies=bodies,
    )


def step_bytes(shape: Any, *, product: str = "part") -> bytes:
    """An OCP shape as a STEP file (AP214, millimetres), the same bytes for the same shape.

    The header's time stamp and the product's name are fixed, so building the same part
    twice gives the same file (and the same hash in the content-addressed store).
    """
    from OCP.APIHeaderSection import APIHeaderSection_MakeHeader
    from OCP.IFSelect import IFSelect_RetDone
    from OCP.Interface import Interface_Static
    from OCP.StepBasic import StepBasic_Product
    from OCP.STEPControl import STEPControl_AsIs, STEPControl_Writer
    from OCP.TCollection import TCollection_HAsciiString

    writer = STEPControl_Writer()
    Interface_Static.SetCVal_s("write.step.unit", "MM")  # a process-wide setting
    if writer.Transfer(shape, STEPControl_AsIs) != IFSelect_RetDone:
        raise CadError("geometry_failed", "the STEP writer refused the shape")
    model = writer.Model()
    ascii_name = product.encode("ascii", "replace").decode()
    for index in range(1, model.NbEntities() + 1):
        entity = model.Value(index)
        if isinstance(entity, StepBasic_Product):
            entity.SetName(TCollection_HAsciiString(ascii_name))
            entity.SetId(TCollection_HAsciiString(ascii_name))
    header = APIHeaderSection_MakeHeader(model)
    header.SetName(TCollection_HAsciiString(ascii_name))
    header.SetTimeStamp(TCollection_HAsciiString("2000-01-01T00:00:00"))
    header.SetOriginatingSystem(TCollection_HAsciiString("Maker Square"))
    stream = io.BytesIO()
    if writer.WriteStream(stream) != IFSelect_RetDone:
        raise CadError("geometry_failed", "the STEP writer failed")
    return stream.getvalue()


def _check_solids(shape: Any) -> int:
    """The number of solids; raise geometry_failed for an invalid or empty result."""
    from OCP.BRepCheck import BRepCheck_Analyzer
    from OCP.BRepGProp import BRepGProp
    from OCP.GProp import GProp_GProps
    from OCP.TopAbs import TopAbs_SOLID
    from OCP.TopExp import TopExp_Explorer

    if shape is None or shape.IsNull() or not BRepCheck_Analyzer(shape).IsValid():
        raise CadError("geometry_failed", "the kernel made an invalid shape")
    count = 0
    explorer = TopExp_Explorer(shape, TopAbs_SOLID)
    while explorer.More():
        props = GProp_GProps()
        BRepGProp.VolumeProperties_s(explorer.Current(), props)
        if props.Mass() <= 0:
            raise CadError("geometry_failed", "a solid with no volume (turned inside out?)")
        count += 1
        explorer.Next()
    if count == 0:
        raise CadError("geometry_failed", "the kernel made no solid")
    return count


def _number_text(value: ParamValue) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)

"""Mass, casting-metal and FDM print estimates, each stating its assumptions.

Plain data in, plain data out. The FDM model (`cad.fdm_model`) slices the mesh at every
layer and builds the print from the slicer's physical settings, with no fitted constants.

`benchmarks/bench_fdm_estimates.py` measures the model against PrusaSlicer's G-code.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Final

import numpy as np
from numpy.typing import NDArray

from cad.fdm_model import simulate_print
from cad.fdm_settings import FdmSettings
from cad.mesh import weld_vertices
from cad.topology import face_terms

if TYPE_CHECKING:
    from cad.metrics import MeshLike

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]

#: Densities (g/cm³) of the casting alloys, stated in each casting estimate.
CASTING_METALS: Final = (("silver_925", 10.36), ("gold_18k_yellow", 15.58), ("brass", 8.5))


@dataclass(frozen=True)
class Assumption:
    """One stated assumption: a stable `code` (translated by the UI), a value, a unit."""

    code: str
    value: float | str
    unit: str

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "value": self.value, "unit": self.unit}


@dataclass(frozen=True)
class MassEstimate:
    material: str
    density_g_cm3: float
    mass_g: float
    assumptions: tuple[Assumption, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "material": self.material,
            "density_g_cm3": self.density_g_cm3,
            "mass_g": self.mass_g,
            "assumptions": [a.to_dict() for a in self.assumptions],
        }


@dataclass(frozen=True)
class FdmEstimate:
    print_time_s: float
    filament_length_mm: float
    filament_mass_g: float
    filament_volume_mm3: float
    layers: int
    assumptions: tuple[Assumption, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "print_time_s": self.print_time_s,
            "filament_length_mm": self.filament_length_mm,
            "filament_mass_g": self.filament_mass_g,
            "filament_volume_mm3": self.filament_volume_mm3,
            "layers": self.layers,
            "assumptions": [a.to_dict() for a in self.assumptions],
        }


# --- mass ---------------------------------------------------------------------------------


def mass_estimates(volume_mm3: float, materials: Iterable[tuple[str, float]]) -> list[MassEstimate]:
    """Mass (g) of a solid of `volume_mm3` in each (name, density g/cm³) material."""
    volume_mm3 = _number(volume_mm3, "volume_mm3")
    if volume_mm3 < 0:
        raise ValueError("volume must be a finite, non-negative number")
    out = []
    for name, given in materials:
        density = _number(given, f"density of {name!r}")
        if density <= 0:
            raise ValueError(f"density of {name!r} must be positive")
        assumptions = (
            Assumption("density", float(density), "g/cm3"),
            Assumption("solid_part", "fully_dense", ""),
        )
        out.append(MassEstimate(name, float(density), volume_mm3 * density / 1000.0, assumptions))
    return out


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number")
    return float(value)


def casting_metal_weights(volume_mm3: float) -> list[MassEstimate]:
    """Metal weight of a lost-wax casting of a pattern of `volume_mm3`, per alloy."""
    estimates = mass_estimates(volume_mm3, CASTING_METALS)
    extra = (Assumption("sprue_not_included", "true", ""), Assumption("shrinkage", 0.0, "%"))
    return [
        MassEstimate(e.material, e.density_g_cm3, e.mass_g, e.assumptions + extra)
        for e in estimates
    ]


# --- FDM ----------------------------------------------------------------------------------


_POSITIVE: Final = frozenset(
    {
        "layer_height",
        "first_layer_height",
        "nozzle_diameter",
        "extrusion_width",
        "top_infill_width",
        "first_layer_width",
        "perimeter_speed",
        "external_perimeter_speed",
        "small_perimeter_speed",
        "infill_speed",
        "solid_infill_speed",
        "top_solid_infill_speed",
        "bridge_speed",
        "first_layer_speed",
        "travel_speed",
        "acceleration",
        "z_speed",
        "z_acceleration",
        "filament_diameter",
        "filament_density",
    }
)
_MAX_LAYERS: Final = 100_000  # 30 m at 0.3 mm: taller means wrong units
_DEFAULT_SETTINGS: Final = FdmSettings()


def _check(settings: FdmSettings) -> None:
    """ValueError unless every setting is a finite number in its range."""
    for name, value in asdict(settings).items():
        if name == "infill_pattern":
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{name} must be a number")
        if not math.isfinite(value) or value < 0 or (name in _POSITIVE and value <= 0):
            raise ValueError(f"{name} is out of range (finite, >= 0; > 0 for sizes, speeds)")
    for name in ("perimeters", "top_solid_layers", "bottom_solid_layers", "skirts"):
        if not float(getattr(settings, name)).is_integer():
            raise ValueError(f"{name} must be a whole number")
    if settings.infill_density > 1:
        raise ValueError("infill_density is a fraction between 0 and 1")


def _arrays(mesh: MeshLike) -> tuple[F64, I64]:
    v = np.asarray(mesh.vertices, dtype=np.float64).reshape(-1, 3)
    f = np.asarray(mesh.faces, dtype=np.int64).reshape(-1, 3)
    if len(f) == 0 or len(v) == 0:
        raise ValueError("the mesh has no triangles")
    if f.min() < 0 or f.max() >= len(v):
        raise ValueError("a face refers to a missing vertex")
    used = np.zeros(len(v), dtype=bool)
    used[f.ravel()] = True
    if not np.isfinite(v[used]).all():
        raise ValueError("the mesh has NaN or infinite coordinates")
    return v, f


def estimate_fdm(mesh: MeshLike, settings: FdmSettings = _DEFAULT_SETTINGS) -> FdmEstimate:
    """Print time and filament of `mesh` (mm, standing at its lowest z) on an FDM printer.

    Raises ValueError for an empty mesh or an impossible setting.
    """
    _check(settings)
    vertices, faces = _arrays(mesh)
    vertices, faces = weld_vertices(vertices, faces)  # contours chain through shared edges
    extent = vertices.max(axis=0) - vertices.min(axis=0)
    if not np.isfinite(extent).all() or extent.max() > 1e7:  # 10 km: wrong units
        raise ValueError("the part is too large to print: check its units")
    centred = vertices - vertices.mean(axis=0)
    _, volumes = face_terms(centred, [np.ascontiguousarray(faces[:, k]) for k in range(3)])
    if volumes.sum() < 0:  # inside-out: wind it outwards
        faces = faces[:, ::-1].copy()
    vertices = vertices - np.array([*(vertices.min(0) + vertices.max(0))[:2] / 2, 0.0])
    vertices[:, 2] -= vertices[:, 2].min()
    height = float(vertices[:, 2].max())
    if height > _MAX_LAYERS * settings.layer_height:
        raise ValueError("the part is too tall to print: check its units")
    with np.errstate(all="ignore"):
        volume, seconds, layers = simulate_print(vertices, faces, settings)
    if not (math.isfinite(volume) and math.isfinite(seconds)):
        raise ValueError("the mesh is too large or degenerate to estimate")
    section = math.pi / 4.0 * settings.filament_diameter**2
    return FdmEstimate(
        print_time_s=seconds,
        filament_length_mm=volume / section,
        filament_mass_g=volume * settings.filament_density / 1000.0,
        filament_volume_mm3=volume,
        layers=layers,
        assumptions=_fdm_assumptions(settings),
    )


def _fdm_assumptions(s: FdmSettings) -> tuple[Assumption, ...]:
    return (
        Assumption("slicer_defaults", "prusaslicer_2.5", ""),
        Assumption("layer_height", s.layer_height, "mm"),
        Assumption("first_layer_height", s.first_layer_height, "mm"),
        Assumption("perimeters", float(s.perimeters), ""),
        Assumption("top_solid_layers", float(s.top_solid_layers), ""),
        Assumption("bottom_solid_layers", float(s.bottom_solid_layers), ""),
        Assumption("infill_density", s.infill_density * 100.0, "%"),
        Assumption("infill_pattern", s.infill_pattern, ""),
        Assumption("extrusion_width", s.extrusion_width, "mm"),
        Assumption("infill_speed", s.infill_speed, "mm/s"),
        Assumption("perimeter_speed", s.perimeter_speed, "mm/s"),
        Assumption("acceleration", s.acceleration, "mm/s2"),
        Assumption("filament_diameter", s.filament_diameter, "mm"),
        Assumption("density", s.filament_density, "g/cm3"),
        Assumption("no_supports", "true", ""),
        Assumption("orientation", "as_modelled", ""),
    )

"""The FDM slicer and printer settings an estimate is made with (`cad.estimates.estimate_fdm`,
modelled by `cad.fdm_model`): plain data, in a module of its own so that both can use it."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class FdmSettings:
    """FDM slicer and printer settings (mm, mm/s, mm/s², s, g/cm³).

    Defaults are PrusaSlicer 2.5's own (`prusa-slicer --save` with no profile loaded),
    except the filament density, which PrusaSlicer leaves at 0: PLA's 1.24 is assumed.
    `infill_pattern` is stated, not modelled: infill is counted as straight lines at the
    density, whatever their pattern.
    """

    layer_height: float = 0.3
    first_layer_height: float = 0.35
    perimeters: int = 3
    top_solid_layers: int = 3
    bottom_solid_layers: int = 3
    infill_density: float = 0.20
    infill_pattern: str = "stars"
    nozzle_diameter: float = 0.4
    extrusion_width: float = 0.45  # 1.125 × nozzle, PrusaSlicer's automatic width
    top_infill_width: float = 0.40  # 1 × nozzle
    first_layer_width: float = 0.70  # 200 % of the first layer height
    infill_anchor: float = 2.7  # 600 % of the infill width
    solid_infill_below_area: float = 70.0  # mm²: smaller infill islands are solid
    perimeter_speed: float = 60.0  # mm/s
    external_perimeter_speed: float = 30.0  # 50 % of the perimeter speed
    small_perimeter_speed: float = 15.0
    infill_speed: float = 80.0
    solid_infill_speed: float = 20.0
    top_solid_infill_speed: float = 15.0
    bridge_speed: float = 60.0
    first_layer_speed: float = 30.0
    travel_speed: float = 130.0
    acceleration: float = 1500.0  # mm/s², machine_max_acceleration_extruding
    jerk: float = 10.0  # mm/s, machine_max_jerk_x / _y
    retract_length: float = 2.0
    retract_speed: float = 40.0
    retract_before_travel: float = 2.0
    z_speed: float = 12.0  # machine_max_feedrate_z
    z_acceleration: float = 500.0
    skirt_distance: float = 6.0
    skirts: int = 1
    slowdown_below_layer_time: float = 5.0  # s
    min_print_speed: float = 10.0
    filament_diameter: float = 1.75
    filament_density: float = 1.24  # g/cm³ (PLA)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

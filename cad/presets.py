"""Process presets as data: what a machine and process can make.

A preset names the build volume, the thinnest wall, the steepest unsupported overhang
and the smallest feature a process can make. It is plain data (`to_dict`/`from_dict`),
so a trainer can hand out a stricter one for a class as a JSON file. The machine in the
user's catalogue overrides the preset's build volume (`with_build_volume`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Final

from cad.estimates import CASTING_METALS

PROCESSES: Final = ("fdm", "resin", "casting", "cnc", "generic")

#: Casting metals a preset may ask for: density in g/cm³ (cad.estimates owns the figures).
METAL_DENSITY: Final = dict(CASTING_METALS)


@dataclass(frozen=True)
class Preset:
    name: str
    process: str
    build_volume_mm: tuple[float, float, float] | None = None
    min_wall_mm: float | None = None
    overhang_deg: float | None = None  # steepest unsupported overhang, from the vertical
    min_feature_mm: float | None = None  # a body smaller than this in every direction
    metals: tuple[str, ...] = ()  # casting: metals to report the weight of
    geometry_checks: bool = True  # False: topology only (no self-intersection search)

    def __post_init__(self) -> None:
        if self.process not in PROCESSES:
            raise ValueError(f"unknown process {self.process!r}")
        if self.build_volume_mm is not None and (
            len(self.build_volume_mm) != 3 or not all(_positive(v) for v in self.build_volume_mm)
        ):
            raise ValueError("build volume must be three positive sizes in mm")
        for name in ("min_wall_mm", "min_feature_mm"):
            value = getattr(self, name)
            if value is not None and not _positive(value):
                raise ValueError(f"{name} must be positive")
        if self.overhang_deg is not None and not 0 < self.overhang_deg < 90:
            raise ValueError("overhang_deg must be between 0 and 90 degrees")
        unknown = set(self.metals) - set(METAL_DENSITY)
        if unknown:
            raise ValueError(f"unknown metals {sorted(unknown)}")

    def with_build_volume(self, size_mm: tuple[float, float, float]) -> Preset:
        """The same preset on a machine of this build volume (from the user's catalogue)."""
        return replace(self, build_volume_mm=size_mm)

    def to_dict(self) -> dict[str, object]:
        d = asdict(self)
        d["build_volume_mm"] = list(self.build_volume_mm) if self.build_volume_mm else None
        d["metals"] = list(self.metals)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, object]) -> Preset:
        """Read a preset (e.g. a trainer's JSON file); ValueError names what is wrong."""
        known = set(cls.__dataclass_fields__)
        extra = set(d) - known
        if extra:
            raise ValueError(f"unknown preset keys {sorted(extra)}")
        volume = d.get("build_volume_mm")
        metals = d.get("metals", [])
        if volume is not None and not isinstance(volume, list | tuple):
            raise ValueError("build_volume_mm must be a list of three numbers")
        if not isinstance(metals, list | tuple):
            raise ValueError("metals must be a list")
        return cls(
            name=_text(d.get("name"), "name"),
            process=_text(d.get("process"), "process"),
            build_volume_mm=_triple(volume) if volume is not None else None,
            min_wall_mm=_optional_number(d.get("min_wall_mm"), "min_wall_mm"),
            overhang_deg=_optional_number(d.get("overhang_deg"), "overhang_deg"),
            min_feature_mm=_optional_number(d.get("min_feature_mm"), "min_feature_mm"),
            metals=tuple(str(m) for m in metals),
            geometry_checks=bool(d.get("geometry_checks", True)),
        )


def get_preset(name_or_path: str) -> Preset:
    """A built-in preset by name, or a preset JSON file; ValueError if neither."""
    if name_or_path in PRESETS:
        return PRESETS[name_or_path]
    path = Path(name_or_path)
    if path.suffix.lower() == ".json" and path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"cannot read preset file: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError("a preset file holds one JSON object")
        return Preset.from_dict(data)
    raise ValueError(f"unknown preset {name_or_path!r}; known: {', '.join(PRESETS)}")


def _positive(value: float) -> bool:
    return isinstance(value, int | float) and 0 < value < math.inf


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty text")
    return value


def _optional_number(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number")
    return float(value)


def _triple(value: list[object] | tuple[object, ...]) -> tuple[float, float, float]:
    if len(value) != 3:
        raise ValueError("build_volume_mm must be a list of three numbers")
    x, y, z = (_optional_number(v, "build_volume_mm") for v in value)
    if x is None or y is None or z is None:
        raise ValueError("build_volume_mm must be a list of three numbers")
    return (x, y, z)


PRESETS: Final = {
    p.name: p
    for p in (
        Preset(
            "fdm",
            "fdm",
            (250.0, 210.0, 220.0),
            min_wall_mm=0.8,
            overhang_deg=45.0,
            min_feature_mm=0.8,
        ),
        Preset(
            "resin",
            "resin",
            (150.0, 90.0, 170.0),
            min_wall_mm=0.4,
            overhang_deg=30.0,
            min_feature_mm=0.3,
        ),
        Preset(
            "jewelry_casting",
            "casting",
            None,
            min_wall_mm=0.6,
            min_feature_mm=0.3,
            metals=("silver_925", "gold_18k_yellow", "brass"),
        ),
        Preset("cnc", "cnc", (400.0, 300.0, 150.0)),
        Preset("generic", "generic", None, geometry_checks=False),
    )
}

#: The preset each catalogue process starts from.
PRESET_FOR_PROCESS: Final = {
    "fdm": "fdm",
    "resin": "resin",
    "casting": "jewelry_casting",
    "cnc": "cnc",
    "generic": "generic",
}

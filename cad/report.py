"""A check report as plain data: findings with stable codes, severities and face samples.

The UI and the command line turn a finding's `code` and `params` into words in the
user's language; `message` is the English fallback (for logs and for tools that do not
translate). Everything here is JSON-serialisable through `to_dict`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from cad.metrics import MeshMetrics

#: The codes a finding may carry. Never rename one: scripts match on them.
FINDING_CODES: Final = (
    "open_edges",
    "non_manifold_edges",
    "inconsistent_winding",
    "inverted",
    "degenerate_faces",
    "duplicate_faces",
    "multiple_bodies",
    "self_intersections",
    "exceeds_build_volume",
    "thin_walls",
    "overhangs",
    "small_features",
    "suspicious_units",
    "check_incomplete",  # a check ran out of its time or size budget; says which
)
SEVERITIES: Final = ("error", "warning", "info")
#: Face indices kept per finding, for painting in the viewer and flying to them.
FACE_SAMPLE: Final = 2000

Param = str | int | float | bool | list[float]


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    count: int
    faces: tuple[int, ...] = ()
    message: str = ""
    params: Mapping[str, Param] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in FINDING_CODES:
            raise ValueError(f"unknown finding code {self.code!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity,
            "count": self.count,
            "faces": list(self.faces),
            "message": self.message,
            "params": dict(self.params),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, object]) -> Finding:
        faces = d.get("faces", [])
        params = d.get("params", {})
        count = d.get("count")
        if not isinstance(faces, list) or not isinstance(params, dict):
            raise ValueError("faces must be a list and params an object")
        if isinstance(count, bool) or not isinstance(count, int):
            raise ValueError("count must be an integer")
        return cls(
            code=str(d.get("code")),
            severity=str(d.get("severity")),
            count=count,
            faces=tuple(int(x) for x in faces),
            message=str(d.get("message", "")),
            params=params,
        )


@dataclass(frozen=True)
class Report:
    """What the checks found on one mesh under one preset."""

    preset: str
    metrics: MeshMetrics
    findings: tuple[Finding, ...]
    build_volume_mm: tuple[float, float, float] | None = None

    @property
    def ok(self) -> bool:
        """True when no finding is an error (warnings and notes do not stop a print)."""
        return not any(f.severity == "error" for f in self.findings)

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def finding(self, code: str) -> Finding | None:
        return next((f for f in self.findings if f.code == code), None)

    def to_dict(self) -> dict[str, object]:
        return {
            "preset": self.preset,
            "ok": self.ok,
            "metrics": self.metrics.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "build_volume_mm": list(self.build_volume_mm) if self.build_volume_mm else None,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, object]) -> Report:
        metrics = d.get("metrics")
        findings = d.get("findings")
        volume = d.get("build_volume_mm")
        if not isinstance(metrics, dict) or not isinstance(findings, list):
            raise ValueError("a report needs metrics and findings")
        return cls(
            preset=str(d.get("preset", "generic")),
            metrics=MeshMetrics.from_dict(metrics),
            findings=tuple(Finding.from_dict(f) for f in findings if isinstance(f, dict)),
            build_volume_mm=_triple(volume) if volume is not None else None,
        )


def sort_findings(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Errors first, then warnings, then notes; within each, in FINDING_CODES order."""
    return tuple(
        sorted(findings, key=lambda f: (SEVERITIES.index(f.severity), FINDING_CODES.index(f.code)))
    )


def _triple(value: object) -> tuple[float, float, float]:
    if not isinstance(value, list | tuple) or len(value) != 3:
        raise ValueError("expected three numbers")
    x, y, z = (float(v) for v in value)
    return (x, y, z)

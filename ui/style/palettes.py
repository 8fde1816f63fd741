"""The colours of each look, by role: plain data that ui.style.theme turns into a QPalette and a
stylesheet. Light and dark, and projector mode's two (pure black on white, white on black).
Every pair used for text is checked for contrast in tests/ui/test_theme.py."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

Badge = tuple[str, str]  # background, text


@dataclass(frozen=True)
class Colours:
    """Every colour the app paints itself, by role. Others read these through current_colours()."""

    dark: bool
    window: str
    panel: str  # group boxes, tables, text fields
    alt_panel: str
    text: str
    muted: str
    disabled: str  # text of disabled controls: clearly fainter than muted
    border: str
    accent: str
    accent_text: str
    hover: str
    rail: str
    rail_selected: str
    rail_selected_text: str
    selection: str
    selection_text: str
    focus: str
    error: str
    warning: str
    ok: str
    info: str
    link: str
    badges: dict[str, Badge] = field(default_factory=dict)

    def severity(self, severity: str) -> str:
        """Text colour of a finding's severity ("error", "warning", "info")."""
        return {"error": self.error, "warning": self.warning, "info": self.info}.get(
            severity, self.text
        )


_LIGHT_BADGES: dict[str, Badge] = {
    "default": ("#e4e8ec", "#33414e"),
    "inquiry": ("#e8eaf6", "#283593"),
    "quoting": ("#fff3e0", "#8d4a00"),
    "quoted": ("#fff3e0", "#8d4a00"),
    "accepted": ("#e0f2f1", "#00695c"),
    "in_production": ("#e3f2fd", "#0d47a1"),
    "quality_check": ("#e3f2fd", "#0d47a1"),
    "delivered": ("#e8f5e9", "#1b5e20"),
    "closed": ("#e8f5e9", "#1b5e20"),
    "on_hold": ("#f3e5f5", "#6a1b9a"),
    "cancelled": ("#ffebee", "#b71c1c"),
}
_DARK_BADGES: dict[str, Badge] = {
    "default": ("#3a4450", "#e3e8ee"),
    "inquiry": ("#2e3466", "#c5cae9"),
    "quoting": ("#4a3413", "#ffcc80"),
    "quoted": ("#4a3413", "#ffcc80"),
    "accepted": ("#12403b", "#80cbc4"),
    "in_production": ("#173a5e", "#90caf9"),
    "quality_check": ("#173a5e", "#90caf9"),
    "delivered": ("#1d4221", "#a5d6a7"),
    "closed": ("#1d4221", "#a5d6a7"),
    "on_hold": ("#3d2247", "#ce93d8"),
    "cancelled": ("#4d1f22", "#ef9a9a"),
}

LIGHT = Colours(
    dark=False,
    window="#f6f7f9",
    panel="#ffffff",
    alt_panel="#f3f5f7",
    text="#1f2d3a",
    muted="#5d6b78",
    disabled="#9aa4ad",
    border="#d9dee4",
    accent="#1f5f8b",
    accent_text="#ffffff",
    hover="#e3e8ee",
    rail="#eef1f4",
    rail_selected="#d6e6f3",
    rail_selected_text="#0f3f63",
    selection="#cfe3f3",
    selection_text="#0f2b40",
    focus="#1f5f8b",
    error="#c62828",
    warning="#9a5b00",
    ok="#2e7d32",
    info="#1565c0",
    link="#1f5f8b",
    badges=_LIGHT_BADGES,
)
DARK = Colours(
    dark=True,
    window="#1e2227",
    panel="#272c33",
    alt_panel="#2d333b",
    text="#e6eaee",
    muted="#a3adb8",
    disabled="#687380",
    border="#3d4550",
    accent="#4f9ad4",
    accent_text="#0b1a26",
    hover="#333b45",
    rail="#181b20",
    rail_selected="#2c4a63",
    rail_selected_text="#e6f2fb",
    selection="#2c4a63",
    selection_text="#ffffff",
    focus="#6cb4ee",
    error="#ff8a80",
    warning="#ffcc66",
    ok="#81c784",
    info="#82b1ff",
    link="#8cc4f0",
    badges=_DARK_BADGES,
)
# Projector mode: the most contrast a projector in a lit classroom can show.
PROJECTOR_LIGHT = replace(
    LIGHT,
    window="#ffffff",
    alt_panel="#f0f0f0",
    text="#000000",
    muted="#1a1a1a",
    disabled="#8c8c8c",
    border="#000000",
    accent="#003a8c",
    rail="#ffffff",
    rail_selected="#000000",
    rail_selected_text="#ffffff",
    selection="#000000",
    selection_text="#ffffff",
    focus="#0050d0",
    error="#b00000",
    warning="#7a4100",
    ok="#005c00",
    info="#0030a0",
    link="#003a8c",
)
PROJECTOR_DARK = replace(
    DARK,
    window="#000000",
    panel="#000000",
    alt_panel="#141414",
    text="#ffffff",
    muted="#f0f0f0",
    disabled="#7a7a7a",
    border="#ffffff",
    accent="#ffd400",
    accent_text="#000000",
    rail="#000000",
    rail_selected="#ffffff",
    rail_selected_text="#000000",
    selection="#ffffff",
    selection_text="#000000",
    focus="#ffd400",
    error="#ff9e9e",
    warning="#ffe066",
    ok="#9cf29c",
    info="#a8c8ff",
    link="#ffd400",
)


def colours_for(look: str, projector: bool) -> Colours:
    if look == "dark":
        return PROJECTOR_DARK if projector else DARK
    return PROJECTOR_LIGHT if projector else LIGHT

"""Settings, declared once: key, type, default, scope — and the user's own settings file.

Workspace settings (how quotes are made) live in the workspace's `setting` table and travel
with it (app.settings); user settings (language, recent workspaces) live in a small JSON file
in the user's config directory. Both are versioned: `upgrade_user_settings` moves old keys
forward (Picard's config_upgrade). Secrets never live here: they go to the keyring.
This module is imported at start-up, before the window shows: keep it free of SQLAlchemy.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import InvalidValueError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    scope: str  # "workspace" or "user"
    validate: Callable[[Any], bool]


def _rounding_ok(v: Any) -> bool:
    from app.money import RoundingRule

    try:
        RoundingRule.from_setting(v)
    except (ValueError, TypeError):
        return False
    return True


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("quote.vat_included", False, "workspace", lambda v: isinstance(v, bool)),
        Option("quote.rounding", "floor:1", "workspace", _rounding_ok),
        Option(
            "quote.validity_days",
            30,
            "workspace",
            lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 365,
        ),
        Option("quote.default_notes", "", "workspace", lambda v: isinstance(v, str)),
        # What designs are checked against: "machine:<id>" from the catalogue, or
        # "preset:<name>"; empty means the first machine of the catalogue.
        Option("cad.check_target", "", "workspace", lambda v: isinstance(v, str)),
        # STEP/IGES/BREP are meshed so no triangle is further than this from the surface.
        Option(
            "cad.tessellation_mm",
            0.05,
            "workspace",
            lambda v: isinstance(v, int | float) and not isinstance(v, bool) and 0.001 <= v <= 1,
        ),
        Option("ui.language", "system", "user", lambda v: v in ("system", "ko", "en")),
        Option("ui.last_workspace", "", "user", lambda v: isinstance(v, str)),
        # Appearance: "system" follows the desktop; projector mode is large type and high
        # contrast for a classroom projector, on top of either theme.
        Option("ui.style.theme", "system", "user", lambda v: v in ("system", "light", "dark")),
        Option("ui.projector_mode", False, "user", lambda v: isinstance(v, bool)),
        # Window layout remembered between runs: widget key -> Qt's own state blob (base64),
        # e.g. "main.geometry", "jobs.splitter", "jobs.header"; and how the jobs are shown.
        Option(
            "ui.layout",
            {},
            "user",
            lambda v: isinstance(v, dict)
            and all(isinstance(k, str) and isinstance(x, str) for k, x in v.items()),
        ),
        Option("ui.jobs_view", "table", "user", lambda v: v in ("table", "board")),
        Option(
            "ui.recent_workspaces",
            [],
            "user",
            lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
        ),
    )
}

USER_SETTINGS_VERSION = 1


def option(key: str, scope: str) -> Option:
    opt = OPTIONS.get(key)
    if opt is None or opt.scope != scope:
        raise KeyError(f"no {scope} setting {key!r}")
    return opt


class UserSettings:
    """User-scope settings in a JSON file, written atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            data = {}
        except (OSError, ValueError):
            log.warning("user settings %s unreadable; starting from defaults", self.path)
            data = {}
        if not isinstance(data, dict):
            data = {}
        self._values = upgrade_user_settings(data)

    def get(self, key: str) -> Any:
        opt = option(key, "user")
        value = self._values.get(key, opt.default)
        return value if opt.validate(value) else opt.default

    def set(self, key: str, value: Any) -> None:
        opt = option(key, "user")
        if not opt.validate(value):
            raise InvalidValueError(f"bad value for {key}: {value!r}", field=key, value=value)
        self._values[key] = value
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = dict(self._values, _version=USER_SETTINGS_VERSION)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(payload, f, ensure_ascii=False, indent=1)
                f.flush()
                os.fsync(f.fileno())  # the new bytes are on disk before the rename
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def upgrade_user_settings(data: dict[str, Any]) -> dict[str, Any]:
    """Bring settings written by an older version forward. Version 1 is the first."""
    data = dict(data)
    data.pop("_version", 0)
    return data

"""Where things live, resolved once at start-up (qutebrowser's standarddir).

Environment overrides for tests and portable installs:
MAKERSQUARE_WORKSPACE (the default workspace), MAKERSQUARE_CONFIG_DIR, MAKERSQUARE_DATA_DIR.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANIZATION = "MakerSquare"
APPLICATION = "MakerSquare"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    default_workspace: Path
    demo_workspace: Path

    @property
    def user_settings(self) -> Path:
        return self.config_dir / "settings.json"


def _location(kind: QStandardPaths.StandardLocation) -> Path:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    return Path(QStandardPaths.writableLocation(kind))


def resolve_paths() -> Paths:
    env = os.environ.get
    data = Path(
        env("MAKERSQUARE_DATA_DIR") or _location(QStandardPaths.StandardLocation.AppDataLocation)
    )
    config = Path(
        env("MAKERSQUARE_CONFIG_DIR")
        or _location(QStandardPaths.StandardLocation.AppConfigLocation)
    )
    workspace = Path(env("MAKERSQUARE_WORKSPACE") or data / "workspace")
    return Paths(
        data_dir=data,
        config_dir=config,
        log_dir=data / "logs",
        default_workspace=workspace,
        demo_workspace=data / "demo-workspace",
    )

"""Workspace-scoped settings, stored in the workspace's `setting` table (declared in
app.options with the user-scoped ones)."""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy import select

from app.changes import Changes, Result
from app.errors import InvalidValueError
from app.models import Setting
from app.options import OPTIONS, Option, UserSettings, option
from app.workspace import Workspace

__all__ = ["OPTIONS", "Option", "UserSettings", "get_workspace_setting", "set_workspace_setting"]

log = logging.getLogger(__name__)


def get_workspace_setting(ws: Workspace, key: str) -> Any:
    opt = option(key, "workspace")
    with ws.read_session() as s:
        raw = s.scalar(select(Setting.value_json).where(Setting.key == key))
    if raw is None:
        return opt.default
    try:
        value = json.loads(raw)
    except ValueError:
        log.warning("setting %s holds unreadable JSON; using the default", key)
        return opt.default
    return value if opt.validate(value) else opt.default


def set_workspace_setting(ws: Workspace, key: str, value: Any) -> Result[None]:
    opt = option(key, "workspace")
    if not opt.validate(value):
        raise InvalidValueError(f"bad value for {key}: {value!r}", field=key, value=value)
    with ws.session() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value_json=json.dumps(value)))
        else:
            row.value_json = json.dumps(value)
    return Result(None, Changes(settings=True))

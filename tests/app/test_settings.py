"""app/settings.py: workspace settings in the database, user settings in a JSON file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app import settings
from app.errors import InvalidValueError
from app.models import Setting
from app.options import USER_SETTINGS_VERSION
from app.settings import UserSettings
from app.workspace import Workspace, open_workspace

# --- workspace settings ------------------------------------------------------------------


def test_workspace_settings_start_at_their_defaults(workspace: Workspace) -> None:
    assert settings.get_workspace_setting(workspace, "quote.vat_included") is False
    assert settings.get_workspace_setting(workspace, "quote.rounding") == "floor:1"
    assert settings.get_workspace_setting(workspace, "quote.validity_days") == 30
    assert settings.get_workspace_setting(workspace, "quote.default_notes") == ""


def test_workspace_settings_round_trip_and_travel_with_the_workspace(tmp_path: Path) -> None:
    values: dict[str, Any] = {
        "quote.vat_included": True,
        "quote.rounding": "ceil:100",
        "quote.validity_days": 365,
        "quote.default_notes": "부가세 포함, 납기 2주\n계좌: 000-000",
    }
    ws = open_workspace(tmp_path / "ws")
    for key, value in values.items():
        assert settings.set_workspace_setting(ws, key, value).changes.settings
    settings.set_workspace_setting(ws, "quote.validity_days", 14)  # overwrite, not a 2nd row
    ws.close()

    ws = open_workspace(tmp_path / "ws")
    try:
        for key, value in (values | {"quote.validity_days": 14}).items():
            assert settings.get_workspace_setting(ws, key) == value
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("quote.vat_included", 1),
        ("quote.vat_included", "yes"),
        ("quote.rounding", "floor:7"),
        ("quote.rounding", "nearest:10"),
        ("quote.rounding", 10),
        ("quote.validity_days", 0),
        ("quote.validity_days", 366),
        ("quote.validity_days", True),
        ("quote.validity_days", "30"),
        ("quote.validity_days", 30.0),
        ("quote.default_notes", None),
    ],
)
def test_a_bad_workspace_setting_is_refused(workspace: Workspace, key: str, value: Any) -> None:
    before = settings.get_workspace_setting(workspace, key)
    with pytest.raises(InvalidValueError) as info:
        settings.set_workspace_setting(workspace, key, value)
    assert info.value.params["field"] == key
    assert settings.get_workspace_setting(workspace, key) == before


def test_unknown_and_user_scope_keys_are_not_workspace_settings(workspace: Workspace) -> None:
    for key in ("quote.colour", "ui.language"):
        with pytest.raises(KeyError):
            settings.get_workspace_setting(workspace, key)
        with pytest.raises(KeyError):
            settings.set_workspace_setting(workspace, key, "ko")


@pytest.mark.parametrize("stored", ["{not json", '"ceil:7"', "42", "null"])
def test_a_damaged_stored_value_reads_as_the_default(workspace: Workspace, stored: str) -> None:
    with workspace.session() as s:
        s.add(Setting(key="quote.rounding", value_json=stored))
    assert settings.get_workspace_setting(workspace, "quote.rounding") == "floor:1"


# --- user settings -----------------------------------------------------------------------


def test_user_settings_start_at_their_defaults_without_a_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    user = UserSettings(path)
    assert user.get("ui.language") == "system"
    assert user.get("ui.last_workspace") == ""
    assert user.get("ui.recent_workspaces") == []
    assert not path.exists()  # reading writes nothing


def test_user_settings_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    user = UserSettings(path)
    user.set("ui.language", "ko")
    user.set("ui.last_workspace", "/home/김/작업실")
    user.set("ui.recent_workspaces", ["/home/김/작업실", "/mnt/공유"])

    again = UserSettings(path)
    assert again.get("ui.language") == "ko"
    assert again.get("ui.last_workspace") == "/home/김/작업실"
    assert again.get("ui.recent_workspaces") == ["/home/김/작업실", "/mnt/공유"]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["_version"] == USER_SETTINGS_VERSION
    assert "작업실" in path.read_text(encoding="utf-8")  # readable, not \\uXXXX


def test_a_bad_user_setting_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    user = UserSettings(path)
    user.set("ui.language", "en")
    for key, value in (
        ("ui.language", "fr"),
        ("ui.recent_workspaces", ["a", 3]),
        ("ui.last_workspace", None),
    ):
        with pytest.raises(InvalidValueError):
            user.set(key, value)
    with pytest.raises(KeyError):
        user.set("quote.rounding", "floor:1")  # a workspace setting
    assert UserSettings(path).get("ui.language") == "en"


@pytest.mark.parametrize(
    "content",
    [
        b'{"ui.language": "ko"',
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b"",
        b"null",
        b'{"ui.language": "klingon", "ui.recent_workspaces": "not a list"}',
    ],
)
def test_a_corrupt_user_settings_file_falls_back_to_the_defaults(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    user = UserSettings(path)
    assert user.get("ui.language") == "system"
    assert user.get("ui.recent_workspaces") == []
    user.set("ui.language", "ko")  # and it can be written over
    assert UserSettings(path).get("ui.language") == "ko"


def test_user_settings_are_written_atomically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails half way (disk full) leaves the previous file whole, and no litter."""
    path = tmp_path / "settings.json"
    user = UserSettings(path)
    user.set("ui.language", "ko")
    before = path.read_bytes()

    def half_then_fail(obj: object, fp: Any, **_kw: object) -> None:
        fp.write('{"ui.language": "e')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(json, "dump", half_then_fail)
    with pytest.raises(OSError):
        user.set("ui.language", "en")
    monkeypatch.undo()

    assert path.read_bytes() == before
    assert UserSettings(path).get("ui.language") == "ko"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]

"""sync.protocol: the one place both sides read the protocol from, and light to import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sync.errors import CLIENT_CODES, CODES, SyncError, error_from_response
from sync.protocol import ERROR_CODES, MEMBER_ROLES, PROTOCOL, ROLES


def test_the_protocol_imports_nothing_heavy() -> None:
    code = (
        "import sys, sync.protocol\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', "
        "'sqlalchemy', 'fastapi', 'starlette', 'pydantic', 'requests')\n"
        "         or m.startswith('app') and m not in ('app', 'app.kinds', 'app.roles')]\n"
        "assert not heavy, heavy\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)


def test_the_client_knows_every_code_the_square_answers() -> None:
    assert PROTOCOL == 2
    assert ERROR_CODES <= CODES and not ERROR_CODES & CLIENT_CODES
    for code in sorted(ERROR_CODES):
        error = error_from_response(400, {"code": code, "message": "words"})
        assert isinstance(error, SyncError) and error.code == code


def test_members_have_the_roles_of_users_but_admin() -> None:
    assert ROLES == ("maker", "advisor", "trainer", "admin")
    assert set(MEMBER_ROLES) == set(ROLES) - {"admin"}

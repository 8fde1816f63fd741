"""A keyring for the tests' `makersquare` processes: secrets in a JSON file. Tests only.

Why a fake: the keyring is a boundary we do not own (the OS's Secret Service, Keychain or
Credential Manager), and a headless CI machine has none, so a test that signs a verdict in
a real `makersquare` subprocess (sync.keys keeps the signing key in the keyring, and only
there) would have nowhere to keep it. This backend stands in for the OS keyring at that
boundary and nowhere else: the product never ships or selects it (it lives in tests/, and
sync.credentials still refuses keyrings.alt and any "plaintext" backend). A test selects it
for its subprocesses with

    PYTHON_KEYRING_BACKEND=tests.keyring_file.FileKeyring
    MAKERSQUARE_TEST_KEYRING=/tmp/…/keyring.json   (one file per simulated PC)

Without the second variable it is not viable (its priority raises), so keyring never picks
it on its own in a process that merely imported it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

ENV = "MAKERSQUARE_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    @classmethod
    def _path(cls) -> Path:
        value = os.environ.get(ENV)
        if not value:
            raise RuntimeError(f"{ENV} names no file: this test keyring is not in use")
        return Path(value)

    @properties.classproperty
    def priority(cls) -> float:
        cls._path()  # not viable unless a test named the file
        return 0.1

    def _load(self) -> dict[str, dict[str, str]]:
        path = self._path()
        if not path.exists():
            return {}
        data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
        return data

    def _save(self, data: dict[str, dict[str, str]]) -> None:
        path = self._path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.chmod(0o600)
        tmp.replace(path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data.setdefault(service, {})[username] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if username not in data.get(service, {}):
            raise PasswordDeleteError(username)
        del data[service][username]
        self._save(data)

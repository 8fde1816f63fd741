"""Small fakes for the client's own tests: a scripted transport and in-memory keyrings."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from keyring.backend import KeyringBackend
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

Handler = Callable[[requests.PreparedRequest], tuple[int, Any, dict[str, str]]]


@dataclass
class Sent:
    method: str
    url: str
    headers: dict[str, str]
    timeout: Any
    body: Any


@dataclass
class ScriptedAdapter(BaseAdapter):
    """Answers each request with `handler(request)` -> (status, body, headers)."""

    handler: Handler
    sent: list[Sent] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__()

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.sent.append(
            Sent(
                str(request.method),
                str(request.url),
                dict(request.headers),
                kwargs.get("timeout"),
                request.body,
            )
        )
        status, body, headers = self.handler(request)
        resp = requests.Response()
        resp.status_code = status
        resp.request = request
        resp.url = str(request.url)
        if isinstance(body, bytes):
            raw = body
        else:
            raw = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **headers}
        resp.headers = CaseInsensitiveDict(headers)
        resp.raw = io.BytesIO(raw)
        return resp

    def close(self) -> None:
        pass


def scripted_session(handler: Handler) -> tuple[requests.Session, ScriptedAdapter]:
    session = requests.Session()
    adapter = ScriptedAdapter(handler)
    session.mount("http://", adapter)
    return session, adapter


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict (a stand-in for the OS keyring in tests)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's file backend: must be refused."""


PlaintextKeyring.__module__ = "keyrings.alt.file"

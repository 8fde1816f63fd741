"""The window's sync against a real square: the square's fixtures, from tests/sync."""

from __future__ import annotations

from tests.sync.conftest import no_keyring, square  # noqa: F401  (re-exported fixtures)

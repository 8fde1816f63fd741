"""`makersquare sync|job|…` and `makersquare square user …` against a real square: the
square's fixtures, from tests/sync."""

from __future__ import annotations

from tests.sync.conftest import square  # noqa: F401  (re-exported fixture)

"""What a service call changed, so each view refreshes only when it cares (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    jobs: frozenset[str] = frozenset()
    designs: frozenset[str] = frozenset()
    quotes: frozenset[str] = frozenset()
    customers: bool = False
    catalogue: bool = False
    profile: bool = False
    settings: bool = False
    conflicts: bool = False  # the conflicts inbox (app.replica.conflicts) gained or lost an entry
    reviews: frozenset[str] = frozenset()  # reviews whose record, pins or verdicts changed
    directory: bool = False  # the square's directory as cached here (app.review.directory)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            jobs=self.jobs | other.jobs,
            designs=self.designs | other.designs,
            quotes=self.quotes | other.quotes,
            customers=self.customers or other.customers,
            catalogue=self.catalogue or other.catalogue,
            profile=self.profile or other.profile,
            settings=self.settings or other.settings,
            conflicts=self.conflicts or other.conflicts,
            reviews=self.reviews | other.reviews,
            directory=self.directory or other.directory,
        )

    @property
    def empty(self) -> bool:
        return self == Changes()


@dataclass(frozen=True)
class Result(Generic[T]):
    """A service's return value together with what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)

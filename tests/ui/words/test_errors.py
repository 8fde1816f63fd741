"""Errors in words: a sentence for every error that is the user's or the environment's, in
English and in Korean (the contexts still match the .ts), and None for a bug."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import (
    DesignImportError,
    InvalidTransitionError,
    WorkspaceLockedError,
    WorkspaceNotFoundError,
    WorkspaceReadOnlyError,
    classify_os_error,
)
from cad.errors import CadError
from sync.errors import SyncError
from ui.i18n import Translations
from ui.operations.undo import UndoRefused
from ui.words.errors import (
    cad_error_text,
    error_text,
    move_refusal_text,
    open_error_text,
    refusal_text,
    sync_error_text,
)


@pytest.fixture
def korean(qapp: object) -> Iterator[None]:
    translations = Translations()
    translations.apply("ko")
    yield
    translations.apply("en")


def _hangul(text: str | None) -> bool:
    return text is not None and any("\uac00" <= ch <= "\ud7a3" for ch in text)


def test_each_kind_of_known_error_gets_its_own_sentence(qapp: object) -> None:
    assert error_text(SyncError("offline")) == (
        "The square cannot be reached. Check the network and the address; nothing was lost."
    )
    assert error_text(SyncError("other_account", body={"user": "kim"})) == sync_error_text(
        "other_account", "kim"
    )
    assert error_text(CadError("empty", "0 bytes")) == "The file is empty."
    assert error_text(UndoRefused("quote_sent")) == refusal_text(UndoRefused("quote_sent"))
    assert "Make a new revision" in (error_text(UndoRefused("quote_sent")) or "")
    assert error_text(OSError(errno.ENOSPC, "No space left on device")) == (
        "The disk is full. Free some space and try again; nothing was lost."
    )
    assert error_text(PermissionError(errno.EACCES, "denied", "/srv/shop")) == (
        "Permission denied: /srv/shop"
    )
    read_only = classify_os_error(OSError(errno.EROFS, "Read-only file system"), path="/usb")
    assert isinstance(read_only, WorkspaceReadOnlyError)
    assert (error_text(read_only) or "").startswith(
        "Maker Square cannot write to the workspace in /usb"
    )
    moved = InvalidTransitionError("inquiry", "delivered", ("quoting", "cancelled"))
    assert error_text(moved) == (
        "A job that is 'Inquiry' cannot become 'Delivered'. "
        "Possible next steps: Quoting, Cancelled."
    )
    imported = DesignImportError("x", file="ring.stl", cad_code="unreadable")
    assert error_text(imported) == (
        "Could not import ring.stl: The file is damaged or not in the format its name says."
    )


@pytest.mark.parametrize(
    "bug",
    [
        ZeroDivisionError("division by zero"),
        AttributeError("colour"),
        KeyError("id"),
        RuntimeError("no workspace is open"),
        AssertionError(),
    ],
    ids=lambda exc: type(exc).__name__,
)
def test_a_bug_has_no_words(qapp: object, bug: BaseException) -> None:
    assert error_text(bug) is None
    assert open_error_text(bug, Path("/srv/shop")) is None


def test_opening_a_folder_says_what_is_wrong_with_it(qapp: object) -> None:
    root = Path("/srv/shop")
    assert (open_error_text(WorkspaceNotFoundError("x", path=str(root)), root) or "").startswith(
        "“/srv/shop” is not a Maker Square workspace (there is no workspace.sqlite in it)."
    )
    assert open_error_text(WorkspaceLockedError("x"), root) == error_text(WorkspaceLockedError())


def test_a_refused_move_names_where_the_job_can_go(qapp: object) -> None:
    assert move_refusal_text("J-1", "inquiry", "delivered", ("quoting", "cancelled")) == (
        "J-1 cannot move from Inquiry to Delivered. A job in Inquiry can move to Quoting or "
        "Cancelled."
    )
    assert move_refusal_text("J-2", "closed", "inquiry", ()) == (
        "J-2 cannot move from Closed to Inquiry. A job in Closed cannot move any more."
    )


def test_the_moved_sentences_keep_their_korean(korean: None) -> None:
    """Each sentence kept the translation context it was written under, so the Korean .qm
    still finds it."""
    root = Path("/srv/shop")
    texts = [
        error_text(WorkspaceLockedError()),
        error_text(OSError(errno.ENOSPC, "full")),
        error_text(WorkspaceReadOnlyError("x", path="/usb")),
        cad_error_text("empty"),
        error_text(SyncError("offline")),
        refusal_text(UndoRefused("quote_sent")),
        open_error_text(WorkspaceNotFoundError("x", path=str(root)), root),
        move_refusal_text("J-1", "inquiry", "delivered", ("quoting", "cancelled")),
    ]
    for text in texts:
        assert _hangul(text), text
    assert error_text(OSError(errno.ENOSPC, "full")) == (
        "디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 시도하세요. 잃어버린 데이터는 없습니다."
    )

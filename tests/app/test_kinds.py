"""app/kinds.py: the record kinds are their protocol strings, light to import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.kinds import Kind
from app.synced import KINDS


def test_each_kind_is_its_protocol_string_in_the_order_rows_sync() -> None:
    assert [str(k) for k in Kind] == [
        "job",
        "job_status_change",
        "membership",
        "design",
        "design_revision",
        "quote",
        "quote_revision",
        "quote_line",
        "review",
        "pin",
        "verdict",
        "comment",
    ]
    assert tuple(Kind) == KINDS  # every kind syncs, parents first
    assert Kind("quote_line") is Kind.QUOTE_LINE and Kind.QUOTE_LINE == "quote_line"
    assert json.dumps({"kind": Kind.QUOTE_LINE}) == '{"kind": "quote_line"}'


def test_the_kinds_import_nothing_heavy() -> None:
    """The square's server may import them: no ORM, no Qt, nothing else of the workspace."""
    code = (
        "import sys, app.kinds\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', "
        "'sqlalchemy', 'requests', 'sync', 'cad') or m.startswith('app.') and m != 'app.kinds']\n"
        "assert not heavy, heavy\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-P", "-c", code], cwd=root, check=True)

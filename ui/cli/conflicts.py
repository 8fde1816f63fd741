"""`makersquare conflicts list|show|resolve` — the conflicts inbox for scripts and support.

`list [--all] [--json]`: one line per open entry (`--json`: one array of objects with
`id, kind, record_id, job_id, job_number, reason, code, message, local, server, author,
changed_at, filed_at, sibling_id, resolution, resolved_at, open`); `show ID [--json]`: the
entry, field by field, this PC beside the square; `resolve ID --reapply|--discard`. Exit 0;
an unknown or already resolved entry, or a re-apply that cannot be made, is one line on
stderr and exit 1 (the entry stays open). `makersquare sync` exits `EXIT_KEPT` (4) when it
filed entries here.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.cli.opening import runner

if TYPE_CHECKING:
    from app.workspace import Workspace

translate = QCoreApplication.translate
EXIT_KEPT = 4  # a sync whose changes the square did not all take (they are in the inbox)


def _list(ws: Workspace, args: argparse.Namespace) -> int:
    from app.replica.conflicts import list_entries
    from ui.words.conflicts import reason_text, resolution_text, title_text

    entries = list_entries(ws, include_resolved=args.all)
    if args.json:
        _dump([e.as_json() for e in entries])
        return 0
    if not entries:
        print(translate("cli", "The conflicts inbox is empty: the square took everything."))
    for e in entries:
        when = e.filed_at.strftime("%Y-%m-%d %H:%M")
        print(f"#{e.id}\t{when}\t{resolution_text(e)}\t{title_text(e)}\t{reason_text(e)}")
    return 0


def _show(ws: Workspace, args: argparse.Namespace) -> int:
    from app.replica.conflicts import get_entry
    from ui.words.conflicts import field_rows, reason_text, resolution_text, title_text

    e = get_entry(ws, args.entry)
    if args.json:
        _dump(e.as_json())
        return 0
    print(f"#{e.id} {title_text(e)} ({resolution_text(e)})")
    print(reason_text(e))
    who = e.author or translate("cli", "this PC")
    when = e.changed_at.strftime("%Y-%m-%d %H:%M") if e.changed_at else "—"
    print(translate("cli", "Changed here by %1 (%2 UTC)").replace("%1", who).replace("%2", when))
    rows = field_rows(e)
    width = max((len(r[0]) for r in rows), default=0)
    print(f"{'':{width}}  {translate('cli', 'This PC')} | {translate('cli', 'The square')}")
    for name, here, there in rows:
        mark = " " if here == there else "*"
        print(f"{name:{width}} {mark}{here} | {there}")
    return 0


def _resolve(ws: Workspace, args: argparse.Namespace) -> int:
    from app.replica.conflicts import discard, reapply

    if args.discard:
        discard(ws, args.entry)
        print(translate("cli", "Entry #%1 discarded.").replace("%1", str(args.entry)))
        return 0
    made = reapply(ws, args.entry).value
    text = translate("cli", "Entry #%1 re-applied: it goes to the square with the next sync.")
    print(text.replace("%1", str(args.entry)) + (f" ({made})" if made else ""))
    return 0


def _dump(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    conflicts = sub.add_parser(
        "conflicts", parents=[common], help="changes the square did not take, kept for you"
    )
    conflicts_sub = conflicts.add_subparsers(
        dest="conflicts_command", required=True, metavar="ACTION"
    )
    conflicts_list = conflicts_sub.add_parser("list", parents=[common], help="the open entries")
    conflicts_list.add_argument("--all", action="store_true", help="resolved entries too")
    conflicts_list.add_argument("--json", action="store_true")
    conflicts_list.set_defaults(run=runner(_list, reading=True))  # beside a window
    conflicts_show = conflicts_sub.add_parser(
        "show", parents=[common], help="what this PC had and what the square has"
    )
    conflicts_show.add_argument("entry", type=int, metavar="ID")
    conflicts_show.add_argument("--json", action="store_true")
    conflicts_show.set_defaults(run=runner(_show, reading=True))
    resolve = conflicts_sub.add_parser("resolve", parents=[common], help="re-apply or discard")
    resolve.add_argument("entry", type=int, metavar="ID")
    how = resolve.add_mutually_exclusive_group(required=True)
    how.add_argument("--reapply", action="store_true", help="make it new work again")
    how.add_argument("--discard", action="store_true", help="let this PC's version go")
    resolve.set_defaults(run=runner(_resolve))


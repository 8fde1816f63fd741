"""`makersquare job add|list|status|share`, `design import`, `comment add|list` — the
workspace commands other tools script.

The contract (issue 4; keep it exact): `job add` prints the new job's id; `job list --json`
a JSON array (id, number, title, customer, status, due_date); `comment list --json` a JSON
array (id, author, text, created_at). The lists only read: they run beside an open window.
A first job makes the workspace. Errors are one line on stderr (ui/cli/opening.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sync.protocol import MEMBER_ROLES
from ui.cli.opening import author as _author
from ui.cli.opening import runner
from ui.words.labels import status_label

if TYPE_CHECKING:
    from app.jobs.comments import CommentRow
    from app.workspace import Workspace


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    job = sub.add_parser("job", parents=[common], help="jobs")
    job_sub = job.add_subparsers(dest="job_command", required=True, metavar="ACTION")
    job_add = job_sub.add_parser("add", parents=[common], help="add a job; prints its id")
    job_add.add_argument("title", metavar="TITLE")
    job_add.add_argument("--customer", metavar="NAME")
    job_add.set_defaults(run=runner(_job_add, create=True))
    job_list = job_sub.add_parser("list", parents=[common], help="list the jobs")
    job_list.add_argument("--json", action="store_true")
    job_list.set_defaults(run=runner(_job_list, reading=True))
    job_status = job_sub.add_parser("status", parents=[common], help="move a job")
    job_status.add_argument("job_id", metavar="JOB_ID")
    job_status.add_argument("status", metavar="STATUS")
    job_status.set_defaults(run=runner(_job_status))
    job_share = job_sub.add_parser("share", parents=[common], help="share a job with a user")
    job_share.add_argument("job_id", metavar="JOB_ID")
    job_share.add_argument("user", metavar="USER")
    job_share.add_argument("--role", required=True, choices=MEMBER_ROLES)
    job_share.set_defaults(run=runner(_job_share))
    design = sub.add_parser("design", parents=[common], help="designs")
    design_sub = design.add_subparsers(dest="design_command", required=True, metavar="ACTION")
    design_import = design_sub.add_parser("import", parents=[common], help="import a file")
    design_import.add_argument("job_id", metavar="JOB_ID")
    design_import.add_argument("file", type=Path, metavar="FILE")
    design_import.set_defaults(run=runner(_design_import))
    comment = sub.add_parser("comment", parents=[common], help="comments on a job")
    comment_sub = comment.add_subparsers(dest="comment_command", required=True, metavar="ACTION")
    comment_add = comment_sub.add_parser("add", parents=[common], help="comment on a job")
    comment_add.add_argument("job_id", metavar="JOB_ID")
    comment_add.add_argument("text", metavar="TEXT")
    comment_add.set_defaults(run=runner(_comment_add))
    comment_list = comment_sub.add_parser("list", parents=[common], help="a job's comments")
    comment_list.add_argument("job_id", metavar="JOB_ID")
    comment_list.add_argument("--json", action="store_true")
    comment_list.set_defaults(run=runner(_comment_list, reading=True))



def _job_add(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.jobs import create_job

    result = create_job(ws, args.title, customer=args.customer or "", by=_author(ws))
    print(result.value)
    return 0


def _job_list(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.jobs import list_jobs

    rows = list_jobs(ws)
    if args.json:
        keys = ("id", "number", "title", "customer", "status", "due_date")
        _print_json([{k: getattr(r, k) for k in keys} for r in rows])
        return 0
    for r in rows:
        print(f"{r.number}\t{status_label(r.status)}\t{r.title}\t{r.customer}\t{r.id}")
    return 0


def _job_status(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.jobs import set_status

    set_status(ws, args.job_id, args.status, by=_author(ws))
    return 0


def _job_share(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.comments import share_job

    share_job(ws, args.job_id, args.user, args.role)
    return 0


def _design_import(ws: Workspace, args: argparse.Namespace) -> int:
    from app.designs.designs import import_design

    result = import_design(ws, args.job_id, args.file, author=_author(ws))
    print(result.value)
    return 0


def _comment_add(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.comments import add_comment

    result = add_comment(ws, args.job_id, args.text, _author(ws))
    print(result.value)
    return 0


def _comment_list(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.comments import list_comments

    rows = [_comment_json(c) for c in list_comments(ws, args.job_id)]
    if args.json:
        _print_json(rows)
        return 0
    for c in rows:
        print(f"{c['created_at']}\t{c['author']}\t{c['text']}")
    return 0


def _comment_json(comment: CommentRow) -> dict[str, Any]:
    return {
        "id": comment.id,
        "author": comment.author,
        "text": comment.body,
        "created_at": comment.created_at.replace(tzinfo=UTC),  # stored as naive UTC
    }


def _print_json(rows: list[dict[str, Any]]) -> None:
    json.dump(rows, sys.stdout, ensure_ascii=False, default=_json_value)
    sys.stdout.write("\n")


def _json_value(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")

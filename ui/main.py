"""`makersquare`: the window by default; subcommands for the headless jobs.

    makersquare [--workspace PATH] [--lang ko|en]
    makersquare --version
    makersquare workspace info|check|backup [--workspace PATH]
    makersquare workspace restore [BACKUP] [--workspace PATH]
    makersquare demo [--workspace PATH] [--no-window]
    makersquare quote pdf QUOTE_NUMBER -o FILE [--revision N] [--workspace PATH]
    makersquare quote list [--json]   quote show QUOTE_NUMBER [--revision N] [--json]
    makersquare check PATH... [--preset NAME] [--json] [--csv FILE]
    makersquare square serve|user add|disable|enable|reset-password|set-role|revoke-tokens|list
    makersquare sync --server URL --user NAME
    makersquare job add|list|status|share ...   design import ...   comment add|list ...
    makersquare conflicts list|show ID|resolve ID --reapply|--discard [--json]

Errors go to stderr in one line with a non-zero exit, never a traceback; a workspace in a
bad place (open elsewhere, disk full, read-only, damaged) has its own exit code
(ui/cli/exit_codes.py). Commands that only read (workspace info|check|backup, quote
list|show|pdf, job list, comment list) open the workspace without its lock, so they run
beside an open window; the others wait for nobody and say so when it is open elsewhere.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn


def _common(*, top: bool) -> argparse.ArgumentParser:
    """Options accepted before or after a subcommand. Below the top they default to SUPPRESS,
    so `makersquare --workspace X quote pdf …` is not undone by the subcommand's default."""
    common = argparse.ArgumentParser(add_help=False)
    default = None if top else argparse.SUPPRESS
    common.add_argument(
        "--workspace",
        type=Path,
        metavar="PATH",
        default=default,
        help="workspace folder (default: in your data directory)",
    )
    common.add_argument(
        "--lang", choices=("ko", "en"), default=default, help="language of the interface"
    )
    return common


class _VersionAction(argparse.Action):
    """--version, looked up only when asked (importlib.metadata costs start-up time)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from importlib.metadata import version

        print(f"makersquare {version('makersquare')}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    common = _common(top=False)
    parser = argparse.ArgumentParser(
        prog="makersquare",
        parents=[_common(top=True)],
        description="Maker Square: jobs, quotes and 3D designs.",
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ws = sub.add_parser("workspace", parents=[common], help="look after a workspace")
    ws.add_argument("action", choices=("info", "check", "backup", "restore"))
    ws.add_argument(
        "backup",
        nargs="?",
        type=Path,
        metavar="BACKUP",
        help="restore: the backup file to restore (without it: list the backups)",
    )
    demo = sub.add_parser("demo", parents=[common], help="make a workspace full of samples")
    demo.add_argument("--no-window", action="store_true", help="only build it; do not open it")
    quote = sub.add_parser("quote", parents=[common], help="quotes")
    quote_sub = quote.add_subparsers(dest="quote_command", required=True, metavar="ACTION")
    pdf = quote_sub.add_parser("pdf", parents=[common], help="save a quote as a 견적서 PDF")
    pdf.add_argument("number", metavar="QUOTE_NUMBER")
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    pdf.add_argument("--revision", type=int, metavar="N")
    quote_list = quote_sub.add_parser("list", parents=[common], help="list every quote revision")
    quote_list.add_argument("--json", action="store_true", help="print one JSON array on stdout")
    show = quote_sub.add_parser("show", parents=[common], help="show one quote revision")
    show.add_argument("number", metavar="QUOTE_NUMBER")
    show.add_argument("--revision", type=int, metavar="N", help="default: the newest")
    show.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    check = sub.add_parser(
        "check", parents=[common], help="check parts (files or folders) against a process"
    )
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.add_argument(
        "--preset",
        default="generic",
        metavar="NAME",
        help="fdm, resin, jewelry_casting, cnc, generic (the default), or a preset .json file",
    )
    check.add_argument("--json", action="store_true", help="print one JSON array on stdout")
    check.add_argument("--csv", type=Path, metavar="FILE", help="also write one row per file")
    _add_sync_parsers(sub, common)
    return parser


def _add_sync_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """The square's server, one sync, and the job/design/comment commands scripts use."""
    square = sub.add_parser("square", parents=[common], help="run the square's server")
    square_sub = square.add_subparsers(dest="square_command", required=True, metavar="ACTION")
    storage = argparse.ArgumentParser(add_help=False)
    storage.add_argument("--db", metavar="URL", help="database URL (default: SQLite in --data)")
    storage.add_argument("--data", type=Path, metavar="DIR", help="where the square keeps files")
    serve = square_sub.add_parser("serve", parents=[common, storage], help="serve the square")
    serve.add_argument("--host", default="127.0.0.1", metavar="H")
    serve.add_argument("--port", type=int, default=8765, metavar="N")
    user = square_sub.add_parser("user", parents=[common], help="the square's users")
    user_sub = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = user_sub.add_parser("add", parents=[common, storage], help="add a user")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=("maker", "advisor", "trainer", "admin"))
    add.add_argument("--password-stdin", action="store_true", required=True)
    _add_user_admin_parsers(user_sub, [common, storage])
    sync = sub.add_parser("sync", parents=[common], help="sync the workspace with the square once")
    sync.add_argument("--server", required=True, metavar="URL")
    sync.add_argument("--user", required=True, metavar="NAME")
    sync.add_argument("--password-stdin", action="store_true")
    conflicts = sub.add_parser(
        "conflicts", parents=[common], help="changes the square did not take, kept for you"
    )
    conflicts_sub = conflicts.add_subparsers(
        dest="conflicts_command", required=True, metavar="ACTION"
    )
    conflicts_list = conflicts_sub.add_parser("list", parents=[common], help="the open entries")
    conflicts_list.add_argument("--all", action="store_true", help="resolved entries too")
    conflicts_list.add_argument("--json", action="store_true")
    conflicts_show = conflicts_sub.add_parser(
        "show", parents=[common], help="what this PC had and what the square has"
    )
    conflicts_show.add_argument("entry", type=int, metavar="ID")
    conflicts_show.add_argument("--json", action="store_true")
    resolve = conflicts_sub.add_parser("resolve", parents=[common], help="re-apply or discard")
    resolve.add_argument("entry", type=int, metavar="ID")
    how = resolve.add_mutually_exclusive_group(required=True)
    how.add_argument("--reapply", action="store_true", help="make it new work again")
    how.add_argument("--discard", action="store_true", help="let this PC's version go")
    job = sub.add_parser("job", parents=[common], help="jobs")
    job_sub = job.add_subparsers(dest="job_command", required=True, metavar="ACTION")
    job_add = job_sub.add_parser("add", parents=[common], help="add a job; prints its id")
    job_add.add_argument("title", metavar="TITLE")
    job_add.add_argument("--customer", metavar="NAME")
    job_list = job_sub.add_parser("list", parents=[common], help="list the jobs")
    job_list.add_argument("--json", action="store_true")
    job_status = job_sub.add_parser("status", parents=[common], help="move a job")
    job_status.add_argument("job_id", metavar="JOB_ID")
    job_status.add_argument("status", metavar="STATUS")
    job_share = job_sub.add_parser("share", parents=[common], help="share a job with a user")
    job_share.add_argument("job_id", metavar="JOB_ID")
    job_share.add_argument("user", metavar="USER")
    job_share.add_argument("--role", required=True, choices=("advisor", "trainer", "maker"))
    design = sub.add_parser("design", parents=[common], help="designs")
    design_sub = design.add_subparsers(dest="design_command", required=True, metavar="ACTION")
    design_import = design_sub.add_parser("import", parents=[common], help="import a file")
    design_import.add_argument("job_id", metavar="JOB_ID")
    design_import.add_argument("file", type=Path, metavar="FILE")
    comment = sub.add_parser("comment", parents=[common], help="comments on a job")
    comment_sub = comment.add_subparsers(dest="comment_command", required=True, metavar="ACTION")
    comment_add = comment_sub.add_parser("add", parents=[common], help="comment on a job")
    comment_add.add_argument("job_id", metavar="JOB_ID")
    comment_add.add_argument("text", metavar="TEXT")
    comment_list = comment_sub.add_parser("list", parents=[common], help="a job's comments")
    comment_list.add_argument("job_id", metavar="JOB_ID")
    comment_list.add_argument("--json", action="store_true")


def _add_user_admin_parsers(
    user_sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    parents: list[argparse.ArgumentParser],
) -> None:
    """`square user disable|enable|reset-password|set-role|revoke-tokens|list`."""
    for action, text in (
        ("disable", "disable a user: no login, and every sign-in ends"),
        ("enable", "enable a disabled user again"),
        ("reset-password", "give a user a new password (read from stdin); sign-ins end"),
        ("set-role", "change a user's role"),
        ("revoke-tokens", "end every sign-in of a user"),
    ):
        command = user_sub.add_parser(action, parents=parents, help=text)
        command.add_argument("name", metavar="NAME")
        if action == "reset-password":
            command.add_argument("--password-stdin", action="store_true", required=True)
        if action == "set-role":
            command.add_argument(
                "--role", required=True, choices=("maker", "advisor", "trainer", "admin")
            )
    listing = user_sub.add_parser("list", parents=parents, help="list the users")
    listing.add_argument("--json", action="store_true", help="print one JSON array on stdout")


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def _window_only(argv: list[str]) -> argparse.Namespace | None:
    """`makersquare [--workspace W] [--lang L]`, the way the window is started, parsed
    without building every command's parser (~8 ms of start-up); None for anything else
    (a command, --help, --version, a mistake: the full parser answers those)."""
    parser = argparse.ArgumentParser(
        prog="makersquare", parents=[_common(top=True)], add_help=False
    )
    try:
        args, rest = parser.parse_known_args(argv)
    except SystemExit:  # e.g. --lang xx: let the full parser say so
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _window_only(argv) or build_parser().parse_args(argv)
    if args.command is None or (args.command == "demo" and not args.no_window):
        from ui.gui import run_gui

        return run_gui(args.workspace, args.lang, demo=args.command == "demo")
    from ui.cli import commands as cli

    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())

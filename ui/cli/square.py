"""`makersquare square serve|user …` — the square's reference server (sync/server), for the
association that runs it: serve it, and look after its users. Needs the `server` extra
(`pip install makersquare[server]`); without it, one line says so and the exit is 1."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sync.protocol import ROLES

if TYPE_CHECKING:
    from ui.paths import Paths

translate = QCoreApplication.translate

_USER_ACTIONS = (
    ("disable", "disable a user: no login, and every sign-in ends"),
    ("enable", "enable a disabled user again"),
    ("reset-password", "give a user a new password (read from stdin); sign-ins end"),
    ("set-role", "change a user's role"),
    ("revoke-tokens", "end every sign-in of a user"),
)


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    square = sub.add_parser("square", parents=[common], help="run the square's server")
    square.set_defaults(run=run)
    square_sub = square.add_subparsers(dest="square_command", required=True, metavar="ACTION")
    storage = argparse.ArgumentParser(add_help=False)
    storage.add_argument("--db", metavar="URL", help="database URL (default: SQLite in --data)")
    storage.add_argument("--data", type=Path, metavar="DIR", help="where the square keeps files")
    serve = square_sub.add_parser("serve", parents=[common, storage], help="serve the square")
    serve.add_argument("--host", default="127.0.0.1", metavar="H")
    serve.add_argument("--port", type=int, default=8765, metavar="N")
    user = square_sub.add_parser("user", parents=[common], help="the square's users")
    user_sub = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    parents = [common, storage]
    add = user_sub.add_parser("add", parents=parents, help="add a user")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--password-stdin", action="store_true", required=True)
    for action, text in _USER_ACTIONS:
        command = user_sub.add_parser(action, parents=parents, help=text)
        command.add_argument("name", metavar="NAME")
        if action == "reset-password":
            command.add_argument("--password-stdin", action="store_true", required=True)
        if action == "set-role":
            command.add_argument("--role", required=True, choices=ROLES)
    listing = user_sub.add_parser("list", parents=parents, help="list the users")
    listing.add_argument("--json", action="store_true", help="print one JSON array on stdout")
    profile = user_sub.add_parser(
        "profile", parents=parents, help="set a user's card in the directory"
    )
    profile.add_argument("name", metavar="NAME")
    profile.add_argument("--affiliation", metavar="TEXT", help="e.g. a university department")
    profile.add_argument("--fields", metavar="A,B,C", help="fields of expertise, comma-separated")
    profile.add_argument("--intro", metavar="TEXT", help="a short introduction")


def run(args: argparse.Namespace, paths: Paths) -> int:
    """Serve, or manage the square's users."""
    from sync.server import EXTRA, missing_modules

    missing = missing_modules(args.db)
    if missing:  # installed without the `server` extra: say how to add it, in one line
        text = translate("cli", "the square's server is not installed (missing %1): %2")
        text = text.replace("%1", ", ".join(missing)).replace("%2", f"pip install {EXTRA}")
        print(f"makersquare: {text}", file=sys.stderr)
        return 1
    from sync.server import cli as square

    data = args.data or paths.data_dir / "square"
    if args.square_command == "serve":
        return square.serve(args.db, data, args.host, args.port)
    action = args.user_command
    if action == "list":
        return square.list_users(args.db, data, as_json=args.json)
    if action in ("add", "reset-password"):
        password = sys.stdin.readline().rstrip("\n")
        if action == "add":
            return square.add_user(args.name, args.role, password, args.db, data)
        return square.reset_password(args.name, password, args.db, data)
    if action == "set-role":
        return square.set_role(args.name, args.role, args.db, data)
    if action == "profile":
        fields = None if args.fields is None else [f for f in args.fields.split(",") if f.strip()]
        return square.set_profile(
            args.name, args.db, data, affiliation=args.affiliation, fields=fields, intro=args.intro
        )
    by_name = {
        "disable": square.disable_user,
        "enable": square.enable_user,
        "revoke-tokens": square.revoke_tokens,
    }
    return by_name[action](args.name, args.db, data)

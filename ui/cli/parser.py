"""The command line's parser: the options every command takes, and each command group's
subparser, which the group's own module adds (`add_parser(sub, common)` in ui/cli/<group>.py,
with `set_defaults(run=...)` naming what runs it).

A group module keeps its module-level imports light (argparse, Qt's core for its words, our
plain errors): building the parser imports every group, and each command pays for that.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def common_options(*, top: bool) -> argparse.ArgumentParser:
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
    from ui.cli import check, conflicts, demo, jobs, quote, review, square, sync, workspace

    common = common_options(top=False)
    parser = argparse.ArgumentParser(
        prog="makersquare",
        parents=[common_options(top=True)],
        description="Maker Square: jobs, quotes and 3D designs.",
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (workspace, demo, quote, check, square, sync, conflicts, jobs, review):
        group.add_parser(sub, common)
    return parser

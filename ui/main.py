"""`makersquare`: the window by default; subcommands for the headless jobs.

    makersquare [--workspace PATH] [--lang ko|en]
    makersquare --version
    makersquare workspace info|check|backup [--workspace PATH]
    makersquare demo [--workspace PATH] [--no-window]
    makersquare quote pdf QUOTE_NUMBER -o FILE [--revision N] [--workspace PATH]
    makersquare check PATH... [--preset NAME] [--json] [--csv FILE]

Errors go to stderr in one line with a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


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
    ws.add_argument("action", choices=("info", "check", "backup"))
    demo = sub.add_parser("demo", parents=[common], help="make a workspace full of samples")
    demo.add_argument("--no-window", action="store_true", help="only build it; do not open it")
    quote = sub.add_parser("quote", parents=[common], help="quotes")
    quote_sub = quote.add_subparsers(dest="quote_command", required=True, metavar="ACTION")
    pdf = quote_sub.add_parser("pdf", parents=[common], help="save a quote as a 견적서 PDF")
    pdf.add_argument("number", metavar="QUOTE_NUMBER")
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    pdf.add_argument("--revision", type=int, metavar="N")
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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None or (args.command == "demo" and not args.no_window):
        from ui.gui import run_gui

        return run_gui(args.workspace, args.lang, demo=args.command == "demo")
    from ui import cli

    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())

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


def _window_only(argv: list[str]) -> argparse.Namespace | None:
    """`makersquare [--workspace W] [--lang L]`, the way the window is started, parsed
    without building every command's parser (~8 ms of start-up); None for anything else
    (a command, --help, --version, a mistake: the full parser answers those)."""
    from ui.cli.parser import common_options

    parser = argparse.ArgumentParser(
        prog="makersquare", parents=[common_options(top=True)], add_help=False
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
    args = _window_only(argv)
    if args is None:
        from ui.cli.parser import build_parser

        args = build_parser().parse_args(argv)
    if args.command is None or (args.command == "demo" and not args.no_window):
        from ui.gui import run_gui

        return run_gui(args.workspace, args.lang, demo=args.command == "demo")
    from ui.cli import runner

    return runner.run(args)


if __name__ == "__main__":
    sys.exit(main())

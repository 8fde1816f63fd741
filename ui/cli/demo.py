"""`makersquare demo [--no-window]` — a workspace full of samples for a class (the window opens
it unless --no-window; ui/main.py starts the window for that)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ui.paths import Paths

translate = QCoreApplication.translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", parents=[common], help="make a workspace full of samples")
    demo.add_argument("--no-window", action="store_true", help="only build it; do not open it")
    demo.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    from app.demo.demo import build_demo
    from app.workspace import open_workspace

    root = args.workspace or paths.demo_workspace
    ws = open_workspace(root)
    try:
        summary = build_demo(ws)
    finally:
        ws.close()
    print(translate("cli", "Demo workspace ready: %1").replace("%1", str(root)))
    print(summary.describe())
    return 0

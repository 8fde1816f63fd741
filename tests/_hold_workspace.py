"""A second process holding a workspace open for writing (tests/bad_places.Holder).

Usage: python _hold_workspace.py WORKSPACE_DIR. Prints "ready" once the workspace is open
(its lock held), then waits until stdin closes, closes the workspace and exits.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.workspace import open_workspace


def main() -> None:
    ws = open_workspace(Path(sys.argv[1]), create=False)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.read()
    ws.close()


if __name__ == "__main__":
    main()

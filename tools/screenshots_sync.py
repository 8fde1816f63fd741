"""Screenshots of the sync's screens for looking at what we built (not a test): the status
bar with the conflicts inbox button and the inbox window, each in Korean at 1600×1000 and
1366×768 and in projector mode.

It runs the real square on 127.0.0.1 and two PCs of one maker: the demo on the first, a
draft edited on the second after the first sent it (refused), and a draft both edited at
once (kept as a sibling), so the inbox holds what a user would find there.
Run under a virtual screen:  xvfb-run -a .venv/bin/python tools/screenshots_sync.py OUT_DIR
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent


def settle(ms: int = 500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def start_square(data: Path) -> tuple[subprocess.Popen[str], str]:
    exe = [sys.executable, "-m", "ui.main"]
    subprocess.run(
        [*exe, "square", "user", "add", "kim", "--role", "maker", "--password-stdin",
         "--data", str(data)],
        input="pw\n", text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    proc = subprocess.Popen(
        [*exe, "square", "serve", "--port", "0", "--data", str(data)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    return proc, line.rsplit(" ", 1)[-1].strip()


def make_inbox(tmp: Path, url: str) -> Path:
    """Two PCs of kim's; returns the second's workspace folder, with two inbox entries."""
    from app.demo.demo import build_demo
    from app.jobs import jobs
    from app.quotes import quotes
    from app.workspace import open_workspace
    from sync.engine import run_sync

    pc1, pc2 = open_workspace(tmp / "pc1"), open_workspace(tmp / "pc2")
    build_demo(pc1)
    job = jobs.create_job(pc1, "은반지 시제품 (925)", customer="소소주얼리").value
    rev = quotes.create_quote(pc1, job).value
    ring = quotes.add_line(pc1, rev, "은반지 925", spec="13호", quantity=2, unit_price=85_000)
    quotes.add_line(pc1, rev, "각인 (레이저)", quantity=2, unit_price=10_000)
    other = jobs.create_job(pc1, "황동 손잡이 20개", customer="을지로 금속").value
    draft = quotes.create_quote(pc1, other).value
    knob = quotes.add_line(pc1, draft, "황동 손잡이", spec="Ø12×80", quantity=20, unit_price=15_000)
    for ws in (pc1, pc2):
        run_sync(ws, server_url=url, user="kim", password="pw")
    quotes.mark_sent(pc1, rev)
    quotes.update_line(pc1, knob.value, unit_price=14_000)
    run_sync(pc1, server_url=url, user="kim", password="pw")
    quotes.update_line(pc2, ring.value, unit_price=80_000, note="단골 할인")
    quotes.update_line(pc2, knob.value, quantity=25)
    quotes.add_line(pc2, draft, "샌딩", note="수작업", unit_price=7_000)
    run_sync(pc2, server_url=url, user="kim", password="pw")
    pc1.close()
    pc2.close()
    return tmp / "pc2"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["MAKERSQUARE_DATA_DIR"] = str(tmp / "data")
    os.environ["MAKERSQUARE_CONFIG_DIR"] = str(tmp / "config")
    square, url = start_square(tmp / "square")
    try:
        folder = make_inbox(tmp, url)
        shoot(folder, out)
    finally:
        square.terminate()
        square.wait(10)


def shoot(folder: Path, out: Path) -> None:
    app = QApplication(sys.argv[:1])
    from app.workspace import open_workspace
    from ui.gui import apply_style, make_context
    from ui.shell.main_window import MainWindow
    from ui.square.conflicts_dialog import open_conflicts_dialog
    from ui.square.sync_status import SyncController
    from ui.style import theme

    # The pictures show the state the syncs above left; a sync from the window would ask
    # for the password (this machine has no keyring) and wait for an answer.
    SyncController.sync_now = lambda self: None  # type: ignore[method-assign]
    ctx = make_context(app, "ko")
    ctx.workspace = open_workspace(folder)
    apply_style(app)
    ctx.translations.apply("ko")
    for name, size, projector in (
        ("1600", (1600, 1000), False),
        ("1366", (1366, 768), False),
        ("projector", (1600, 1000), True),
    ):
        theme.apply(app, "light", projector=projector)
        window = MainWindow(ctx)
        window.resize(*size)
        window.show()
        window.workspace_opened()
        settle(1500)
        window.grab().save(str(out / f"sync_bar_{name}_ko.png"))
        dialog = open_conflicts_dialog(ctx, window)
        dialog.resize(min(1100, size[0] - 80), min(640, size[1] - 80))
        settle(1200)
        dialog.list.setCurrentRow(0)
        settle(300)
        dialog.grab().save(str(out / f"conflicts_{name}_ko.png"))
        dialog.list.setCurrentRow(1)
        settle(300)
        dialog.grab().save(str(out / f"conflicts_sibling_{name}_ko.png"))
        dialog.close()
        window.close()
        settle(300)
    ctx.tasks.wait()
    ctx.ws.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))

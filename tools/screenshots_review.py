"""Screenshots of design review for looking at what we built (not a test).

Runs the real square on 127.0.0.1 with a maker (kim) and an advisor (prof, with a directory
card): kim's PC holds the demo and asks prof to review a design; prof's PC syncs, pins
comments on the part and asks for changes; kim syncs and answers. Then, in Korean, at
1600×1000, at 1366×768 and in projector mode: prof's Reviews page, the review window (the
viewer with pins and the review panel), the verdict dialog, the job as prof sees it
(read-only), the job as kim sees it (members, messages, reviews), and the review packet
rendered to PNG pages.
Run under a virtual screen:
    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/screenshots_review.py OUT_DIR
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1600, 1000, ""), (1366, 768, "_1366"))


def settle(ms: int = 500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_idle(ctx: Any, limit: float = 30) -> None:
    deadline = time.monotonic() + limit
    settle(200)
    while ctx.tasks.active and time.monotonic() < deadline:
        settle(200)
    settle(300)


def start_square(data: Path) -> tuple[subprocess.Popen[str], str]:
    exe = [sys.executable, "-m", "ui.main"]
    for name, role in (("kim", "maker"), ("prof", "advisor")):
        subprocess.run(
            [*exe, "square", "user", "add", name, "--role", role, "--password-stdin",
             "--data", str(data)],
            input="pw\n", text=True, check=True, cwd=ROOT,
        )  # fmt: skip
    subprocess.run(
        [*exe, "square", "user", "profile", "prof", "--data", str(data),
         "--affiliation", "서울과학기술대학교 기계시스템디자인공학과",
         "--fields", "기계공학,3D 프린팅", "--intro", "시제품 구조·강도 자문"],
        check=True, cwd=ROOT,
    )  # fmt: skip
    proc = subprocess.Popen(
        [*exe, "square", "serve", "--port", "0", "--data", str(data)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None
    return proc, proc.stdout.readline().rsplit(" ", 1)[-1].strip()


def memory_keyring() -> None:
    """This script's secrets stay in memory (a virtual screen has no Secret Service)."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())


def stage(tmp: Path, url: str) -> tuple[Any, Any, str, str]:
    """kim's and prof's workspaces after a request, pins, a verdict and a reply."""
    import numpy as np

    from app.demo.demo import build_demo
    from app.designs.checks import load_mesh
    from app.designs.designs import list_designs
    from app.jobs import jobs
    from app.jobs.comments import add_comment
    from app.quotes import quotes
    from app.review import pins, reviews, verdicts
    from app.workspace import open_workspace
    from cad.nearest import nearest_point
    from sync.engine import run_sync
    from sync.keys import signing_key

    kim, prof = open_workspace(tmp / "kim"), open_workspace(tmp / "prof")
    build_demo(kim)
    run_sync(kim, server_url=url, user="kim", password="pw")
    rows = [r for r in jobs.list_jobs(kim) if quotes.list_quotes(kim, r.id)]
    job = max(rows, key=lambda r: len(list_designs(kim, r.id)))
    rev = list_designs(kim, job.id)[0]
    review = reviews.request_review(
        kim, job.id, "prof", rev.id, note="브래킷 강도와 구멍 위치를 봐 주세요.", by="kim",
    ).value  # fmt: skip
    add_comment(kim, job.id, "교수님, 시제품 도면 검토 부탁드립니다.", "kim")
    run_sync(kim, server_url=url, user="kim", password="pw")
    run_sync(prof, server_url=url, user="prof", password="pw")
    run_sync(prof, server_url=url, user="prof", password="pw")
    mesh = load_mesh(prof, rev.id)
    lo, hi = mesh.vertices.min(axis=0), mesh.vertices.max(axis=0)
    texts = (
        "이 모서리에 R2 필렛을 주면 응력이 줄어듭니다.",
        "구멍과 가장자리 사이 살 두께가 얇습니다 (1.5 mm 이상 권장).",
        "이 면은 출력 방향을 바꾸면 서포트가 필요 없습니다.",
    )
    corners = ((1.0, 0.5, 1.0), (0.3, 0.0, 0.5), (0.5, 1.0, 0.2))
    for text, frac in zip(texts, corners, strict=True):
        target = lo + (hi - lo) * np.array(frac)
        hit = nearest_point(mesh.vertices, mesh.faces, target)
        pins.add_pin(
            prof, review, point=tuple(hit.point), normal=tuple(hit.normal), face=hit.face,
            text=text, author="prof",
            camera={"center": list(map(float, (lo + hi) / 2)), "distance": float(
                np.linalg.norm(hi - lo) * 2), "elevation": 30.0, "azimuth": 45.0, "fov": 60.0},
        )  # fmt: skip
    key = signing_key(url, "prof")
    verdicts.give_verdict(
        prof, review, "changes_requested", note="필렛과 살 두께를 고쳐 다시 요청해 주세요.",
        signer="prof", key=key,
    )  # fmt: skip
    run_sync(prof, server_url=url, user="prof", password="pw")
    run_sync(kim, server_url=url, user="kim", password="pw")
    first = reviews.get_review(kim, review).pins[0]
    pins.reply_to_pin(kim, first.id, "다음 차수에 R2로 반영하겠습니다.", "kim")
    add_comment(kim, job.id, "수정본은 금요일까지 올리겠습니다.", "kim")
    run_sync(kim, server_url=url, user="kim", password="pw")
    run_sync(prof, server_url=url, user="prof", password="pw")
    return kim, prof, job.id, review


def grab(widget: QWidget, path: Path) -> None:
    """The widget as on screen, OpenGL included (a widget's grab() leaves GL overlays out)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    top = widget.window()
    top.raise_()
    settle(300)
    geo = top.frameGeometry()
    app.primaryScreen().grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height()).save(str(path))


def shoot(app: QApplication, tmp: Path, out: Path) -> None:
    from ui.gui import apply_style, make_context
    from ui.style import theme

    kim, prof, job_id, review_id = stage(tmp, URL)
    ctx = make_context(app, "ko")
    apply_style(app)
    ctx.translations.apply("ko")
    for suffix, projector in (("", False), ("_projector", True)):
        theme.apply(app, "light", projector=projector)
        ctx.workspace, ctx.user_name = prof, "prof"
        shoot_prof(app, ctx, job_id, review_id, out, suffix, all_sizes=not projector)
        ctx.workspace, ctx.user_name = kim, "kim"
        shoot_kim(app, ctx, job_id, out, suffix, all_sizes=not projector)
    theme.apply(app, "light")
    render_packet(prof, review_id, out)


def main_window(app: QApplication, ctx: Any, width: int, height: int) -> Any:
    from ui.shell.main_window import MainWindow
    from ui.style import theme

    window = MainWindow(ctx)
    window.setGeometry(0, 0, width, height)
    window.show()
    window.workspace_opened()
    theme.fit_navigation_rail(window.rail)
    wait_idle(ctx)
    return window


def shoot_prof(
    app: QApplication, ctx: Any, job_id: str, review_id: str, out: Path, suffix: str,
    *, all_sizes: bool,
) -> None:  # fmt: skip
    from app.review.reviews import get_review
    from ui.review.review_window import open_review_window
    from ui.review.verdict_dialog import VerdictDialog

    for width, height, size in SIZES if all_sizes else SIZES[:1]:
        window = main_window(app, ctx, width, height)
        window.rail.setCurrentRow(window._page_names.index("reviews"))
        wait_idle(ctx)
        grab(window, out / f"reviews_page{size}{suffix}.png")
        window.rail.setCurrentRow(0)
        window.jobs_page.status_combo.setCurrentIndex(1)
        window.jobs_page.select_job(job_id)
        wait_idle(ctx)
        grab(window, out / f"job_advisor{size}{suffix}.png")
        review = get_review(ctx.ws, review_id)
        viewer = open_review_window(ctx, review_id, review.design_revision_id, window)
        assert viewer is not None
        viewer.setGeometry(0, 0, width, height)
        deadline = time.monotonic() + 40
        while viewer.loading() and time.monotonic() < deadline:
            settle(200)
        wait_idle(ctx)
        settle(1500)
        grab(viewer, out / f"review_window{size}{suffix}.png")
        dialog = VerdictDialog(ctx, review, "approved", viewer)
        dialog.show()
        wait_idle(ctx)
        grab(dialog, out / f"verdict_dialog{size}{suffix}.png")
        dialog.close()
        viewer.close()
        window.close()
        settle(300)


def shoot_kim(
    app: QApplication, ctx: Any, job_id: str, out: Path, suffix: str, *, all_sizes: bool
) -> None:
    for width, height, size in SIZES if all_sizes else SIZES[:1]:
        window = main_window(app, ctx, width, height)
        window.jobs_page.status_combo.setCurrentIndex(1)
        window.jobs_page.select_job(job_id)
        wait_idle(ctx)
        grab(window, out / f"job_maker{size}{suffix}.png")
        detail = window.jobs_page.detail
        detail.ensureWidgetVisible(detail.reviews)
        settle(300)
        grab(window, out / f"job_maker_reviews{size}{suffix}.png")
        window.rail.setCurrentRow(window._page_names.index("reviews"))
        wait_idle(ctx)
        grab(window, out / f"reviews_page_maker{size}{suffix}.png")
        window.close()
        settle(300)


def render_packet(ws: Any, review_id: str, out: Path) -> None:
    from ui.review.packet import write_packet

    pdf = write_packet(ws, review_id, out / "review_packet_ko.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(out / "packet")], check=False)


URL = ""


def main(out: Path) -> None:
    global URL
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["MAKERSQUARE_DATA_DIR"] = str(tmp / "data")
    os.environ["MAKERSQUARE_CONFIG_DIR"] = str(tmp / "config")
    memory_keyring()
    from PySide6.QtCore import Qt

    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    proc, URL = start_square(tmp / "square")
    try:
        shoot(app, tmp, out)
    finally:
        proc.terminate()
        proc.wait(10)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screenshots_review"))

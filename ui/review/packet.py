"""The review packet: a PDF a professor takes to a meeting or attaches to a support
programme's report (issue 12, item 7).

`write_packet` reads the workspace (the review, its pins and verdicts, the offline
verification, the directory's affiliations, the revision's stored check), draws the part from
four views without OpenGL (cad.views) with the numbered pins on them, and lays it all out
as the 견적서 is (ui.quotes.pdf): QTextDocument HTML on A4 through QPdfWriter, with the
bundled Korean font embedded and searchable. It is slow (reading and rasterising the mesh)
and is called off the UI thread — by the command line and by a Query on the task runner's
pool — so it touches no widget: QPdfWriter, QTextDocument, QImage and QPainter are safe there,
QPixmap is not. The file is written to ``target + ".part"`` and moved into place, so a
failure never leaves half a PDF.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from app.designs.checks import compute_check, load_mesh, preset_for, stored_report
from app.designs.designs import get_revision
from app.errors import MakerSquareError
from app.filestore import write_atomically
from app.review.directory import list_directory
from app.review.pins import snapshot_of
from app.review.reviews import PinRow, get_review
from app.review.verify import verify_review
from app.workspace import Workspace
from cad.errors import CadError
from cad.report import Report, sort_findings
from cad.views import ViewPicture, render_views
from ui.quotes.pdf import FOOTER_MM, a4_layout, fix_space_mapping, paint_pages, register_fonts
from ui.review.packet_html import (
    PIN,
    RESOLVED,
    SNAPSHOT_URL,
    VIEW_URL,
    PacketContent,
    packet_html,
)

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

DPI = 1200
VIEW_PIXELS = 560  # each view; printed 82 mm wide, about 170 dpi


def write_packet(ws: Workspace, review_id: str, target: Path) -> Path:
    """Write the review's packet to `target` as an A4 PDF (atomically); returns `target`.

    Needs a QGuiApplication (the command line makes one for it). Raises NotFoundError for an
    unknown review and OSError when the file cannot be written."""
    content, views, snapshots = read_packet(ws, review_id)
    data = render_packet(content, views, snapshots)
    return write_atomically(Path(target), data)


def read_packet(
    ws: Workspace, review_id: str
) -> tuple[PacketContent, tuple[ViewPicture, ...], dict[str, bytes]]:
    """Everything the packet shows, read from the workspace (the slow half)."""
    review = get_review(ws, review_id)
    revision = get_revision(ws, review.design_revision_id)
    report = stored_report(ws, revision.id) or _fresh_report(ws, revision.id)
    snapshots = {  # a picture Qt cannot read is left out rather than shown broken
        p.id: data
        for p in review.pins
        if p.has_snapshot and (data := snapshot_of(ws, p.id)) and not QImage.fromData(data).isNull()
    }
    views = _views(ws, revision.id, review.pins)
    content = PacketContent(
        review=review,
        revision=revision,
        verification=verify_review(ws, review_id),
        affiliations={m.name: m.affiliation for m in list_directory(ws) if m.affiliation},
        findings=sort_findings(report.findings) if report is not None else None,
        views=tuple(v.name for v in views),
        snapshots=frozenset(snapshots),
    )
    return content, views, snapshots


def _fresh_report(ws: Workspace, revision_id: str) -> Report | None:
    """The generic check of a revision this PC never checked (a check stays on the PC that
    made it, so an advisor's workspace may have none): run now, not stored."""
    try:
        return compute_check(ws, revision_id, preset_for(ws)).report
    except (MakerSquareError, CadError, OSError) as exc:
        log.warning("the packet's check is left out: %s", exc)
        return None


def _views(ws: Workspace, revision_id: str, pins: Sequence[PinRow]) -> tuple[ViewPicture, ...]:
    """The four views with the pins projected; none when the file cannot be read here (the
    packet says so instead of failing: the rest of it still stands)."""
    try:
        mesh = load_mesh(ws, revision_id)
    except (MakerSquareError, CadError, OSError) as exc:
        log.warning("the packet's views are left out: %s", exc)
        return ()
    return render_views(mesh.vertices, mesh.faces, [p.point for p in pins], size=VIEW_PIXELS)


# --- the PDF -------------------------------------------------------------------------------


def render_packet(
    content: PacketContent, views: Sequence[ViewPicture], snapshots: dict[str, bytes]
) -> bytes:
    """The packet as PDF bytes. Needs a QGuiApplication; safe off the UI thread."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    r = content.review
    writer.setTitle(f"{translate('ReviewPacket', 'Design review packet')} {r.job_number}")
    writer.setCreator("Maker Square")
    writer.setPageLayout(a4_layout())
    family = register_fonts()
    text = _document(writer, family, content, views, snapshots)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("could not start the PDF writer")
    try:  # the 견적서's pages and footer, without its seal
        paint_pages(painter, writer, text, _footer(content), family, DPI, QImage(), None)
    finally:
        painter.end()
    buffer.close()
    return fix_space_mapping(bytes(buffer.data().data()))


def _document(
    device: QPagedPaintDevice,
    family: str,
    content: PacketContent,
    views: Sequence[ViewPicture],
    snapshots: dict[str, bytes],
) -> QTextDocument:
    dpi = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(dpi)
    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)  # pt, mm and images map to the device
    font = QFont(family)
    font.setPointSizeF(9.0)
    text.setDefaultFont(font)
    text.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # hashes, long words
    text.setDefaultTextOption(option)
    numbers = [(p.number, p.status) for p in content.review.pins]
    image = QTextDocument.ResourceType.ImageResource
    for view in views:
        marked = _marked_view(view, numbers, family)
        text.addResource(image, QUrl(VIEW_URL.format(name=view.name)), marked)
    for pin_id, data in snapshots.items():
        text.addResource(image, QUrl(SNAPSHOT_URL.format(id=pin_id)), QImage.fromData(data))
    text.setHtml(packet_html(content))
    text.setPageSize(QSizeF(page.width(), page.height() - _px(FOOTER_MM, dpi)))
    _keep_together(text)
    return text


def _marked_view(view: ViewPicture, pins: Sequence[tuple[int, str]], family: str) -> QImage:
    """The view on white in a light frame, with a numbered circle on each pin: filled where
    the pin is in sight, hollow where the part hides it; grey once resolved."""
    part = QImage.fromData(view.png)
    image = QImage(part.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawImage(0, 0, part)
    painter.setPen(QPen(QColor("#c8ced8"), 2))
    painter.drawRect(QRectF(1, 1, image.width() - 2, image.height() - 2))
    radius = max(6.0, view.size * 0.027)
    font = QFont(family)
    font.setPixelSize(round(radius * 1.15))
    font.setBold(True)
    painter.setFont(font)
    places = _places(view, radius)
    order = sorted(range(len(view.pins)), key=lambda i: view.pins[i].visible)  # hidden first
    for i in order:
        spot = view.pins[i]
        number, status = pins[i]
        colour = QColor(PIN if status == "open" else RESOLVED)
        centre = places[i]
        if centre != QPointF(spot.x, spot.y):  # moved off a neighbour: a leader to the spot
            painter.setPen(QPen(colour, max(1.0, radius * 0.12)))
            painter.drawLine(QPointF(spot.x, spot.y), centre)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(spot.x, spot.y), radius * 0.2, radius * 0.2)
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        if spot.visible:
            painter.setPen(QPen(QColor("white"), radius * 0.22))
            painter.setBrush(colour)
        else:
            pen = QPen(colour, radius * 0.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("white") if spot.visible else colour)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(number))
    painter.end()
    return image


def _places(view: ViewPicture, radius: float) -> list[QPointF]:
    """Where each pin's circle goes: on its spot, unless a circle placed before (pins in
    sight first) is there; then on the nearest free place around it, so no number hides
    another."""
    rings = [(0.0, 0.0)] + [
        (k * 2.3 * radius * math.cos(a), -k * 2.3 * radius * math.sin(a))
        for k in (1, 2, 3)
        for a in (math.radians(d) for d in range(45, 405, 45))
    ]
    order = sorted(range(len(view.pins)), key=lambda i: not view.pins[i].visible)
    places: dict[int, QPointF] = {}
    for i in order:
        spot = view.pins[i]
        free = [
            QPointF(spot.x + dx, spot.y + dy)
            for dx, dy in rings
            if radius <= spot.x + dx <= view.size - radius
            and radius <= spot.y + dy <= view.size - radius
        ]
        places[i] = next(
            (
                p
                for p in free
                if all(
                    math.dist((p.x(), p.y()), (q.x(), q.y())) >= 2.1 * radius
                    for q in places.values()
                )
            ),
            QPointF(spot.x, spot.y),
        )
    return [places[i] for i in range(len(view.pins))]


def _keep_together(text: QTextDocument) -> None:
    """Move a table that a page break would cut to the next page whole, with its section's
    heading when it follows one: a pin's thread or a verdict reads as one piece. A table
    taller than a page is left to break."""
    height = text.pageSize().height()
    layout = text.documentLayout()
    for frame in text.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        if rect.height() > 0.9 * height or int(rect.top() // height) == int(
            (rect.bottom() - 1) // height
        ):
            continue
        before = frame.firstCursorPosition().block().previous()
        if before.isValid() and before.blockFormat().headingLevel() > 0:
            block_format = before.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(before).setBlockFormat(block_format)
        else:
            frame_format = frame.frameFormat()
            frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFrameFormat(frame_format)


def _footer(content: PacketContent) -> str:
    r = content.review
    parts = (
        translate("ReviewPacket", "Design review packet"),
        f"{r.job_number} · {r.design_name} r{r.revision}",
        f"SHA-256 {r.file_sha256[:16]}…",
    )
    return "  |  ".join(p for p in parts if p)


def _px(mm: float, dpi: float) -> float:
    return mm / 25.4 * dpi

"""The review packet's HTML for QTextDocument: what it shows, in the reader's language.

The blocks, top to bottom: the title and the facts of the review (job, design and revision,
the file's SHA-256, requester and reviewer with their affiliations, dates, status), the last
verdict and whether the verdicts verify, the part from four views with the pins, then each
pin's thread, the design check's findings and every verdict with its signature. Images are
named by URL (`VIEW_URL`, `SNAPSHOT_URL`) and added to the document by `ui.review.packet`.
Ruled tables use the 견적서's cells (ui.quotes.pdf_html), so both documents look alike.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.designs.designs import RevisionRow
from app.review.canonical import fingerprint
from app.review.reviews import PinRow, ReviewRow, VerdictRow
from app.review.verify import Problem, Verification
from cad.report import Finding
from ui.quotes.pdf_html import px, table, td
from ui.style.formats import format_date, format_datetime
from ui.words.findings import finding_text, finding_title, severity_label
from ui.words.review import pin_status_label, problem_text, review_status_label, verdict_label

translate = QCoreApplication.translate

VIEW_URL = "packet://view/{name}"
SNAPSHOT_URL = "packet://snapshot/{id}"
VIEW_MM = 82.0  # each of the four views, printed
SNAPSHOT_MM = 48.0
SHADE = "#eef1f6"
MUTED = "#5c6370"
NAVY = "#2b3a55"
PIN = "#c2410c"  # an open pin's marker
RESOLVED = "#4b5563"  # a resolved pin's
OK = ("#1f6f2b", "#e7f4e9")
BAD = ("#a61b1b", "#fbeaea")
NONE = ("#444444", "#f1f1f1")


@dataclass(frozen=True)
class PacketContent:
    """Everything the packet prints, read from the workspace beforehand (slow)."""

    review: ReviewRow
    revision: RevisionRow
    verification: Verification
    affiliations: dict[str, str]  # name -> affiliation, from the cached directory
    findings: tuple[Finding, ...] | None  # None: the revision was never checked
    views: tuple[str, ...]  # names of the views drawn (empty: the file could not be read)
    snapshots: frozenset[str] = field(default_factory=frozenset)  # pins with a picture
    made_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def packet_html(c: PacketContent) -> str:
    return "".join(
        (
            _title_html(c),
            _facts_html(c),
            _spacer(3),
            _outcome_html(c),
            _pin_list_html(c),
            _views_html(c),
            _findings_html(c),
            _pins_html(c),
            _verdicts_html(c),
        )
    )


# --- the first page ------------------------------------------------------------------------


def _title_html(c: PacketContent) -> str:
    r = c.review
    made = translate("ReviewPacket", "Made %1").replace("%1", format_datetime(c.made_at))
    title = translate("ReviewPacket", "Design review packet")
    return (
        f'<p style="font-size:8pt; color:{MUTED}">Maker Square · {esc(made)}</p>'
        f'<p style="font-size:18pt; font-weight:bold; color:{NAVY}; margin-top:{px(1)}px">'
        f"{esc(title)}</p>"
        f'<p style="font-size:11pt; margin-bottom:{px(3)}px">{esc(r.job_number)} · '
        f"{esc(r.job_title)} — {esc(r.design_name)} r{r.revision}</p>"
    )


def _facts_html(c: PacketContent) -> str:
    r, rev = c.review, c.revision
    head = f' width="24%" bgcolor="{SHADE}" valign="top"'
    due = format_date(r.due) if r.due else translate("ReviewPacket", "none")
    if r.late:
        due += " — " + translate("ReviewPacket", "late")
    rows = [
        (translate("ReviewPacket", "Job"), esc(f"{r.job_number} · {r.job_title}")),
        (
            translate("ReviewPacket", "Design"),
            esc(f"{rev.design_name} r{rev.number} · {rev.original_name} · ")
            + esc(_size(rev.size_bytes)),
        ),
        (translate("ReviewPacket", "File SHA-256"), _hash(r.file_sha256)),
        (translate("ReviewPacket", "Requester"), _person(r.requested_by, c.affiliations)),
        (translate("ReviewPacket", "Reviewer"), _person(r.reviewer, c.affiliations)),
        (translate("ReviewPacket", "Requested"), esc(format_datetime(r.created_at))),
        (translate("ReviewPacket", "Due"), esc(due)),
        (translate("ReviewPacket", "Status"), f"<b>{esc(review_status_label(r.status))}</b>"),
    ]
    if r.note:
        rows.append((translate("ReviewPacket", "Request note"), esc(r.note)))
    cells = [
        td(f"<b>{esc(k)}</b>", head, left=True, top=i == 0) + td(v, top=i == 0)
        for i, (k, v) in enumerate(rows)
    ]
    return table(cells, padding_mm=1.6)


def _outcome_html(c: PacketContent) -> str:
    """The last verdict and whether every verdict verifies, in a coloured box."""
    v = c.verification
    last = c.review.verdicts[-1] if c.review.verdicts else None
    if last is None:
        colours = NONE
        line = translate("ReviewPacket", "No verdict has been given yet.")
    else:
        colours = OK if v.ok else BAD
        line = (
            translate("ReviewPacket", "Verdict: %1, signed by %2 on %3")
            .replace("%1", verdict_label(last.verdict))
            .replace("%2", last.signer)
            .replace("%3", _signed_time(last.signed_at))
        )
    if last is None:
        check = ""
    elif v.ok:
        check = translate(
            "ReviewPacket", "Verified: every signature, receipt, the chain and the file hash hold."
        )
    else:
        check = translate(
            "ReviewPacket", "Not verified. Problems found: %1 (see Verdicts and signatures)."
        ).replace("%1", str(len(v.problems)))
    body = f'<span style="font-size:11pt; font-weight:bold">{esc(line)}</span>'
    if check:
        body += f"<br>{esc(check)}"
    cell = td(body, f' bgcolor="{colours[1]}"', left=True, top=True,
              style=f"color:{colours[0]}", rule_mm=0.5)  # fmt: skip
    return table([cell], padding_mm=3.0)


def _pin_list_html(c: PacketContent) -> str:
    """The pins at a glance, for the meeting's agenda: number, what, status, who."""
    out = _heading(translate("ReviewPacket", "Pins at a glance"))
    if not c.review.pins:
        return out + _muted(translate("ReviewPacket", "No pins on this review."))
    head = f' bgcolor="{SHADE}"'
    header = (
        td("#", f' width="6%" align="center"{head}', left=True, top=True, tag="th")
        + td(esc(translate("ReviewPacket", "Pin")), head, top=True, tag="th")
        + td(esc(translate("ReviewPacket", "Status")), f' width="13%"{head}', top=True, tag="th")
        + td(esc(translate("ReviewPacket", "Assigned to")), f' width="15%"{head}', top=True,
             tag="th")
        + td(esc(translate("ReviewPacket", "Replies")), f' width="9%" align="center"{head}',
             top=True, tag="th")
    )  # fmt: skip
    rows = [
        td(f"<b>{p.number}</b>", ' align="center"', left=True)
        + td(esc(_first_line(p.text)))
        + td(esc(pin_status_label(p.status)))
        + td(esc(p.assignee) or "—")
        + td(str(len(p.replies)), ' align="center"')
        for p in c.review.pins
    ]
    return out + table(rows, header=header, padding_mm=1.4)


def _views_html(c: PacketContent) -> str:
    heading = _heading(translate("ReviewPacket", "The part from four sides"), page_break=True)
    if not c.views:
        return heading + _muted(
            translate(
                "ReviewPacket",
                "The design file could not be read in this workspace, so the views are missing.",
            )
        )
    names = {
        "front": translate("ReviewPacket", "Front"),
        "right": translate("ReviewPacket", "Right"),
        "top": translate("ReviewPacket", "Top"),
        "iso": translate("ReviewPacket", "Iso"),
    }
    size = px(VIEW_MM)
    cells = [
        f'<td align="center" style="padding:{px(1)}px">'
        f'<img src="{VIEW_URL.format(name=n)}" width="{size}" height="{size}"><br>'
        f'<span style="font-size:8.5pt; color:{MUTED}">{esc(names.get(n, n))}</span></td>'
        for n in c.views
    ]
    rows = "".join(f"<tr>{''.join(cells[i : i + 2])}</tr>" for i in range(0, len(cells), 2))
    note = translate(
        "ReviewPacket",
        "Numbered circles are the pins; a hollow circle is hidden behind the part from that "
        "side. Front, right and top are drawn at one scale.",
    )
    return (
        heading
        + f'<table width="100%" cellspacing="0" cellpadding="0">{rows}</table>'
        + _muted(note)
    )


# --- pins ----------------------------------------------------------------------------------


def _pins_html(c: PacketContent) -> str:
    if not c.review.pins:
        return ""
    out = _heading(translate("ReviewPacket", "Pins and their threads"), page_break=True)
    for pin in c.review.pins:
        out += _pin_html(pin, pin.id in c.snapshots)
    return out


def _pin_html(pin: PinRow, snapshot: bool) -> str:
    status = pin_status_label(pin.status)
    meta = [
        translate("ReviewPacket", "by %1").replace("%1", pin.author),
        format_datetime(pin.created_at),
        status,
    ]
    if pin.assignee:
        meta.append(translate("ReviewPacket", "assigned to %1").replace("%1", pin.assignee))
    x, y, z = pin.point
    where = translate("ReviewPacket", "at (%1, %2, %3) mm")
    where = where.replace("%1", _mm(x)).replace("%2", _mm(y)).replace("%3", _mm(z))
    parts = [
        f'<p style="font-size:10.5pt"><b>{esc(pin.text)}</b></p>',
        f'<p style="font-size:8pt; color:{MUTED}">{esc(" · ".join(meta))} · {esc(where)}</p>',
    ]
    if pin.measurements:
        items = "".join(f"<li>{esc(measurement_text(m))}</li>" for m in pin.measurements)
        title = translate("ReviewPacket", "Measurements")
        parts.append(f'<p><b>{esc(title)}</b></p><ul style="margin-top:0">{items}</ul>')
    for reply in pin.replies:
        parts.append(
            f'<p style="margin-top:{px(1.5)}px; margin-left:{px(4)}px">'
            f'<span style="font-size:8pt; color:{MUTED}">{esc(reply.author)} · '
            f"{esc(format_datetime(reply.created_at))}</span><br>{esc(reply.body)}</p>"
        )
    colour = PIN if pin.status == "open" else RESOLVED
    rule = f"border-bottom:{0.25 / 25.4 * 96:.2f}px solid #c8ced8"
    badge = (
        f'<td width="{px(10)}" valign="top" align="center" style="border-left:{px(1.2)}px solid '
        f'{colour}; color:{colour}; font-size:15pt; font-weight:bold; {rule}">{pin.number}</td>'
    )
    thread = f'<td valign="top" style="padding-left:{px(2)}px; {rule}">{"".join(parts)}</td>'
    picture = ""
    if snapshot:
        picture = (
            f'<td width="{px(SNAPSHOT_MM + 2)}" valign="top" align="right" style="{rule}">'
            f'<img src="{SNAPSHOT_URL.format(id=pin.id)}" width="{px(SNAPSHOT_MM)}"></td>'
        )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{px(1.5)}" '
        f'style="margin-top:{px(3)}px"><tr>{badge}{thread}{picture}</tr></table>'
    )


def measurement_text(m: dict[str, Any]) -> str:
    """A measurement the viewer attached (ui.designs.viewer.tools: a distance with
    `value_mm`, a hole with `diameter_mm`) in words; anything else as its keys and values."""
    kind = m.get("kind")
    value = m.get("diameter_mm" if kind == "hole" else "value_mm", m.get("value"))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if kind == "distance":
            return translate("ReviewPacket", "Distance %1 mm").replace("%1", _mm(value))
        if kind == "hole":
            return translate("ReviewPacket", "Hole diameter %1 mm").replace("%1", _mm(value))
    return ", ".join(f"{k}: {v}" for k, v in m.items() if k != "points")


# --- findings and verdicts -----------------------------------------------------------------


def _findings_html(c: PacketContent) -> str:
    out = _heading(translate("ReviewPacket", "Design check"))
    if c.findings is None:
        return out + _muted(translate("ReviewPacket", "This revision has not been checked."))
    if not c.findings:
        return out + _muted(translate("ReviewPacket", "The check found no problems."))
    head = f' bgcolor="{SHADE}"'
    rows = [
        td(f"<b>{esc(severity_label(f.severity))}</b>", f' width="14%"{head}', left=True,
           top=i == 0)
        + td(f"<b>{esc(finding_title(f.code))}</b><br>{esc(finding_text(f))}", top=i == 0)
        for i, f in enumerate(c.findings)
    ]  # fmt: skip
    return out + table(rows, padding_mm=1.4)


def _verdicts_html(c: PacketContent) -> str:
    out = _heading(translate("ReviewPacket", "Verdicts and signatures"))
    numbers = {p.id: p.number for p in c.review.pins}
    general = [p for p in c.verification.problems if p.verdict_id is None]
    if general:
        out += _problems(general, numbers) + _spacer(3)
    if not c.review.verdicts:
        return out + _muted(translate("ReviewPacket", "No verdict has been given yet."))
    for v in c.review.verdicts:
        own = [p for p in c.verification.problems if p.verdict_id == v.id]
        out += _verdict_html(v, own, numbers, c.affiliations)
    out += _muted(
        translate(
            "ReviewPacket",
            "Each verdict is signed with the reviewer's Ed25519 key over the review, the "
            "revision, the file's SHA-256, the note, the pins and the previous verdict; the "
            "square adds its receipt. Anyone with the workspace can check them offline with "
            "“makersquare review verify”.",
        )
    )
    return out


def _verdict_html(
    v: VerdictRow, problems: Sequence[Problem], numbers: dict[str, int], people: dict[str, str]
) -> str:
    head = f' width="24%" bgcolor="{SHADE}" valign="top"'
    received = _signed_time(v.receipt_at) if v.receipt_at else translate(
        "ReviewPacket", "not yet received by the square")  # fmt: skip
    verified = translate("ReviewPacket", "Verified")
    if problems:
        check = _problems(problems, numbers)
    else:
        check = f'<span style="color:{OK[0]}"><b>✓ {esc(verified)}</b></span>'
    rows = [
        (translate("ReviewPacket", "Verdict"), f"<b>{esc(verdict_label(v.verdict))}</b>"),
        (translate("ReviewPacket", "Note"), esc(v.note) or "—"),
        (translate("ReviewPacket", "Signer"), _person(v.signer, people)),
        (translate("ReviewPacket", "Signed"), esc(_signed_time(v.signed_at))),
        (translate("ReviewPacket", "Received by the square"), esc(received)),
        (translate("ReviewPacket", "Key fingerprint"), esc(_fingerprint(v.public_key))),
        (translate("ReviewPacket", "Verdict hash"), _hash(v.hash)),
        (translate("ReviewPacket", "Verification"), check),
    ]
    cells = [
        td(f"<b>{esc(k)}</b>", head, left=True, top=i == 0) + td(val, top=i == 0)
        for i, (k, val) in enumerate(rows)
    ]
    return table(cells, padding_mm=1.4) + _spacer(4)


def _problems(problems: Sequence[Problem], numbers: dict[str, int]) -> str:
    """What did not verify, one sentence a line (paragraphs, not a list: a list's indent
    does not fit a table's cell)."""
    title = esc(translate("ReviewPacket", "Not verified"))
    sentences = [problem_text(p, numbers.get(p.pin_id or "")) for p in problems]
    lines = "".join(f'<p style="margin-left:{px(3)}px">• {esc(t)}</p>' for t in sentences)
    return f'<div style="color:{BAD[0]}"><p><b>✗ {title}</b></p>{lines}</div>'


# --- pieces --------------------------------------------------------------------------------


def esc(text: str) -> str:
    """Escape user text for the HTML; line breaks are kept."""
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _heading(text: str, *, page_break: bool = False) -> str:
    """A section's title: an <h2>, which ui.review.packet keeps on the page of what follows."""
    brk = " page-break-before:always;" if page_break else ""
    return (
        f'<h2 style="font-size:13pt; font-weight:bold; color:{NAVY}; margin-top:{px(6)}px; '
        f'margin-bottom:{px(2)}px;{brk}">{esc(text)}</h2>'
    )


def _first_line(text: str, limit: int = 90) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _muted(text: str) -> str:
    return f'<p style="font-size:8pt; color:{MUTED}; margin-top:{px(1.5)}px">{esc(text)}</p>'


def _spacer(mm: float) -> str:
    return f'<p style="margin:0; font-size:1pt; line-height:{px(mm)}px">&nbsp;</p>'


def _person(name: str, people: dict[str, str]) -> str:
    affiliation = people.get(name, "")
    text = f"<b>{esc(name)}</b>"
    return text + (f" — {esc(affiliation)}" if affiliation else "")


def _hash(hex_text: str) -> str:
    """A SHA-256 in one piece (so it can be searched and copied whole), in a smaller size."""
    return f'<span style="font-size:8pt">{esc(hex_text)}</span>'


def _fingerprint(public_key: str) -> str:
    try:
        return fingerprint(public_key)
    except ValueError:
        return translate("ReviewPacket", "unreadable key")


def _signed_time(text: str | None) -> str:
    """A verdict's or receipt's ISO time (UTC) in the reader's local time, else as it is."""
    if not text:
        return ""
    try:
        when = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return text
    return format_datetime(when)


def _mm(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    return f"{max(n, 0) / 1024:.1f} KB"

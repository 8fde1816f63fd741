"""The conflicts inbox in words: what kind of change, why it is there, what each field is.

Shared by the command line (ui/cli/conflicts.py) and the inbox dialog
(ui/square/conflicts_dialog.py).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.kinds import Kind
from app.replica.conflicts import InboxEntry

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    words: dict[str, str] = {
        Kind.JOB: translate("Conflicts", "Job"),
        Kind.JOB_STATUS_CHANGE: translate("Conflicts", "Status move"),
        Kind.DESIGN: translate("Conflicts", "Design"),
        Kind.DESIGN_REVISION: translate("Conflicts", "Design revision"),
        Kind.QUOTE: translate("Conflicts", "Quote"),
        Kind.QUOTE_REVISION: translate("Conflicts", "Quote revision"),
        Kind.QUOTE_LINE: translate("Conflicts", "Quote line"),
        Kind.COMMENT: translate("Conflicts", "Comment"),
        Kind.MEMBERSHIP: translate("Conflicts", "Sharing"),
        Kind.REVIEW: translate("Conflicts", "Review request"),
        Kind.PIN: translate("Conflicts", "Review pin"),
        Kind.VERDICT: translate("Conflicts", "Verdict"),
    }
    return words.get(kind, kind)


def reason_text(entry: InboxEntry) -> str:
    """Why the entry is in the inbox, in one sentence."""
    if entry.reason == "conflict":
        return translate(
            "Conflicts",
            "Someone else changed this draft at the same time: the square kept both, "
            "your version as a sibling draft.",
        )
    if entry.code == "invalid" and entry.kind == Kind.QUOTE_REVISION:
        return translate(
            "Conflicts",
            "The square already has this revision as sent, so it can no longer change: "
            "re-apply makes your version a new draft revision.",
        )
    if entry.code == "not_found":
        return translate(
            "Conflicts", "The job (or what this belongs to) was deleted on the square."
        )
    if entry.code == "forbidden":
        return translate("Conflicts", "The square does not let this user make this change.")
    if entry.code == "invalid" and entry.kind == Kind.JOB_STATUS_CHANGE:
        return translate(
            "Conflicts",
            "The job had already moved elsewhere on the square, so this move was refused.",
        )
    if entry.code == "invalid" and entry.kind == Kind.VERDICT:
        return translate(
            "Conflicts",
            "The square did not take this verdict: another verdict on the review came first, "
            "or the review was closed. It is kept here; give the verdict again in the review "
            "to sign it after the last one.",
        )
    if entry.code == "too_large":
        return translate("Conflicts", "The square refused this change as too large.")
    return translate("Conflicts", "The square refused this change as invalid (%1).").replace(
        "%1", entry.code or "invalid"
    )


def title_text(entry: InboxEntry) -> str:
    """A short name for what the entry holds: `Quote revision r2 · J-2026-0003`."""
    data: dict[str, Any] = entry.local.get("data") or {}
    name = kind_label(entry.kind)
    if entry.kind == Kind.QUOTE_REVISION and data.get("number") is not None:
        name += f" r{data['number']}"
    elif entry.kind == Kind.COMMENT and data.get("body"):
        body = str(data["body"]).replace("\n", " ")
        name += f" “{body[:40]}{'…' if len(body) > 40 else ''}”"
    elif entry.kind == Kind.JOB_STATUS_CHANGE and data.get("to_status"):
        from ui.words.labels import status_label

        name += " → " + status_label(str(data["to_status"]))
    elif entry.kind == Kind.VERDICT and data.get("verdict"):
        from ui.words.review import verdict_label

        name += f" “{verdict_label(str(data['verdict']))}”"
    elif entry.kind == Kind.PIN and data.get("text"):
        text = str(data["text"]).replace("\n", " ")
        name += f" “{text[:40]}{'…' if len(text) > 40 else ''}”"
    elif entry.kind == Kind.JOB and data.get("title"):
        name += f" “{data['title']}”"
    job = entry.job_number or translate("Conflicts", "a job not in this workspace")
    return f"{name} · {job}"


def resolution_text(entry: InboxEntry) -> str:
    if entry.resolution == "reapplied":
        return translate("Conflicts", "re-applied")
    if entry.resolution == "discarded":
        return translate("Conflicts", "discarded")
    return translate("Conflicts", "open")


def _field_labels() -> dict[str, str]:
    """The fields a person reads, by name, in the order they are shown."""
    return {
        "number": translate("Conflicts", "Number"),
        "title": translate("Conflicts", "Title"),
        "customer_name": translate("Conflicts", "Customer"),
        "status": translate("Conflicts", "Status"),
        "priority": translate("Conflicts", "Priority"),
        "due_date": translate("Conflicts", "Due date"),
        "assignee": translate("Conflicts", "Assignee"),
        "from_status": translate("Conflicts", "From"),
        "to_status": translate("Conflicts", "To"),
        "changed_by": translate("Conflicts", "By"),
        "changed_at": translate("Conflicts", "When"),
        "author": translate("Conflicts", "By"),
        "body": translate("Conflicts", "Text"),
        "text": translate("Conflicts", "Text"),
        "verdict": translate("Conflicts", "Verdict"),
        "reviewer": translate("Conflicts", "Reviewer"),
        "signer": translate("Conflicts", "Signed by"),
        "original_name": translate("Conflicts", "File"),
        "user": translate("Conflicts", "User"),
        "role": translate("Conflicts", "Role"),
        "vat_included": translate("Conflicts", "VAT"),
        "rounding": translate("Conflicts", "Rounding"),
        "issue_date": translate("Conflicts", "Issued"),
        "valid_until": translate("Conflicts", "Valid until"),
        "sent_at": translate("Conflicts", "Sent at"),
        "note": translate("Conflicts", "Note"),
        "notes": translate("Conflicts", "Notes"),
    }


def field_rows(entry: InboxEntry) -> list[tuple[str, str, str]]:
    """(field, this PC's value, the square's value) for every field a person reads, in
    words; a quote revision adds its total (as its lines make it) and its lines, `line N`."""
    mine: dict[str, Any] = dict(entry.local.get("data") or {})
    theirs: dict[str, Any] = dict((entry.server or {}).get("data") or {})
    on_square = entry.server is not None
    rows = [
        (label, _value(name, mine.get(name)), _value(name, theirs.get(name)) if on_square else "")
        for name, label in _field_labels().items()
        if name in mine or name in theirs
    ]
    if entry.kind == Kind.QUOTE_REVISION:
        here, there = entry.local.get("lines"), (entry.server or {}).get("lines")
        rows.append(
            (
                translate("Conflicts", "Total"),
                _total(mine, here),
                _total(theirs, there) if on_square else "",
            )
        )
        here_lines, there_lines = _lines(here), _lines(there)
        label = translate("Conflicts", "line %1")
        for i in range(max(len(here_lines), len(there_lines))):
            rows.append(
                (
                    label.replace("%1", str(i + 1)),
                    here_lines[i] if i < len(here_lines) else "",
                    there_lines[i] if i < len(there_lines) else "",
                )
            )
    return rows


def _won(amount: int) -> str:
    from app.money import format_won

    return translate("Conflicts", "%1 won").replace("%1", format_won(amount))


def _live(lines: Any) -> list[dict[str, Any]]:
    return [ln.get("data") or {} for ln in lines or [] if not ln.get("deleted")]


def _total(data: dict[str, Any], lines: Any) -> str:
    """The grand total the lines make under the revision's own terms (a draft stores none)."""
    from app import money

    try:
        rule = money.RoundingRule.from_setting(str(data.get("rounding") or "floor:1"))
        totals = money.quote_totals(
            ((int(d.get("quantity") or 0), int(d.get("unit_price") or 0)) for d in _live(lines)),
            vat_included=bool(data.get("vat_included")),
            rule=rule,
        )
    except (ValueError, TypeError, money.AmountTooLargeError):
        return "—"
    return _won(totals.total)


def _lines(lines: Any) -> list[str]:
    out = []
    for d in _live(lines):
        spec = f" ({d['spec']})" if d.get("spec") else ""
        text = translate("Conflicts", "%1 · %2 × %3").replace("%1", f"{d.get('item', '')}{spec}")
        text = text.replace("%2", str(d.get("quantity", 1))).replace(
            "%3", _won(int(d.get("unit_price") or 0))
        )
        out.append(text + (f" — {d['note']}" if d.get("note") else ""))
    return out


def _value(name: str, value: Any) -> str:
    """A field's value as a person reads it."""
    from app import money
    from ui.style.formats import format_date, format_datetime
    from ui.words.labels import priority_label, status_label
    from ui.words.terms import rounding_text, vat_text

    if value is None or value == "":
        return "—"
    if name in ("status", "from_status", "to_status"):
        quote_words = {
            "draft": translate("Conflicts", "Draft"),
            "sent": translate("Conflicts", "Sent"),
        }
        return quote_words.get(str(value)) or status_label(str(value))
    if name == "vat_included":
        return vat_text(bool(value))
    if name == "rounding":
        try:
            return rounding_text(money.RoundingRule.from_setting(str(value)))
        except ValueError:
            return str(value)
    if name == "priority" and isinstance(value, int):
        return priority_label(value)
    try:
        if name in ("due_date", "issue_date", "valid_until"):
            return format_date(date.fromisoformat(str(value)))
        if name in ("sent_at", "changed_at"):
            return format_datetime(datetime.fromisoformat(str(value)))
    except ValueError:
        pass
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)

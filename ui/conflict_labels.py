"""The conflicts inbox in words: what kind of change, why it is there, what each field is.

Shared by the command line (ui/cli_conflicts.py) and the inbox dialog (ui/conflicts_dialog.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.conflicts import InboxEntry

translate = QCoreApplication.translate

# Bookkeeping fields of a record that say nothing to a person.
HIDDEN_FIELDS = frozenset(
    {"thumbnail_png", "breakdown_json", "metrics_json", "report_json", "params_json", "branch_of"}
)


def kind_label(kind: str) -> str:
    return {
        "job": translate("Conflicts", "Job"),
        "job_status_change": translate("Conflicts", "Status move"),
        "design": translate("Conflicts", "Design"),
        "design_revision": translate("Conflicts", "Design revision"),
        "quote": translate("Conflicts", "Quote"),
        "quote_revision": translate("Conflicts", "Quote revision"),
        "quote_line": translate("Conflicts", "Quote line"),
        "comment": translate("Conflicts", "Comment"),
        "membership": translate("Conflicts", "Sharing"),
    }.get(kind, kind)


def reason_text(entry: InboxEntry) -> str:
    """Why the entry is in the inbox, in one sentence."""
    if entry.reason == "conflict":
        return translate(
            "Conflicts",
            "Someone else changed this draft at the same time: the square kept both, "
            "your version as a sibling draft.",
        )
    if entry.code == "invalid" and entry.kind == "quote_revision":
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
    if entry.code == "invalid" and entry.kind == "job_status_change":
        return translate(
            "Conflicts",
            "The job had already moved elsewhere on the square, so this move was refused.",
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
    if entry.kind == "quote_revision" and data.get("number") is not None:
        name += f" r{data['number']}"
    elif entry.kind == "comment" and data.get("body"):
        body = str(data["body"]).replace("\n", " ")
        name += f" “{body[:40]}{'…' if len(body) > 40 else ''}”"
    elif entry.kind == "job_status_change" and data.get("to_status"):
        from ui.labels import status_label

        name += " → " + status_label(str(data["to_status"]))
    elif entry.kind == "job" and data.get("title"):
        name += f" “{data['title']}”"
    job = entry.job_number or translate("Conflicts", "a job not in this workspace")
    return f"{name} · {job}"


def resolution_text(entry: InboxEntry) -> str:
    if entry.resolution == "reapplied":
        return translate("Conflicts", "re-applied")
    if entry.resolution == "discarded":
        return translate("Conflicts", "discarded")
    return translate("Conflicts", "open")


def field_rows(entry: InboxEntry) -> list[tuple[str, str, str]]:
    """(field, this PC's value, the square's value) for every field a person reads; a
    quote revision's lines come as `line N` rows."""
    mine: dict[str, Any] = dict(entry.local.get("data") or {})
    theirs: dict[str, Any] = dict((entry.server or {}).get("data") or {})
    rows = [
        (name, _text(mine.get(name)), _text(theirs.get(name)) if entry.server else "")
        for name in dict.fromkeys([*mine, *theirs])
        if name not in HIDDEN_FIELDS
    ]
    if entry.kind == "quote_revision":
        here = _lines(entry.local.get("lines"))
        there = _lines((entry.server or {}).get("lines"))
        label = translate("Conflicts", "line %1")
        for i in range(max(len(here), len(there))):
            rows.append(
                (
                    label.replace("%1", str(i + 1)),
                    here[i] if i < len(here) else "",
                    there[i] if i < len(there) else "",
                )
            )
    return rows


def _lines(lines: Any) -> list[str]:
    out = []
    for line in lines or []:
        d = line.get("data") or {}
        if line.get("deleted"):
            continue
        spec = f" ({d['spec']})" if d.get("spec") else ""
        out.append(
            f"{d.get('item', '')}{spec} × {d.get('quantity', 1)} @ {d.get('unit_price', 0):,}"
        )
    return out


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    return str(value)

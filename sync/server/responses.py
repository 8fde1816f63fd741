"""JSON answers that one bad stored record cannot break (belt and braces).

Records are validated before they are stored (sync.server.validation), but a record stored
earlier, or by another version of the square, may hold what JSON cannot carry (NaN, a lone
surrogate). Writing the page as a whole would then fail with a 500 on every pull, for
every member, for ever. `RecordsResponse` writes the page as usual and, only if that fails,
leaves out the records that cannot be written (logged with their kind and id), so the
feed goes on; the cost in the normal case is nothing.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi.responses import JSONResponse

log = logging.getLogger(__name__)


def _writable(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (ValueError, TypeError):  # UnicodeEncodeError is a ValueError
        return False
    return True


def _kept(records: list[Any]) -> list[Any]:
    kept = []
    for record in records:
        if _writable(record):
            kept.append(record)
        else:
            ident = (record.get("kind"), record.get("id")) if isinstance(record, dict) else ()
            log.error("record %a cannot be written as JSON: left out of the answer", ident)
    return kept


def _result(result: Any) -> Any:
    """A push result whose record (or lines) cannot be written: without them."""
    if not isinstance(result, dict) or _writable(result):
        return result
    fixed = {**result, "record": result.get("record")}
    if not _writable(fixed["record"]):
        fixed["record"] = None
    if isinstance(result.get("lines"), list):
        fixed["lines"] = _kept(result["lines"])
    return fixed


class RecordsResponse(JSONResponse):
    """A pull page, a snapshot or a push answer, written even if some record cannot be."""

    def render(self, content: Any) -> bytes:
        try:
            return super().render(content)
        except (ValueError, TypeError):
            pass
        if isinstance(content, dict):
            content = dict(content)
            if isinstance(content.get("records"), list):
                content["records"] = _kept(content["records"])
            if isinstance(content.get("results"), list):
                content["results"] = [_result(r) for r in content["results"]]
        return super().render(content)

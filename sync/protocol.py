"""The square's protocol (docs/sync-protocol.md) as plain constants and types: its one source.

Both sides import from here: the desktop client (sync.client, sync.backoff, sync.errors) and
the square (sync.server), so a version, a header, an error code, a role or a push status is
spelled once. The codes and roles are `Literal` types: mypy checks every code the square
answers and every role it stores against them; `ERROR_CODES` and the role tuples are made
from the same types, for the checks at run time.

Nothing heavy is imported here (no Qt, SQLAlchemy, FastAPI, pydantic or requests; of app only
its plain rules app.kinds and app.roles): the protocol is plain data that either side can
read without pulling in the other's stack.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

# Users' roles and members' roles, and the kinds of record: their home is the domain's plain
# rules (app/roles.py, app/kinds.py: no ORM), re-exported here for the client and the square.
from app.kinds import Kind as Kind
from app.roles import MEMBER_ROLES as MEMBER_ROLES
from app.roles import ROLES as ROLES
from app.roles import MemberRole as MemberRole
from app.roles import Role as Role

PROTOCOL: Final = 2  # 2: a quote revision travels with its lines as one unit
PROTOCOL_HEADER: Final = "X-MakerSquare-Protocol"  # on every request; older: 426

# The codes of the square's error answers (`{"code", "message", ...}`) and of a rejected
# change in a push answer ("Every request", "Push"). Never match on the message.
ErrorCode = Literal[
    "client_too_old",  # 426: the protocol header is missing or older than PROTOCOL
    "bad_credentials",  # 401: wrong user or password (which one is never said)
    "token_expired",  # 401: refresh once and retry
    "forbidden",  # 403; a change the pusher's role may not make
    "not_found",  # 404; a change to a job that does not exist (or was deleted)
    "invalid",  # 400/409/422; a change its kind's schema or rules refuse
    "resync_required",  # 410: the cursor is older than the feed keeps
    "hash_mismatch",  # 422: an uploaded file whose bytes do not hash to its name
    "too_large",  # 413; a change bigger than the square takes
    "too_many_attempts",  # 429: failed sign-ins, with `retry_after`
    "too_many_uploads",  # 429: unfinished uploads of one user
    "disabled",  # 403: the account is disabled
]
ERROR_CODES: Final[frozenset[str]] = frozenset(get_args(ErrorCode))

# A pushed change and the square's answer to it ("Push").
Op = Literal["upsert", "delete"]
PushStatus = Literal["applied", "duplicate", "conflict", "rejected"]

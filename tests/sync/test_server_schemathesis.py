"""Schemathesis over the square's own OpenAPI document: requests generated from the schema,
sent signed in to a real square on 127.0.0.1, never get a 5xx, and every answer (errors
too) is one the document describes; requests that break the schema on purpose (negative
mode) get a 4xx, never a 5xx. On SQLite and PostgreSQL (which, unlike SQLite, refuses NUL
in text). Bounded: 25 + 10 examples an operation, about 20 s a database on two cores."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable

from sync.protocol import PROTOCOL, PROTOCOL_HEADER
from tests.sync.conftest import Square

schemathesis = pytest.importorskip("schemathesis")
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
REFUSED = [not_a_server_error, status_code_conformance]


def test_generated_requests_get_no_5xx_and_answers_the_schema_describes(
    square: Callable[..., Square], db_url: str | None
) -> None:
    sq = square(db_url, test_hooks=False)  # a crash hook is not something to fuzz
    sq.add_user("kim")
    sq.add_user("prof", "advisor")
    kim = sq.api("kim")
    job_id = kim.new_job()
    kim.share(job_id, "prof")
    headers = {
        PROTOCOL_HEADER: str(PROTOCOL),
        "Authorization": f"Bearer {kim.tokens['access_token']}",
    }
    schema = schemathesis.openapi.from_url(sq.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    modes = ((GenerationMode.POSITIVE, 25, CHECKS), (GenerationMode.NEGATIVE, 10, REFUSED))
    for operation, (mode, examples, checks) in itertools.product(operations, modes):
        try:
            fuzz(operation, mode, examples, checks, sq.url, headers)
        except Unsatisfiable:  # nothing to break in a request without parameters or body
            assert mode == GenerationMode.NEGATIVE, operation.label
    assert kim.get("/v1/pull").status_code == 200  # and the square is still there


def fuzz(
    operation: Any, mode: Any, examples: int, checks: list[Any], url: str, headers: dict[str, str]
) -> None:
    """Send `examples` generated requests of one operation and check every answer."""

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def answers_within_the_schema(case: Any) -> None:
        response = case.call(base_url=url, headers=headers)
        case.validate_response(response, checks=checks, headers=headers)

    answers_within_the_schema()

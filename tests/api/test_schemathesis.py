"""schemathesis against the served OpenAPI document, with authentication and bounded examples: no failures, no 500s."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.api.conftest import REGISTRATION

METHODS = {"get", "post", "put", "patch", "delete"}
# Schema-valid requests the domain still refuses, per operation: an unknown id (404), a refused rule or a unit
# outside the territory (422), a state the action does not leave (409), a role that may not act (403).
CONFIG = """
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "404"]

[[operations]]
include-method = "POST"
checks.positive_data_acceptance.expected-statuses = ["2xx", "403", "404", "409", "422"]

[[operations]]
include-name = "GET /api/v1/dossiers"
checks.positive_data_acceptance.expected-statuses = ["2xx", "422"]
"""


def test_schema_declares_success_and_errors(app, api):
    spec = app.test_client().get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            if method not in METHODS or path.endswith("/docs"):
                continue
            codes = set(op["responses"])
            assert codes & {"200", "201"}, (method, path)
            if "/public/" not in path and not path.endswith("openapi.json"):
                assert "401" in codes and "404" in codes, (method, path)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_fuzz_every_operation(app, api):
    api.post("/dossiers", "xa", REGISTRATION)
    config = schemathesis.config.SchemathesisConfig.from_str(CONFIG)
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, config=config)
    headers = {"Authorization": f"Bearer {api.tokens['xa']}"}
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 25
    for operation in operations:

        @settings(max_examples=12, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(headers=headers)

        try:
            check()
        except Exception as exc:
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
    assert not failures, "\n\n".join(failures)
